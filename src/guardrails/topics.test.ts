import { describe, expect, it } from "vitest";
import { topicFindings } from "./topics.ts";

describe("topic blockers", () => {
  const blockers = [
    { term: "pricing", reason: "pricing changes need the founder" },
    { pattern: "\\b\\d+ ?% off\\b", reason: "offers are decided by a person" },
  ];

  it("finds whole-word terms and patterns, case-insensitively, at their positions", () => {
    const body = "Intro line.\n\nOur new Pricing starts today: 20% off for everyone.\nNo repricing here.";
    const findings = topicFindings(body, blockers, 5);
    expect(findings.map((f) => [f.line, f.column, f.actual])).toEqual([
      [8, 9, "Pricing"],
      [8, 31, "20% off"],
    ]);
    expect(findings[0]?.message).toBe(
      'Mentions "Pricing": pricing changes need the founder. A person must approve this item.',
    );
    expect(findings[0]?.severity).toBe("warning");
  });

  it("passes content that mentions none of them", () => {
    expect(topicFindings("A calm post about merging.", blockers)).toEqual([]);
  });
});
