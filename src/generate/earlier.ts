// The earlier items of a workflow as merged: marketing/content/<workflow>/ on the base branch holds an
// item only once it is merged (a proposal's file lives on its branch until then), so what is there is
// what a person approved, with their edits. Read synchronously: a run reads them before it merges or
// writes anything, so its drafts do not depend on how far the rest of the run has got.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isCycleId } from "../core/time.ts";
import { parseItem } from "../state/item.ts";
import type { EarlierItem } from "./types.ts";

/** How many of a workflow's latest items a draft learns from. */
export const EARLIER_ITEMS = 20;

/** The workflow's latest `limit` readable merged items before `cycle`, oldest first. */
export function readEarlierItems(
  configDir: string,
  workflow: string,
  cycle: string,
  limit = EARLIER_ITEMS,
): EarlierItem[] {
  const dir = join(configDir, "content", workflow);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  // Cycle ids of one workflow sort by their slot: the latest first, until `limit` items are read.
  const cycles = names
    .filter((n) => n.endsWith(".md"))
    .map((n) => n.slice(0, -3))
    .filter((c) => isCycleId(c) && c.startsWith(`${workflow}@`) && c < cycle)
    .sort()
    .reverse();
  const items: EarlierItem[] = [];
  for (const c of cycles) {
    if (items.length >= limit) break;
    try {
      const { meta, body } = parseItem(readFileSync(join(dir, `${c}.md`), "utf8"), `${c}.md`);
      items.unshift({
        cycle: c,
        generator: typeof meta.generator === "string" ? meta.generator : "",
        arms: isStringRecord(meta.arms) ? meta.arms : {},
        title: meta.title,
        summary: typeof meta.summary === "string" ? meta.summary : "",
        body: body.replace(/\r\n/g, "\n").trimEnd(),
        ...(meta.media?.length ? { media: meta.media } : {}),
      });
    } catch {
      // A file whose front matter a person broke shows no piece to compare: it is left out.
    }
  }
  return items;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string")
  );
}
