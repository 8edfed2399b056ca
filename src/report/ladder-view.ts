// The autonomy ladder (each workflow's level and its progress toward the next) and the 30-day review
// of autonomous workflows against their approval-mode baseline.
import { periodReview, REVIEW_DAYS, type WorkflowReview } from "../autonomy/period-review.ts";
import {
  autonomyThresholds,
  type PromotionProgress,
  promotionProgress,
  recordsOf,
  type TrackRecord,
} from "../autonomy/track-record.ts";
import { LEVELS, type Level, levelNumber } from "../config/types.ts";
import type { Benchmark } from "../metrics/types.ts";
import { lowerIsBetter, primaryBenchmark } from "./perf-view.ts";
import type { Scope } from "./scope.ts";
import { outcomesAt } from "./snapshot.ts";
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
  const outcomes = outcomesAt(data, scope.until);
  const ids = config.workflows.map((w) => w.id);
  const records = new Map(recordsOf(outcomes, ids).map((r) => [r.workflow, r]));
  const lastLevel = new Map<string, Level>();
  for (const o of outcomes) if (o.level) lastLevel.set(o.workflow, o.level as Level);
  const rows = config.workflows.map((w): LadderRow => {
    const record = records.get(w.id) as TrackRecord;
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
  const review = periodReview({
    outcomes,
    to: scope.kind === "week" ? new Date(scope.end) : scope.asOf,
    thresholds,
    workflows: ids,
    lowerIsBetter: lower,
  });
  return { rows, review, reviewDays: REVIEW_DAYS };
}
