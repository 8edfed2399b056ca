// Streaming CSV reader. csv-parse does the quoting; this file adds what exports need: a "#" preamble
// (GA4), the delimiter guessed from the header, physical line numbers (a quoted field may span lines),
// and errors that quarantine one row and carry on whenever the parser can.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { type CsvError, parse } from "csv-parse";
import { planColumns, planProblem } from "./aliases.ts";
import { cellsToRow } from "./row.ts";
import type { ReadOptions, ReadResult } from "./types.ts";

const SNIFF_BYTES = 64 * 1024;
export const DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;

interface Sniffed {
  /** Bytes before the header: BOM, blank lines, "#" comment lines. */
  offset: number;
  /** Physical lines before the header. */
  lines: number;
  delimiter: string;
  empty: boolean;
}

async function sniff(path: string): Promise<Sniffed> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    const head = buf.subarray(0, bytesRead);
    let offset = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    let lines = 0;
    for (;;) {
      const nl = head.indexOf(0x0a, offset);
      if (nl < 0) break;
      const text = head.subarray(offset, nl).toString("utf8");
      if (text.trim() !== "" && !text.startsWith("#")) break;
      offset = nl + 1;
      lines++;
    }
    const rest = head.subarray(offset).toString("utf8");
    const empty = bytesRead < SNIFF_BYTES && rest.trim() === "";
    const headerLine = rest.split(/\r\n|\n|\r/, 1)[0] ?? "";
    return { offset, lines, delimiter: guessDelimiter(headerLine), empty };
  } finally {
    await fh.close();
  }
}

/** The delimiter that splits the header into the most fields (outside quotes); comma on a tie. */
function guessDelimiter(header: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Counts line breaks; "\r\n" is one, and a "\n" that completes a "\r" from the previous chunk is none. */
class LineCounter {
  lines: number;
  #endedCR = false;

  constructor(start: number) {
    this.lines = start;
  }

  /** Leading breaks of a raw record are blank lines csv-parse skipped before it. */
  leadingBreaks(raw: string): number {
    let n = 0;
    let i = 0;
    if (this.#endedCR && raw.charCodeAt(0) === 10) i = 1;
    for (; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 13) {
        n++;
        if (raw.charCodeAt(i + 1) === 10) i++;
      } else if (c === 10) n++;
      else break;
    }
    return n;
  }

  consume(raw: string): void {
    let i = this.#endedCR && raw.charCodeAt(0) === 10 ? 1 : 0;
    for (; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 13) {
        this.lines++;
        if (raw.charCodeAt(i + 1) === 10) i++;
      } else if (c === 10) this.lines++;
    }
    if (raw.length) this.#endedCR = raw.charCodeAt(raw.length - 1) === 13;
  }
}

function trimBreaks(raw: string): string {
  return raw.replace(/^[\r\n]+|[\r\n]+$/g, "");
}

interface Parsed {
  record: string[];
  raw: string;
}

export async function* readCsv(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const name = opts.name ?? path;
  let sniffed: Sniffed;
  try {
    sniffed = await sniff(path);
  } catch (err) {
    yield {
      ok: false,
      line: 0,
      reason: `cannot read ${name}: ${(err as Error).message}`,
      raw: "",
      fatal: true,
    };
    return;
  }
  if (sniffed.empty) {
    yield { ok: false, line: 1, reason: `${name} is empty: no header and no rows`, raw: "", fatal: true };
    return;
  }
  const input = createReadStream(path, { start: sniffed.offset });
  // Records csv-parse has parsed so far, counted as it parses (ahead of what this loop has consumed).
  let parsed = 0;
  let broken: { after: number; err: CsvError } | undefined;
  const parser = parse({
    delimiter: sniffed.delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    raw: true,
    relax_column_count: true,
    // A stray quote inside a field ("5"" screen") is kept as text rather than ending the file;
    // a numeric column then refuses it with a message naming the line.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS,
    // Errors arrive as "skip" events instead of a stream error, which would discard the records parsed
    // before it but not yet read here. The first one ends the file: after an unclosed quote nothing
    // that follows can be trusted.
    skip_records_with_error: true,
    on_record: (record) => {
      parsed++;
      return record;
    },
  });
  parser.on("skip", (err: CsvError) => {
    if (broken) return;
    broken = { after: parsed, err };
    input.unpipe(parser);
    input.destroy();
    parser.end();
  });
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);

  const counter = new LineCounter(sniffed.lines);
  const numbers = { decimalComma: sniffed.delimiter === ";" };
  let headers: string[] | undefined;
  let plan: ReturnType<typeof planColumns> | undefined;
  let consumed = 0;
  try {
    for await (const { record, raw } of parser as AsyncIterable<Parsed>) {
      consumed++;
      const result = handle(record, raw);
      if (result) yield result;
      if (result && !result.ok && result.fatal) return;
      if (broken && consumed >= broken.after) break;
    }
    if (broken) yield fatal(counter, broken.err);
    else if (!headers)
      yield { ok: false, line: 1, reason: `${name} is empty: no header and no rows`, raw: "", fatal: true };
  } catch (err) {
    yield fatal(counter, err as Error);
  } finally {
    input.destroy();
    parser.destroy();
  }

  /** One parsed record as a result; undefined for a good header and blank rows. */
  function handle(record: string[], raw: string): ReadResult | undefined {
    const line = counter.lines + counter.leadingBreaks(raw) + 1;
    counter.consume(raw);
    if (!headers || !plan) {
      headers = record.map((h) => h.trim());
      plan = planColumns(headers);
      opts.onColumns?.({ mapped: plan.mapped, ignored: plan.ignored });
      const problem = planProblem(plan, headers);
      if (problem)
        return {
          ok: false,
          line,
          reason: `${problem}; the file was not read`,
          raw: trimBreaks(raw),
          fatal: true,
        };
      return undefined;
    }
    // A row of empty cells (spreadsheets leave them at the end) carries nothing to keep.
    if (record.every((c) => c.trim() === "")) return undefined;
    if (record.length !== headers.length) {
      const extraEmpty =
        record.length > headers.length && record.slice(headers.length).every((c) => c.trim() === "");
      if (!extraEmpty) {
        return {
          ok: false,
          line,
          reason:
            `row has ${record.length} fields but the header has ${headers.length}` +
            (record.length > headers.length
              ? " (an unquoted delimiter inside a value?)"
              : " (a missing value?)"),
          raw: trimBreaks(raw),
        };
      }
    }
    const result = cellsToRow(headers, plan.targets, record, numbers);
    return result.ok
      ? { ok: true, row: result.row, line, raw: trimBreaks(raw) }
      : { ok: false, line, reason: result.reason, raw: trimBreaks(raw) };
  }
}

/** The record csv-parse could not finish: name its first line and show its start; the rest is not read. */
function fatal(counter: LineCounter, err: Error & { code?: string; raw?: unknown }): ReadResult {
  const raw = typeof err.raw === "string" ? err.raw.slice(0, 2000) : "";
  const line = counter.lines + counter.leadingBreaks(raw) + 1;
  const why =
    err.code === "CSV_QUOTE_NOT_CLOSED" || err.code === "CSV_MAX_RECORD_SIZE"
      ? `a quoted field opened on line ${line} is never closed (or the row is larger than the size limit)`
      : `the CSV cannot be parsed from line ${line} (${err.message})`;
  return {
    ok: false,
    line,
    reason: `${why}; lines ${line} to the end of the file were not read: fix the quoting and drop the file in again`,
    raw: trimBreaks(raw).slice(0, 1000),
    fatal: true,
  };
}
