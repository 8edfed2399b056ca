// The state "as it was known at time T", fast. A weekly report looks at the history as it stood when its
// week ended, and a first report over a year writes 52 of them. Almost every cycle is either finished
// before T (its final state applies) or not yet begun, so final states are computed once, kept in arrays
// indexed like data.cycles, and only the few cycles still in flight at T are recomputed from their events.
import { type CycleOutcome, cycleOutcome } from "../autonomy/track-record.ts";
import { type Commitment, holdOf } from "../guardrails/budget.ts";
import { type CycleStatus, cycleStatus, type LedgerEvent } from "../state/ledger.ts";
import type { CycleRecord, ReportData } from "./types.ts";
import { monthOfMs, weekOfMs } from "./weeks.ts";

/** A commitment with the ISO week and month of its slot (strategy time zone), looked up once. */
export interface Held extends Commitment {
  week: string;
  month: string;
}

interface Prepared {
  /** Each cycle's first and last event time, by index in data.cycles. */
  first: Float64Array;
  last: Float64Array;
  /** Final states, computed on first use (null: not yet). */
  status: Array<CycleStatus | undefined | null>;
  outcome: Array<CycleOutcome | undefined | null>;
  commitment: Array<Held | undefined>;
  /**
   * Every event as (time − eventBase) × 256 + type code (index in typeNames), ascending: a week's events
   * are one range, found by binary search. Exact while the ledger spans less than ~1,100 years; a ledger
   * that spans more (a mistyped year) has no keys, and its events are counted by a scan of eventTimes.
   */
  eventKeys: Float64Array | undefined;
  eventBase: number;
  eventTimes: Float64Array;
  eventTypes: Uint8Array;
  typeNames: string[];
  /** Each cycle's slot in ms, in data.cycles order (sorted). */
  slots: Float64Array;
  /** prefixLast[i]: the latest event of cycles 0..i — cycles before the first index at or after T are settled. */
  prefixLast: Float64Array;
  /** suffixFirst[i]: the earliest first event of cycles i..n-1 — no cycle from the first index at or after T had begun. */
  suffixFirst: Float64Array;
  /** Each cycle's first `proposed` event in ms (NaN: none), and the cycle indices sorted by it. */
  proposed: Float64Array;
  byProposed: Uint32Array;
}

const cache = new WeakMap<ReportData, Prepared>();
/** Room for the type code in an event key (see Prepared.eventKeys). */
const TYPE_CODES = 256;

function prepare(data: ReportData): Prepared {
  let p = cache.get(data);
  if (p) return p;
  const n = data.cycles.length;
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  let events = 0;
  for (const rec of data.cycles) events += rec.times.length;
  const eventTimes = new Float64Array(events);
  const eventTypes = new Uint8Array(events);
  const typeNames: string[] = [];
  const codes = new Map<string, number>();
  let k = 0;
  for (let i = 0; i < n; i++) {
    const rec = data.cycles[i] as CycleRecord;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < rec.times.length; j++) {
      const t = rec.times[j] as number;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
      const type = (rec.events[j] as LedgerEvent).type;
      let code = codes.get(type);
      if (code === undefined) {
        code = typeNames.push(type) - 1;
        if (code >= TYPE_CODES) throw new Error(`more than ${TYPE_CODES} ledger event types`);
        codes.set(type, code);
      }
      eventTimes[k] = t;
      eventTypes[k++] = code;
    }
    first[i] = lo;
    last[i] = hi;
  }
  const prefixLast = new Float64Array(n);
  const proposed = new Float64Array(n).fill(Number.NaN);
  let running = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    running = Math.max(running, last[i] as number);
    prefixLast[i] = running;
    const rec = data.cycles[i] as CycleRecord;
    const j = rec.events.findIndex((e) => e.type === "proposed");
    if (j >= 0) proposed[i] = rec.times[j] as number;
  }
  const suffixFirst = new Float64Array(n);
  running = Number.POSITIVE_INFINITY;
  for (let i = n - 1; i >= 0; i--) {
    running = Math.min(running, first[i] as number);
    suffixFirst[i] = running;
  }
  const byProposed = Uint32Array.from(
    [...proposed.keys()]
      .filter((i) => !Number.isNaN(proposed[i]))
      .sort((a, b) => (proposed[a] as number) - (proposed[b] as number) || a - b),
  );
  // Each cycle's final hold, by the guardrails' own accounting (guardrails/budget.ts's holdOf).
  const commitment = new Array<Held | undefined>(n);
  for (let i = 0; i < n; i++) {
    const rec = data.cycles[i] as CycleRecord;
    const hold = holdOf(rec.events);
    if (hold) commitment[i] = { ...commitmentBase(data, rec), ...hold };
  }
  p = {
    first,
    last,
    status: new Array(n).fill(null),
    outcome: new Array(n).fill(null),
    commitment,
    ...eventKeysOf(eventTimes, eventTypes),
    eventTimes,
    eventTypes,
    typeNames,
    slots: Float64Array.from(data.cycles, (c) => c.slotMs),
    prefixLast,
    suffixFirst,
    proposed,
    byProposed,
  };
  cache.set(data, p);
  return p;
}

