// The autonomy ladder (each workflow's level and its progress toward the next) and the 30-day review
// of autonomous workflows against their approval-mode baseline.
import { REVIEW_DAYS, ReviewTally, type WorkflowReview } from "../autonomy/period-review.ts";
import {
  autonomyThresholds,
  type PromotionProgress,
  promotionProgress,
  RecordTally,
  type TrackRecord,
} from "../autonomy/track-record.ts";
import { LEVELS, type Level, levelNumber } from "../config/types.ts";
import type { Benchmark } from "../metrics/types.ts";
import { lowerIsBetter, primaryBenchmark } from "./perf-view.ts";
import type { Scope } from "./scope.ts";
import { begunPrefix, outcomeAt, proposedBetween, settledPrefix } from "./snapshot.ts";
import type { ReportData } from "./types.ts";

export interface LadderRow {
  workflow: string;
  name: string;
  channel: string;
  configured: Level;
  /** The channel's ceiling in guardrails, when one is set. */
  ceiling?: Level;
  /** The level the last proposal ran at (the effective level), when there was one. */
  lastRun?: Level;
  record: TrackRecord;
  progress: PromotionProgress;
  /** The level a promotion would grant, or undefined at the top (or below L3, where levels are chosen). */
  next?: Level;
}

export interface LadderView {
  rows: LadderRow[];
  review: WorkflowReview[];
  reviewDays: number;
}

export function ladderView(data: ReportData, scope: Scope): LadderView {
  const { config } = data;
  const thresholds = autonomyThresholds(config.guardrails.autonomy);
  const ids = config.workflows.map((w) => w.id);
  const { records, lastLevel, review } = recordsAt(
    data,
    ids,
    scope.until,
    scope.kind === "week" ? scope.end : Date.parse(scope.asOf),
  );
  const rows = config.workflows.map((w): LadderRow => {
    const record = (records.get(w.id) ?? new RecordTally()).record(w.id);
    const ceiling = config.guardrails.channels?.ceiling?.[w.channel];
    const lastRun = lastLevel.get(w.id);
    const effective = lastRun ?? w.level;
    const n = levelNumber(effective);
    const next = n >= 3 && n < 5 ? LEVELS[n + 1] : undefined;
    return {
      workflow: w.id,
      name: w.name,
      channel: w.channel,
      configured: w.level,
      ...(ceiling ? { ceiling } : {}),
      ...(lastRun ? { lastRun } : {}),
      record,
      progress: promotionProgress(record, thresholds),
      ...(next ? { next } : {}),
    };
  });
  const benchmarks = config.benchmarks.benchmarks as Benchmark[];
  const lower = new Set(
    config.workflows.filter((w) => lowerIsBetter(primaryBenchmark(benchmarks, w))).map((w) => w.id),
  );
  return { rows, review: review.reviews(ids, thresholds, lower), reviewDays: REVIEW_DAYS };
}

interface Sweep {
  /** Cycles 0..k-1 are counted (their final outcomes). */
  k: number;
  records: Map<string, RecordTally>;
  lastLevel: Map<string, Level>;
  /** The L3 baseline of the 30-day review (an infinite period: nothing counts as autonomous). */
  baseline: ReviewTally;
}

const sweeps = new WeakMap<ReportData, Sweep>();

function tallyOf(records: Map<string, RecordTally>, workflow: string): RecordTally {
  let t = records.get(workflow);
  if (!t) {
    t = new RecordTally();
    records.set(workflow, t);
  }
  return t;
}

/**
 * Each workflow's record, the level its last proposal ran at, and the 30-day review, from the outcomes
 * as known before `until` — the same sums, in the same order, as one pass over outcomesAt. A first report
 * over a year asks for this at the end of each of 52 weeks: the leading cycles already settled are counted
 * once and carried forward, so each week adds only its own cycles and those still in flight.
 */
function recordsAt(data: ReportData, ids: readonly string[], until: number | undefined, reviewTo: number) {
  const settled = settledPrefix(data, until);
  let s = sweeps.get(data);
  if (!s || s.k > settled) {
    s = {
      k: 0,
      records: new Map(),
      lastLevel: new Map(),
      baseline: new ReviewTally(Number.POSITIVE_INFINITY),
    };
    sweeps.set(data, s);
  }
  for (; s.k < settled; s.k++) {
    const o = outcomeAt(data, s.k);
    if (!o) continue;
    tallyOf(s.records, o.workflow).add(o);
    if (o.level) s.lastLevel.set(o.workflow, o.level as Level);
    s.baseline.add(o);
  }
  const records = new Map<string, RecordTally>();
  for (const id of ids) records.set(id, s.records.get(id)?.clone() ?? new RecordTally());
  const lastLevel = new Map(s.lastLevel);
  const review = s.baseline.forPeriod(reviewTo);
  // Autonomous items of the period among the settled cycles, then everything after them, in cycle order.
  for (const i of proposedBetween(
    data,
    reviewTo - REVIEW_DAYS * 86_400_000,
    until ?? Number.POSITIVE_INFINITY,
  )) {
    if (i >= settled) break;
    const o = outcomeAt(data, i, until);
    if (o) review.addAutonomous(o);
  }
  for (let i = settled, n = begunPrefix(data, until); i < n; i++) {
    const o = outcomeAt(data, i, until);
    if (!o) continue;
    records.get(o.workflow)?.add(o);
    if (o.level) lastLevel.set(o.workflow, o.level as Level);
    review.add(o);
  }
  return { records, lastLevel, review };
}
