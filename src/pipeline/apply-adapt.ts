// The learner's bookkeeping after a run's other work: each workflow's course read from the ledger, and
// every change of it written to the decision log with its evidence — a slot, message option or frequency
// adopted, an option retired, a drop or a recovery of the primary metric. A drop also raises an anomaly
// for a person (at L4 and above, the autonomy step that follows demotes the workflow on the same
// signal). One commit holds it all.
import { courseDecisions } from "../adapt/course.ts";
import { levelNumber } from "../config/types.ts";
import { readDecisions, writeDecision } from "../state/decisions.ts";
import { exceptionId, raiseException } from "../state/exceptions.ts";
import { readLedger } from "../state/ledger.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

export async function applyAdapt(ctx: RunContext, report: RunReport): Promise<void> {
  const ledger = await readLedger(ctx.config.dir, ctx.ledgerCache);
  const previous = await readDecisions(ctx.config.dir, ctx.configRel, []);
  const at = ctx.now.toISOString();
  const paths: string[] = [];
  for (const workflow of ctx.config.workflows) {
    if (levelNumber(workflow.level) < 2) continue;
    for (const d of courseDecisions({ config: ctx.config, ledger, workflow, now: ctx.now, previous })) {
      const written = await writeDecision(ctx.config.dir, d);
      if (!written) continue;
      paths.push(written);
      report.adapted.push({ workflow: workflow.id, kind: d.kind, summary: d.summary, id: d.id });
      if (d.kind !== "drop" || !d.cycle) continue;
      const raised = await raiseException(ctx.config.dir, {
        id: exceptionId("anomaly", `${workflow.id}.${d.cycle}`),
        type: "anomaly",
        severity: "error",
        status: "open",
        title: `${workflow.id}: the primary metric dropped`,
        detail: `${d.signal}. Decision ${d.id} has the numbers. At L4 and above the workflow is demoted to L3 until this exception is resolved; look at what changed (the audience, a channel, the content), then resolve it with \`loopcast exceptions resolve <id>\` — resolving lifts the demotion.`,
        cycle: d.cycle,
        workflow: workflow.id,
        raisedAt: at,
      });
      if (raised) paths.push(raised);
    }
  }
  if (!paths.length) return;
  const sha = await ctx.forge.commitState(
    `loopcast: adapt (${report.adapted.length} decision(s))`,
    paths.map((p) => `${ctx.configRel}/${p}`),
  );
  if (sha) report.commits.push(sha);
}
