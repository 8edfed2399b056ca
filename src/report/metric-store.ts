// The stored metric values as the reports use them: by cycle, as known at an instant. Kept as the columns
// the worker read (metric-columns.ts), grouped by cycle, instead of one object per value: a year is
// ~180,000 values, ~17 MB as objects and ~5 MB as columns, and the views only ever ask for one cycle's
// values at a time.
import type { MetricValue } from "../metrics/types.ts";
import { type MetricColumns, Table } from "./metric-columns.ts";
import type { MetricPoint } from "./types.ts";

export class MetricStore {
  readonly #c: MetricColumns;
  readonly #cycleIndex = new Map<string, number>();
  /** Rows grouped by cycle (file and line order kept within a cycle): cycle i is rows[from[i]..from[i+1]). */
  readonly #rows: Int32Array;
  readonly #from: Int32Array;
  /** Earlier values each corrected row replaced, newest first. */
  readonly #replaced = new Map<number, Array<{ value: number; receivedMs: number }>>();
  /** Each cycle's latest arrival, and the earliest arrival of any value. */
  readonly #lastReceived: Float64Array;
  readonly firstReceived: number;
  readonly latestReceived: number;

  constructor(columns: MetricColumns) {
    this.#c = columns;
    const n = columns.cycles.length;
    columns.cycles.forEach((cycle, i) => {
      this.#cycleIndex.set(cycle, i);
    });
    // A counting sort by cycle: stable, so a cycle's rows keep their order.
    const from = new Int32Array(n + 1);
    for (const c of columns.cycle) from[c + 1] = (from[c + 1] as number) + 1;
    for (let i = 0; i < n; i++) from[i + 1] = (from[i + 1] as number) + (from[i] as number);
    const next = from.slice(0, n);
    const rows = new Int32Array(columns.cycle.length);
    const last = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    let first = Number.POSITIVE_INFINITY;
    let latest = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < columns.cycle.length; r++) {
      const c = columns.cycle[r] as number;
      const slot = next[c] as number;
      rows[slot] = r;
      next[c] = slot + 1;
      const t = columns.received[r] as number;
      if (t > (last[c] as number)) last[c] = t;
      if (t < first) first = t;
      if (t > latest) latest = t;
    }
    this.#rows = rows;
    this.#from = from;
    this.#lastReceived = last;
    this.firstReceived = first;
    this.latestReceived = latest;
    for (const [row, value, receivedMs] of columns.replaced) {
      const list = this.#replaced.get(row) ?? [];
      list.push({ value, receivedMs });
      this.#replaced.set(row, list);
    }
  }

  /** Cycles with at least one stored value. */
  get size(): number {
    return this.#c.cycles.length;
  }

  has(cycle: string): boolean {
    return this.#cycleIndex.has(cycle);
  }

  /** The latest arrival of a cycle's values (-Infinity when it has none). */
  lastReceived(cycle: string): number {
    const i = this.#cycleIndex.get(cycle);
    return i === undefined ? Number.NEGATIVE_INFINITY : (this.#lastReceived[i] as number);
  }

  /** The cycle's values as known at `until` (a corrected value counts from when it arrived). */
  valuesAt(cycle: string, until?: number): MetricValue[] {
    const i = this.#cycleIndex.get(cycle);
    if (i === undefined) return [];
    const c = this.#c;
    const out: MetricValue[] = [];
    for (let k = this.#from[i] as number; k < (this.#from[i + 1] as number); k++) {
      const row = this.#rows[k] as number;
      let value: number | undefined = c.value[row] as number;
      if (until !== undefined && (c.received[row] as number) >= until)
        value = this.#replaced.get(row)?.find((r) => r.receivedMs < until)?.value;
      if (value === undefined) continue;
      const metric = c.metrics[c.metric[row] as number] as string;
      const d = c.date[row] as number;
      out.push(d < 0 ? { cycle, metric, value } : { cycle, metric, value, date: c.dates[d] as string });
    }
    return out;
  }

  /** A store of points given as objects (tests and small callers build these by hand). */
  static fromPoints(points: ReadonlyMap<string, readonly MetricPoint[]>): MetricStore {
    const cycles = new Table();
    const metrics = new Table();
    const dates = new Table();
    const rows: MetricPoint[] = [];
    const cycle: number[] = [];
    for (const [id, list] of points) {
      for (const p of list) {
        cycle.push(cycles.index(id));
        rows.push(p);
      }
    }
    return new MetricStore({
      cycles: cycles.values,
      metrics: metrics.values,
      dates: dates.values,
      cycle: Int32Array.from(cycle),
      metric: Int32Array.from(rows, (p) => metrics.index(p.metric)),
      date: Int32Array.from(rows, (p) => (p.date === undefined ? -1 : dates.index(p.date))),
      value: Float64Array.from(rows, (p) => p.value),
      received: Float64Array.from(rows, (p) => p.receivedMs),
      replaced: rows.flatMap((p, row) =>
        (p.replaced ?? []).map((r) => [row, r.value, r.receivedMs] as [number, number, number]),
      ),
      problems: [],
    });
  }
}
