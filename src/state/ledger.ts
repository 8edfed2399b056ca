// The ledger: one append-only JSONL file per cycle under marketing/ledger/<yyyy>/<mm>/. Every line is
// validated on read. A line that is not a valid event is left out of the ledger and listed in
// `ledger.invalid` with its file:line and reason, never dropped silently: one bad line (a hand edit, an
// amount that was not a number) must not stop every later command. The next run moves it to
// ledger/quarantine/ and raises an exception (ledger-quarantine.ts); until then, commands warn.
import { appendFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ValidateFunction } from "ajv";
import { validator } from "../config/schemas.ts";
import type { LedgerEvent } from "../schema-types/ledger-event.generated.ts";
import { ledgerPath } from "./paths.ts";
import { eachSlice, listFiles, readEach } from "./read-files.ts";

export type { LedgerEvent };
export type EventOf<T extends LedgerEvent["type"]> = Extract<LedgerEvent, { type: T }>;

/** A ledger line that is not a valid event: left out of the ledger, with where it is and why. */
export interface InvalidLedgerLine {
  /** The file, relative to the configuration folder: ledger/2026/12/<cycle>.jsonl. */
  file: string;
  /** 1-based line number in the file as read. */
  line: number;
  reason: string;
  /** The line as written. */
  text: string;
}

/** Events by cycle; `invalid` lists the lines left out because they are not valid events. */
export type Ledger = Map<string, LedgerEvent[]> & { invalid?: InvalidLedgerLine[] };

/** Lines set aside by a run, under the ledger folder: never read as events. */
export const LEDGER_QUARANTINE_DIR = "quarantine";

/**
 * The ledger files a run has read, each with its events and what the file was (size, times, inode) when
 * read. A run reads the whole ledger three times — to plan, for the autonomy step, for the reports — and
 * in between appends to a few dozen files: read with the same cache, a file is parsed and validated again
 * only when it changed, whoever changed it (an append, a state commit that brought others' files).
 */
export class LedgerCache {
  readonly files = new Map<string, { stamp: string } & ParsedLines>();
}

