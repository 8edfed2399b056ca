// Accepted metric values, one JSONL file per item: `<dir>/<yyyy>/<mm>/<cycle>.jsonl`, one line per
// (cycle, date, metric) key. Incoming values are buffered in compact arrays up to a fixed count, then
// spilled to temp segments, so memory stays flat however large the input. At the end each touched item
// is merged once (merge.ts): same value → duplicate, other value → correction (the old one kept in
// `replaced`, up to a limit), and no item file grows past its size limit.
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Batch } from "./batch.ts";
import { mapPool, writeFileAtomic } from "./fs-util.ts";
import {
  DEFAULT_MAX_ITEM_FILE_CHARS,
  DEFAULT_MAX_REPLACED,
  type MergeCounts,
  type MergeLimits,
  mergeItem,
  type RefusedRow,
  storedLines,
  type UnreadableLine,
} from "./merge.ts";
import { Spill } from "./spill.ts";
import type { MetricRow, StoredMetric } from "./types.ts";

export type { MergeCounts, MergeLimits, RefusedRow, RowOutcome } from "./merge.ts";

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

/**
 * The stored values of one item; none when nothing was ingested for it yet. Lines that are not values go to
 * `unreadable` when it is given (left out), and throw otherwise.
 */
export async function readItemMetrics(
  dir: string,
  cycle: string,
  unreadable?: UnreadableLine[],
): Promise<StoredMetric[]> {
  const path = itemMetricsPath(dir, cycle);
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  return storedLines(content, path, unreadable).map((l) => l.record);
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
  readonly #limits: MergeLimits;
  readonly #onRefused: ((row: RefusedRow) => void) | undefined;

  constructor(opts: {
    dir: string;
    receivedAt: string;
    sources: string[];
    maxBufferedValues?: number;
    onSpill?: (spill: SpillInfo) => void;
    /** Size limits of the item files (defaults: 100 earlier values per key, 10 MB per file). */
    limits?: Partial<MergeLimits>;
    /** Called, while merging, for each row with values the item's full file could not take. */
    onRefused?: (row: RefusedRow) => void;
  }) {
    this.#dir = opts.dir;
    this.#receivedAt = opts.receivedAt;
    this.#sources = opts.sources;
    this.#sourceJson = opts.sources.map((x) => JSON.stringify(x));
    this.#max = opts.maxBufferedValues ?? DEFAULT_MAX_BUFFERED_VALUES;
    this.#onSpill = opts.onSpill;
    this.#limits = {
      maxReplaced: opts.limits?.maxReplaced ?? DEFAULT_MAX_REPLACED,
      maxFileChars: opts.limits?.maxFileChars ?? DEFAULT_MAX_ITEM_FILE_CHARS,
    };
    this.#onRefused = opts.onRefused;
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
      values: { added: 0, duplicates: 0, corrections: 0, refused: 0 },
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
    const folder = dirname(path);
    let names = this.#existing.get(folder);
    if (!names) {
      names = listFolder(folder);
      this.#existing.set(folder, names);
    }
    return mergeItem({
      cycle,
      path,
      content: names.has(basename(path)) ? readFileSync(path, "utf8") : "",
      batches,
      sources: this.#sources,
      sourceJson: this.#sourceJson,
      receivedAt: this.#receivedAt,
      limits: this.#limits,
      counts,
      ...(this.#onRefused ? { onRefused: this.#onRefused } : {}),
    });
  }
}
