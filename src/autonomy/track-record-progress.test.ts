// The track record's edges: which events count in a window, what a cycle's outcome carries, the median of
// many edits, and each promotion check at its threshold (met exactly at it, with the progress a person sees).
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../state/ledger.ts";
import {
  autonomyThresholds,
  cycleOutcome,
  DEFAULT_THRESHOLDS,
  promotionProgress,
  type TrackRecord,
  trackRecords,
} from "./track-record.ts";

const T = (h: number) => new Date(Date.UTC(2026, 10, 1, h)).toISOString();
const CYCLE = "blog@20261101T0800Z";
const proposed = (at: string, level: "L3" | "L4" = "L3", cycle = CYCLE, workflow = "blog"): LedgerEvent => ({
  type: "proposed",
  at,
  cycle,
  workflow,
  channel: "blog",
  slot: at,
  level,
  branch: `loopcast/${cycle}`,
  proposal: { id: cycle },
  contentPath: "x",
  contentHash: "0".repeat(64),
  arms: {},
  generator: "template",
});
const merged = (at: string, editRatio: number, cycle = CYCLE): LedgerEvent => ({
  type: "merged",
  at,
  cycle,
  mergedSha: "s",
  editRatio,
  humanCommits: 0,
});
const judged = (
  benchmark: string,
  status: "met" | "missed",
  opts: { value?: number; primary?: boolean } = {},
) =>
  ({
    type: "judged",
    at: T(20),
    cycle: CYCLE,
    benchmark,
    metric: `${benchmark}_metric`,
    status,
    ...(opts.value !== undefined ? { value: opts.value } : {}),
    ...(opts.primary ? { primary: true } : {}),
  }) as LedgerEvent;

describe("cycle outcomes", () => {
  it("carry the first proposal's time and level, the review, and the primary benchmark's value", () => {
    const o = cycleOutcome(CYCLE, [
      proposed(T(1)),
      proposed(T(2)), // adopted again after an interrupted run: the first time stands
      merged(T(3), 0.25),
      judged("secondary", "met", { value: 9 }),
      judged("main", "met", { value: 0.04, primary: true }),
    ]);
    expect(o).toMatchObject({
      cycle: CYCLE,
      workflow: "blog",
      level: "L3",
      proposedAt: T(1),
      proposedMs: Date.parse(T(1)),
      review: { merged: true, editRatio: 0.25, at: T(3) },
      benchmarksMet: true,
      primary: { metric: "main_metric", value: 0.04 },
    });
    // A primary verdict without a value gives no primary value.
    expect(
      cycleOutcome(CYCLE, [proposed(T(1)), judged("main", "missed", { primary: true })]),
    ).not.toHaveProperty("primary");
  });

  it("is nothing for a cycle that was never proposed", () => {
    expect(
      cycleOutcome(CYCLE, [{ type: "skipped", at: T(1), cycle: CYCLE, reason: "r" } as LedgerEvent]),
    ).toBe(undefined);
    const ledger = new Map([
      [CYCLE, [{ type: "skipped", at: T(1), cycle: CYCLE, reason: "r" } as LedgerEvent]],
    ]);
    expect(trackRecords(ledger)).toEqual([]);
  });

  it("count an event recorded exactly at `until`, and not one a millisecond later", () => {
    const events = [proposed(T(1)), merged(T(3), 0)];
    expect(cycleOutcome(CYCLE, events, Date.parse(T(3)))?.review).toBeDefined();
    expect(cycleOutcome(CYCLE, events, Date.parse(T(3)) - 1)?.review).toBeUndefined();
    const ledger = new Map([[CYCLE, events]]);
    expect(trackRecords(ledger, { until: new Date(T(3)) })[0]?.reviewed).toBe(1);
    expect(trackRecords(ledger, { until: new Date(Date.parse(T(3)) - 1) })[0]?.reviewed).toBe(0);
  });

  it("are in a window from the moment a cycle was proposed, that moment included", () => {
    const ledger = new Map([[CYCLE, [proposed(T(5)), merged(T(6), 0)]]]);
    expect(trackRecords(ledger, { since: T(5) })[0]?.reviewed).toBe(1);
    expect(trackRecords(ledger, { since: new Date(T(5)) })[0]?.reviewed).toBe(1);
    expect(trackRecords(ledger, { since: new Date(Date.parse(T(5)) + 1) })).toEqual([]);
  });
});

