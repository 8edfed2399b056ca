// Picks the reader by file extension. Every reader yields the same ReadResult shape, so ingest does not
// care where a row came from.
import { extname } from "node:path";
import { readCsv } from "./csv-reader.ts";
import { readJson, readNdjson } from "./json-reader.ts";
import type { ReadOptions, ReadResult } from "./types.ts";

export { listInboxFiles } from "./inbox.ts";

const READERS: Record<string, (path: string, opts: ReadOptions) => AsyncGenerator<ReadResult>> = {
  ".csv": readCsv,
  ".tsv": readCsv,
  ".json": readJson,
  ".ndjson": readNdjson,
  ".jsonl": readNdjson,
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(READERS);

/** Streams the rows of a CSV, JSON or NDJSON export; never throws for bad content. */
export async function* readMetricsFile(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const ext = extname(path).toLowerCase();
  const reader = READERS[ext];
  if (!reader) {
    yield {
      ok: false,
      line: 0,
      reason: `${opts.name ?? path}: unsupported file type "${ext || "(none)"}"; export the report as CSV, JSON or NDJSON (${SUPPORTED_EXTENSIONS.join(", ")})`,
      raw: "",
      fatal: true,
    };
    return;
  }
  yield* reader(path, opts);
}
