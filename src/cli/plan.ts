import type { Action } from "../core/plan.ts";
import { plan as makePlan } from "../core/plan.ts";
import { gather } from "../pipeline/gather.ts";
import { fmtTimeWithZone, localTimes } from "../report/format.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const planCommand: Command = {
  name: "plan",
  summary: "Show what a run would do, changing nothing",
  usage:
    "usage: loopcast plan [--config DIR] [--at ISO-TIME] [--json]\n\nexample: loopcast plan --at 2026-12-01T08:00:00Z",
  options: { at: { type: "string" } },
  async run(args, io) {
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const state = await gather({ ...ctx, now });
    warnInvalidLedger(io, state.ledger);
    const thePlan = makePlan(state);
    if (args.values.json) printJson(io, thePlan);
    else {
      io.out(`plan at ${fmtTimeWithZone(thePlan.at, ctx.config.strategy.timezone)}:`);
      for (const l of thePlan.levels)
        if (l.effective !== l.configured)
          io.out(`  level    ${l.workflow}  ${localTimes(l.reason, ctx.config.strategy.timezone)}`);
      for (const a of thePlan.actions) io.out(`  ${describeAction(a, ctx.config.strategy.timezone)}`);
      if (!thePlan.actions.length) io.out("  nothing to do");
    }
    return 0;
  },
};

/** One line per action; with the strategy's time zone, times read as local time with the zone. */
export function describeAction(a: Action, tz?: string): string {
  const line = actionLine(a);
  return tz ? localTimes(line, tz) : line;
}

function actionLine(a: Action): string {
  switch (a.kind) {
    case "propose":
      return `propose  ${a.cycle}  (${a.level}, slot ${a.slot}${a.reservation ? `, reserves ${a.reservation}` : ""})`;
    case "publish":
      return `publish  ${a.cycle}  to ${a.channel}${a.attempt > 1 ? ` (attempt ${a.attempt})` : ""}`;
    case "record-merge":
      return `record   ${a.cycle}  merged${a.proposal.humanCommits ? ` with ${a.proposal.humanCommits} human commit(s)` : ""}`;
    case "record-reject":
      return `record   ${a.cycle}  rejected: ${a.reason}`;
    case "auto-merge":
      return `merge    ${a.cycle}  ${a.reason}`;
    case "adopt":
      return `adopt    ${a.cycle}  (proposal open but not in the ledger)`;
    case "hold":
      return `hold     ${a.cycle}  ${a.reason}`;
    case "wait":
      return `wait     ${a.cycle}  ${a.reason}`;
    case "enqueue":
      return `enqueue  ${a.cycle}  (L2, ${a.file} from the queue)`;
    case "refuse":
      return `refuse   ${a.cycle}  ${a.guardrail}: ${a.reason}`;
    case "skip":
      return `skip     ${a.workflow}  ${a.reason}`;
    case "expire":
      return `expire   ${a.cycle}  ${a.reason}`;
    case "miss":
      return `missed   ${a.cycle}  ${a.reason}`;
  }
}
