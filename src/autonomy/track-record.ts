// A workflow's track record, read from the ledger: how its proposals were reviewed and whether its
// published items met their benchmarks, and how far that record is from earning the next level.
// Pure functions over ledger events: the dashboard renders them, promotion (the autonomy issue) decides
// on them, and both must agree on every number.
import type { Guardrails } from "../config/types.ts";
import type { LedgerEvent } from "../schema-types/ledger-event.generated.ts";

/** The article's defaults: 30 validated cycles, 90 % approved, light edits, 80 % of benchmarks met. */
export const DEFAULT_THRESHOLDS: AutonomyThresholds = {
  minCycles: 30,
  minApprovalRate: 0.9,
  maxMedianEditRatio: 0.1,
  minBenchmarkMetRate: 0.8,
};

export interface AutonomyThresholds {
  minCycles: number;
  minApprovalRate: number;
  maxMedianEditRatio: number;
  minBenchmarkMetRate: number;
}

export function autonomyThresholds(autonomy: Guardrails["autonomy"] | undefined): AutonomyThresholds {
  return {
    minCycles: autonomy?.minCycles ?? DEFAULT_THRESHOLDS.minCycles,
    minApprovalRate: autonomy?.minApprovalRate ?? DEFAULT_THRESHOLDS.minApprovalRate,
    maxMedianEditRatio: autonomy?.maxMedianEditRatio ?? DEFAULT_THRESHOLDS.maxMedianEditRatio,
    minBenchmarkMetRate: autonomy?.minBenchmarkMetRate ?? DEFAULT_THRESHOLDS.minBenchmarkMetRate,
  };
}

export interface TrackRecord {
  workflow: string;
  /** Cycles a decision was made on: merged + rejected. */
  reviewed: number;
  merged: number;
  /** Merged with an edit ratio of 0. */
  mergedUnchanged: number;
  mergedWithEdits: number;
  /** Closed without merging. */
  rejected: number;
  /** merged / reviewed; undefined before the first review. */
  approvalRate?: number;
  /** Median edit ratio of the merged items; undefined before the first merge. */
  medianEditRatio?: number;
  /** Items with at least one decisive verdict (met or missed). */
  judged: number;
  /** Judged items whose every decisive verdict is met. */
  met: number;
  /** met / judged; undefined while nothing is judged. */
  benchmarkMetRate?: number;
}

/** Which events count: by default all; `until` keeps events recorded at or before it (a snapshot). */
export interface RecordWindow {
  /** Only cycles whose `proposed` event is at or after this instant. */
  since?: Date | string;
  until?: Date | string;
  /** Only cycles proposed at one of these levels (e.g. L4 and L5 for the 30-day review). */
  levels?: readonly string[];
}

export type CycleEvents = Iterable<readonly [string, readonly LedgerEvent[]]>;

/** The raw outcome of one cycle, the unit every record is summed from. */
export interface CycleOutcome {
  cycle: string;
  workflow: string;
  level?: string;
  proposedAt?: string;
  /** proposedAt in ms (NaN when unknown), so windows filter without parsing dates again. */
  proposedMs: number;
  review?: { merged: true; editRatio: number; at: string } | { merged: false; at: string };
  /** Met when every decisive verdict is met; undefined when no verdict is decisive yet. */
  benchmarksMet?: boolean;
  /** The primary benchmark's final value, when it was judged. */
  primary?: { metric: string; value: number };
}

const toMs = (t: Date | string | undefined): number | undefined =>
  t === undefined ? undefined : typeof t === "string" ? Date.parse(t) : t.getTime();