describe("track records", () => {
  it("take the median of many edits, whatever order they came in", () => {
    const ratios = [0.5, 0.1, 0.4, 0.2, 0.3, 0.6, 0];
    const ledger = new Map(
      ratios.map((r, i) => {
        const cycle = `blog@2026110${i + 1}T0800Z`;
        return [cycle, [proposed(T(i), "L3", cycle), merged(T(i + 1), r, cycle)]] as const;
      }),
    );
    expect(trackRecords(ledger)[0]).toMatchObject({ merged: 7, mergedUnchanged: 1, medianEditRatio: 0.3 });
  });

  it("list workflows in name order, those without history included", () => {
    const names = ["delta", "alpha", "echo", "charlie", "bravo"];
    const ledger = new Map(
      names.map((w) => {
        const cycle = `${w}@20261101T0800Z`;
        return [cycle, [proposed(T(1), "L3", cycle, w)]] as const;
      }),
    );
    expect(trackRecords(ledger, { workflows: ["zulu", "foxtrot"] }).map((r) => r.workflow)).toEqual([
      "alpha",
      "bravo",
      "charlie",
      "delta",
      "echo",
      "foxtrot",
      "zulu",
    ]);
  });
});

describe("promotion thresholds", () => {
  const record = (over: Partial<TrackRecord>): TrackRecord => ({
    workflow: "w",
    reviewed: 30,
    merged: 30,
    mergedUnchanged: 30,
    mergedWithEdits: 0,
    rejected: 0,
    approvalRate: 1,
    medianEditRatio: 0,
    judged: 30,
    met: 30,
    benchmarkMetRate: 1,
    ...over,
  });

  it("are the article's defaults when the guardrails set none", () => {
    expect(autonomyThresholds(undefined)).toEqual(DEFAULT_THRESHOLDS);
    expect(
      autonomyThresholds({ minApprovalRate: 0.5, maxMedianEditRatio: 0.2, minBenchmarkMetRate: 0.6 }),
    ).toEqual({
      minCycles: 30,
      minApprovalRate: 0.5,
      maxMedianEditRatio: 0.2,
      minBenchmarkMetRate: 0.6,
    });
  });

  it("are met exactly at the threshold", () => {
    const p = promotionProgress(
      record({ reviewed: 30, approvalRate: 0.9, medianEditRatio: 0.1, benchmarkMetRate: 0.8 }),
      DEFAULT_THRESHOLDS,
    );
    expect(p.checks.map((c) => [c.id, c.met, c.progress])).toEqual([
      ["cycles", true, 1],
      ["approval", true, 1],
      ["edits", true, 1],
      ["benchmarks", true, 1],
    ]);
    expect(p.ready).toBe(true);
  });

  it("name each check, what it needs and what the record has", () => {
    const p = promotionProgress(
      record({ reviewed: 12, approvalRate: 0.45, medianEditRatio: 0.3, benchmarkMetRate: 0.4 }),
      DEFAULT_THRESHOLDS,
    );
    expect(p.checks.map((c) => [c.label, c.actual, c.required, c.met])).toEqual([
      ["reviewed cycles", "12", "30", false],
      ["approval rate", "45 %", "≥ 90 %", false],
      ["median edit ratio", "0.30", "≤ 0.10", false],
      ["benchmarks met", "40 %", "≥ 80 %", false],
    ]);
    expect(p.checks.map((c) => c.progress)).toEqual([0.4, 0.5, 0.1 / 0.3, 0.5]);
    expect(p.summary).toBe(
      "needs 18 more reviewed cycle(s), approval rate ≥ 90 % (now 45 %), median edit ratio ≤ 0.10 (now 0.30), benchmarks met ≥ 80 % (now 40 %)",
    );
  });

  it("show no progress and no value where the record has no data yet", () => {
    const p = promotionProgress(
      record({
        reviewed: 0,
        approvalRate: undefined,
        medianEditRatio: undefined,
        benchmarkMetRate: undefined,
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(p.checks.map((c) => [c.actual, c.met, c.progress])).toEqual([
      ["0", false, 0],
      ["–", false, 0],
      ["–", false, 0],
      ["–", false, 0],
    ]);
    expect(p.summary).toBe(
      "needs 30 more reviewed cycle(s), approval rate (no data yet), median edit ratio (no data yet), benchmarks met (no data yet)",
    );
  });

  it("count as fully progressed when a threshold is zero", () => {
    const zero = { minCycles: 0, minApprovalRate: 0, maxMedianEditRatio: 0, minBenchmarkMetRate: 0 };
    const p = promotionProgress(
      record({ reviewed: 0, approvalRate: 0, medianEditRatio: 0, benchmarkMetRate: 0 }),
      zero,
    );
    expect(p.checks.map((c) => [c.met, c.progress])).toEqual([
      [true, 1],
      [true, 1],
      [true, 1],
      [true, 1],
    ]);
  });
});
