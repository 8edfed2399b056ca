// The ledger: one append-only JSONL file per cycle under marketing/ledger/<yyyy>/<mm>/. Every line is
// validated on read; a corrupt line stops the run with its file:line rather than being skipped.
import { appendFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ValidateFunction } from "ajv";
import { validator } from "../config/schemas.ts";
import { StateError } from "../errors.ts";
import type { LedgerEvent } from "../schema-types/ledger-event.generated.ts";
import { ledgerPath } from "./paths.ts";
import { eachSlice, listFiles, readEach } from "./read-files.ts";

export type { LedgerEvent };
export type EventOf<T extends LedgerEvent["type"]> = Extract<LedgerEvent, { type: T }>;
export type Ledger = Map<string, LedgerEvent[]>;

/**
 * The ledger files a run has read, each with its events and what the file was (size, times, inode) when
 * read. A run reads the whole ledger three times — to plan, for the autonomy step, for the reports — and
 * in between appends to a few dozen files: read with the same cache, a file is parsed and validated again
 * only when it changed, whoever changed it (an append, a state commit that brought others' files).
 */
export class LedgerCache {
  readonly files = new Map<string, { stamp: string; events: LedgerEvent[] }>();
}

/** The events of every cycle, in file path order; with a cache, unchanged files are not read again. */
export async function readLedger(configDir: string, cache?: LedgerCache): Promise<Ledger> {
  const root = join(configDir, "ledger");
  const validate = validator("ledgerEvent");
  const ledger: Ledger = new Map();
  const add = (events: readonly LedgerEvent[]) => {
    for (const ev of events) {
      const list = ledger.get(ev.cycle);
      if (list) list.push(ev);
      else ledger.set(ev.cycle, [ev]);
    }
  };
  // Files in path order, every line validated: the result does not depend on the file system's order.
  const files = listFiles(root, ".jsonl");
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
      known = { stamp, events: parseLines(`ledger/${file}`, readFileSync(path, "utf8"), validate) };
      cache.files.set(path, known);
    }
    add(known.events);
  });
  return ledger;
}

function parseLines(file: string, text: string, validate: ValidateFunction): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  // Line by line without an array of lines: a year's report reads ~110,000 of them.
  for (let start = 0, i = 0; start <= text.length; i++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line.trim()) continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch (err) {
      throw new StateError(
        `${file}:${i + 1}: ledger line is not JSON (${(err as Error).message}); fix or remove the line by hand — the ledger is append-only and Loopcast will not guess`,
      );
    }
    if (!validate(event)) {
      const e = validate.errors?.[0];
      throw new StateError(
        `${file}:${i + 1}: ledger event is invalid (${e?.instancePath || "event"} ${e?.message}); fix the line by hand`,
      );
    }
    events.push(event as LedgerEvent);
  }
  return events;
}

/** Re-reads the ledger files of some cycles (after a step appended to them). */
export async function readLedgerCycles(configDir: string, cycles: string[]): Promise<Ledger> {
  const out: Ledger = new Map();
  const validate = validator("ledgerEvent");
  for (const cycle of cycles) {
    const file = join(configDir, ledgerPath(cycle));
    const text = await readFile(file, "utf8").catch(() => "");
    out.set(cycle, parseLines(file, text, validate));
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
  | "skipped";

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
