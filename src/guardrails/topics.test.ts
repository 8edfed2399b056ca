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

  it("matches a term only as a whole word, in any spacing, and takes its characters literally", () => {
    const found = (term: string, body: string) =>
      topicFindings(body, [{ term, reason: "r" }]).map((f) => f.actual);
    expect(found("pricing", "pricing2 and pricings and Xpricing, then pricing.")).toEqual(["pricing"]);
    expect(found("press release", "A press\n  release, a pressrelease.")).toEqual(["press\n  release"]);
    expect(found("press  release", "A press release.")).toEqual(["press release"]);
    expect(found("c++", "We rewrote it in C++ today, not in cpp or c.")).toEqual(["C++"]);
    expect(found("a.b", "axb a.b")).toEqual(["a.b"]);
  });

  it("positions a mention across lines, at the start of a line, with its end", () => {
    const [f] = topicFindings(
      "First line\npress\nrelease follows",
      [{ term: "press release", reason: "r" }],
      2,
    );
    expect(f).toMatchObject({ line: 4, column: 1, endLine: 5, endColumn: 8, actual: "press\nrelease" });
    const [g] = topicFindings("\n\npricing", [{ term: "pricing", reason: "r" }]);
    expect(g).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 8 });
  });

  it("skips empty matches of a pattern and orders findings by position, whatever the blocker order", () => {
    const findings = topicFindings("Coupon first, then pricing.", [
      { pattern: "(?:pricing)?", reason: "prices" },
      { term: "coupon", reason: "offers" },
    ]);
    expect(findings.map((f) => [f.column, f.actual])).toEqual([
      [1, "Coupon"],
      [20, "pricing"],
    ]);
  });

  it("finds the same mentions every time it is asked", () => {
    const body = "pricing and pricing";
    expect(topicFindings(body, blockers)).toHaveLength(2);
    expect(topicFindings(body, blockers)).toHaveLength(2);
    expect(topicFindings("pricing", blockers)).toHaveLength(1);
  });
});
