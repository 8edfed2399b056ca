// Per-workflow autonomy history: marketing/autonomy/<workflow>.jsonl, append-only (demotions,
// promotions proposed and granted, demotions lifted). Only the bot writes it, on the base branch.
import { appendFile, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { validator } from "../config/schemas.ts";
import { StateError } from "../errors.ts";
import type { AutonomyEvent } from "../schema-types/autonomy-event.generated.ts";

export type { AutonomyEvent };
export type AutonomyLog = Map<string, AutonomyEvent[]>;

const DIR = "autonomy";

export async function readAutonomy(configDir: string): Promise<AutonomyLog> {
  const log: AutonomyLog = new Map();
  let names: string[];
  try {
    names = (await readdir(join(configDir, DIR))).filter((n) => n.endsWith(".jsonl")).sort();
  } catch {
    return log;
  }
  const validate = validator("autonomyEvent");
  for (const name of names) {
    const file = join(configDir, DIR, name);
    (await readFile(file, "utf8")).split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      const ev = JSON.parse(line) as unknown;
      if (!validate(ev))
        throw new StateError(
          `${file}:${i + 1}: invalid autonomy event (${validate.errors?.[0]?.message}); fix the line by hand`,
        );
      const e = ev as AutonomyEvent;
      log.set(e.workflow, [...(log.get(e.workflow) ?? []), e]);
    });
  }
  return log;
}

/** Appends events; returns the paths written, relative to the configuration folder. */
export async function appendAutonomy(configDir: string, events: AutonomyEvent[]): Promise<string[]> {
  const byFile = new Map<string, string>();
  for (const e of events)
    byFile.set(
      `${DIR}/${e.workflow}.jsonl`,
      `${byFile.get(`${DIR}/${e.workflow}.jsonl`) ?? ""}${JSON.stringify(e)}\n`,
    );
  await mkdir(join(configDir, DIR), { recursive: true });
  for (const [rel, text] of byFile) await appendFile(join(configDir, rel), text);
  return [...byFile.keys()];
}

/** The latest demotion still in force: one not followed by a lift or a granted promotion. */
export function demotionInForce(
  events: readonly AutonomyEvent[] | undefined,
): Extract<AutonomyEvent, { type: "demoted" }> | undefined {
  for (let i = (events?.length ?? 0) - 1; i >= 0; i--) {
    const e = events?.[i];
    if (e?.type === "demoted") return e;
    if (e?.type === "demotion-lifted" || e?.type === "promoted") return undefined;
  }
  return undefined;
}

/** When the workflow's autonomy last changed (demotion, lift or grant): triggers only look at what came after. */
export function lastChange(events: readonly AutonomyEvent[] | undefined): string | undefined {
  for (let i = (events?.length ?? 0) - 1; i >= 0; i--) {
    const e = events?.[i];
    if (e && e.type !== "promotion-proposed") return e.at;
  }
  return undefined;
}
