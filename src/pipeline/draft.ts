// L1 ("assisted"): a draft on request. Writes the item for a workflow's next slot and opens it as a
// proposal, inside the same walls and guardrails as a scheduled run.
import { relative } from "node:path";
import type { Config } from "../config/types.ts";
import { proposeOrRefuse } from "../core/plan.ts";
import { cycleId, slotsBetween } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { createWalls } from "../guardrails/walls.ts";
import { cycleStatus } from "../state/ledger.ts";
import { proposalBranch } from "../state/paths.ts";
import { applyProposals, draftProposals } from "./apply-proposals.ts";
import { gather, newReport, type RunPorts, type RunReport } from "./reconcile.ts";

export async function draft(
  opts: { config: Config; repoDir: string; now: Date; workflow: string } & RunPorts,
): Promise<RunReport> {
  const workflow = opts.config.workflows.find((w) => w.id === opts.workflow);
  if (!workflow) {
    throw new UsageError(
      `unknown workflow "${opts.workflow}"; known: ${opts.config.workflows.map((w) => w.id).join(", ")}`,
    );
  }
  if (workflow.level === "L0")
    throw new StateError(`${workflow.id} is at L0: a person does everything, Loopcast drafts nothing`);
  if (opts.config.guardrails.paused)
    throw new StateError("paused by the kill switch (guardrails.paused): nothing is drafted");
  const ctx = { ...opts, configRel: relative(opts.repoDir, opts.config.dir) || "." };
  const release = await opts.forge.lock?.();
  let failed = false;
  try {
    const state = await gather(ctx);
    const year = new Date(opts.now.getTime() + 366 * 86_400_000);
    const open = new Set(state.open.map((p) => p.branch));
    const status = new Map([...state.ledger].map(([c, e]) => [c, cycleStatus(e) ?? "unknown"]));
    // The next slot that has no item yet.
    const slot = slotsBetween(workflow.cadence, opts.config.strategy.timezone, opts.now, year).find((s) => {
      const cycle = cycleId(workflow.id, s);
      return !status.has(cycle) && !open.has(proposalBranch(cycle));
    });
    if (!slot) throw new StateError(`${workflow.id} has no free slot in the coming year`);
    const action = proposeOrRefuse(
      createWalls(opts.config, state.ledger, status),
      workflow,
      cycleId(workflow.id, slot),
      slot,
    );
    const report = newReport({ at: opts.now.toISOString(), actions: [action], levels: [] });
    await applyProposals(ctx, [action], report, draftProposals(ctx, [action], undefined, state.ledger));
    return report;
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    await release?.({ completed: !failed });
  }
}
