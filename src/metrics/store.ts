// Accepted metric values, one JSONL file per item: `<dir>/<yyyy>/<mm>/<cycle>.jsonl`, one line per
// (cycle, date, metric) key. Incoming values are buffered in compact arrays up to a fixed count, then
// spilled to temp segments, so memory stays flat however large the input. At the end each touched item
// is merged once: same value → duplicate, other value → correction (the old one kept in `replaced`).
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Batch } from "./batch.ts";
import { mapPool, writeFileAtomic } from "./fs-util.ts";
import { Spill } from "./spill.ts";
import type { MetricRow, StoredMetric } from "./types.ts";

export const DEFAULT_MAX_BUFFERED_VALUES = 100_000;

/** One flush of the buffer to a temp segment: how many values, of how many items, written where. */
export interface SpillInfo {
  values: number;
  items: number;
  /** The temp segment (removed when the ingest finishes) and its size in bytes. */
  path: string;
  bytes: number;
}

const CYCLE_SLOT = /@(\d{4})(\d{2})\d{2}T\d{4}Z$/;

/** `<yyyy>/<mm>/<cycle>.jsonl`, from the cycle id's slot. */
export function itemMetricsPath(dir: string, cycle: string): string {
  const m = CYCLE_SLOT.exec(cycle);
  if (!m)
    throw new Error(`cannot store metrics for "${cycle}": not a cycle id like weekly-blog@20261201T0900Z`);
  return join(dir, m[1] as string, m[2] as string, `${cycle}.jsonl`);
}

/** The stored values of one item; none when nothing was ingested for it yet. */
export async function readItemMetrics(dir: string, cycle: string): Promise<StoredMetric[]> {
  const path = itemMetricsPath(dir, cycle);
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  return storedLines(content, path).map((l) => l.record);
}

/** File names in a folder (none when it does not exist). */
function listFolder(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw err;
  }
}

/** Each stored line parsed, with its text kept so unchanged lines are written back byte for byte. */
function storedLines(content: string, path: string): Array<{ record: StoredMetric; text: string }> {
  const out: Array<{ record: StoredMetric; text: string }> = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.trim();
    if (!text) continue;
    try {
      out.push({ record: JSON.parse(text) as StoredMetric, text });
    } catch (err) {
      // Never rewrite a file we cannot fully read: that would lose the line.
      throw new Error(`${path}:${i + 1}: not valid JSON (${(err as Error).message}); fix or remove the line`);
    }
  }
  return out;
}

export type RowOutcome = "accepted" | "duplicate" | "correction";

export interface MergeCounts {
  /** per source index: row outcomes */
  rows: Map<number, Record<RowOutcome, number>>;
  values: { added: number; duplicates: number; corrections: number };
  changedCycles: string[];
  written: string[];
}

const keyOf = (date: string | undefined, metric: string): string =>
  date ? `${date}\u0000${metric}` : `\u0000${metric}`;

/** One key's current value during a merge; `text` is its line as it will be written. */
interface Entry {
  value: number;
  currency: string | undefined;
  source: string;
  line: number;
  receivedAt: string;
  replaced: StoredMetric["replaced"];
  text: string;
}

export class MetricStore {
  readonly #dir: string;
  readonly #receivedAt: string;
  readonly #max: number;
  readonly #sources: string[];
  readonly #sourceJson: string[];
  #pending = new Map<string, Batch>();
  #buffered = 0;
  readonly #spill = new Spill();
  readonly #madeDirs = new Map<string, Promise<unknown>>();
  // Which item files exist, listed once per month folder: a stat per item costs more than the merge
  // itself on some filesystems, and most items of a large ingest are new.
  readonly #existing = new Map<string, Set<string>>();
  readonly #onSpill: ((spill: SpillInfo) => void) | undefined;

  constructor(opts: {
    dir: string;
    receivedAt: string;
    sources: string[];
    maxBufferedValues?: number;
    onSpill?: (spill: SpillInfo) => void;
  }) {
    this.#dir = opts.dir;
    this.#receivedAt = opts.receivedAt;
    this.#sources = opts.sources;
    this.#sourceJson = opts.sources.map((x) => JSON.stringify(x));
    this.#max = opts.maxBufferedValues ?? DEFAULT_MAX_BUFFERED_VALUES;
    this.#onSpill = opts.onSpill;
  }

