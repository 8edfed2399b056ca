import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";
import { fleschKincaidGrade } from "./reading-grade.ts";

const easy = "We plan the posts. You read them. The team ships on time. It is calm work. Try it out now.";
const hard =
  "Organizational communication necessitates extraordinary consideration regarding institutional responsibilities and international regulations.";

describe("fleschKincaidGrade", () => {
  it("applies 0.39 words/sentence + 11.8 syllables/word - 15.59", () => {
    expect(fleschKincaidGrade({ sentences: 2, words: 20, syllables: 30 })).toBeCloseTo(6.01, 10);
    expect(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });
});

describe("loopcast.reading-grade", () => {
  const rules: VoiceRules = { readingGrade: { max: 9 } };

  it("passes plain prose, and a grade at the limit", () => {
    expect(checkVoice({ body: `${easy}\n\n${easy}`, channel: "blog" }, rules)).toEqual([]);
    const body = `# Plain words\n\n${easy}\n\n- A list item. ${hard}\n\n${easy}`;
    expect(checkVoice({ body, channel: "blog" }, { readingGrade: { max: 6.3 } })).toEqual([]);
  });

  it("reports hard prose at its hardest sentence, with the grade", () => {
    const body = `# Plain words\n\n${easy}\n\n- A list item. ${hard}\n\n${easy}`;
    expect(checkVoice({ body, channel: "blog", lineOffset: 10 }, { readingGrade: { max: 6 } })).toEqual([
      {
        ruleId: "loopcast.reading-grade",
        severity: "warning",
        message:
          "Reading grade is 6.3 (Flesch-Kincaid), above the limit of 6. Use shorter sentences and plainer words; the hardest sentence starts here.",
        line: 15,
        column: 16,
        endLine: 15,
        endColumn: 157,
        actual: "6.3",
      },
    ]);
  });

  it("skips items with fewer words than minWords, and code", () => {
    expect(checkVoice({ body: hard, channel: "blog" }, rules)).toEqual([]);
    expect(
      checkVoice({ body: `${easy}\n\n\`\`\`\n${hard.repeat(5)}\n\`\`\``, channel: "blog" }, rules),
    ).toEqual([]);
    const short = checkVoice(
      { body: hard, channel: "blog" },
      { readingGrade: { max: 9, minWords: 5, severity: "error" } },
    );
    expect(short.map((f) => [f.line, f.column, f.endColumn, f.severity, f.actual])).toEqual([
      [1, 1, hard.length + 1, "error", "42.3"],
    ]);
  });
});