/** One cycle's review and benchmark outcome, from its events up to `until` (ms). */
export function cycleOutcome(
  cycle: string,
  events: readonly LedgerEvent[],
  until?: number,
): CycleOutcome | undefined {
  let workflow: string | undefined;
  let level: string | undefined;
  let proposedAt: string | undefined;
  let review: CycleOutcome["review"];
  // The last verdict per benchmark wins: a pending verdict is replaced by the final one.
  const verdicts = new Map<string, Extract<LedgerEvent, { type: "judged" }>>();
  for (const e of events) {
    if (until !== undefined && Date.parse(e.at) > until) continue;
    switch (e.type) {
      case "proposed":
        workflow = e.workflow;
        level = e.level;
        proposedAt ??= e.at;
        break;
      case "merged":
        review = { merged: true, editRatio: e.editRatio, at: e.at };
        break;
      case "rejected":
        review = { merged: false, at: e.at };
        break;
      case "judged":
        verdicts.set(e.benchmark, e);
        break;
    }
  }
  if (workflow === undefined) return undefined;
  // Equivalent mutants below: a cycle with a workflow had a "proposed" event, which always carries `at` and
  // `level` (the schema requires both), so those guards never fail; Date.parse(undefined) is NaN anyway; and a
  // `review` key holding undefined reads like no key to every caller.
  const out: CycleOutcome = {
    cycle,
    workflow,
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    proposedMs: proposedAt === undefined ? Number.NaN : Date.parse(proposedAt),
  };
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (level !== undefined) out.level = level;
  if (proposedAt !== undefined) out.proposedAt = proposedAt;
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (review) out.review = review;
  // Pending and not-enough-data verdicts count neither for nor against the item.
  const decisive = [...verdicts.values()].filter((v) => v.status === "met" || v.status === "missed");
  if (decisive.length) out.benchmarksMet = decisive.every((v) => v.status === "met");
  const primary = decisive.find((v) => v.primary && v.value !== undefined);
  if (primary && primary.value !== undefined) out.primary = { metric: primary.metric, value: primary.value };
  return out;
}

/** Every cycle's outcome inside the window, in ledger order. */
export function cycleOutcomes(ledger: CycleEvents, window: RecordWindow = {}): CycleOutcome[] {
  const until = toMs(window.until);
  const out: CycleOutcome[] = [];
  for (const [cycle, events] of ledger) {
    const o = cycleOutcome(cycle, events, until);
    if (o) out.push(o);
  }
  return filterOutcomes(out, { ...window, until: undefined });
}

/** Outcomes proposed inside the window (since, levels); `until` must already be applied. */
export function filterOutcomes(outcomes: readonly CycleOutcome[], window: RecordWindow = {}): CycleOutcome[] {
  const since = toMs(window.since);
  return outcomes.filter(
    (o) =>
      (since === undefined || o.proposedMs >= since) &&
      // Stryker disable next-line ConditionalExpression: equivalent — an outcome always has a level (see cycleOutcome)
      (!window.levels || (o.level !== undefined && window.levels.includes(o.level))),
  );
}

/**
 * Running totals of outcomes, summed into one record on demand. The reports add a year of outcomes
 * once per weekly snapshot; a tally keeps that to one pass with no intermediate lists.
 */
export class RecordTally {
  merged = 0;
  unchanged = 0;
  rejected = 0;
  judged = 0;
  met = 0;
  /** Edit ratios of the merged items, kept ascending: a record per weekly snapshot takes the median. */
  readonly ratios: number[] = [];

  clone(): RecordTally {
    const t = new RecordTally();
    t.merged = this.merged;
    t.unchanged = this.unchanged;
    t.rejected = this.rejected;
    t.judged = this.judged;
    t.met = this.met;
    t.ratios.push(...this.ratios);
    return t;
  }

  add(o: CycleOutcome): void {
    if (o.review?.merged === true) {
      this.merged++;
      insertSorted(this.ratios, o.review.editRatio);
      if (o.review.editRatio === 0) this.unchanged++;
    } else if (o.review?.merged === false) this.rejected++;
    if (o.benchmarksMet !== undefined) {
      this.judged++;
      if (o.benchmarksMet) this.met++;
    }
  }

  record(workflow: string): TrackRecord {
    const { merged, rejected, judged, met } = this;
    const reviewed = merged + rejected;
    const record: TrackRecord = {
      workflow,
      reviewed,
      merged,
      mergedUnchanged: this.unchanged,
      mergedWithEdits: merged - this.unchanged,
      rejected,
      judged,
      met,
    };
    if (reviewed) record.approvalRate = merged / reviewed;
    const median = medianOfSorted(this.ratios);
    // Stryker disable next-line ConditionalExpression: equivalent — a key holding undefined reads like no key
    if (median !== undefined) record.medianEditRatio = median;
    if (judged) record.benchmarkMetRate = met / judged;
    return record;
  }
}

/** Sums outcomes into one record (for one workflow, or any group the caller chose). */
export function summarise(workflow: string, outcomes: readonly CycleOutcome[]): TrackRecord {
  const tally = new RecordTally();
  for (const o of outcomes) tally.add(o);
  return tally.record(workflow);
}

/** Track records per workflow; every id in `workflows` gets one, even with no history. Sorted by id. */
export function trackRecords(
  ledger: CycleEvents,
  opts: RecordWindow & { workflows?: readonly string[] } = {},
): TrackRecord[] {
  return recordsOf(cycleOutcomes(ledger, opts), opts.workflows);
}

