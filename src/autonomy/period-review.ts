// The article's 30-day review (step 06): per workflow, items that ran autonomously (proposed at L4/L5)
// in the period against the approval-mode baseline (everything the workflow did at L3 up to the end of
// the period), on benchmark met rate, approval and edits, and the primary metric. The verdict is
// expand, hold or tighten with its reason — or, honestly, "not enough data".
import {
  type AutonomyThresholds,
  type CycleEvents,
  type CycleOutcome,
  cycleOutcomes,
  RecordTally,
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

/** One side of the comparison, summed as outcomes arrive. */
class GroupTally {
  items = 0;
  record = new RecordTally();
  primaryMetric?: string;
  primarySum = 0;
  primaryItems = 0;

  clone(): GroupTally {
    const g = new GroupTally();
    g.items = this.items;
    g.record = this.record.clone();
    if (this.primaryMetric !== undefined) g.primaryMetric = this.primaryMetric;
    g.primarySum = this.primarySum;
    g.primaryItems = this.primaryItems;
    return g;
  }

  add(o: CycleOutcome): void {
    this.items++;
    this.record.add(o);
    if (o.primary) {
      this.primaryMetric ??= o.primary.metric;
      this.primarySum += o.primary.value;
      this.primaryItems++;
    }
  }

  stats(workflow: string): GroupStats {
    const out: GroupStats = { items: this.items, record: this.record.record(workflow) };
    if (this.primaryItems) {
      out.primary = {
        metric: this.primaryMetric as string,
        mean: this.primarySum / this.primaryItems,
        items: this.primaryItems,
      };
    }
    return out;
  }
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.round(Math.abs(x) * 100)} %`;

/**
 * The review built up outcome by outcome (each as known at the end of the period), so a caller that
 * already walks the outcomes — the reports, once per weekly snapshot — needs no second pass.
 */
export class ReviewTally {
  readonly #fromMs: number;
  readonly #auto = new Map<string, GroupTally>();
  readonly #base = new Map<string, GroupTally>();

  /** `to` is the end of the period; it starts `days` earlier. An infinite `to` counts the baseline only. */
  constructor(to: Date | string | number, days = REVIEW_DAYS) {
    const toMs = typeof to === "number" ? to : typeof to === "string" ? Date.parse(to) : to.getTime();
    this.#fromMs = toMs - days * 86_400_000;
  }

  add(o: CycleOutcome): void {
    // Autonomous: proposed at L4/L5 within the period. Baseline: everything proposed at L3, ever.
    if (this.isAutonomous(o)) tally(this.#auto, o);
    else if (o.level === "L3") tally(this.#base, o);
  }

  isAutonomous(o: CycleOutcome): boolean {
    return (o.level === "L4" || o.level === "L5") && o.proposedMs >= this.#fromMs;
  }

  /** Adds an outcome to the autonomous side only (its baseline part is already counted). */
  addAutonomous(o: CycleOutcome): void {
    if (this.isAutonomous(o)) tally(this.#auto, o);
  }

  /** The baseline counted so far, for a period ending at `to`, with no autonomous items yet. */
  forPeriod(to: Date | string | number, days = REVIEW_DAYS): ReviewTally {
    const t = new ReviewTally(to, days);
    for (const [workflow, g] of this.#base) t.#base.set(workflow, g.clone());
    return t;
  }

  reviews(
    workflows: readonly string[],
    thresholds: AutonomyThresholds,
    lowerIsBetter: ReadonlySet<string> = new Set(),
    days = REVIEW_DAYS,
  ): WorkflowReview[] {
    const empty = new GroupTally();
    return [...workflows].sort().map((workflow) => {
      const a = (this.#auto.get(workflow) ?? empty).stats(workflow);
      const b = (this.#base.get(workflow) ?? empty).stats(workflow);
      const { verdict, reason } = judge(a, b, thresholds, lowerIsBetter.has(workflow), days);
      return { workflow, autonomous: a, baseline: b, verdict, reason };
    });
  }
}

function tally(groups: Map<string, GroupTally>, o: CycleOutcome): void {
  let g = groups.get(o.workflow);
  if (!g) {
    g = new GroupTally();
    groups.set(o.workflow, g);
  }
  g.add(o);
}

export function periodReview(input: PeriodReviewInput): WorkflowReview[] {
  const days = input.days ?? REVIEW_DAYS;
  const toMs = typeof input.to === "string" ? Date.parse(input.to) : input.to.getTime();
  const known = input.outcomes ?? cycleOutcomes(input.ledger ?? [], { until: new Date(toMs) });
  const review = new ReviewTally(toMs, days);
  for (const o of known) review.add(o);
  return review.reviews(input.workflows, input.thresholds, input.lowerIsBetter, days);
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
