// JSON and NDJSON exports, streamed. Both end in objectToRow, the same function dispatch payloads use.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { DEFAULT_MAX_RECORD_CHARS } from "./csv-reader.ts";
import { scanJsonRows } from "./json-scan.ts";
import { objectToRow } from "./row.ts";
import type { ReadOptions, ReadResult } from "./types.ts";

/** One parsed JSON value (from a file element or a payload row) as a ReadResult. */
export function jsonValueToResult(
  value: unknown,
  line: number,
  raw: string,
  ignored?: Set<string>,
): ReadResult {
  const result = objectToRow(value, ignored);
  return result.ok
    ? { ok: true, row: result.row, line, raw }
    : { ok: false, line, reason: result.reason, raw };
}

function parseElement(text: string, line: number, ignored: Set<string>): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, line, reason: `not valid JSON: ${(err as Error).message}`, raw: text };
  }
  return jsonValueToResult(value, line, text, ignored);
}

function report(opts: ReadOptions, ignored: Set<string>): void {
  opts.onColumns?.({ mapped: {}, ignored: [...ignored].sort().map((k) => `${k} (not a known field)`) });
}

function cannotRead(name: string, err: unknown): ReadResult {
  return {
    ok: false,
    line: 0,
    reason: `cannot read ${name}: ${(err as Error).message}`,
    raw: "",
    fatal: true,
  };
}

/** `[ {…}, … ]` or `{ "rows": [ {…}, … ] }`; rows canonical or flat as tools export them. */
export async function* readJson(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const name = opts.name ?? path;
  const ignored = new Set<string>();
  const stream = createReadStream(path, { encoding: "utf8" });
  try {
    for await (const item of scanJsonRows(stream, opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS)) {
      if (item.kind === "element") yield parseElement(item.text, item.line, ignored);
      else
        yield {
          ok: false,
          line: item.line,
          reason:
            item.line === 1 && item.reason.startsWith("file is empty")
              ? `${name} is empty: no rows`
              : item.reason,
          raw: item.raw,
          ...(item.fatal ? { fatal: true } : {}),
        };
    }
  } catch (err) {
    yield cannotRead(name, err);
  } finally {
    stream.destroy();
  }
  report(opts, ignored);
}

/** One JSON object per line; blank lines are skipped. */
export async function* readNdjson(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const name = opts.name ?? path;
  const ignored = new Set<string>();
  const max = opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const stream = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let rows = 0;
  try {
    for await (const text of lines) {
      n++;
      const trimmed = (n === 1 ? stripBom(text) : text).trim();
      if (!trimmed) continue;
      rows++;
      if (trimmed.length > max) {
        yield {
          ok: false,
          line: n,
          reason: `line is longer than ${max} characters`,
          raw: trimmed.slice(0, 1000),
        };
        continue;
      }
      yield parseElement(trimmed, n, ignored);
    }
    if (rows === 0) yield { ok: false, line: 1, reason: `${name} is empty: no rows`, raw: "", fatal: true };
  } catch (err) {
    yield cannotRead(name, err);
  } finally {
    lines.close();
    stream.destroy();
  }
  report(opts, ignored);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
