import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVoice } from "./check.ts";
import { lineStarts } from "./text-position.ts";
import type { VoiceRules } from "./types.ts";

// Property tests: whatever Markdown structure surrounds a word, a finding's line:column span
// must cover exactly that word in the source, and no input may make the checker throw.

const rules: VoiceRules = {
  bannedTerms: [{ term: "synergy" }],
  brandNames: ["GitHub"],
  exclamations: { max: 0 },
  passiveVoice: "warning",
  jargon: "suggestion",
};

const word = fc.constantFrom(
  "synergy",
  "github",
  "plan",
  "posts",
  "utilize",
  "was",
  "written",
  "the",
  "team!",
);
const line = fc
  .tuple(
    fc.constantFrom("", "> ", "- ", "  ", "1. ", "# ", "> > "),
    fc.array(
      fc.tuple(
        word,
        fc.constantFrom(
          " ",
          " *",
          "* ",
          " **",
          " _",
          "  ",
          " \\* ",
          " &amp; ",
          " `x` ",
          " [a](u) ",
          "\t",
          "\\\n",
          "  \n",
          " <https://x.io/synergy> ",
        ),
      ),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(([prefix, words]) => prefix + words.map(([w, sep]) => w + sep).join(""));
const body = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\n\n"))
  .map(([lines, eol]) => lines.join(eol));

function slice(text: string, line: number, column: number, endLine: number, endColumn: number): string {
  const starts = lineStarts(text);
  return text.slice((starts[line - 1] ?? 0) + column - 1, (starts[endLine - 1] ?? 0) + endColumn - 1);
}

describe("finding positions", () => {
  it("span exactly the reported text in the source", () => {
    fc.assert(
      fc.property(body, fc.nat({ max: 20 }), (text, lineOffset) => {
        const findings = checkVoice({ body: text, channel: "blog", lineOffset }, rules);
        for (const f of findings) {
          expect(f.endLine).toBeDefined();
          const source = slice(
            text,
            f.line - lineOffset,
            f.column,
            (f.endLine ?? 0) - lineOffset,
            f.endColumn ?? 0,
          );
          expect(source.toLowerCase()).toBe((f.actual ?? "").toLowerCase());
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("never throws and always sorts, whatever the input", () => {
    const full: VoiceRules = {
      ...rules,
      requiredDisclosures: [{ channels: ["blog"], text: "Unsubscribe" }],
      readingGrade: { max: 1, minWords: 1 },
      length: { blog: { min: 3, max: 20 } },
      emoji: { max: 0 },
    };
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const findings = checkVoice({ body: text, channel: "blog" }, full);
        const keys = findings.map((f) => [f.line, f.column]);
        const sorted = [...keys].sort(([a = 0, b = 0], [c = 0, d = 0]) => a - c || b - d);
        expect(keys).toEqual(sorted);
        for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
