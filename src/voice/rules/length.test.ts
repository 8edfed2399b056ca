import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";

const rules: VoiceRules = {
  length: { mastodon: { max: 10 }, blog: { min: 5, max: 8, severity: "warning" } },
};

describe("loopcast.length", () => {
  it("passes a body within the limits and ignores channels without one", () => {
    expect(checkVoice({ body: "0123456789", channel: "mastodon" }, rules)).toEqual([]);
    expect(checkVoice({ body: "x".repeat(5000), channel: "newsletter" }, rules)).toEqual([]);
  });

  it("counts grapheme clusters: an emoji, a flag or an accented letter is one character", () => {
    expect(
      checkVoice(
        {
          body: "e\u0301\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u{1F1EB}\u{1F1F7}abcdefg",
          channel: "mastodon",
        },
        rules,
      ),
    ).toEqual([]);
  });

  it("does not count leading and trailing white space", () => {
    expect(checkVoice({ body: "\n\n  0123456789  \n\n", channel: "mastodon" }, rules)).toEqual([]);
  });

  it("reports a body that is too long where the limit is passed, Markdown counted", () => {
    expect(
      checkVoice({ body: "Hello \u{1F600} **world**", channel: "mastodon", lineOffset: 3 }, rules),
    ).toEqual([
      {
        ruleId: "loopcast.length",
        severity: "error",
        message: "Too long for mastodon: 17 characters, at most 10 allowed. Cut 7; the limit is passed here.",
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 19,
        actual: "17",
      },
    ]);
  });

  it("finds the limit on a later line", () => {
    const [finding] = checkVoice({ body: "abc\ndefghij\r\nklm", channel: "mastodon" }, rules);
    // a b c \n d e f g h i j \r\n k l m: 15 characters (\r\n is one); the 11th is the j on line 2.
    expect([finding?.line, finding?.column, finding?.endLine, finding?.endColumn, finding?.actual]).toEqual([
      2,
      7,
      3,
      4,
      "15",
    ]);
  });

  it("reports a body that is too short at its first character", () => {
    expect(checkVoice({ body: "\n  Hi!", channel: "blog" }, rules)).toEqual([
      {
        ruleId: "loopcast.length",
        severity: "warning",
        message: "Too short for blog: 3 characters, at least 5 needed. Add 2.",
        line: 2,
        column: 3,
        actual: "3",
      },
    ]);
  });
});
