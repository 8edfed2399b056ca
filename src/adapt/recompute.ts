// Recomputing a past choice or decision from the repository, for `loopcast explain`: the ledger as a run
// knew it at that instant (knownAt), the same seeds, the same functions the run used.
import type { Config, Workflow } from "../config/types.ts";
import { blackoutAt } from "../guardrails/calendar-limits.ts";
import { createWalls } from "../guardrails/walls.ts";
import type { Decision } from "../state/decisions.ts";
import { cycleStatus, type EventOf, type Ledger } from "../state/ledger.ts";
import { choosePeriod, chooseVariants } from "./choose.ts";
import { courseOf, courseSeed } from "./course.ts";
import { detectChanges } from "./detect.ts";
import { knownAt } from "./evidence.ts";
import { learnerContext } from "./plan-items.ts";
import { periodsBetween } from "./rhythm.ts";

/** The ledger as a run planning at `asOf` knew it. */
export function ledgerAsOf(ledger: Ledger, asOf: string): Ledger {
  const out: Ledger = new Map();
  for (const [cycle, events] of ledger) {
    const known = events.filter((e) => knownAt(e, asOf));
    if (known.length) out.set(cycle, known);
  }
  return out;
}

export interface Recomputed {
  /** Recorded and recomputed, line for line or option for option. */
  recorded: string[];
  recomputed: string[];
  same: boolean;
  /** What differs, in words (empty when the same). */
  differences: string[];
}

/** An item's options as the planner chose them, recomputed. */
export function recomputeItem(config: Config, ledger: Ledger, proposed: EventOf<"proposed">): Recomputed {
  const workflow = config.workflows.find((w) => w.id === proposed.workflow);
  const recorded = proposed.learned?.why ?? [];
  if (!workflow) return difference(recorded, [], [`workflow ${proposed.workflow} is no longer configured`]);
  const at = proposed.at;
  const now = new Date(at);
  const known = ledgerAsOf(ledger, at);
  known.delete(proposed.cycle);
  const ctx = learnerContext(config, known, workflow, now, at);
  const lines: string[] = [];
  const arms: Record<string, string> = {};
  const periodKey = proposed.learned?.period;
  if (periodKey) {
    const period = periodChoice(config, known, workflow, now, periodKey);
    if (period) {
      const frequency = period.choices.find((c) => c.dimension === "frequency");
      if (frequency) lines.push(frequency.why);
      const slot = period.choices.find((c) => c.dimension === "slot" && c.arm === proposed.arms.slot);
      if (slot) {
        lines.push(slot.why);
        arms.slot = slot.arm;
      } else
        lines.push(
          `slot ${proposed.arms.slot}: not among the recomputed choices (${period.chosen.map((c) => c.slot).join(", ") || "none"})`,
        );
    }
  }
  for (const c of chooseVariants(ctx, workflow, config.strategy, proposed.cycle)) {
    lines.push(c.why);
    arms[c.dimension] = c.arm;
  }
  const differences: string[] = [];
  for (const [dim, arm] of Object.entries(arms))
    if (proposed.arms[dim] !== undefined && proposed.arms[dim] !== arm)
      differences.push(`${dim}: recorded ${proposed.arms[dim]}, recomputed ${arm}`);
  recorded.forEach((line, i) => {
    if (lines[i] !== undefined && lines[i] !== line && !differences.length)
      differences.push(`the evidence behind "${line.split(" (")[0]}" reads differently now`);
  });
  return difference(recorded, lines, differences);
}

function periodChoice(config: Config, ledger: Ledger, workflow: Workflow, now: Date, key: string) {
  const tz = config.strategy.timezone;
  const period = periodsBetween(
    workflow,
    tz,
    new Date(now.getTime() - 8 * 86_400_000),
    new Date(now.getTime() + 400 * 86_400_000),
  ).find((p) => p.key === key);
  if (!period) return undefined;
  const open = period.candidates.filter((c) => c.at >= now && !blackoutAt(config, workflow.channel, c.at));
  const first = open[0];
  if (!first) return undefined;
  const status = new Map([...ledger].map(([c, e]) => [c, cycleStatus(e) ?? "unknown"]));
  const walls = createWalls(config, ledger, status);
  const ctx = learnerContext(config, ledger, workflow, now, now.toISOString());
  return choosePeriod(ctx, key, open, {
    default: period.items,
    ...(workflow.frequency ? { frequency: workflow.frequency } : {}),
    room: walls.room(workflow, first.at),
  });
}

/** A decision's evidence, recomputed from the ledger as of the decision. */
export function recomputeDecision(config: Config, ledger: Ledger, d: Decision): Recomputed {
  const workflow = config.workflows.find((w) => w.id === d.workflow);
  if (!workflow) return difference([d.signal], [], [`workflow ${d.workflow ?? "(none)"} is not configured`]);
  const known = ledgerAsOf(ledger, d.at);
  const ctx = learnerContext(config, known, workflow, new Date(d.at), d.at);
  if (d.kind === "drop" || d.kind === "recovery") {
    const flag = detectChanges(ctx.observations, ctx.metric).find(
      (f) => f.kind === d.kind && f.cycle === d.cycle,
    );
    return difference(
      [d.signal],
      flag ? [flag.signal] : [],
      flag
        ? flag.signal === d.signal
          ? []
          : ["the signal reads differently now"]
        : [`the detector no longer flags ${d.cycle}`],
    );
  }
  const evidence = d.evidence;
  if (!evidence)
    return difference(
      [d.signal],
      [],
      ["this decision carries no evidence to recompute (written by a person?)"],
    );
  const dim = courseOf(ctx, config, workflow, courseSeed(workflow.id, d.at)).find(
    (x) => x.dimension === evidence.dimension,
  );
  if (!dim)
    return difference([d.signal], [], [`${evidence.dimension} is no longer a dimension of ${workflow.id}`]);
  const fmt = (o: { option: string; sends: number; measured: number; rate?: number; pBest: number }) =>
    `${o.option}: ${o.sends} sent, ${o.measured} measured, rate ${o.rate === undefined ? "–" : `${(o.rate * 100).toFixed(2)} %`}, P(best) ${o.pBest.toFixed(3)}`;
  const recorded = evidence.options.map(fmt);
  const recomputed = dim.options.map((o) =>
    fmt({
      option: o.arm,
      sends: o.sends,
      measured: o.measured,
      ...(o.trials > 0 ? { rate: o.successes / o.trials } : {}),
      pBest: o.pBest,
    }),
  );
  const differences = recorded.flatMap((line, i) =>
    recomputed[i] === line ? [] : [`recorded "${line}", recomputed "${recomputed[i] ?? "nothing"}"`],
  );
  return difference(recorded, recomputed, differences);
}

function difference(recorded: string[], recomputed: string[], differences: string[]): Recomputed {
  return { recorded, recomputed, same: differences.length === 0, differences };
}
