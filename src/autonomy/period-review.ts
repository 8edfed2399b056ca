// The article's 30-day review (step 06): per workflow, items that ran autonomously (proposed at L4/L5)
// in the period against the approval-mode baseline (everything the workflow did at L3 up to the end of
// the period), on benchmark met rate, approval and edits, and the primary metric. The verdict is
// expand, hold or tighten with its reason — or, honestly, "not enough data".
import {
  type AutonomyThresholds,
  type CycleEvents,
  type CycleOutcome,
  cycleOutcomes,
  filterOutcomes,
  summarise,
  type TrackRecord,
} from "./track-record.ts";

export const REVIEW_DAYS = 30;
/** Fewer decisive items than this on either side and a comparison says more about luck than autonomy. */
export const MIN_ITEMS = 5;
/** Within this (points for rates, relative for the primary metric) results "held". */
const HELD = 0.05;
/** Worse than this and autonomy is costing results: tighten. */
const WORSE = 0.1;

export type ReviewVerdict = "expand" | "hold" | "tighten" | "not-enough-data";

export interface GroupStats {
  /** Cycles in the group. */
  items: number;
  record: TrackRecord;
  /** Mean of the primary benchmark's final values. */
  primary?: { metric: string; mean: number; items: number };
}

export interface WorkflowReview {
  workflow: string;
  autonomous: GroupStats;
  baseline: GroupStats;
  verdict: ReviewVerdict;
  reason: string;
}

export interface PeriodReviewInput {
  /** The ledger, or the cycles' outcomes as known at `to` (cycleOutcomes) when the caller has them. */
  ledger?: CycleEvents;
  outcomes?: readonly CycleOutcome[];
  /** End of the period (the report's "now"). */
  to: Date | string;
  days?: number;
  thresholds: AutonomyThresholds;
  /** Workflows to review (each gets a row, even without data). */
  workflows: readonly string[];
  /** Workflows whose primary metric is better when lower (a cost-per-lead ceiling). */
  lowerIsBetter?: ReadonlySet<string>;
}

function stats(workflow: string, outcomes: readonly CycleOutcome[]): GroupStats {
  const values = outcomes.flatMap((o) => (o.primary ? [o.primary] : []));
  const out: GroupStats = { items: outcomes.length, record: summarise(workflow, outcomes) };
  if (values.length) {
    out.primary = {
      metric: values[0]?.metric as string,
      mean: values.reduce((s, v) => s + v.value, 0) / values.length,
      items: values.length,
    };
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.round(Math.abs(x) * 100)} %`;

export function periodReview(input: PeriodReviewInput): WorkflowReview[] {
  const days = input.days ?? REVIEW_DAYS;
  const toMs = typeof input.to === "string" ? Date.parse(input.to) : input.to.getTime();
  const from = new Date(toMs - days * 86_400_000);
  const until = new Date(toMs);
  const known = input.outcomes ?? cycleOutcomes(input.ledger ?? [], { until });
  const autonomous = filterOutcomes(known, { since: from, levels: ["L4", "L5"] });
  const baseline = filterOutcomes(known, { levels: ["L3"] });
  const group = (list: CycleOutcome[]) => {
    const m = new Map<string, CycleOutcome[]>();
    for (const o of list) {
      const l = m.get(o.workflow);
      if (l) l.push(o);
      else m.set(o.workflow, [o]);
    }
    return m;
  };
  const auto = group(autonomous);
  const base = group(baseline);
  return [...input.workflows].sort().map((workflow) => {
    const a = stats(workflow, auto.get(workflow) ?? []);
    const b = stats(workflow, base.get(workflow) ?? []);
    const { verdict, reason } = judge(
      a,
      b,
      input.thresholds,
      input.lowerIsBetter?.has(workflow) ?? false,
      days,
    );
    return { workflow, autonomous: a, baseline: b, verdict, reason };
  });
}

function judge(
  a: GroupStats,
  b: GroupStats,
  t: AutonomyThresholds,
  lowerIsBetter: boolean,
  days: number,
): { verdict: ReviewVerdict; reason: string } {
  if (a.items === 0)
    return { verdict: "not-enough-data", reason: `no items ran at L4/L5 in the last ${days} days` };
  const evidence = (g: GroupStats) => Math.max(g.record.judged, g.primary?.items ?? 0);
  if (evidence(a) < MIN_ITEMS) {
    return {
      verdict: "not-enough-data",
      reason: `${evidence(a)} of ${a.items} L4/L5 item(s) have final benchmark results; ${MIN_ITEMS} are needed`,
    };
  }
  if (evidence(b) < MIN_ITEMS) {
    return {
      verdict: "not-enough-data",
      reason: `the L3 baseline has ${evidence(b)} judged item(s); ${MIN_ITEMS} are needed to compare`,
    };
  }
  const worse: string[] = [];
  const slipped: string[] = [];
  const held: string[] = [];
  const ar = a.record;
  const br = b.record;
  if (ar.benchmarkMetRate !== undefined && br.benchmarkMetRate !== undefined) {
    const diff = ar.benchmarkMetRate - br.benchmarkMetRate;
    const text = `benchmarks met ${pct(ar.benchmarkMetRate)} vs ${pct(br.benchmarkMetRate)} in approval mode`;
    if (diff < -WORSE) worse.push(text);
    else if (diff < -HELD) slipped.push(text);
    else held.push(text);
  }
  if (a.primary && b.primary && a.primary.items >= MIN_ITEMS && b.primary.mean !== 0) {
    const rel = (a.primary.mean - b.primary.mean) / Math.abs(b.primary.mean);
    const better = lowerIsBetter ? -rel : rel;
    const text = `${a.primary.metric} ${signed(rel)} against the baseline`;
    if (better < -WORSE) worse.push(text);
    else if (better < -HELD) slipped.push(text);
    else held.push(text);
  }
  if (ar.reviewed >= MIN_ITEMS && ar.approvalRate !== undefined && ar.approvalRate < t.minApprovalRate) {
    worse.push(`people approved only ${pct(ar.approvalRate)} (threshold ${pct(t.minApprovalRate)})`);
  }
  if (worse.length) return { verdict: "tighten", reason: worse.join("; ") };
  if (!slipped.length && !held.length)
    return { verdict: "not-enough-data", reason: "no measure was recorded on both sides to compare" };
  if (slipped.length) {
    return { verdict: "hold", reason: `${slipped.join("; ")}: slightly worse, watch another period` };
  }
  if (ar.benchmarkMetRate !== undefined && ar.benchmarkMetRate < t.minBenchmarkMetRate) {
    return {
      verdict: "hold",
      reason: `results held, but benchmarks were met on ${pct(ar.benchmarkMetRate)} (threshold ${pct(t.minBenchmarkMetRate)})`,
    };
  }
  return { verdict: "expand", reason: `results held or improved: ${held.join("; ")}` };
}