function held(data: ReportData, c: Commitment): Held {
  const tz = data.config.strategy.timezone;
  const ms = c.slot.getTime();
  return { ...c, week: weekOfMs(ms, tz), month: monthOfMs(ms, tz) };
}

/** Whether cycle i (of data.cycles) had begun before `until`. */
export function begun(data: ReportData, i: number, until: number | undefined): boolean {
  return until === undefined || (prepare(data).first[i] as number) < until;
}

/** Whether every event of cycle i was recorded before `until` (its final state applies). */
function settled(p: Prepared, i: number, until: number | undefined): boolean {
  return until === undefined || (p.last[i] as number) < until;
}

export function eventsBefore(rec: CycleRecord, until: number | undefined): LedgerEvent[] {
  return until === undefined ? rec.events : rec.events.filter((_, i) => (rec.times[i] as number) < until);
}

/** Cycle i's status as known before `until`. */
export function statusAt(data: ReportData, i: number, until?: number): CycleStatus | undefined {
  const p = prepare(data);
  const rec = data.cycles[i] as CycleRecord;
  if (!settled(p, i, until)) return cycleStatus(eventsBefore(rec, until));
  let s = p.status[i];
  if (s === null) {
    s = cycleStatus(rec.events);
    p.status[i] = s;
  }
  return s;
}

/** Cycle i's review and benchmark outcome as known before `until`; undefined before it began. */
export function outcomeAt(data: ReportData, i: number, until?: number): CycleOutcome | undefined {
  const p = prepare(data);
  if (until !== undefined && (p.first[i] as number) >= until) return undefined;
  const rec = data.cycles[i] as CycleRecord;
  if (!settled(p, i, until)) return cycleOutcome(rec.cycle, eventsBefore(rec, until));
  let o = p.outcome[i];
  if (o === null) {
    o = cycleOutcome(rec.cycle, rec.events);
    p.outcome[i] = o;
  }
  return o;
}

/** Every cycle's review and benchmark outcome as known before `until`, in data.cycles order. */
export function outcomesAt(data: ReportData, until?: number): CycleOutcome[] {
  const out: CycleOutcome[] = [];
  for (let i = 0, n = begunPrefix(data, until); i < n; i++) {
    const o = outcomeAt(data, i, until);
    if (o) out.push(o);
  }
  return out;
}

/**
 * How many leading cycles (in data.cycles order) had every event recorded before `until`: their final
 * state applies, so a sweep over ascending times can count them once and carry the sums forward.
 */
export function settledPrefix(data: ReportData, until?: number): number {
  return until === undefined ? data.cycles.length : lowerBound(prepare(data).prefixLast, until);
}

/** How many leading cycles (in data.cycles order) may have begun before `until`; none after them had. */
export function begunPrefix(data: ReportData, until?: number): number {
  return until === undefined ? data.cycles.length : lowerBound(prepare(data).suffixFirst, until);
}

