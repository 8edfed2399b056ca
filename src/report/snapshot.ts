// The state "as it was known at time T", fast. A weekly report looks at the history as it stood when its
// week ended; recomputing every cycle for each of 52 weeks made a year's first report take 9 s. Almost
// every cycle is either finished before T (its final state applies) or not yet begun, so final states
// are computed once and only the few cycles still in flight at T are recomputed from their events.
import { type CycleOutcome, cycleOutcome } from "../autonomy/track-record.ts";
import { type Commitment, commitments } from "../guardrails/budget.ts";
import { type CycleStatus, cycleStatus, type LedgerEvent } from "../state/ledger.ts";
import type { CycleRecord, ReportData } from "./types.ts";

interface Prepared {
  first: Map<CycleRecord, number>;
  last: Map<CycleRecord, number>;
  status: Map<CycleRecord, CycleStatus | undefined>;
  outcome: Map<CycleRecord, CycleOutcome | undefined>;
  commitment: Map<string, Commitment>;
  /** Every event's time and type, sorted by time (for counting what happened in a week). */
  eventTimes: Float64Array;
  eventTypes: string[];
  /** Earliest metric arrival, and each cycle's latest one. */
  firstReceived: number;
  lastReceived: Map<string, number>;
  /** Each cycle's slot in ms, in data.cycles order (sorted). */
  slots: Float64Array;
}

const cache = new WeakMap<ReportData, Prepared>();

function prepare(data: ReportData): Prepared {
  let p = cache.get(data);
  if (p) return p;
  const first = new Map<CycleRecord, number>();
  const last = new Map<CycleRecord, number>();
  const all: Array<[number, string]> = [];
  for (const rec of data.cycles) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    rec.times.forEach((t, i) => {
      if (t < lo) lo = t;
      if (t > hi) hi = t;
      all.push([t, (rec.events[i] as LedgerEvent).type]);
    });
    first.set(rec, lo);
    last.set(rec, hi);
  }
  all.sort((a, b) => a[0] - b[0]);
  let firstReceived = Number.POSITIVE_INFINITY;
  const lastReceived = new Map<string, number>();
  for (const [cycle, points] of data.metrics) {
    let hi = Number.NEGATIVE_INFINITY;
    for (const pt of points) {
      const t = Date.parse(pt.receivedAt);
      if (t > hi) hi = t;
      if (t < firstReceived) firstReceived = t;
    }
    lastReceived.set(cycle, hi);
  }
  const commitment = new Map(
    commitments(data.config, new Map(data.cycles.map((c) => [c.cycle, c.events]))).map((c) => [c.cycle, c]),
  );
  p = {
    first,
    last,
    status: new Map(),
    outcome: new Map(),
    commitment,
    eventTimes: Float64Array.from(all.map((x) => x[0])),
    eventTypes: all.map((x) => x[1]),
    firstReceived,
    lastReceived,
    slots: Float64Array.from(data.cycles.map((c) => c.slotMs)),
  };
  cache.set(data, p);
  return p;
}

/** Whether the cycle had begun before `until`. */
export function begun(data: ReportData, rec: CycleRecord, until: number | undefined): boolean {
  return until === undefined || (prepare(data).first.get(rec) as number) < until;
}

function settledBefore(p: Prepared, rec: CycleRecord, until: number | undefined): boolean {
  return until === undefined || (p.last.get(rec) as number) < until;
}

export function eventsBefore(rec: CycleRecord, until: number | undefined): LedgerEvent[] {
  return until === undefined ? rec.events : rec.events.filter((_, i) => (rec.times[i] as number) < until);
}

export function statusAt(data: ReportData, rec: CycleRecord, until?: number): CycleStatus | undefined {
  const p = prepare(data);
  if (!settledBefore(p, rec, until)) return cycleStatus(eventsBefore(rec, until));
  if (!p.status.has(rec)) p.status.set(rec, cycleStatus(rec.events));
  return p.status.get(rec);
}

/** Every cycle's review and benchmark outcome as known before `until`. */
export function outcomesAt(data: ReportData, until?: number): CycleOutcome[] {
  const p = prepare(data);
  const out: CycleOutcome[] = [];
  for (const rec of data.cycles) {
    if (!begun(data, rec, until)) continue;
    let o: CycleOutcome | undefined;
    if (settledBefore(p, rec, until)) {
      if (!p.outcome.has(rec)) p.outcome.set(rec, cycleOutcome(rec.cycle, rec.events));
      o = p.outcome.get(rec);
    } else o = cycleOutcome(rec.cycle, eventsBefore(rec, until));
    if (o) out.push(o);
  }
  return out;
}

/** The budget's commitments (guardrails/budget.ts) as known before `until`. */
export function commitmentsAt(data: ReportData, until?: number): Commitment[] {
  const p = prepare(data);
  if (until === undefined) return [...p.commitment.values()];
  const out: Commitment[] = [];
  for (const rec of data.cycles) {
    if (!begun(data, rec, until)) continue;
    if (settledBefore(p, rec, until)) {
      const c = p.commitment.get(rec.cycle);
      if (c) out.push(c);
    } else out.push(...commitments(data.config, new Map([[rec.cycle, eventsBefore(rec, until)]])));
  }
  return out;
}

/** How many events of each type happened in [from, to). */
export function eventCounts(data: ReportData, from: number, to: number): Map<string, number> {
  const p = prepare(data);
  const counts = new Map<string, number>();
  for (
    let i = lowerBound(p.eventTimes, from);
    i < p.eventTimes.length && (p.eventTimes[i] as number) < to;
    i++
  ) {
    const type = p.eventTypes[i] as string;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/** Whether any metric value had arrived before `until`. */
export function hasMetricsBefore(data: ReportData, until?: number): boolean {
  const p = prepare(data);
  return until === undefined ? data.metrics.size > 0 : p.firstReceived < until;
}

/** Whether all of a cycle's metric values had arrived before `until`. */
export function metricsSettled(data: ReportData, cycle: string, until?: number): boolean {
  return until === undefined || (prepare(data).lastReceived.get(cycle) ?? Number.NEGATIVE_INFINITY) < until;
}

/** Index of the first cycle (in data.cycles) whose slot is at or after `ms`. */
export function firstCycleFrom(data: ReportData, ms: number): number {
  return lowerBound(prepare(data).slots, ms);
}

/** First index in a sorted array whose value is >= x. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
