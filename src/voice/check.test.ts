import { describe, expect, it } from "vitest";
import { checkVoice } from "./check.ts";
import type { VoiceRules } from "./types.ts";

// End-to-end behaviour of checkVoice; each rule's own cases sit beside it in rules/.

const rules: VoiceRules = {
  bannedTerms: [
    { term: "revolutionary", replacement: "new" },
    { term: "github", caseSensitive: true, severity: "warning" },
  ],
  brandNames: ["GitHub"],
  exclamations: { max: 0 },
  requiredDisclosures: [{ channels: ["newsletter"], text: "Unsubscribe any time" }],
};

describe("checkVoice", () => {
  it("passes a clean item and reports nothing for an empty rule set", () => {
    const body = "# A new tool\n\nLoopcast opens pull requests on GitHub.\n\nUnsubscribe any time.";
    expect(checkVoice({ body, channel: "newsletter" }, rules)).toEqual([]);
    expect(checkVoice({ body: "Revolutionary github!!!", channel: "blog" }, {})).toEqual([]);
  });

  it("skips a code block holding a banned term and adds lineOffset to every line", () => {
    const body = [
      "Intro line.", // file line 6 with lineOffset 5
      "",
      "```ts",
      "const revolutionary = true; // revolutionary!",
      "```",
      "",
      "A revolutionary",
      "idea.",
    ].join("\n");
    expect(checkVoice({ body, channel: "blog", lineOffset: 5 }, rules)).toEqual([
      {
        ruleId: "loopcast.banned-term",
        severity: "error",
        message: 'Use "new" instead of "revolutionary".',
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 16,
        actual: "revolutionary",
        expected: ["new"],
      },
    ]);
  });

  it("sorts findings by line, column, then rule id", () => {
    const body = "Use github now!\n\nOur revolutionary way!";
    const findings = checkVoice({ body, channel: "newsletter" }, rules);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      "1:1 loopcast.disclosure",
      "1:5 loopcast.banned-term",
      "1:5 loopcast.brand-name",
      "1:15 loopcast.exclamations",
      "3:5 loopcast.banned-term",
    ]);
  });

  it("is deterministic and does not depend on reusing the rules object", () => {
    const body = "Our revolutionary github tool! It is revolutionary.";
    const first = checkVoice({ body, channel: "blog" }, rules);
    expect(checkVoice({ body, channel: "blog" }, rules)).toEqual(first);
    expect(checkVoice({ body, channel: "blog" }, structuredClone(rules))).toEqual(first);
    expect(first).toHaveLength(5);
  });

  it("handles CRLF line endings, headings, emphasis and images", () => {
    const body = "# Revolutionary\r\n\r\nSee ![a revolutionary logo](logo.png) and _github_.";
    expect(
      checkVoice({ body, channel: "blog" }, rules).map(
        (f) => `${f.line}:${f.column}-${f.endColumn} ${f.ruleId}`,
      ),
    ).toEqual([
      "1:3-16 loopcast.banned-term",
      "3:9-22 loopcast.banned-term",
      "3:44-50 loopcast.banned-term",
      "3:44-50 loopcast.brand-name",
    ]);
  });

  it("checks an empty body without failing", () => {
    expect(checkVoice({ body: "", channel: "newsletter", lineOffset: 3 }, rules)).toEqual([
      expect.objectContaining({ ruleId: "loopcast.disclosure", line: 4, column: 1 }),
    ]);
  });
});