/** The events of every cycle, in file path order; with a cache, unchanged files are not read again. */
export async function readLedger(configDir: string, cache?: LedgerCache): Promise<Ledger> {
  const root = join(configDir, "ledger");
  const validate = validator("ledgerEvent");
  const ledger: Ledger = new Map();
  const invalid: InvalidLedgerLine[] = [];
  ledger.invalid = invalid;
  const add = (parsed: ParsedLines) => {
    invalid.push(...parsed.invalid);
    for (const ev of parsed.events) {
      const list = ledger.get(ev.cycle);
      if (list) list.push(ev);
      else ledger.set(ev.cycle, [ev]);
    }
  };
  // Files in path order, every line validated: the result does not depend on the file system's order.
  const files = listFiles(root, ".jsonl").filter((f) => !f.startsWith(`${LEDGER_QUARANTINE_DIR}/`));
  if (!cache) {
    await readEach(root, files, (file, text) => add(parseLines(`ledger/${file}`, text, validate)));
    return ledger;
  }
  const listed = new Set(files.map((file) => join(root, file)));
  for (const path of cache.files.keys()) if (!listed.has(path)) cache.files.delete(path);
  await eachSlice(files, (file) => {
    const path = join(root, file);
    // Stat before reading: a file that changes in between is read again next time, never missed.
    const s = statSync(path);
    const stamp = `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    let known = cache.files.get(path);
    if (known?.stamp !== stamp) {
      known = { stamp, ...parseLines(`ledger/${file}`, readFileSync(path, "utf8"), validate) };
      cache.files.set(path, known);
    }
    add(known);
  });
  return ledger;
}

interface ParsedLines {
  events: LedgerEvent[];
  invalid: InvalidLedgerLine[];
}

/** The valid events of a file's text, and the lines that are not (with their reason). */
export function parseLines(file: string, text: string, validate: ValidateFunction): ParsedLines {
  const events: LedgerEvent[] = [];
  const invalid: InvalidLedgerLine[] = [];
  // Line by line without an array of lines: a year's report reads ~110,000 of them.
  for (let start = 0, i = 0; start <= text.length; i++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line.trim()) continue;
    const read = readEvent(line, validate);
    if ("event" in read) events.push(read.event);
    else invalid.push({ file, line: i + 1, reason: read.reason, text: line });
  }
  return { events, invalid };
}

/** The event a line holds, or why it holds none. */
function readEvent(line: string, validate: ValidateFunction): { event: LedgerEvent } | { reason: string } {
  let event: unknown;
  try {
    event = JSON.parse(line);
  } catch (err) {
    return { reason: `ledger line is not JSON (${(err as Error).message})` };
  }
  if (validate(event)) return { event: event as LedgerEvent };
  const e = validate.errors?.[0];
  return { reason: `ledger event is invalid (${e?.instancePath || "event"} ${e?.message})` };
}

/** Re-reads the ledger files of some cycles (after a step appended to them). */
export async function readLedgerCycles(configDir: string, cycles: string[]): Promise<Ledger> {
  const out: Ledger = new Map();
  const invalid: InvalidLedgerLine[] = [];
  out.invalid = invalid;
  const validate = validator("ledgerEvent");
  for (const cycle of cycles) {
    const rel = ledgerPath(cycle);
    const text = await readFile(join(configDir, rel), "utf8").catch(() => "");
    const parsed = parseLines(rel, text, validate);
    out.set(cycle, parsed.events);
    invalid.push(...parsed.invalid);
  }
  return out;
}

/** Appends events to their cycles' files; returns the paths written, relative to the config folder. */
export async function appendEvents(configDir: string, events: LedgerEvent[]): Promise<string[]> {
  const byFile = new Map<string, string>();
  for (const ev of events) {
    const rel = ledgerPath(ev.cycle);
    byFile.set(rel, `${byFile.get(rel) ?? ""}${JSON.stringify(ev)}\n`);
  }
  // Synchronously: a run appends to dozens of small files, each a few round trips to the thread pool
  // when asynchronous.
  for (const [rel, text] of byFile) {
    mkdirSync(dirname(join(configDir, rel)), { recursive: true });
    appendFileSync(join(configDir, rel), text);
  }
  return [...byFile.keys()];
}

export type CycleStatus =
  | "proposed"
  | "merged"
  | "rejected"
  | "publishing"
  | "published"
  | "failed"
  | "blocked"
  | "skipped"
  | "expired"
  | "missed";

export function cycleStatus(events: readonly LedgerEvent[]): CycleStatus | undefined {
  let status: CycleStatus | undefined;
  for (const ev of events) {
    switch (ev.type) {
      case "proposed":
        status ??= "proposed";
        break;
      case "merged":
        status = "merged";
        break;
      case "rejected":
        status = "rejected";
        break;
      case "publishing":
        status = "publishing";
        break;
      case "published":
        status = "published";
        break;
      case "publish-failed":
        // The channel said no: nothing went out, so the item may be tried again (the plan bounds the attempts).
        status = "failed";
        break;
      case "skipped":
        status ??= "skipped";
        break;
      case "blocked":
        // Guardrail errors at publish time: held until the item changes or a person overrides.
        status = "blocked";
        break;
      case "expired":
        // Not out within publishWithin of its slot: skipped for good rather than sent late.
        status = "expired";
        break;
      case "missed":
        // A slot no item was proposed for.
        status ??= "missed";
        break;
    }
  }
  return status;
}

export function lastOf<T extends LedgerEvent["type"]>(
  events: readonly LedgerEvent[],
  type: T,
): EventOf<T> | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]?.type === type) return events[i] as EventOf<T>;
  return undefined;
}
