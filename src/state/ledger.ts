// The ledger: one append-only JSONL file per cycle under marketing/ledger/<yyyy>/<mm>/. Every line is
// validated on read; a corrupt line stops the run with its file:line rather than being skipped.
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ValidateFunction } from "ajv";
import { validator } from "../config/schemas.ts";
import { StateError } from "../errors.ts";
import type { LedgerEvent } from "../schema-types/ledger-event.generated.ts";
import { ledgerPath } from "./paths.ts";
import { listFiles, readEach } from "./read-files.ts";

export type { LedgerEvent };
export type EventOf<T extends LedgerEvent["type"]> = Extract<LedgerEvent, { type: T }>;
export type Ledger = Map<string, LedgerEvent[]>;

export async function readLedger(configDir: string): Promise<Ledger> {
  const root = join(configDir, "ledger");
  const validate = validator("ledgerEvent");
  const ledger: Ledger = new Map();
  // Files in path order, every line validated: the result does not depend on the file system's order.
  await readEach(root, listFiles(root, ".jsonl"), (file, text) => {
    for (const ev of parseLines(`ledger/${file}`, text, validate)) {
      const list = ledger.get(ev.cycle);
      if (list) list.push(ev);
      else ledger.set(ev.cycle, [ev]);
    }
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
  for (const [rel, text] of byFile) {
    await mkdir(dirname(join(configDir, rel)), { recursive: true });
    await appendFile(join(configDir, rel), text);
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
