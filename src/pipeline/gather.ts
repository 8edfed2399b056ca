// Gathering the state of the world for one run: the ledger, what the forge says about pending and open
// proposals, the L2 queue and the autonomy log. Kept apart from applying, so `loopcast plan` loads only this.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Config } from "../config/types.ts";
import { pendingCycles, type WorldState } from "../core/plan.ts";
import type { Forge } from "../forge/types.ts";
import { readAutonomy } from "../state/autonomy.ts";
import { listExceptions } from "../state/exceptions.ts";
import { type LedgerCache, readLedger } from "../state/ledger.ts";
import { SET_ASIDE_EXCEPTION } from "../state/ledger-quarantine.ts";
import { proposalBranch } from "../state/paths.ts";
import { queueItemId, takenQueueItems } from "./apply-queue.ts";

export async function gather(ctx: {
  config: Config;
  forge: Forge;
  now: Date;
  ledgerCache?: LedgerCache;
}): Promise<WorldState> {
  const ledger = await readLedger(ctx.config.dir, ctx.ledgerCache);
  const pending = new Map<string, Awaited<ReturnType<Forge["getProposal"]>>>();
  for (const cycle of pendingCycles(ledger))
    pending.set(cycle, await ctx.forge.getProposal(proposalBranch(cycle)));
  const open = await ctx.forge.listOpenProposals();
  const setAside = new Set<string>();
  for (const x of ledger.invalid ?? []) setAside.add(basename(x.file, ".jsonl"));
  for (const e of await listExceptions(ctx.config.dir))
    if (e.status === "open" && e.id.startsWith(SET_ASIDE_EXCEPTION) && e.cycle) setAside.add(e.cycle);
  return {
    config: ctx.config,
    now: ctx.now,
    ledger,
    pending,
    open,
    queue: await readQueue(ctx.config, takenQueueItems(ledger)),
    autonomy: await readAutonomy(ctx.config.dir),
    setAside,
  };
}

/**
 * Human-written items for L2 workflows: marketing/queue/<workflow>/*.md, in name order — except those the
 * ledger records as taken (a run killed before it deleted them): they went out already, or will.
 */
async function readQueue(config: Config, taken: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const queue = new Map<string, string[]>();
  for (const w of config.workflows) {
    if (w.level !== "L2") continue;
    const dir = join(config.dir, "queue", w.id);
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".md")).sort();
    const left: string[] = [];
    for (const file of files) {
      const raw = taken.size ? await readFile(join(dir, file), "utf8").catch(() => "") : "";
      if (!taken.has(queueItemId(w.id, file, raw))) left.push(file);
    }
    queue.set(w.id, left);
  }
  return queue;
}
