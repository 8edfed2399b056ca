import { describe, expect, it } from "vitest";
import { type CycleSpec, ledgerOf } from "../../test/report/events.ts";
import {
  autonomyThresholds,
  DEFAULT_THRESHOLDS,
  medianOf,
  promotionProgress,
  trackRecords,
} from "./track-record.ts";

const day = (n: number) => new Date(Date.UTC(2026, 10, 2 + n, 8)).toISOString();

describe("trackRecords", () => {
  it("counts reviews, edits, rejections and benchmark verdicts per workflow", () => {
    const specs: CycleSpec[] = [
      { workflow: "blog", slot: day(0), review: 0, verdicts: [{ status: "met" }, { status: "met" }] },
      { workflow: "blog", slot: day(1), review: 0.2, verdicts: [{ status: "met" }, { status: "missed" }] },
      { workflow: "blog", slot: day(2), review: 0.05, verdicts: [{ status: "not-enough-data" }] },
      { workflow: "blog", slot: day(3), review: "rejected" },
      { workflow: "blog", slot: day(4) }, // still open: not reviewed
      { workflow: "social", slot: day(0), review: 0 },
    ];
    const [blog, quiet, social] = trackRecords(ledgerOf(specs), { workflows: ["quiet"] });
    expect(blog).toEqual({
      workflow: "blog",
      reviewed: 4,
      merged: 3,
      mergedUnchanged: 1,
      mergedWithEdits: 2,
      rejected: 1,
      approvalRate: 0.75,
      medianEditRatio: 0.05,
      // not-enough-data is not decisive: only the first two items are judged, one met all its benchmarks.
      judged: 2,
      met: 1,
      benchmarkMetRate: 0.5,
    });
    expect(quiet).toEqual({
      workflow: "quiet",
      reviewed: 0,
      merged: 0,
      mergedUnchanged: 0,
      mergedWithEdits: 0,
      rejected: 0,
      judged: 0,
      met: 0,
    });
    expect(social?.approvalRate).toBe(1);
  });

  it("a later verdict on the same benchmark replaces a pending one", () => {
    const ledger = ledgerOf([
      { workflow: "blog", slot: day(0), review: 0, verdicts: [{ status: "pending" }] },
    ]);
    const events = [...ledger.values()][0] ?? [];
    const judged = events.find((e) => e.type === "judged");
    events.push({ ...(judged as object), at: day(20), status: "missed" } as (typeof events)[number]);
    expect(trackRecords(ledger)[0]).toMatchObject({ judged: 1, met: 0, benchmarkMetRate: 0 });
  });

  it("a snapshot ignores events recorded after `until`", () => {
    const ledger = ledgerOf([
      { workflow: "blog", slot: day(0), review: 0 },
      { workflow: "blog", slot: day(10), review: "rejected" },
    ]);
    expect(trackRecords(ledger, { until: day(5) })[0]).toMatchObject({ reviewed: 1, rejected: 0 });
    expect(trackRecords(ledger)[0]).toMatchObject({ reviewed: 2, rejected: 1 });
  });

  it("filters by level and by the proposal time", () => {
    const ledger = ledgerOf([
      { workflow: "blog", slot: day(0), review: 0, level: "L3" },
      { workflow: "blog", slot: day(10), review: 0, level: "L4" },
      { workflow: "blog", slot: day(20), review: 0, level: "L5" },
    ]);
    expect(trackRecords(ledger, { levels: ["L4", "L5"] })[0]?.reviewed).toBe(2);
    expect(trackRecords(ledger, { levels: ["L4", "L5"], since: day(15) })[0]?.reviewed).toBe(1);
  });
});

describe("promotionProgress", () => {
  const t = DEFAULT_THRESHOLDS;
  it("reports 23/30 cycles and what else is missing", () => {
    const p = promotionProgress(
      {
        workflow: "blog",
        reviewed: 23,
        merged: 22,
        mergedUnchanged: 20,
        mergedWithEdits: 2,
        rejected: 1,
        approvalRate: 22 / 23,
        medianEditRatio: 0,
        judged: 0,
        met: 0,
      },
      t,
    );
    expect(p.ready).toBe(false);
    expect(p.checks.map((c) => [c.id, c.actual, c.met])).toEqual([
      ["cycles", "23", false],
      ["approval", "96 %", true],
      ["edits", "0.00", true],
      ["benchmarks", "–", false],
    ]);
    expect(p.checks[0]?.progress).toBeCloseTo(23 / 30);
    expect(p.summary).toBe("needs 7 more reviewed cycle(s), benchmarks met (no data yet)");
  });

  it("is ready when every threshold is met, and honours configured thresholds", () => {
    const record = {
      workflow: "blog",
      reviewed: 12,
      merged: 12,
      mergedUnchanged: 12,
      mergedWithEdits: 0,
      rejected: 0,
      approvalRate: 1,
      medianEditRatio: 0.1,
      judged: 10,
      met: 9,
      benchmarkMetRate: 0.9,
    };
    expect(promotionProgress(record, t).ready).toBe(false);
    const lenient = autonomyThresholds({ minCycles: 10 });
    expect(lenient).toEqual({ ...t, minCycles: 10 });
    const p = promotionProgress(record, lenient);
    expect(p.ready).toBe(true);
    expect(p.summary).toBe("meets every promotion threshold");
  });

  it("a heavy median edit ratio shows partial progress", () => {
    const p = promotionProgress(
      {
        workflow: "w",
        reviewed: 30,
        merged: 30,
        mergedUnchanged: 0,
        mergedWithEdits: 30,
        rejected: 0,
        approvalRate: 1,
        medianEditRatio: 0.4,
        judged: 30,
        met: 30,
        benchmarkMetRate: 1,
      },
      t,
    );
    expect(p.checks.find((c) => c.id === "edits")).toMatchObject({ met: false, progress: 0.25 });
    expect(p.summary).toBe("needs median edit ratio ≤ 0.10 (now 0.40)");
  });
});

describe("medianOf", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(medianOf([])).toBeUndefined();
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
  });
});