  /**
   * Queues a matched row's values under its item. Returns a promise only when the buffer spills, so the
   * hot path of a large ingest allocates no promise per row.
   */
  add(cycle: string, row: MetricRow, src: number, line: number, seq: number): Promise<void> | undefined {
    let batch = this.#pending.get(cycle);
    if (!batch) {
      batch = new Batch();
      this.#pending.set(cycle, batch);
    }
    const before = batch.length;
    for (const metric in row.metrics) {
      // metrics.spend from a channel's rows is the same value as the spend field; the field wins.
      if (metric === "spend" && row.spend !== undefined) continue;
      const currency = metric === "spend" ? row.currency : undefined;
      batch.push(seq, src, row.date, metric, row.metrics[metric] as number, currency, line);
    }
    if (row.spend !== undefined) batch.push(seq, src, row.date, "spend", row.spend, row.currency, line);
    this.#buffered += batch.length - before;
    if (this.#buffered < this.#max) return undefined;
    const batches = this.#pending;
    const spilled = { values: this.#buffered, items: batches.size };
    this.#pending = new Map();
    this.#buffered = 0;
    const written = this.#spill.write(batches);
    const onSpill = this.#onSpill;
    return written.then((segment) => onSpill?.({ ...spilled, ...segment }));
  }

  /** Forgets everything buffered (after a failure elsewhere) and removes the spill files. */
  async discard(): Promise<void> {
    this.#pending.clear();
    this.#spill.dispose();
  }

  /** Merges every touched item into its file (atomically) and removes the spill files. */
  async finish(): Promise<MergeCounts> {
    const counts: MergeCounts = {
      rows: new Map(),
      values: { added: 0, duplicates: 0, corrections: 0 },
      changedCycles: [],
      written: [],
    };
    const cycles = [...new Set([...this.#spill.keys(), ...this.#pending.keys()])].sort();
    try {
      // Merging is CPU work done synchronously, one item at a time; the writes run in the background,
      // a few at once, so the disk and the CPU overlap while memory holds only those few items.
      await mapPool(cycles, 6, async (cycle) => {
        const batch = new Batch();
        for (const text of this.#spill.read(cycle)) batch.addJson(text);
        const pending = this.#pending.get(cycle);
        const path = itemMetricsPath(this.#dir, cycle);
        const content = this.#merge(cycle, path, pending ? [batch, pending] : [batch], counts);
        if (content === undefined) return;
        const dir = dirname(path);
        let made = this.#madeDirs.get(dir);
        if (!made) {
          made = mkdir(dir, { recursive: true });
          this.#madeDirs.set(dir, made);
        }
        await made;
        await writeFileAtomic(path, content);
        counts.changedCycles.push(cycle);
        counts.written.push(path);
      });
    } finally {
      await this.discard();
    }
    counts.changedCycles.sort();
    counts.written.sort();
    return counts;
  }

  /** The item's new file content, or undefined when nothing changed. */
  #merge(cycle: string, path: string, batches: Batch[], counts: MergeCounts): string | undefined {
    const entries = new Map<string, Entry>();
    const folder = dirname(path);
    let names = this.#existing.get(folder);
    if (!names) {
      names = listFolder(folder);
      this.#existing.set(folder, names);
    }
    const content = names.has(basename(path)) ? readFileSync(path, "utf8") : "";
    for (const { record: r, text } of storedLines(content, path)) {
      entries.set(keyOf(r.date, r.metric), {
        value: r.value,
        currency: r.currency,
        source: r.source,
        line: r.line,
        receivedAt: r.receivedAt,
        replaced: r.replaced,
        text,
      });
    }
    // JSON of the parts that are the same on every new line of this item.
    const cycleJson = JSON.stringify(cycle);
    const receivedJson = JSON.stringify(this.#receivedAt);
    let changed = false;
    let seq = -1;
    let src = 0;
    let outcome: RowOutcome = "duplicate";
    const endRow = (): void => {
      if (seq < 0) return;
      let perSource = counts.rows.get(src);
      if (!perSource) {
        perSource = { accepted: 0, duplicate: 0, correction: 0 };
        counts.rows.set(src, perSource);
      }
      perSource[outcome]++;
    };
    for (const b of batches) {
      for (let i = 0; i < b.length; i++) {
        if (b.seq[i] !== seq) {
          endRow();
          seq = b.seq[i] as number;
          src = b.src[i] as number;
          outcome = "duplicate";
        }
        const date = b.date[i];
        const metric = b.metric[i] as string;
        const value = b.value[i] as number;
        const currency = b.currency[i];
        const line = b.line[i] as number;
        const source = this.#sources[src] ?? "unknown";
        const key = keyOf(date, metric);
        const prev = entries.get(key);
        if (prev && prev.value === value && prev.currency === currency) {
          counts.values.duplicates++;
          continue;
        }
        // A replay of a row that was already superseded (the same file ingested again) changes nothing.
        if (
          prev?.replaced?.some(
            (r) => r.value === value && r.currency === currency && r.source === source && r.line === line,
          )
        ) {
          counts.values.duplicates++;
          continue;
        }
        const next: Entry = {
          value,
          currency,
          source,
          line,
          receivedAt: this.#receivedAt,
          replaced: undefined,
          text: "",
        };
        if (prev) {
          const old: NonNullable<StoredMetric["replaced"]>[number] = prev.currency
            ? {
                value: prev.value,
                currency: prev.currency,
                source: prev.source,
                line: prev.line,
                receivedAt: prev.receivedAt,
              }
            : { value: prev.value, source: prev.source, line: prev.line, receivedAt: prev.receivedAt };
          next.replaced = [old, ...(prev.replaced ?? [])];
          counts.values.corrections++;
          outcome = "correction";
        } else {
          counts.values.added++;
          if (outcome === "duplicate") outcome = "accepted";
        }
        next.text = next.replaced
          ? JSON.stringify(toStored(cycle, date, metric, next))
          : `{"cycle":${cycleJson},${date ? `"date":"${date}",` : ""}"metric":"${metric}","value":${value},${currency ? `"currency":"${currency}",` : ""}"source":${this.#sourceJson[src] ?? '"unknown"'},"line":${line},"receivedAt":${receivedJson}}`;
        entries.set(key, next);
        changed = true;
      }
    }
    endRow();
    if (!changed) return undefined;
    // Lifetime values first, then by day and metric: a stable order keeps git diffs small.
    const keys = [...entries.keys()].sort();
    const lines: string[] = [];
    for (const k of keys) lines.push((entries.get(k) as Entry).text, "\n");
    return lines.join("");
  }
}

/** The stored form, keys in the order every line is written. */
function toStored(cycle: string, date: string | undefined, metric: string, e: Entry): StoredMetric {
  const s: StoredMetric = { cycle } as StoredMetric;
  if (date) s.date = date;
  s.metric = metric;
  s.value = e.value;
  if (e.currency) s.currency = e.currency;
  s.source = e.source;
  s.line = e.line;
  s.receivedAt = e.receivedAt;
  if (e.replaced) s.replaced = e.replaced;
  return s;
}
