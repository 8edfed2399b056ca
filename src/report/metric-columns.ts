// The stored metric values (`metrics/<yyyy>/<mm>/<cycle>.jsonl`) as the reports read them. A year for 50
// workflows is ~18,000 files and ~180,000 rows: reading and parsing them is a third of a first report, so
// it runs in a worker thread (src/worker-tasks.ts) while the main thread reads the ledger. The worker hands
// back columns (typed arrays, transferred without a copy, and a table of each distinct string) rather than
// 180,000 objects, which would be cloned one by one; the reports keep them as columns (metric-store.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../state/read-files.ts";

/** One row per stored value; strings as indexes into the tables, so each distinct one crosses once. */
export interface MetricColumns {
  cycles: string[];
  metrics: string[];
  dates: string[];
  cycle: Int32Array;
  metric: Int32Array;
  /** -1: a lifetime total (no date). */
  date: Int32Array;
  value: Float64Array;
  /** When the value arrived, in ms (NaN when the row's receivedAt is not a time). */
  received: Float64Array;
  /** Earlier values a row corrected, newest first: [row, value, receivedMs] (rare). */
  replaced: Array<[number, number, number]>;
  /** Lines left out, each with its file:line and the reason. */
  problems: string[];
}

const ITEM_FILE = /^\d{4}\/\d{2}\/[^/]+\.jsonl$/;
/** A row without receivedAt predates the field: it counts as known from the beginning. */
const EPOCH = 0;

interface StoredRow {
  cycle?: unknown;
  date?: unknown;
  metric?: unknown;
  value?: unknown;
  receivedAt?: unknown;
  replaced?: unknown;
}

/** Reads every stored value under `root` (the metrics folder; inbox and quarantine are not values). */
export function readMetricColumns(root: string): MetricColumns {
  const tables = { cycles: new Table(), metrics: new Table(), dates: new Table() };
  const cycle: number[] = [];
  const metric: number[] = [];
  const date: number[] = [];
  const value: number[] = [];
  const received: number[] = [];
  const replaced: Array<[number, number, number]> = [];
  const problems: string[] = [];
  for (const file of listFiles(root, ".jsonl").filter((f) => ITEM_FILE.test(f))) {
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.trim()) continue;
      let r: StoredRow;
      try {
        r = JSON.parse(line);
      } catch {
        problems.push(`metrics/${file}:${i + 1}: not JSON; the line was left out of the reports`);
        continue;
      }
      if (typeof r.cycle !== "string" || typeof r.metric !== "string" || typeof r.value !== "number") {
        problems.push(`metrics/${file}:${i + 1}: no cycle, metric or value; the line was left out`);
        continue;
      }
      const row = cycle.length;
      cycle.push(tables.cycles.index(r.cycle));
      metric.push(tables.metrics.index(r.metric));
      date.push(typeof r.date === "string" ? tables.dates.index(r.date) : -1);
      value.push(r.value);
      received.push(typeof r.receivedAt === "string" ? Date.parse(r.receivedAt) : EPOCH);
      if (Array.isArray(r.replaced))
        for (const x of r.replaced as Array<{ value: number; receivedAt: string }>)
          replaced.push([row, x.value, Date.parse(x.receivedAt)]);
    }
  }
  return {
    cycles: tables.cycles.values,
    metrics: tables.metrics.values,
    dates: tables.dates.values,
    cycle: Int32Array.from(cycle),
    metric: Int32Array.from(metric),
    date: Int32Array.from(date),
    value: Float64Array.from(value),
    received: Float64Array.from(received),
    replaced,
    problems,
  };
}

/** Distinct strings in first-seen order, each with its index. */
export class Table {
  readonly values: string[] = [];
  private readonly seen = new Map<string, number>();

  index(s: string): number {
    let i = this.seen.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.seen.set(s, i);
    }
    return i;
  }
}
