// Gathering the state of the world for one run: the ledger, what the forge says about pending and open
// proposals, the L2 queue and the autonomy log. Kept apart from applying, so `loopcast plan` loads only this.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../config/types.ts";
import { pendingCycles, type WorldState } from "../core/plan.ts";
import type { Forge } from "../forge/types.ts";
import { readAutonomy } from "../state/autonomy.ts";
import { type LedgerCache, readLedger } from "../state/ledger.ts";
import { proposalBranch } from "../state/paths.ts";

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
  return {
    config: ctx.config,
    now: ctx.now,
    ledger,
    pending,
    open,
    queue: await readQueue(ctx.config),
    autonomy: await readAutonomy(ctx.config.dir),
  };
}

/** Human-written items for L2 workflows: marketing/queue/<workflow>/*.md, in name order. */
async function readQueue(config: Config): Promise<Map<string, string[]>> {
  const queue = new Map<string, string[]>();
  for (const w of config.workflows) {
    if (w.level !== "L2") continue;
    const files = await readdir(join(config.dir, "queue", w.id)).catch(() => [] as string[]);
    queue.set(w.id, files.filter((f) => f.endsWith(".md")).sort());
  }
  return queue;
}
