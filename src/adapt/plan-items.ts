// The learner inside the planner: which items a workflow at L3 and above proposes in this run, on which
// slots, with which message options. Pure, like the plan: the ledger and the clock in, actions out.
import { type Benchmark, type Config, channelById, type Workflow } from "../config/types.ts";
import type { Action } from "../core/plan.ts";
import { cycleId } from "../core/time.ts";
import { blackoutAt } from "../guardrails/calendar-limits.ts";
import type { Walls } from "../guardrails/walls.ts";
import type { Ledger } from "../state/ledger.ts";
import { type Choice, choosePeriod, chooseVariants, type LearnerContext } from "./choose.ts";
import { observations } from "./evidence.ts";
import { periodsBetween } from "./rhythm.ts";

type Propose = Extract<Action, { kind: "propose" }>;

/** The primary benchmark that judges a workflow's items, if any. */
export function primaryBenchmark(config: Config, workflow: Workflow): Benchmark | undefined {
  const channel = channelById(config, workflow.channel);
  return (config.benchmarks.benchmarks as Benchmark[]).find(
    (b) => b.primary === true && (b.workflow === workflow.id || (channel && b.channel === channel.id)),
  );
}

/** What the learner reads for a workflow, as of `asOf` (default: all of the ledger). */
export function learnerContext(
  config: Config,
  ledger: Ledger,
  workflow: Workflow,
  now: Date,
  asOf?: string,
): LearnerContext {
  return {
    observations: observations(ledger, workflow.id, config.strategy.timezone, asOf),
    now,
    metric: primaryBenchmark(config, workflow)?.metric ?? "primary metric",
  };
}

/** A propose action for one item with the learner's options attached: its slot's, and its messages'. */
export function withVariants(
  action: Action,
  ctx: LearnerContext,
  config: Config,
  workflow: Workflow,
  period?: { key: string; choices: Choice[]; slot: string },
): Action {
  if (action.kind !== "propose") return action;
  const variants = chooseVariants(ctx, workflow, config.strategy, action.cycle);
  const slotChoice = period?.choices.find((c) => c.dimension === "slot" && c.arm === period.slot);
  const frequency = period?.choices.find((c) => c.dimension === "frequency");
  const arms: Record<string, string> = period ? { slot: period.slot } : {};
  for (const c of variants) arms[c.dimension] = c.arm;
  const why = [frequency?.why, slotChoice?.why, ...variants.map((c) => c.why)].filter(
    (w): w is string => w !== undefined,
  );
  const learned: NonNullable<Propose["learned"]> = {
    seed: action.cycle,
    why,
    ...(period ? { period: period.key } : {}),
  };
  return { ...action, arms, learned };
}

/**
 * The periods of a workflow with slots or a frequency that this run decides: each period whose first
 * instant still to come is within the lead time, and that has no item yet. All items of a period are
 * chosen at once, so a period is decided exactly once.
 */
export function planPeriods(
  config: Config,
  ledger: Ledger,
  workflow: Workflow,
  now: Date,
  lead: number,
  walls: Walls,
  /** Slots of the workflow's cycles already in the ledger or open as proposals. */
  existing: readonly Date[],
  propose: (cycle: string, slot: Date) => Action,
): Action[] {
  const tz = config.strategy.timezone;
  const horizon = new Date(now.getTime() + lead);
  const actions: Action[] = [];
  let ctx: LearnerContext | undefined;
  for (const period of periodsBetween(workflow, tz, now, horizon)) {
    if (existing.some((at) => at >= period.start && at < period.end)) continue;
    // Candidates still to come, outside blackouts and on days the channel's limit leaves room.
    const open = period.candidates.filter(
      (c) => c.at >= now && !blackoutAt(config, workflow.channel, c.at) && !walls.dayFull(workflow, c.at),
    );
    const first = open[0];
    if (!first || first.at > horizon) continue;
    ctx ??= learnerContext(config, ledger, workflow, now);
    const room = walls.room(workflow, first.at);
    if (room < 1) {
      // The budget pays for nothing this period: the walls refuse the first slot, which records it and
      // raises the budget exception, as for a workflow on its plain cadence.
      actions.push(propose(cycleId(workflow.id, first.at), first.at));
      continue;
    }
    const { chosen, choices } = choosePeriod(ctx, period.key, open, {
      default: period.items,
      ...(workflow.frequency ? { frequency: workflow.frequency } : {}),
      room,
    });
    for (const c of chosen) {
      const cycle = cycleId(workflow.id, c.at);
      actions.push(
        withVariants(propose(cycle, c.at), ctx, config, workflow, { key: period.key, choices, slot: c.slot }),
      );
    }
  }
  return actions;
}
