// The decision log: marketing/decisions/<yyyy>/<mm>/<id>.json, one file per change of course. Runs write
// them (src/pipeline/apply-adapt.ts); the reports and `loopcast explain` read them.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { validator } from "../config/schemas.ts";
import type { DecisionEntry } from "../report/types.ts";
import type { Decision } from "../schema-types/decision.generated.ts";
import { listFiles, readEach } from "./read-files.ts";

export type { Decision };

/** `decisions/<yyyy>/<mm>/<id>.json`, relative to the configuration folder, from the decision's time. */
export function decisionPath(d: Pick<Decision, "id" | "at">): string {
  return `decisions/${d.at.slice(0, 4)}/${d.at.slice(5, 7)}/${d.id}.json`;
}

/** Writes the decision unless one with its id exists; returns its path (relative to the config folder). */
export async function writeDecision(configDir: string, d: Decision): Promise<string | undefined> {
  const rel = decisionPath(d);
  const path = join(configDir, rel);
  try {
    await readFile(path);
    return undefined;
  } catch {
    // not written yet
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, `${JSON.stringify(d, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
  return rel;
}

/** Decision files, validated against schemas/decision.schema.json; an invalid one becomes a problem. */
export async function readDecisions(
  dir: string,
  configRel: string,
  problems: string[],
): Promise<DecisionEntry[]> {
  const root = join(dir, "decisions");
  const validate = validator("decision");
  const out: DecisionEntry[] = [];
  await readEach(root, listFiles(root, ".json"), (file, text) => {
    const path = `${configRel}/decisions/${file}`;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      problems.push(`${path}: not JSON (${(err as Error).message}); fix or remove the file`);
      return;
    }
    if (!validate(data)) {
      const e = validate.errors?.[0];
      problems.push(`${path}: not a valid decision (${e?.instancePath || "decision"} ${e?.message})`);
      return;
    }
    const d = data as DecisionEntry;
    if (!file.endsWith(`/${d.id}.json`) && file !== `${d.id}.json`) {
      problems.push(`${path}: the file name must be the decision's id (${d.id}.json)`);
      return;
    }
    out.push({ ...d, path });
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}
