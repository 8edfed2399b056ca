// The 30-day review's verdict at its edges: where "held" ends and "slipped" and "worse" begin, which
// measures are compared at all, and the tally the reports build week by week.
import { describe, expect, it } from "vitest";
import { MIN_ITEMS, periodReview, ReviewTally, type WorkflowReview } from "./period-review.ts";
import { type CycleOutcome, DEFAULT_THRESHOLDS } from "./track-record.ts";

const TO = Date.parse("2026-12-31T00:00:00Z");
const DAY = 86_400_000;

/** One cycle's outcome: proposed `daysAgo` before the end of the period, merged unless rejected. */
function outcome(
  level: "L3" | "L4" | "L5",
  daysAgo: number,
  opts: { met?: boolean; primary?: number; rejected?: boolean; metric?: string; workflow?: string } = {},
): CycleOutcome {
  const proposedMs = TO - daysAgo * DAY;
  return {
    cycle: `${opts.workflow ?? "blog"}@${proposedMs}`,
    workflow: opts.workflow ?? "blog",
    level,
    proposedAt: new Date(proposedMs).toISOString(),
    proposedMs,
    review: opts.rejected ? { merged: false, at: "x" } : { merged: true, editRatio: 0, at: "x" },
    ...(opts.met !== undefined ? { benchmarksMet: opts.met } : {}),
    ...(opts.primary !== undefined
      ? { primary: { metric: opts.metric ?? "click_rate", value: opts.primary } }
      : {}),
  };
}

const many = (n: number, make: (i: number) => CycleOutcome) => Array.from({ length: n }, (_, i) => make(i));

function verdict(outcomes: CycleOutcome[], extra: { lowerIsBetter?: Set<string>; days?: number } = {}) {
  const [row] = periodReview({
    outcomes,
    to: new Date(TO),
    thresholds: DEFAULT_THRESHOLDS,
    workflows: ["blog"],
    ...extra,
  });
  return row as WorkflowReview;
}

/** 20 baseline items, 10 met (50 %); 20 autonomous items with `metOf20` met. */
function metRates(metOf20: number): CycleOutcome[] {
  return [
    ...many(20, (i) => outcome("L3", 100 + i, { met: i < 10 })),
    ...many(20, (i) => outcome("L4", 1 + i, { met: i < metOf20 })),
  ];
}

describe("benchmark met rates against the baseline", () => {
  it("held within 5 points, slipped up to 10, worse beyond", () => {
    // 45 % vs 50 %: exactly 5 points down still holds (and 45 % is under the 80 % threshold: hold).
    expect(verdict(metRates(9))).toMatchObject({
      verdict: "hold",
      reason: "results held, but benchmarks were met on 45 % (threshold 80 %)",
    });
    // 40 % vs 50 %: exactly 10 points down is slipping, not worse.
    expect(verdict(metRates(8))).toMatchObject({
      verdict: "hold",
      reason: "benchmarks met 40 % vs 50 % in approval mode: slightly worse, watch another period",
    });
    expect(verdict(metRates(7))).toMatchObject({
      verdict: "tighten",
      reason: "benchmarks met 35 % vs 50 % in approval mode",
    });
  });

  it("expands when the rate held and meets the promotion threshold", () => {
    const outcomes = [
      ...many(10, (i) => outcome("L3", 100 + i, { met: true })),
      ...many(10, (i) => outcome("L5", 1 + i, { met: i < 8 })),
    ];
    // 80 % vs 100 % is worse; at the threshold with an 80 % baseline it is held.
    expect(verdict(outcomes).verdict).toBe("tighten");
    const base80 = [
      ...many(10, (i) => outcome("L3", 100 + i, { met: i < 8 })),
      ...many(10, (i) => outcome("L5", 1 + i, { met: i < 8 })),
    ];
    expect(verdict(base80)).toMatchObject({
      verdict: "expand",
      reason: "results held or improved: benchmarks met 80 % vs 80 % in approval mode",
    });
  });
});

