// The ladder, after a run's other work: demote at once when a trigger fires (ledger, exception, and a
// config proposal that brings the YAML in line), record lifts and granted promotions, and prepare at
// most one promotion per cooldown as a config proposal with the evidence. Loosening is a person's merge.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LEVEL_MEANING, withLevel } from "../autonomy/config-change.ts";
import { firstDemotion } from "../autonomy/demotion.ts";
import { type LevelDecision, levelDecisions } from "../autonomy/effective-level.ts";
import { LEVELS, type Level, levelNumber, type Workflow } from "../config/types.ts";
import { parseDuration } from "../core/time.ts";
import type { ProposalInput } from "../forge/types.ts";
import {
  type AutonomyEvent,
  appendAutonomy,
  demotionInForce,
  lastChange,
  readAutonomy,
} from "../state/autonomy.ts";
import { exceptionId, listExceptions, raiseException, resolveException } from "../state/exceptions.ts";
import { readLedger } from "../state/ledger.ts";
import { configBranch } from "../state/paths.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

const DEFAULT_COOLDOWN = "7d";

export async function applyAutonomy(ctx: RunContext, report: RunReport): Promise<void> {
  const ledger = await readLedger(ctx.config.dir, ctx.ledgerCache);
  const autonomy = await readAutonomy(ctx.config.dir);
  const decisions = levelDecisions(ctx.config, ledger, autonomy);
  const at = ctx.now.toISOString();
  const events: AutonomyEvent[] = [];
  const paths: string[] = [];
  const configProposals: ProposalInput[] = [];
  const exceptions = await listExceptions(ctx.config.dir);

  for (const workflow of ctx.config.workflows) {
    const decision = decisions.get(workflow.id) as LevelDecision;
    const history = autonomy.get(workflow.id) ?? [];
    const inForce = demotionInForce(history);

    // A demotion is lifted when a person resolves its exception.
    if (inForce?.exception && exceptions.find((e) => e.id === inForce.exception)?.status === "resolved") {
      events.push({ type: "demotion-lifted", at, workflow: workflow.id, by: "exception resolved" });
      report.autonomy.push({
        workflow: workflow.id,
        change: "demotion lifted",
        detail: `exception ${inForce.exception} was resolved`,
      });
      continue;
    }
    // A promotion is granted when its config proposal was merged: the YAML now says so.
    const pending = [...history]
      .reverse()
      .find((e) => e.type === "promotion-proposed" || e.type === "promoted");
    if (pending?.type === "promotion-proposed" && levelNumber(workflow.level) >= levelNumber(pending.to)) {
      events.push({ type: "promoted", at, workflow: workflow.id, to: pending.to, branch: pending.branch });
      // The queue's "ready for" item is done once the grant is merged.
      const ready = exceptionId("promotion-ready", `${workflow.id}.${pending.to}`);
      if (exceptions.find((e) => e.id === ready)?.status === "open") {
        const resolved = await resolveException(
          ctx.config.dir,
          ready,
          "loopcast",
          ctx.now,
          `granted: ${pending.branch} was merged`,
        );
        paths.push(resolved.path);
      }
      report.autonomy.push({
        workflow: workflow.id,
        change: `promoted to ${pending.to}`,
        detail: `${pending.branch} was merged`,
      });
      continue;
    }
    if (levelNumber(decision.effective) < 4) continue;
    const cycles = [...ledger]
      .filter(([c]) => c.startsWith(`${workflow.id}@`))
      .sort(([a], [b]) => a.localeCompare(b));
    const since = lastChange(history);
    const demotion = firstDemotion({ workflow, cycles, ...(since ? { since } : {}) });
    if (!demotion) continue;

    const to: Level = "L3";
    const exId = exceptionId(demotion.exceptionType, `${workflow.id}.${demotion.cycle ?? at.slice(0, 10)}`);
    const raised = await raiseException(ctx.config.dir, {
      id: exId,
      type: demotion.exceptionType,
      severity: "error",
      status: "open",
      title: `${workflow.id} demoted from ${decision.effective} to ${to}: ${demotion.trigger}`,
      detail: `${demotion.reason}. Until a person resolves this exception, every item of ${workflow.id} needs a merge (${LEVEL_MEANING[to]}).`,
      ...(demotion.cycle ? { cycle: demotion.cycle } : {}),
      workflow: workflow.id,
      raisedAt: at,
    });
    if (raised) paths.push(raised);
    let branch: string | undefined;
    if (levelNumber(workflow.level) > levelNumber(to)) {
      branch = configBranch("demote", workflow.id, to, ctx.now);
      configProposals.push(
        await levelProposal(
          ctx,
          workflow,
          to,
          branch,
          `Demote ${workflow.id} to ${to}: ${demotion.trigger}`,
          [
            `Loopcast demoted **${workflow.id}** from ${decision.effective} to **${to}** in the run of ${at}: ${demotion.reason}.`,
            "",
            `The demotion is already in force. Merging this proposal brings \`workflows/${workflow.id}.yaml\` in line; closing it keeps the configured level, and the demotion stays in force until exception \`${exId}\` is resolved.`,
          ],
        ),
      );
    }
    events.push({
      type: "demoted",
      at,
      workflow: workflow.id,
      from: decision.effective,
      to,
      trigger: demotion.trigger,
      reason: demotion.reason,
      ...(demotion.cycle ? { cycle: demotion.cycle } : {}),
      exception: exId,
      ...(branch ? { configBranch: branch } : {}),
    });
    report.autonomy.push({ workflow: workflow.id, change: `demoted to ${to}`, detail: demotion.reason });
  }

  const promotion = nextPromotion(ctx, decisions, autonomy, events);
  if (promotion) {
    const { workflow, to, decision } = promotion;
    const branch = configBranch("promote", workflow.id, to, ctx.now);
    const r = decision.record;
    const pct = (x: number | undefined) => (x === undefined ? "–" : `${Math.round(x * 100)} %`);
    configProposals.push(
      await levelProposal(ctx, workflow, to, branch, `Promote ${workflow.id} to ${to}`, [
        `**${workflow.id}** has earned **${to}**. Merging this proposal is the grant; closing it keeps ${workflow.level}.`,
        "",
        "| evidence | value |",
        "|---|---|",
        `| reviewed cycles | ${r.reviewed} |`,
        `| merged unchanged / with edits / rejected | ${r.mergedUnchanged} / ${r.mergedWithEdits} / ${r.rejected} |`,
        `| approval rate | ${pct(r.approvalRate)} |`,
        `| median edit ratio | ${r.medianEditRatio?.toFixed(3) ?? "–"} |`,
        `| items that met their benchmarks | ${r.met} of ${r.judged} (${pct(r.benchmarkMetRate)}) |`,
        "",
        `What changes once merged: ${LEVEL_MEANING[to]}. Guardrails, the exception queue and automatic demotion stay in force.`,
      ]),
    );
    events.push({ type: "promotion-proposed", at, workflow: workflow.id, from: workflow.level, to, branch });
    const raised = await raiseException(ctx.config.dir, {
      id: exceptionId("promotion-ready", `${workflow.id}.${to}`),
      type: "promotion-ready",
      severity: "info",
      status: "open",
      title: `${workflow.id} is ready for ${to}`,
      detail: `Review and merge ${branch} to grant it.`,
      workflow: workflow.id,
      raisedAt: at,
    });
    if (raised) paths.push(raised);
    report.autonomy.push({ workflow: workflow.id, change: `promotion to ${to} proposed`, detail: branch });
  }

  if (configProposals.length) {
    const results = await ctx.forge.openProposals(configProposals);
    results.forEach((r, i) => {
      if (r instanceof Error)
        report.errors.push({ cycle: configProposals[i]?.branch ?? "", message: r.message });
    });
  }
  if (!events.length && !paths.length) return;
  paths.push(...(await appendAutonomy(ctx.config.dir, events)));
  const sha = await ctx.forge.commitState(
    `loopcast: autonomy (${report.autonomy.map((a) => `${a.workflow} ${a.change}`).join("; ")})`,
    paths.map((p) => `${ctx.configRel}/${p}`),
  );
  if (sha) report.commits.push(sha);
}

