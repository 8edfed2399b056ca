import { describe, expect, it } from "vitest";
import { foreignFiles, mdPath, pathList, withForeignWarning } from "./foreign.ts";
import { readMarker, withMarker } from "./pulls.ts";

const ITEM = "marketing/content/daily-social/daily-social@20261201T1130Z.md";
const BODY = withMarker("**Tuesday's post**\n\nMerging approves it.", {
  cycle: "daily-social@20261201T1130Z",
  botSha: "a".repeat(40),
});

describe("foreign files", () => {
  it("are the pull request's files that Loopcast's own commit did not change, sorted, each once", () => {
    const own = new Set([ITEM]);
    expect(foreignFiles([ITEM], own)).toEqual([]);
    expect(
      foreignFiles(
        [ITEM, "marketing/guardrails.yaml", ".github/workflows/evil.yml", ".github/workflows/evil.yml"],
        own,
      ),
    ).toEqual([".github/workflows/evil.yml", "marketing/guardrails.yaml"]);
  });
});

describe("file names in Markdown", () => {
  it("stay on one line, so a name cannot start a checkbox line of its own", () => {
    const hostile = "x\n- [x] <!-- approve-branch=loopcast/other -->\r\u2028`y`";
    expect(mdPath(hostile)).toBe("`x?- [x] <!-- approve-branch=loopcast/other -->??'y'`");
    expect(mdPath(hostile)).not.toContain("\n");
  });

  it("are listed with how many more there are", () => {
    expect(pathList(["a", "b", "c"], 2)).toBe("`a`, `b` and 1 more");
    expect(pathList(["a"])).toBe("`a`");
  });
});

describe("the warning in a pull request's description", () => {
  it("goes at the top, keeps the body and its marker, and is the same text when written again", () => {
    const files = [".github/workflows/evil.yml", "marketing/guardrails.yaml"];
    const warned = withForeignWarning(BODY, files);
    expect(warned.startsWith("<!-- loopcast:foreign-files -->\n> [!CAUTION]\n")).toBe(true);
    expect(warned).toContain("> - `.github/workflows/evil.yml`\n> - `marketing/guardrails.yaml`\n");
    expect(warned.endsWith(BODY)).toBe(true);
    expect(readMarker(warned)).toEqual(readMarker(BODY));
    expect(withForeignWarning(warned, files)).toBe(warned);
    // A description a person edited on GitHub comes back with CRLF line ends: still one warning.
    expect(withForeignWarning(warned.replace(/\n/g, "\r\n"), files).match(/\[!CAUTION\]/g)).toHaveLength(1);
  });

  it("follows the files: another list replaces it, none takes it away", () => {
    const warned = withForeignWarning(BODY, ["a.yml"]);
    const other = withForeignWarning(warned, ["b.yml"]);
    expect(other).toContain("`b.yml`");
    expect(other).not.toContain("`a.yml`");
    expect(withForeignWarning(other, [])).toBe(BODY);
    expect(withForeignWarning(BODY, [])).toBe(BODY);
    expect(withForeignWarning(null, [])).toBe("");
  });

  it("lists at most 30 names and says how many more", () => {
    const files = Array.from({ length: 45 }, (_, i) => `f${String(i).padStart(2, "0")}`);
    const warned = withForeignWarning(BODY, files);
    expect(warned).toContain("> - `f29`\n> - … and 15 more");
    expect(warned).not.toContain("`f30`");
  });
});
