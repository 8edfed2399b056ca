// Records what happened to proposals since the last run: merged (with the measured edit ratio),
// rejected, or opened by an interrupted run and adopted now.

import { editRatio } from "../core/edit-ratio.ts";
import type { Action } from "../core/plan.ts";
import { parseCycleId } from "../core/time.ts";
import { parseItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath } from "../state/paths.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

export async function applyOutcomes(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  const at = ctx.now.toISOString();
  const events: LedgerEvent[] = [];
  for (const action of actions) {
    try {
      if (action.kind === "record-merge") {
        const path = `${ctx.configRel}/${contentPath(action.cycle)}`;
        const p = action.proposal;
        const original = (await ctx.forge.readFile(p.botSha, path)) ?? "";
        const merged = (await ctx.forge.readFile(p.mergedSha ?? ctx.forge.baseBranch, path)) ?? "";
        events.push({
          type: "merged",
          at,
          cycle: action.cycle,
          mergedSha: p.mergedSha ?? p.headSha,
          ...(p.mergedBy ? { mergedBy: p.mergedBy } : {}),
          editRatio: editRatio(original, merged),
          humanCommits: p.humanCommits,
        });
        report.recorded.push({
          cycle: action.cycle,
          outcome: p.humanCommits ? "merged with edits" : "merged",
        });
      } else if (action.kind === "record-reject") {
        events.push({
          type: "rejected",
          at,
          cycle: action.cycle,
          reason: action.reason,
          ...(action.by ? { by: action.by } : {}),
        });
        report.recorded.push({ cycle: action.cycle, outcome: "rejected" });
      } else if (action.kind === "adopt") {
        const path = `${ctx.configRel}/${contentPath(action.cycle)}`;
        const text = await ctx.forge.readFile(action.proposal.botSha, path);
        if (text === undefined) throw new Error(`proposal ${action.proposal.branch} has no ${path}`);
        const item = parseItem(text, path);
        events.push({
          type: "proposed",
          at,
          cycle: action.cycle,
          workflow: item.meta.workflow,
          channel: item.meta.channel,
          slot: parseCycleId(action.cycle).slot.toISOString(),
          level: ctx.config.workflows.find((w) => w.id === item.meta.workflow)?.level ?? "L3",
          branch: action.proposal.branch,
          proposal: { id: action.proposal.id, ...(action.proposal.url ? { url: action.proposal.url } : {}) },
          contentPath: path,
          contentHash: sha256(text),
          arms: item.meta.arms ?? {},
          generator: item.meta.generator ?? "unknown",
          adopted: true,
        });
        report.recorded.push({ cycle: action.cycle, outcome: "adopted" });
      }
    } catch (err) {
      report.errors.push({
        cycle: action.kind === "skip" ? "" : action.cycle,
        message: (err as Error).message,
      });
    }
  }
  if (!events.length) return;
  const paths = await appendEvents(ctx.config.dir, events);
  const sha = await ctx.forge.commitState(
    `loopcast: record ${events.length} proposal outcome(s)`,
    paths.map((p) => `${ctx.configRel}/${p}`),
  );
  if (sha) report.commits.push(sha);
}
