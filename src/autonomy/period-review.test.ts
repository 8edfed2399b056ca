import { describe, expect, it } from "vitest";
import { type CycleSpec, ledgerOf } from "../../test/report/events.ts";
import { periodReview } from "./period-review.ts";
import { DEFAULT_THRESHOLDS } from "./track-record.ts";

const NOW = "2026-12-31T00:00:00Z";
const daysBefore = (n: number, hour = 8) => new Date(Date.parse(NOW) - n * 86_400_000 + hour * 3_600_000);

/** n cycles of a workflow at a level, each published and judged with the primary value given. */
function cycles(
  workflow: string,
  level: "L3" | "L4" | "L5",
  n: number,
  opts: {
    startDaysAgo: number;
    value: number;
    met?: (i: number) => boolean;
    rejected?: (i: number) => boolean;
  },
): CycleSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    workflow,
    level,
    // The judged verdict is recorded 8 days after the slot: keep it inside the period.
    slot: daysBefore(opts.startDaysAgo - i).toISOString(),
    review: opts.rejected?.(i) ? ("rejected" as const) : 0,
    published: true,
    verdicts: opts.rejected?.(i)
      ? []
      : [
          {
            status: (opts.met?.(i) ?? true) ? ("met" as const) : ("missed" as const),
            value: opts.value,
            primary: true,
          },
        ],
  }));
}

const review = (specs: CycleSpec[], extra: Partial<Parameters<typeof periodReview>[0]> = {}) =>
  periodReview({
    ledger: ledgerOf(specs),
    to: NOW,
    thresholds: DEFAULT_THRESHOLDS,
    workflows: [...new Set(specs.map((s) => s.workflow)), "idle"],
    ...extra,
  });

describe("periodReview", () => {
  it("expands when autonomous results held against the approval-mode baseline", () => {
    const rows = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 0.03 }),
      ...cycles("blog", "L4", 6, { startDaysAgo: 25, value: 0.031 }),
    ]);
    const blog = rows.find((r) => r.workflow === "blog");
    expect(blog?.verdict).toBe("expand");
    expect(blog?.reason).toBe(
      "results held or improved: benchmarks met 100 % vs 100 % in approval mode; click_rate +3 % against the baseline",
    );
    expect(blog?.autonomous.items).toBe(6);
    expect(blog?.baseline.primary?.mean).toBeCloseTo(0.03);
    expect(rows.find((r) => r.workflow === "idle")).toMatchObject({
      verdict: "not-enough-data",
      reason: "no items ran at L4/L5 in the last 30 days",
    });
  });

  it("tightens when the primary metric fell by more than 10 %", () => {
    const [blog] = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 0.04 }),
      ...cycles("blog", "L5", 6, { startDaysAgo: 25, value: 0.03 }),
    ]);
    expect(blog?.verdict).toBe("tighten");
    expect(blog?.reason).toBe("click_rate −25 % against the baseline");
  });

  it("a lower-is-better primary metric that fell is an improvement", () => {
    const [blog] = review(
      [
        ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 4 }),
        ...cycles("blog", "L4", 6, { startDaysAgo: 25, value: 3 }),
      ],
      { lowerIsBetter: new Set(["blog"]) },
    );
    expect(blog?.verdict).toBe("expand");
  });

  it("tightens when fewer benchmarks are met, holds when slightly worse", () => {
    const [worse] = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 0.03 }),
      ...cycles("blog", "L4", 6, { startDaysAgo: 25, value: 0.03, met: (i) => i < 3 }),
    ]);
    expect(worse?.verdict).toBe("tighten");
    expect(worse?.reason).toContain("benchmarks met 50 % vs 100 % in approval mode");
    const [slight] = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 0.03 }),
      ...cycles("blog", "L4", 6, { startDaysAgo: 25, value: 0.0279 }),
    ]);
    expect(slight?.verdict).toBe("hold");
    expect(slight?.reason).toBe("click_rate −7 % against the baseline: slightly worse, watch another period");
  });

  it("says honestly when there is not enough data on either side", () => {
    const [few] = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 0.03 }),
      ...cycles("blog", "L4", 3, { startDaysAgo: 25, value: 0.03 }),
    ]);
    expect(few).toMatchObject({
      verdict: "not-enough-data",
      reason: "3 of 3 L4/L5 item(s) have final benchmark results; 5 are needed",
    });
    const [noBaseline] = review(cycles("blog", "L4", 6, { startDaysAgo: 25, value: 0.03 }));
    expect(noBaseline).toMatchObject({
      verdict: "not-enough-data",
      reason: "the L3 baseline has 0 judged item(s); 5 are needed to compare",
    });
  });

  it("only items proposed inside the period count as autonomous", () => {
    const [blog] = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 200, value: 0.03 }),
      ...cycles("blog", "L4", 6, { startDaysAgo: 90, value: 0.01 }),
    ]);
    expect(blog?.autonomous.items).toBe(0);
    expect(blog?.verdict).toBe("not-enough-data");
  });

  it("tightens when people reject autonomous proposals", () => {
    const [blog] = review([
      ...cycles("blog", "L3", 10, { startDaysAgo: 100, value: 0.03 }),
      ...cycles("blog", "L4", 10, { startDaysAgo: 25, value: 0.03, rejected: (i) => i % 2 === 0 }),
    ]);
    expect(blog?.verdict).toBe("tighten");
    expect(blog?.reason).toBe("people approved only 50 % (threshold 90 %)");
  });
});
