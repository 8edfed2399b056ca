import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";
import { countPhrase, requiredDisclosureTexts } from "./disclosures.ts";

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

describe("loopcast.disclosure by workflow and for paid items", () => {
  const paidRules: VoiceRules = {
    requiredDisclosures: [
      { workflows: ["summer-promo"], text: "Offer ends on Sunday." },
      { paid: true, text: "#ad" },
      { channels: ["mastodon"], paid: true, text: "Sponsored" },
      { channels: ["mastodon"], text: "#AD", severity: "suggestion" },
    ],
  };
  const missing = (input: { channel: string; workflow?: string; paid?: boolean }) =>
    checkVoice({ body: "Fresh bread.", ...input }, paidRules).map((f) => [f.severity, f.message]);

  it("asks a workflow's items for its text, on any channel, and no other workflow's", () => {
    expect(missing({ channel: "blog", workflow: "summer-promo" })).toEqual([
      ["error", 'Add the disclosure that items of summer-promo must carry: "Offer ends on Sunday.".'],
    ]);
    expect(missing({ channel: "blog", workflow: "weekly-blog" })).toEqual([]);
    expect(missing({ channel: "blog" })).toEqual([]);
  });

  it("asks paid items for the paid texts, and an entry that names a channel too only of that channel", () => {
    expect(missing({ channel: "blog", workflow: "weekly-blog", paid: true })).toEqual([
      ["error", 'Add the disclosure that paid items must carry: "#ad".'],
    ]);
    expect(missing({ channel: "mastodon", paid: true })).toEqual([
      ["error", 'Add the disclosure that paid items must carry: "#ad".'],
      ["error", 'Add the disclosure that paid mastodon items must carry: "Sponsored".'],
    ]);
    // Unpaid on Mastodon: only the channel's own entry, with its severity.
    expect(missing({ channel: "mastodon", paid: false })).toEqual([
      ["suggestion", 'Add the disclosure that mastodon items must carry: "#AD".'],
    ]);
  });

  it("asks for a text once when several entries ask for it, at the most severe of their severities", () => {
    // "#ad" (paid, error) and "#AD" (mastodon, suggestion) are one text: one finding, an error.
    expect(missing({ channel: "mastodon", paid: true }).filter(([, m]) => m?.includes("#"))).toHaveLength(1);
    expect(
      requiredDisclosureTexts(paidRules, { channel: "mastodon", workflow: "summer-promo", paid: true }),
    ).toEqual(["Offer ends on Sunday.", "#ad", "Sponsored"]);
    expect(requiredDisclosureTexts(paidRules, { channel: "blog", paid: false })).toEqual([]);
    expect(requiredDisclosureTexts(undefined, { channel: "mastodon", paid: true })).toEqual([]);
  });

  it("keeps the first entry's text and raises its severity when a later entry asks for it more severely", () => {
    const rules: VoiceRules = {
      requiredDisclosures: [
        { channels: ["mastodon"], text: "#AD", severity: "suggestion" },
        { paid: true, text: "#ad" },
      ],
    };
    const findings = checkVoice({ body: "Fresh bread.", channel: "mastodon", paid: true }, rules);
    expect(findings.map((f) => [f.severity, f.expected])).toEqual([["error", ["#AD"]]]);
    const unpaid = checkVoice({ body: "Fresh bread.", channel: "mastodon", paid: false }, rules);
    expect(unpaid.map((f) => [f.severity, f.expected])).toEqual([["suggestion", ["#AD"]]]);
  });

  it("passes an item that carries each text once", () => {
    const body = "Fresh bread. Sponsored.\n\n#ad";
    expect(checkVoice({ body, channel: "mastodon", paid: true }, paidRules)).toEqual([]);
  });

  it("warns, at the second one, when a disclosure appears more than once", () => {
    const body = "Fresh bread #ad. Sponsored.\n\nCome early.\n\n#ad";
    expect(checkVoice({ body, channel: "mastodon", paid: true, lineOffset: 3 }, paidRules)).toEqual([
      {
        ruleId: "loopcast.disclosure",
        severity: "warning",
        message: 'The disclosure "#ad" appears 2 times; keep it once.',
        line: 8,
        column: 1,
        endLine: 8,
        endColumn: 4,
        actual: "#ad",
      },
    ]);
  });
});

describe("countPhrase", () => {
  it("counts whole-word occurrences that do not overlap", () => {
    expect(countPhrase("#ad and #ad, not #adventure", "#ad")).toBe(2);
    expect(countPhrase("aaa", "aa")).toBe(0);
    expect(countPhrase("ad ad ad", "ad ad")).toBe(1);
    expect(countPhrase("nothing", "#ad")).toBe(0);
  });
});
