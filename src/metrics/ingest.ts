// One ingest: read every source, validate and match each row, store the values, quarantine the rest, and
// account for every row read: rows = accepted + duplicates + corrections + quarantined, per source.
import { basename, isAbsolute, relative, sep } from "node:path";
import { buildItemIndex, matchRow } from "./match.ts";
import { QuarantineWriter } from "./quarantine.ts";
import { readMetricsFile } from "./read.ts";
import { MetricStore, type SpillInfo } from "./store.ts";
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
}

interface Opened {
  name: string;
  records: AsyncIterable<ReadResult> | Iterable<ReadResult>;
  columns?: () => ColumnReport | undefined;
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
    return { name: source.name, records: source.records };
  const path = typeof source === "string" ? source : source.path;
  const name = (typeof source !== "string" && source.name) || fileSourceName(dir, path);
  let columns: ColumnReport | undefined;
  const records = readMetricsFile(path, {
    name,
    onColumns: (c) => {
      columns = c;
    },
  });
  return { name, records, columns: () => columns };
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const index = buildItemIndex(opts.items);
  const opened = opts.sources.map((s) => open(opts.dir, s));
  const names = opened.map((o) => o.name);
  const store = new MetricStore({
    dir: opts.dir,
    receivedAt: opts.receivedAt,
    sources: names,
    ...(opts.maxBufferedValues ? { maxBufferedValues: opts.maxBufferedValues } : {}),
    ...(opts.onSpill ? { onSpill: opts.onSpill } : {}),
  });
  const bySource: Record<string, SourceSummary> = {};
  const writers: QuarantineWriter[] = [];
  let seq = 0;
  try {
    for (let src = 0; src < opened.length; src++) {
      const { name, records, columns } = opened[src] as Opened;
      const summary: SourceSummary = bySource[name] ?? {
        rows: 0,
        accepted: 0,
        duplicates: 0,
        corrections: 0,
        quarantined: 0,
        complete: true,
      };
      bySource[name] = summary;
      const quarantine = new QuarantineWriter(opts.dir, name);
      writers.push(quarantine);
      for await (const r of records) {
        summary.rows++;
        if (opts.onProgress && summary.rows % 10_000 === 0)
          opts.onProgress({ source: name, rows: summary.rows });
        if (!r.ok) {
          if (r.fatal) summary.complete = false;
          summary.quarantined++;
          await quarantine.add({ source: name, line: r.line, reason: r.reason, raw: r.raw });
          continue;
        }
        const match = matchRow(r.row, index);
        if (!match.ok) {
          summary.quarantined++;
          await quarantine.add({
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
    }
    const q = await writers[src]?.finish();
    if (q) {
      summary.quarantineFile = q.path;
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