describe("the primary metric against the baseline", () => {
  const primary = (base: number, auto: number, autoItems = 6) => [
    ...many(10, (i) => outcome("L3", 100 + i, { primary: base })),
    ...many(autoItems, (i) => outcome("L4", 1 + i, { primary: auto })),
  ];

  it("compares relative change: held within 5 %, slipped to 10 %, worse beyond, with its sign", () => {
    expect(verdict(primary(100, 95))).toMatchObject({
      verdict: "expand",
      reason: "results held or improved: click_rate −5 % against the baseline",
    });
    expect(verdict(primary(100, 90)).verdict).toBe("hold");
    expect(verdict(primary(100, 89)).verdict).toBe("tighten");
    expect(verdict(primary(100, 100)).reason).toBe(
      "results held or improved: click_rate +0 % against the baseline",
    );
    // A negative baseline mean: the change is relative to its size.
    expect(verdict(primary(-100, -80)).reason).toContain("click_rate +20 %");
  });

  it("turns the comparison around for a metric where lower is better", () => {
    const lower = { lowerIsBetter: new Set(["blog"]) };
    expect(verdict(primary(100, 111), lower).verdict).toBe("tighten");
    expect(verdict(primary(100, 89), lower).verdict).toBe("expand");
    expect(verdict(primary(100, 89), { lowerIsBetter: new Set(["other"]) }).verdict).toBe("tighten");
  });

  it("is not compared against a zero baseline or with too few autonomous values", () => {
    expect(verdict(primary(0, 5))).toMatchObject({
      verdict: "not-enough-data",
      reason: "no measure was recorded on both sides to compare",
    });
    // Enough judged items, but primary values on fewer than MIN_ITEMS of them.
    const fewValues = [
      ...many(10, (i) => outcome("L3", 100 + i, { primary: 100, met: true })),
      ...many(MIN_ITEMS, (i) => outcome("L4", 1 + i, { met: true, ...(i === 0 ? { primary: 10 } : {}) })),
    ];
    expect(verdict(fewValues)).toMatchObject({ verdict: "expand" });
    expect(verdict(fewValues).reason).not.toContain("click_rate");
  });

  it("counts primary values as evidence when no benchmark verdict is decisive", () => {
    expect(verdict(primary(100, 100, MIN_ITEMS)).verdict).toBe("expand");
    expect(verdict(primary(100, 100, MIN_ITEMS - 1))).toMatchObject({
      verdict: "not-enough-data",
      reason: `${MIN_ITEMS - 1} of ${MIN_ITEMS - 1} L4/L5 item(s) have final benchmark results; 5 are needed`,
    });
  });
});

describe("approval of autonomous items", () => {
  it("counts only with enough reviews, and tightens below the threshold", () => {
    const outcomes = (rejectedOf: number, n: number) => [
      ...many(10, (i) => outcome("L3", 100 + i, { met: true })),
      ...many(n, (i) => outcome("L4", 1 + i, { met: true, rejected: i < rejectedOf })),
    ];
    // 9 of 10 approved is exactly the threshold.
    expect(verdict(outcomes(1, 10)).verdict).toBe("expand");
    expect(verdict(outcomes(2, 10)).reason).toBe("people approved only 80 % (threshold 90 %)");
  });
});

describe("the period", () => {
  it("is the last `days` days, named in the verdict", () => {
    const outcomes = [
      ...many(10, (i) => outcome("L3", 100 + i, { met: true })),
      ...many(6, (i) => outcome("L4", 8 + i, { met: true })),
    ];
    expect(verdict(outcomes, { days: 7 })).toMatchObject({
      verdict: "not-enough-data",
      reason: "no items ran at L4/L5 in the last 7 days",
    });
    expect(verdict(outcomes, { days: 14 }).verdict).toBe("expand");
  });

  it("counts an item proposed exactly at the start of the period, and L3 items only in the baseline", () => {
    const tally = new ReviewTally(TO, 30);
    expect(tally.isAutonomous(outcome("L4", 30))).toBe(true);
    expect(tally.isAutonomous(outcome("L4", 30.001))).toBe(false);
    expect(tally.isAutonomous(outcome("L3", 1))).toBe(false);
    expect(new ReviewTally(new Date(TO)).isAutonomous(outcome("L5", 29))).toBe(true);
    expect(new ReviewTally("2026-12-31T00:00:00Z").isAutonomous(outcome("L5", 31))).toBe(false);
  });
});

describe("the tally the reports keep", () => {
  it("carries the baseline into a later period and adds only its autonomous items", () => {
    const tally = new ReviewTally(TO);
    for (const o of many(10, (i) => outcome("L3", 100 + i, { met: true, primary: 1 }))) tally.add(o);
    const later = tally.forPeriod(TO + 10 * DAY);
    const auto = many(6, (i) => outcome("L4", 1 + i, { met: true, primary: 1 }));
    for (const o of auto) later.addAutonomous(o);
    // addAutonomous ignores L3 items: the baseline is already counted.
    later.addAutonomous(outcome("L3", 1, { met: false }));
    const [row] = later.reviews(["blog"], DEFAULT_THRESHOLDS);
    expect(row?.baseline).toMatchObject({ items: 10, primary: { metric: "click_rate", mean: 1, items: 10 } });
    expect(row?.autonomous.items).toBe(6);
    expect(row?.verdict).toBe("expand");
    // The original tally is untouched by what the later one added.
    const [before] = tally.reviews(["blog"], DEFAULT_THRESHOLDS);
    expect(before?.autonomous.items).toBe(0);
    expect(before?.baseline.record.judged).toBe(10);
  });

  it("keeps the first primary metric's name and averages the values", () => {
    const tally = new ReviewTally(TO);
    tally.add(outcome("L3", 100, { primary: 1, metric: "open_rate" }));
    tally.add(outcome("L3", 101, { primary: 3, metric: "other" }));
    tally.add(outcome("L3", 102));
    const [row] = tally.reviews(["blog", "idle"], DEFAULT_THRESHOLDS);
    expect(row?.baseline.primary).toEqual({ metric: "open_rate", mean: 2, items: 2 });
    expect(row?.baseline.items).toBe(3);
  });

  it("lists workflows in name order, each with a row", () => {
    const tally = new ReviewTally(TO);
    expect(tally.reviews(["b", "a"], DEFAULT_THRESHOLDS).map((r) => r.workflow)).toEqual(["a", "b"]);
  });
});
