// MetricsSource (a port to pull metric rows from; no channel implements it yet), an in-memory one for
// tests, and the adapter that feeds any MetricsSource into ingest with the same validation as files.
import { validateRow } from "./row.ts";
import type { MetricRow, MetricsSource, PublishedItem, ReadResult } from "./types.ts";

/** Serves fixed rows; `fetch` returns those of the given items measured on or after `since`. */
export class InMemoryMetricsSource implements MetricsSource {
  readonly id: string;
  readonly #rows: readonly MetricRow[];

  constructor(id: string, rows: readonly MetricRow[]) {
    this.id = id;
    this.#rows = rows;
  }

  async *fetch(items: PublishedItem[], since: string): AsyncIterable<MetricRow> {
    const cycles = new Set(items.map((i) => i.cycle));
    const receipts = new Set(items.flatMap((i) => (i.receiptId ? [i.receiptId] : [])));
    const day = since.slice(0, 10);
    for (const row of this.#rows) {
      const mine =
        (row.cycle && cycles.has(row.cycle)) || (row.receiptId && receipts.has(row.receiptId)) || row.url;
      if (mine && (!row.date || row.date >= day)) yield row;
    }
  }
}

/**
 * Wraps a MetricsSource as an ingest source named `source:<id>`. A channel's rows are validated like a
 * file's; an exception from the channel becomes a quarantine record instead of ending the run.
 */
export function fromMetricsSource(
  source: MetricsSource,
  items: PublishedItem[],
  since: string,
): { name: string; records: AsyncIterable<ReadResult> } {
  async function* records(): AsyncGenerator<ReadResult> {
    let n = 0;
    try {
      for await (const row of source.fetch(items, since)) {
        n++;
        const raw = JSON.stringify(row);
        const result = validateRow(row);
        yield result.ok
          ? { ok: true, row: result.row, line: n, raw }
          : { ok: false, line: n, reason: result.reason, raw };
      }
    } catch (err) {
      yield {
        ok: false,
        line: n + 1,
        reason: `metrics source ${source.id} failed after ${n} row(s): ${(err as Error).message}`,
        raw: "",
        fatal: true,
      };
    }
  }
  return { name: `source:${source.id}`, records: records() };
}
