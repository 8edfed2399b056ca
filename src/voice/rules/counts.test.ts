import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";
import { countGraphemes, graphemeIndex, isEmoji } from "./graphemes.ts";

describe("loopcast.exclamations", () => {
  const rules: VoiceRules = { exclamations: { max: 1 } };

  it("passes up to the limit and ignores marks outside prose", () => {
    const body = "Great news! ![logo](a.png)\n\n`x != y` and https://example.com/!wow\n\n```\n!!!\n```";
    expect(checkVoice({ body, channel: "blog" }, rules)).toEqual([]);
  });

  it("reports the first mark over the limit, with the total", () => {
    expect(checkVoice({ body: "Wow! Great!\nReally!", channel: "blog" }, rules)).toEqual([
      {
        ruleId: "loopcast.exclamations",
        severity: "warning",
        message:
          "3 exclamation marks in this item, at most 1 exclamation mark allowed. Remove 2, starting with this one.",
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 12,
        actual: "!",
      },
    ]);
  });

  it("with max 0 forbids them all", () => {
    const findings = checkVoice(
      { body: "Hi **there!**", channel: "blog" },
      { exclamations: { max: 0, severity: "error" } },
    );
    expect(findings.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [
        1,
        11,
        "error",
        "1 exclamation mark in this item, no exclamation marks are allowed. Remove 1, starting with this one.",
      ],
    ]);
  });
});

describe("loopcast.emoji", () => {
  const rules: VoiceRules = { emoji: { max: 1 } };

  it("passes up to the limit; typographic symbols are not emoji", () => {
    expect(
      checkVoice(
        { body: "Loopcast\u2122 \u00a9 \u00ae \u2764 \u2194 ships \u{1F680}", channel: "blog" },
        rules,
      ),
    ).toEqual([]);
  });

  it("reports the first emoji over the limit with its span", () => {
    expect(checkVoice({ body: "Launch \u{1F680} day \u{1F389} now \u2705", channel: "blog" }, rules)).toEqual(
      [
        {
          ruleId: "loopcast.emoji",
          severity: "warning",
          message: "3 emoji in this item, at most 1 emoji allowed. Remove 2, starting with this one.",
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 17,
          actual: "\u{1F389}",
        },
      ],
    );
  });

  it("counts a ZWJ sequence, a flag or a keycap as one emoji and skips code", () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    const body = `${family} \`\u{1F680}\` \u{1F1EB}\u{1F1F7}`;
    const [finding] = checkVoice({ body, channel: "blog" }, rules);
    expect([finding?.column, finding?.endColumn, finding?.actual, finding?.message.slice(0, 8)]).toEqual([
      family.length + 7,
      family.length + 11,
      "\u{1F1EB}\u{1F1F7}",
      "2 emoji ",
    ]);
  });
});

describe("isEmoji", () => {
  it("tells emoji from text symbols", () => {
    const emoji = ["\u{1F600}", "\u2764\uFE0F", "\u2705", "1\uFE0F\u20E3", "\u{1F1EB}\u{1F1F7}", "\u{1F54A}"];
    const text = ["\u00a9", "\u00ae", "\u2122", "\u2764", "\u2194", "\u203C", "a", "!"];
    expect(emoji.map(isEmoji)).toEqual(emoji.map(() => true));
    expect(text.map(isEmoji)).toEqual(text.map(() => false));
  });
});

describe("grapheme counting", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  const piece = fc.constantFrom(
    "a",
    " ",
    "\r\n",
    "\n",
    "\r",
    "e\u0301",
    "\u0301",
    "\u{1F468}\u200D\u{1F469}",
    "\u200D",
    "1\uFE0F\u20E3",
    "\u{1F1EB}\u{1F1F7}",
    "\u{1F1EB}",
    "\u0600",
    "\u00e9",
    "\uD83D",
  );

  it("counts like a full segmentation while segmenting only the non-ASCII ranges", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join("")),
        (text) => {
          expect(countGraphemes(text)).toBe([...segmenter.segment(text)].length);
          const n = Math.floor(text.length / 2);
          expect(graphemeIndex(text, n)).toBe([...segmenter.segment(text)][n]?.index);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });
});
