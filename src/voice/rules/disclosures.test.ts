import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";

const rules: VoiceRules = {
  requiredDisclosures: [
    { channels: ["newsletter"], text: "You get this email because you subscribed" },
    { channels: ["mastodon", "newsletter"], text: "#ad", severity: "warning" },
  ],
};

describe("loopcast.disclosure", () => {
  it("passes when the text is there, whatever the case, emphasis, line breaks and quotes", () => {
    const body = "News.\n\n#AD — You get this email because *you\nsubscribed*.";
    expect(checkVoice({ body, channel: "newsletter" }, rules)).toEqual([]);
  });

  it("accepts a typographic apostrophe for a straight one", () => {
    const withQuote: VoiceRules = {
      requiredDisclosures: [{ channels: ["blog"], text: "You're subscribed" }],
    };
    expect(checkVoice({ body: "You\u2019re subscribed.", channel: "blog" }, withQuote)).toEqual([]);
  });

  it("reports each missing text at the start of the body", () => {
    expect(checkVoice({ body: "Hello.\n\nBye.", channel: "newsletter", lineOffset: 4 }, rules)).toEqual([
      {
        ruleId: "loopcast.disclosure",
        severity: "warning",
        message: 'Add the disclosure that newsletter items must carry: "#ad".',
        line: 5,
        column: 1,
        expected: ["#ad"],
      },
      {
        ruleId: "loopcast.disclosure",
        severity: "error",
        message:
          'Add the disclosure that newsletter items must carry: "You get this email because you subscribed".',
        line: 5,
        column: 1,
        expected: ["You get this email because you subscribed"],
      },
    ]);
  });

  it("does not count a disclosure inside code, and leaves other channels alone", () => {
    const body = "```\nYou get this email because you subscribed #ad\n```";
    expect(checkVoice({ body, channel: "newsletter" }, rules).map((f) => f.expected?.[0])).toEqual([
      "#ad",
      "You get this email because you subscribed",
    ]);
    expect(checkVoice({ body: "No disclosure here.", channel: "blog" }, rules)).toEqual([]);
  });

  it("needs the text as whole words", () => {
    const findings = checkVoice({ body: "A #adventure awaits.", channel: "mastodon" }, rules);
    expect(findings.map((f) => f.expected?.[0])).toEqual(["#ad"]);
  });
});
