// The plain data that flows through metrics ingestion, judging and deltas. The first two shapes are built
// by the lead (from the ledger and benchmarks.yaml); everything else is produced here.

/** A published item that metrics can be matched to (built by the lead from the ledger). */
export interface PublishedItem {
  /** e.g. "weekly-newsletter@20261201T0900Z" */
  cycle: string;
  workflow: string;
  channel: string;
  /** ISO 8601 */
  publishedAt: string;
  url?: string;
  receiptId?: string;
  /** The post's own address on its network when it is not `url` (an Instagram /p/ link). */
  permalink?: string;
  /** An e-mail's Message-ID, with its angle brackets. */
  messageId?: string;
  /** An e-mail's subject line. */
  subject?: string;
  /** The proposal's title. */
  title?: string;
  /** ISO 8601: when the item went out, when not `publishedAt` (a scheduled send). */
  sentAt?: string;
}

/** A benchmark from benchmarks.yaml (its type is generated from schemas/benchmarks.schema.json). */
import type { Benchmark } from "../config/types.ts";

export type { Benchmark };

/**
 * One measurement row after an export's columns were mapped to Loopcast's names and validated against
 * schemas/metrics-row.schema.json. Rates are fractions (0.42), never percentages.
 */
export interface MetricRow {
  cycle?: string;
  url?: string;
  receiptId?: string;
  messageId?: string;
  subject?: string;
  title?: string;
  /** When the item went out, as the export wrote it: narrows a match by subject or title. */
  sentAt?: string;
  channel?: string;
  /** "YYYY-MM-DD": the day measured. Absent = lifetime totals up to the export. */
  date?: string;
  metrics: Record<string, number>;
  spend?: number;
  currency?: string;
}

/** What every reader yields: a valid row, or a rejected one with the reason and the text as it came in. */
export type ReadResult =
  | {
      ok: true;
      row: MetricRow;
      /** Physical line (1-based) where the row starts; for a dispatch payload, the row's position. */
      line: number;
      /** The row's text as read, kept so an unmatched row can still be quarantined verbatim. */
      raw?: string;
    }
  | {
      ok: false;
      line: number;
      reason: string;
      raw: string;
      /** Reading stopped here: the rest of the source was not read (e.g. an unclosed quote). */
      fatal?: boolean;
    };

/** Which columns of an export were used, and which were not (so nothing is ignored silently). */
export interface ColumnReport {
  /** header as written → canonical name (cycle, url, receiptId, date, spend, currency or a metric) */
  mapped: Record<string, string>;
  /** headers that carry nothing Loopcast knows, each with why */
  ignored: string[];
}

export interface ReadOptions {
  /** Name used in messages and quarantine records (default: the path). */
  name?: string;
  /** Largest accepted row, in characters; a larger one is almost always an unclosed quote. */
  maxRecordChars?: number;
  /** Called once per source with the column mapping (CSV: after the header; JSON: at the end). */
  onColumns?: (report: ColumnReport) => void;
}

/** One stored value: the unit of dedupe. Judging, deltas and spend work on these. */
export interface MetricValue {
  cycle: string;
  /** Absent = lifetime total. */
  date?: string;
  metric: string;
  value: number;
  /** Only for spend. */
  currency?: string;
}

/** A value as kept in `<dir>/<yyyy>/<mm>/<cycle>.jsonl`, with where it came from. */
export interface StoredMetric extends MetricValue {
  source: string;
  line: number;
  receivedAt: string;
  /**
   * Earlier values this one corrected, newest first: at most 100 (store.ts's limit), so a key corrected
   * 20,000 times does not make a file GitHub refuses.
   */
  replaced?: Array<{ value: number; currency?: string; source: string; line: number; receivedAt: string }>;
  /** How many earlier values are not listed in `replaced` (older than its limit); git history has them. */
  replacedOmitted?: number;
}

/** One rejected row, as written to `<dir>/quarantine/<source>.<sha8>.jsonl`. */
export interface QuarantineRecord {
  source: string;
  line: number;
  reason: string;
  /** The row as read; clipped to 4,000 characters (then `rawChars` is its full length). */
  raw: string;
  rawChars?: number;
}

