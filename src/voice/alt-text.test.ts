import { describe, expect, it } from "vitest";
import { ALT_TEXT_MAX, altTextFindings } from "./alt-text.ts";

const at = (i: number) => ({ line: 10 + i, column: 10 });
const check = (alt: string, file = "bakery/croissants-morning.jpg", rules = {}) =>
  altTextFindings({ media: [{ file, alt }], position: at, rules });

describe("altTextFindings", () => {
  it("passes words that describe the image", () => {
    expect(check("Three croissants cooling on a wooden board by the window")).toEqual([]);
    // "photo" inside a description is fine; alone it says nothing.
    expect(check("A photo of our baker Ana holding a rye loaf")).toEqual([]);
  });

  it.each([
    ["", /has no alt text/],
    ["   ", /has no alt text/],
    ["croissants-morning.jpg", /is its file name/],
    ["Croissants morning", /is its file name/],
    ["IMG_2041.JPG", /is its file name/],
    ["image", /names the medium only/],
    ["Photo of", /names the medium only/],
    ["A picture of the", /names the medium only/],
    ["Screenshot.", /names the medium only/],
  ])("refuses %j", (alt, message) => {
    const [finding, ...rest] = check(alt);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "loopcast.alt-text", severity: "error", line: 10, column: 10 });
    expect(finding?.message).toMatch(message);
    expect(finding?.message).toContain("media[0] (bakery/croissants-morning.jpg)");
  });

  it(`refuses more than ${ALT_TEXT_MAX} characters, counted as people see them`, () => {
    expect(check("a".repeat(ALT_TEXT_MAX))).toEqual([]);
    const [long] = check("a".repeat(ALT_TEXT_MAX + 1));
    expect(long?.message).toMatch(/is 1001 characters; keep it to 1000/);
    // 1,000 flags of four code units each are 1,000 characters.
    expect(check("🇫🇷".repeat(ALT_TEXT_MAX))).toEqual([]);
  });

  it("applies the voice's banned terms to alt text, at the alt line", () => {
    const rules = {
      bannedTerms: [
        { term: "synergy" },
        { term: "cheap", replacement: "affordable", severity: "warning" as const },
      ],
    };
    const findings = altTextFindings({
      media: [
        { file: "a.jpg", alt: "Our team's synergy at the oven" },
        { file: "b.jpg", alt: "Cheap bread on the counter" },
      ],
      position: at,
      rules,
    });
    expect(findings).toMatchObject([
      { ruleId: "loopcast.banned-term", severity: "error", line: 10, actual: "synergy" },
      {
        ruleId: "loopcast.banned-term",
        severity: "warning",
        line: 11,
        actual: "Cheap",
        expected: ["affordable"],
      },
    ]);
  });

  it("refuses a credential in alt text without repeating it", () => {
    const token = "ghp_0123456789abcdefABCDEF0123456789abcd";
    const [finding] = check(`Our board, token ${token}`);
    expect(finding).toMatchObject({ ruleId: "loopcast.secret", severity: "error" });
    expect(finding?.message).toMatch(/looks like a GitHub token/);
    expect(JSON.stringify(finding)).not.toContain(token);
  });
});