/** At most one promotion per cooldown, task by task; never without benchmarks, never over a demotion. */
export function nextPromotion(
  ctx: Pick<RunContext, "config" | "now">,
  decisions: Map<string, LevelDecision>,
  autonomy: Map<string, AutonomyEvent[]>,
  thisRun: AutonomyEvent[],
): { workflow: Workflow; to: Level; decision: LevelDecision } | undefined {
  const cooldown = parseDuration(ctx.config.guardrails.autonomy?.cooldown ?? DEFAULT_COOLDOWN);
  const proposedTimes = [...autonomy.values()]
    .flat()
    .filter((e) => e.type === "promotion-proposed")
    .map((e) => Date.parse(e.at));
  if (proposedTimes.some((t) => ctx.now.getTime() - t < cooldown)) return undefined;
  if (thisRun.some((e) => e.type === "demoted")) return undefined;
  for (const workflow of ctx.config.workflows) {
    const decision = decisions.get(workflow.id) as LevelDecision;
    const current = levelNumber(workflow.level);
    if (current < 3 || current >= 5 || decision.demotedTo) continue;
    const to = LEVELS[current + 1] as Level;
    const benchmarked = ctx.config.benchmarks.benchmarks.some(
      (b) => b.workflow === workflow.id || b.channel === workflow.channel,
    );
    if (!benchmarked) continue;
    if (levelNumber(decision.earned) < current + 1 || levelNumber(decision.ceiling) < current + 1) continue;
    const history = autonomy.get(workflow.id) ?? [];
    const open = [...history].reverse().find((e) => e.type === "promotion-proposed" || e.type === "promoted");
    if (open?.type === "promotion-proposed" && open.to === to) continue;
    return { workflow, to, decision };
  }
  return undefined;
}

async function levelProposal(
  ctx: RunContext,
  workflow: Workflow,
  to: Level,
  branch: string,
  title: string,
  body: string[],
): Promise<ProposalInput> {
  const rel = `workflows/${workflow.id}.yaml`;
  const text = await readFile(join(ctx.config.dir, rel), "utf8");
  return {
    cycle: `config:${workflow.id}`,
    branch,
    title: `[loopcast] ${title}`,
    body: body.join("\n"),
    labels: ["loopcast", "loopcast:config"],
    files: [{ path: `${ctx.configRel}/${rel}`, content: withLevel(text, to) }],
    commitMessage: `loopcast: ${title}`,
  };
}
