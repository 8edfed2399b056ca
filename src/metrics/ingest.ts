// One ingest: read every source, validate and match each row, store the values, quarantine the rest, and
// account for every row read: rows = accepted + duplicates + corrections + quarantined, per source.
import { basename, isAbsolute, relative, sep } from "node:path";
import { buildItemIndex, matchRow } from "./match.ts";
import { QuarantineWriter } from "./quarantine.ts";
import { readMetricsFile } from "./read.ts";
import { type MergeLimits, MetricStore, type RefusedRow, type SpillInfo } from "./store.ts";
import type {
  ColumnReport,
  IngestSource,
  IngestSummary,
  PublishedItem,
  ReadResult,
  SourceSummary,
} from "./types.ts";

export interface IngestOptions {
  /** The metrics folder, e.g. marketing/metrics. */
  dir: string;
  sources: readonly IngestSource[];
  items: readonly PublishedItem[];
  /** ISO time stamped on every stored value (the run's clock). */
  receivedAt: string;
  /** Values held in memory before spilling to temp files (memory bound; default 100,000). */
  maxBufferedValues?: number;
  /** Called after each spill of the buffer to a temp segment has been written (tests, diagnostics). */
  onSpill?: (spill: SpillInfo) => void;
  /** Called every 10,000 rows, for progress on a TTY. */
  onProgress?: (progress: { source: string; rows: number }) => void;
  /** Size limits of the item files (defaults: 100 earlier values per key, 10 MB per file). */
  limits?: Partial<MergeLimits>;
  /** Rows of a source kept verbatim in its quarantine file before the rest are only counted (1,000). */
  maxQuarantineRows?: number;
}

interface Opened {
  name: string;
  records: AsyncIterable<ReadResult> | Iterable<ReadResult>;
  columns?: () => ColumnReport | undefined;
  /** Where the source stays, for a summarised quarantine. */
  kept: string;
}

/**
 * A file's name in stored records: relative to the metrics folder when inside it (inbox/x.csv), else its
 * base name, so a file ingested by hand from ~/Downloads does not write a local path into the repository.
 */
function fileSourceName(dir: string, path: string): string {
  const rel = relative(dir, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : basename(path);
}

function open(dir: string, source: IngestSource): Opened {
  if (typeof source !== "string" && "records" in source)
    return { name: source.name, records: source.records, kept: source.kept ?? `the ${source.name} payload` };
  const path = typeof source === "string" ? source : source.path;
  const name = (typeof source !== "string" && source.name) || fileSourceName(dir, path);
  const kept = (typeof source !== "string" && source.kept) || `the file ${name} as it was ingested`;
  let columns: ColumnReport | undefined;
  const records = readMetricsFile(path, {
    name,
    onColumns: (c) => {
      columns = c;
    },
  });
  return { name, records, columns: () => columns, kept };
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const index = buildItemIndex(opts.items);
  const opened = opts.sources.map((s) => open(opts.dir, s));
  const names = opened.map((o) => o.name);
  const writers: QuarantineWriter[] = [];
  const store = new MetricStore({
    dir: opts.dir,
    receivedAt: opts.receivedAt,
    sources: names,
    ...(opts.maxBufferedValues ? { maxBufferedValues: opts.maxBufferedValues } : {}),
    ...(opts.onSpill ? { onSpill: opts.onSpill } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    // Rows whose values an item's full file could not take are quarantined like any refused row.
    onRefused: (r) =>
      writers[r.src]?.add({
        source: names[r.src] as string,
        line: r.line,
        reason: r.reason,
        raw: refusedRaw(r),
      }),
  });
  const bySource: Record<string, SourceSummary> = {};
  let seq = 0;
  try {
    for (let src = 0; src < opened.length; src++) {
      const { name, records, columns, kept } = opened[src] as Opened;
      const summary: SourceSummary = bySource[name] ?? {
        rows: 0,
        accepted: 0,
        duplicates: 0,
        corrections: 0,
        quarantined: 0,
        complete: true,
      };
      bySource[name] = summary;
      const quarantine = new QuarantineWriter(opts.dir, name, {
        kept,
        ...(opts.maxQuarantineRows ? { maxRows: opts.maxQuarantineRows } : {}),
      });
      writers.push(quarantine);
      for await (const r of records) {
        summary.rows++;
        if (opts.onProgress && summary.rows % 10_000 === 0)
          opts.onProgress({ source: name, rows: summary.rows });
        if (!r.ok) {
          if (r.fatal) {
            summary.complete = false;
            summary.stoppedAt = { line: r.line, reason: r.reason };
          }
          summary.quarantined++;
          quarantine.add({ source: name, line: r.line, reason: r.reason, raw: r.raw });
          continue;
        }
        const match = matchRow(r.row, index);
        if (!match.ok) {
          summary.quarantined++;
          quarantine.add({
            source: name,
            line: r.line,
            reason: match.reason,
            raw: r.raw ?? JSON.stringify(r.row),
          });
          continue;
        }
        const spilling = store.add(match.item.cycle, r.row, src, r.line, seq++);
        if (spilling) await spilling;
      }
      const report = columns?.();
      if (report) summary.columns = report;
    }
  } catch (err) {
    await Promise.all(writers.map((w) => w.abort()));
    await store.discard();
    throw err;
  }

  let merged: Awaited<ReturnType<MetricStore["finish"]>>;
  try {
    merged = await store.finish();
  } catch (err) {
    // e.g. a stored file that cannot be read: nothing of this run's quarantine is left behind either.
    await Promise.all(writers.map((w) => w.abort()));
    throw err;
  }
  const written = [...merged.written];
  for (let src = 0; src < opened.length; src++) {
    const name = names[src] as string;
    const summary = bySource[name] as SourceSummary;
    const outcome = merged.rows.get(src);
    if (outcome) {
      summary.accepted += outcome.accepted;
      summary.duplicates += outcome.duplicate;
      summary.corrections += outcome.correction;
      summary.quarantined += outcome.refused;
    }
    const q = await writers[src]?.finish();
    if (q) {
      summary.quarantineFile = q.path;
      if (q.summarised) summary.quarantineSummarised = true;
      if (q.created) written.push(q.path);
    }
  }
  const total = (k: "rows" | "accepted" | "duplicates" | "corrections" | "quarantined"): number =>
    Object.values(bySource).reduce((n, s) => n + s[k], 0);
  return {
    rows: total("rows"),
    accepted: total("accepted"),
    duplicates: total("duplicates"),
    corrections: total("corrections"),
    quarantined: total("quarantined"),
    values: merged.values,
    bySource,
    changedCycles: merged.changedCycles,
    written: written.sort(),
  };
}

/** A refused row's values as a canonical row, for its quarantine record. */
function refusedRaw(r: RefusedRow): string {
  const date = r.values[0]?.date; // one row, one day
  const row: {
    cycle: string;
    date?: string;
    metrics: Record<string, number>;
    spend?: number;
    currency?: string;
  } = { cycle: r.cycle, ...(date ? { date } : {}), metrics: {} };
  for (const v of r.values) {
    if (v.metric === "spend") {
      row.spend = v.value;
      if (v.currency) row.currency = v.currency;
    } else row.metrics[v.metric] = v.value;
  }
  return JSON.stringify(row);
}