/**
 * The last line of a quarantine file that lists only the first rows of a source (1,000 by default): every
 * refused row counted by reason, and where the source itself is.
 */
export interface QuarantineSummary {
  source: string;
  summary: {
    /** Rows quarantined in all. */
    rows: number;
    /** Rows listed verbatim above this line. */
    listed: number;
    /** First and last line of the rows not listed. */
    omittedLines: [number, number];
    /** Rows by reason, numbers and quoted values left out of the reason ("other" past 50 kinds). */
    byReason: Record<string, number>;
  };
  /** Where the rows themselves are: Loopcast never copies a source into the repository. */
  sourceKept: string;
}

/**
 * A source of metric rows to pull from (fed to ingest by fromMetricsSource). Only InMemoryMetricsSource
 * implements it today; no channel does, and no run reads one.
 */
export interface MetricsSource {
  id: string;
  fetch(items: PublishedItem[], since: string): AsyncIterable<MetricRow>;
}

/** What `ingest` reads: a file path, or already-parsed records (a dispatch payload, a MetricsSource). */
export type IngestSource =
  | string
  | {
      path: string;
      name?: string;
      /** Where the file stays, for a summarised quarantine (default: where it was ingested from). */
      kept?: string;
    }
  | {
      name: string;
      records: AsyncIterable<ReadResult> | Iterable<ReadResult>;
      kept?: string;
    };

export interface SourceSummary {
  /** Rows read (valid or not). rows = accepted + duplicates + corrections + quarantined. */
  rows: number;
  /** Rows that brought at least one new value and corrected none. */
  accepted: number;
  /** Rows whose every value was already stored with the same value. */
  duplicates: number;
  /** Rows that replaced at least one stored value. */
  corrections: number;
  quarantined: number;
  /** False when reading stopped early (the quarantine names the line): keep the file and fix it. */
  complete: boolean;
  /**
   * Where and why reading stopped, when it did. The rows read before it were stored all the same (and
   * count as duplicates when the fixed file is ingested again).
   */
  stoppedAt?: { line: number; reason: string };
  /** This source's quarantine file (`<dir>/quarantine/<name>.<sha8>.jsonl`), when a row was refused. */
  quarantineFile?: string;
  /** The quarantine lists only the first rows and counts the rest by reason (its last line). */
  quarantineSummarised?: boolean;
  columns?: ColumnReport;
}

export interface IngestSummary {
  rows: number;
  accepted: number;
  duplicates: number;
  corrections: number;
  quarantined: number;
  /**
   * The same counts per stored value ((cycle, date, metric) key) rather than per row; `refused`: values an
   * item's full metric file could not take (their rows are quarantined).
   */
  values: { added: number; duplicates: number; corrections: number; refused: number };
  bySource: Record<string, SourceSummary>;
  /** Cycles whose stored metrics changed: the ones worth re-judging. */
  changedCycles: string[];
  /** Files created or changed (metric files and quarantine files), for the lead's git commit. */
  written: string[];
}

export type JudgementStatus = "met" | "missed" | "pending" | "not-enough-data";

export interface Judgement {
  benchmark: Benchmark;
  status: JudgementStatus;
  /** The metric's value within the window (partial while pending). */
  value?: number;
  /** The minSample metric's value within the window. */
  sample?: number;
  reason: string;
}

export interface DeltaEntry {
  workflow: string;
  metric: string;
  /** ISO week of `now` in the time zone, e.g. "2026-W49", and the week before. */
  week: string;
  previousWeek: string;
  /** Per item: counts are the mean per item, rates are pooled from summed counts where possible. */
  thisWeek?: number;
  lastWeek?: number;
  change?: number;
  /** Percent (12.5 means +12.5 %); absent when last week is 0 or missing. */
  changePct?: number;
  benchmark?: Benchmark;
  /** this week against the benchmark's threshold; margin > 0 is on the good side. */
  vsBenchmark?: { met: boolean; margin: number };
  /** Items published this week / last week that had this metric. */
  items: number;
  lastWeekItems: number;
}

export interface SpendEntry {
  cycle: string;
  amount: number;
  currency?: string;
}