/** Track records per workflow from outcomes already computed (see cycleOutcomes). Sorted by id. */
export function recordsOf(
  outcomes: readonly CycleOutcome[],
  workflows: readonly string[] = [],
): TrackRecord[] {
  const groups = new Map<string, CycleOutcome[]>();
  // Stryker disable next-line ArrayDeclaration: equivalent — a tally ignores an entry that is not an outcome
  for (const id of workflows) groups.set(id, []);
  for (const o of outcomes) {
    const list = groups.get(o.workflow);
    if (list) list.push(o);
    else groups.set(o.workflow, [o]);
  }
  return (
    [...groups]
      // Stryker disable next-line EqualityOperator: equivalent — the ids are map keys, never equal
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([workflow, list]) => summarise(workflow, list))
  );
}

export interface PromotionCheck {
  id: "cycles" | "approval" | "edits" | "benchmarks";
  label: string;
  /** Formatted actual and required values, e.g. "23" and "30", "91 %" and "≥ 90 %". */
  actual: string;
  required: string;
  met: boolean;
  /** 0–1: how far along (1 when met). */
  progress: number;
}

export interface PromotionProgress {
  ready: boolean;
  checks: PromotionCheck[];
  /** One line: "ready for promotion" or what is still missing. */
  summary: string;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** How far a record is from the promotion thresholds, check by check. */
export function promotionProgress(record: TrackRecord, t: AutonomyThresholds): PromotionProgress {
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  const checks: PromotionCheck[] = [
    {
      id: "cycles",
      label: "reviewed cycles",
      actual: String(record.reviewed),
      required: String(t.minCycles),
      met: record.reviewed >= t.minCycles,
      progress: t.minCycles > 0 ? clamp(record.reviewed / t.minCycles) : 1,
    },
    {
      id: "approval",
      label: "approval rate",
      actual: record.approvalRate === undefined ? "–" : pct(record.approvalRate),
      required: `≥ ${pct(t.minApprovalRate)}`,
      met: record.approvalRate !== undefined && record.approvalRate >= t.minApprovalRate,
      progress:
        record.approvalRate === undefined
          ? 0
          : t.minApprovalRate > 0
            ? clamp(record.approvalRate / t.minApprovalRate)
            : 1,
    },
    {
      id: "edits",
      label: "median edit ratio",
      actual: record.medianEditRatio === undefined ? "–" : record.medianEditRatio.toFixed(2),
      required: `≤ ${t.maxMedianEditRatio.toFixed(2)}`,
      met: record.medianEditRatio !== undefined && record.medianEditRatio <= t.maxMedianEditRatio + 1e-12,
      progress:
        record.medianEditRatio === undefined
          ? 0
          : // Stryker disable next-line EqualityOperator: equivalent — at equality max / median is 1 as well
            record.medianEditRatio <= t.maxMedianEditRatio
            ? 1
            : clamp(t.maxMedianEditRatio / record.medianEditRatio),
    },
    {
      id: "benchmarks",
      label: "benchmarks met",
      actual: record.benchmarkMetRate === undefined ? "–" : pct(record.benchmarkMetRate),
      required: `≥ ${pct(t.minBenchmarkMetRate)}`,
      met: record.benchmarkMetRate !== undefined && record.benchmarkMetRate >= t.minBenchmarkMetRate,
      progress:
        record.benchmarkMetRate === undefined
          ? 0
          : t.minBenchmarkMetRate > 0
            ? clamp(record.benchmarkMetRate / t.minBenchmarkMetRate)
            : 1,
    },
  ];
  const missing = checks.filter((c) => !c.met);
  const ready = missing.length === 0;
  const summary = ready
    ? "meets every promotion threshold"
    : `needs ${missing
        .map((c) =>
          c.id === "cycles"
            ? `${t.minCycles - record.reviewed} more reviewed cycle(s)`
            : c.actual === "–"
              ? `${c.label} (no data yet)`
              : `${c.label} ${c.required} (now ${c.actual})`,
        )
        .join(", ")}`;
  return { ready, checks, summary };
}

export function medianOf(xs: readonly number[]): number | undefined {
  return medianOfSorted(Float64Array.from(xs).sort());
}

function medianOfSorted(s: ArrayLike<number>): number | undefined {
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Inserts x into an ascending array, keeping it ascending (after any equal values). */
function insertSorted(xs: number[], x: number): void {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // Stryker: equivalent for `<` — equal numbers are interchangeable, so inserting before or after them
    // keeps the same sorted list (`>` is caught by track-record-progress.test.ts: the median of seven edits).
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, x);
}
