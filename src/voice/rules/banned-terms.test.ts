import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";

const rules: VoiceRules = {
  bannedTerms: [
    { term: "revolutionary", replacement: "new" },
    { term: "synergy", severity: "warning" },
    { term: "cutting edge", replacement: "modern" },
    { term: "AI", caseSensitive: true, severity: "suggestion" },
  ],
};
const check = (body: string) => checkVoice({ body, channel: "blog" }, rules);

describe("loopcast.banned-term", () => {
  it("passes prose without banned terms, including words that only contain one", () => {
    expect(check("A new tool for small shops. Unrevolutionary, synergyze, Ai-free, said.")).toEqual([]);
  });

  it("reports a banned term with its replacement and exact span", () => {
    expect(check("Our revolutionary tool.")).toEqual([
      {
        ruleId: "loopcast.banned-term",
        severity: "error",
        message: 'Use "new" instead of "revolutionary".',
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 18,
        actual: "revolutionary",
        expected: ["new"],
      },
    ]);
  });

  it("keeps a capital letter in the suggestion and uses the configured severity", () => {
    const findings = check("Revolutionary!\n\nSome synergy here.");
    expect(findings.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [1, 1, "error", 'Use "New" instead of "Revolutionary".'],
      [3, 6, "warning", 'Avoid "synergy": it is a banned term. Rephrase or drop it.'],
    ]);
    expect(findings[1]?.expected).toBeUndefined();
  });

  it("matches a phrase across emphasis and a line break", () => {
    expect(check("We are the cutting\n*edge* of git.")).toEqual([
      expect.objectContaining({
        line: 1,
        column: 12,
        endLine: 2,
        endColumn: 6,
        actual: "cutting edge",
        expected: ["modern"],
      }),
    ]);
  });

  it("respects caseSensitive", () => {
    const findings = check("The AI writes; the ai does not count.");
    expect(findings.map((f) => [f.column, f.actual, f.severity])).toEqual([[5, "AI", "suggestion"]]);
  });

  it("skips code spans, code blocks, URLs, link targets and domains, but checks link text", () => {
    const body = [
      "Run `revolutionary` now.",
      "",
      "```",
      "revolutionary",
      "```",
      "",
      "    revolutionary (indented code)",
      "",
      "See https://example.com/revolutionary, <https://x.dev/synergy> and revolutionary.dev.",
      "Read [the revolutionary guide](https://example.com/synergy).",
    ].join("\n");
    expect(check(body).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.actual}`)).toEqual([
      "10:11-10:24 revolutionary",
    ]);
  });

  it("points at the right column in block quotes, list continuations and after escapes", () => {
    const body = [
      "> A quote that wraps and",
      "> is revolutionary.",
      "",
      "- An item that wraps and",
      "  stays revolutionary.",
      "",
      "\\*Truly\\* revolutionary &amp; synergy.",
    ].join("\n");
    expect(check(body).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.actual}`)).toEqual([
      "2:6-2:19 revolutionary",
      "5:9-5:22 revolutionary",
      "7:11-7:24 revolutionary",
      "7:31-7:38 synergy",
    ]);
  });
});
