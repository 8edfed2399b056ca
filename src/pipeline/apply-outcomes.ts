// Records what happened to proposals since the last run: merged (with the measured edit ratio),
// rejected, or opened by an interrupted run and adopted now.
import { editRatio } from "../core/edit-ratio.ts";
import { type Action, OVERRIDE_LABEL } from "../core/plan.ts";
import { parseCycleId } from "../core/time.ts";
import { MergePendingError } from "../errors.ts";
import { exceptionId, raiseException } from "../state/exceptions.ts";
import { itemTitle, parseItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath } from "../state/paths.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

type OutcomeAction =
  | Extract<Action, { kind: "record-reject" | "adopt" }>
  | (Extract<Action, { kind: "record-merge" }> & { auto?: boolean });

export async function applyOutcomes(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  const outcomes: OutcomeAction[] = actions.filter(
    (a): a is OutcomeAction => a.kind === "record-merge" || a.kind === "record-reject" || a.kind === "adopt",
  );
  // Auto-merges first: once merged they are recorded like any other merge (marked as Loopcast's own).
  for (const a of actions) {
    if (a.kind !== "auto-merge") continue;
    try {
      const merged = await ctx.forge.mergeProposal(a.proposal.branch, { asBot: true, by: "loopcast" });
      outcomes.push({ kind: "record-merge", cycle: a.cycle, proposal: merged, auto: true });
    } catch (err) {
      // A forge whose checks are still running arms its own auto-merge instead: nothing is wrong.
      if (err instanceof MergePendingError)
        report.held.push({
          cycle: a.cycle,
          reason: `auto-merge waits for checks: ${(err as Error).message}`,
        });
      else report.errors.push({ cycle: a.cycle, message: `auto-merge: ${(err as Error).message}` });
    }
  }
  if (!outcomes.length) return;
  const at = ctx.now.toISOString();
  const pathOf = (cycle: string) => `${ctx.configRel}/${contentPath(cycle)}`;

  // Every file this step compares, read in one batch: the bot's original and what was merged.
  const specs = outcomes.flatMap((a) => {
    if (a.kind === "record-merge") {
      const p = a.proposal;
      return [
        { ref: p.botSha, path: pathOf(a.cycle) },
        { ref: p.mergedSha ?? ctx.forge.baseBranch, path: pathOf(a.cycle) },
      ];
    }
    return a.kind === "adopt" ? [{ ref: a.proposal.botSha, path: pathOf(a.cycle) }] : [];
  });
  const files = new Map<string, string | undefined>();
  (await ctx.forge.readFiles(specs)).forEach((text, i) => {
    files.set(`${specs[i]?.ref}:${specs[i]?.path}`, text);
  });
  const file = (ref: string, cycle: string) => files.get(`${ref}:${pathOf(cycle)}`);

  const events: LedgerEvent[] = [];
  for (const action of outcomes) {
    try {
      events.push(outcomeEvent(ctx, action, at, file));
      const outcome =
        action.kind === "adopt"
          ? "adopted"
          : action.kind === "record-reject"
            ? "rejected"
            : action.auto
              ? "auto-merged"
              : action.proposal.humanCommits
                ? "merged with edits"
                : "merged";
      report.recorded.push({ cycle: action.cycle, outcome });
    } catch (err) {
      report.errors.push({ cycle: action.cycle, message: (err as Error).message });
    }
  }
  if (!events.length) return;
  const paths = (await appendEvents(ctx.config.dir, events)).map((p) => `${ctx.configRel}/${p}`);
  for (const a of outcomes) {
    if (a.kind !== "record-reject" || !a.tamper) continue;
    const raised = await raiseException(ctx.config.dir, {
      id: exceptionId("tamper", `${a.cycle}.rewritten`),
      type: "tamper",
      severity: "warning",
      status: "open",
      title: `${a.cycle}: its proposal branch was rewritten before the merge`,
      detail: `${a.reason}. Recorded as rejected. If the merged change was meant to be the item, propose it again as a new item (or publish it by hand); the git history of the base branch shows who merged what. Resolve this exception once you have looked.`,
      cycle: a.cycle,
      workflow: parseCycleId(a.cycle).workflow,
      raisedAt: at,
    });
    if (raised) paths.push(`${ctx.configRel}/${raised}`);
  }
  const sha = await ctx.forge.commitState(`loopcast: record ${events.length} proposal outcome(s)`, paths);
  if (sha) report.commits.push(sha);
}

function outcomeEvent(
  ctx: RunContext,
  action: OutcomeAction,
  at: string,
  file: (ref: string, cycle: string) => string | undefined,
): LedgerEvent {
  if (action.kind === "record-reject") {
    return {
      type: "rejected",
      at,
      cycle: action.cycle,
      reason: action.reason,
      ...(action.by ? { by: action.by } : {}),
    };
  }
  const p = action.proposal;
  if (action.kind === "record-merge") {
    const original = file(p.botSha, action.cycle) ?? "";
    const merged = file(p.mergedSha ?? ctx.forge.baseBranch, action.cycle) ?? "";
    // The title as merged (a person may have changed it), so reports need not read the content file.
    const title = itemTitle(merged);
    return {
      type: "merged",
      at,
      cycle: action.cycle,
      mergedSha: p.mergedSha ?? p.headSha,
      ...(p.mergedBy ? { mergedBy: p.mergedBy } : {}),
      editRatio: editRatio(original, merged),
      humanCommits: p.humanCommits,
      ...(title !== undefined ? { title } : {}),
      ...(p.labels.includes(OVERRIDE_LABEL) ? { override: true } : {}),
      ...(action.auto ? { auto: true } : {}),
    };
  }
  const path = `${ctx.configRel}/${contentPath(action.cycle)}`;
  const text = file(p.botSha, action.cycle);
  if (text === undefined) throw new Error(`proposal ${p.branch} has no ${path}`);
  const item = parseItem(text, path);
  return {
    type: "proposed",
    at,
    cycle: action.cycle,
    workflow: item.meta.workflow,
    channel: item.meta.channel,
    slot: parseCycleId(action.cycle).slot.toISOString(),
    level: ctx.config.workflows.find((w) => w.id === item.meta.workflow)?.level ?? "L3",
    branch: p.branch,
    proposal: { id: p.id, ...(p.url ? { url: p.url } : {}) },
    contentPath: path,
    contentHash: sha256(text),
    arms: item.meta.arms ?? {},
    generator: item.meta.generator ?? "unknown",
    title: item.meta.title,
    adopted: true,
  };
}