/** Indices of the cycles first proposed in [from, to), in data.cycles order. */
export function proposedBetween(data: ReportData, from: number, to: number): number[] {
  const { proposed, byProposed } = prepare(data);
  const out: number[] = [];
  let lo = 0;
  let hi = byProposed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((proposed[byProposed[mid] as number] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < byProposed.length; k++) {
    const i = byProposed[k] as number;
    if ((proposed[i] as number) >= to) break;
    out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** Cycle i's hold on the budget (guardrails/budget.ts) as known before `until`; undefined when none. */
export function commitmentAt(data: ReportData, i: number, until?: number): Held | undefined {
  const p = prepare(data);
  if (until !== undefined && (p.first[i] as number) >= until) return undefined;
  if (settled(p, i, until)) return p.commitment[i];
  const rec = data.cycles[i] as CycleRecord;
  const hold = holdOf(eventsBefore(rec, until));
  if (!hold) return undefined;
  const base = p.commitment[i] ?? commitmentBase(data, rec);
  return { ...base, ...hold };
}

/** A cycle's commitment fields that do not change over time (for a cycle that holds nothing in the end). */
function commitmentBase(data: ReportData, rec: CycleRecord): Held {
  const campaign = data.config.workflows.find((w) => w.id === rec.workflow)?.campaign;
  const c: Commitment = {
    cycle: rec.cycle,
    workflow: rec.workflow,
    slot: new Date(rec.slotMs),
    amount: 0,
    settled: false,
  };
  if (campaign) c.campaign = campaign;
  return held(data, c);
}

/** How many events of each type happened in [from, to). */
export function eventCounts(data: ReportData, from: number, to: number): Map<string, number> {
  const { eventKeys, eventBase, eventTimes, eventTypes, typeNames } = prepare(data);
  const counts = new Uint32Array(typeNames.length);
  if (eventKeys) {
    const end = lowerBound(eventKeys, (to - eventBase) * TYPE_CODES);
    for (let i = lowerBound(eventKeys, (from - eventBase) * TYPE_CODES); i < end; i++) {
      const key = eventKeys[i] as number;
      const code = key - Math.floor(key / TYPE_CODES) * TYPE_CODES;
      counts[code] = (counts[code] as number) + 1;
    }
  } else {
    for (let i = 0; i < eventTimes.length; i++) {
      const t = eventTimes[i] as number;
      if (t >= from && t < to)
        counts[eventTypes[i] as number] = (counts[eventTypes[i] as number] as number) + 1;
    }
  }
  const out = new Map<string, number>();
  counts.forEach((c, code) => {
    if (c) out.set(typeNames[code] as string, c);
  });
  return out;
}

/** The sorted event keys (see Prepared.eventKeys), when the ledger's span keeps them exact. */
function eventKeysOf(
  times: Float64Array,
  types: Uint8Array,
): { eventKeys: Float64Array | undefined; eventBase: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (!times.length || !((hi - lo) * TYPE_CODES < Number.MAX_SAFE_INTEGER))
    return { eventKeys: undefined, eventBase: 0 };
  const keys = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++)
    keys[i] = ((times[i] as number) - lo) * TYPE_CODES + (types[i] as number);
  return { eventKeys: keys.sort(), eventBase: lo };
}

/** Whether any metric value had arrived before `until`. */
export function hasMetricsBefore(data: ReportData, until?: number): boolean {
  return until === undefined ? data.metrics.size > 0 : data.metrics.firstReceived < until;
}

/** Whether all of a cycle's metric values had arrived before `until`. */
export function metricsSettled(data: ReportData, cycle: string, until?: number): boolean {
  return until === undefined || data.metrics.lastReceived(cycle) < until;
}

/** The latest arrival of a cycle's metric values (-Infinity when it has none). */
export function lastMetricAt(data: ReportData, cycle: string): number {
  return data.metrics.lastReceived(cycle);
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
