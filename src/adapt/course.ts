// A workflow's course: the option the evidence favours along each dimension, and the decisions a run
// records when it changes — another slot, message option or frequency adopted once it is probably best
// (P(best) ≥ ADOPT_AT), an option retired once it is almost surely not (P(best) < RETIRE_BELOW), a drop
// or a recovery the change detector sees. Each decision carries the numbers; `loopcast explain`
// recomputes them from the ledger as it was.
import type { Config, Workflow } from "../config/types.ts";
import type { Decision } from "../state/decisions.ts";
import type { Ledger } from "../state/ledger.ts";
import { type LearnerContext, messageDimensions, pct, statsOf, weeklyStats } from "./choose.ts";
import { detectChanges } from "./detect.ts";
import { learnerContext } from "./plan-items.ts";
import { parseSlotLabels } from "./slot-label.ts";
import type { ArmStats } from "./thompson.ts";

export const ADOPT_AT = 0.9;
export const RETIRE_BELOW = 0.01;
/** Measured items an option needs before it is adopted or retired. */
export const MIN_MEASURED = 2;

export interface CourseDimension {
  dimension: string;
  options: ArmStats[];
  name: (arm: string) => string;
}

/** Every dimension the workflow's items vary along, with each option's evidence as of the context. */
export function courseOf(
  ctx: LearnerContext,
  config: Config,
  workflow: Workflow,
  seed: string,
): CourseDimension[] {
  const dims: CourseDimension[] = [];
  if (workflow.slots?.length) {
    const labels = parseSlotLabels(workflow.slots).map((l) => l.label);
    dims.push({ dimension: "slot", options: statsOf(ctx, "slot", labels, `${seed}:slot`), name: (a) => a });
  }
  for (const d of messageDimensions(workflow, config.strategy)) {
    if (d.arms.length < 2) continue;
    dims.push({
      dimension: d.dimension,
      options: statsOf(ctx, d.dimension, d.arms, `${seed}:${d.dimension}`),
      name: d.name,
    });
  }
  if (workflow.frequency && workflow.frequency.max > workflow.frequency.min) {
    const counts: string[] = [];
    for (let k = workflow.frequency.min; k <= workflow.frequency.max; k++) counts.push(String(k));
    const perItem = statsOf(ctx, "frequency", counts, `${seed}:frequency`);
    dims.push({
      dimension: "frequency",
      options: weeklyStats(perItem, `${seed}:frequency`),
      name: (a) => `${a} a week`,
    });
  }
  return dims;
}

/** The seed of a course computed at `at`: explain recomputes with the same one. */
export function courseSeed(workflow: string, at: string): string {
  return `course:${workflow}:${at}`;
}

/** The decisions this run records for a workflow, given the ones already in the log (any order). */
export function courseDecisions(opts: {
  config: Config;
  ledger: Ledger;
  workflow: Workflow;
  now: Date;
  previous: readonly Decision[];
}): Decision[] {
  const { config, workflow, now } = opts;
  const at = now.toISOString();
  // What the run knew when it planned (knownAt): the same ledger `loopcast explain` recomputes from.
  const ctx = learnerContext(config, opts.ledger, workflow, now, at);
  const own = opts.previous.filter((d) => d.workflow === workflow.id).sort((a, b) => (a.at < b.at ? -1 : 1));
  const out: Decision[] = [];
  const stamp = compactTime(at);
  for (const dim of courseOf(ctx, config, workflow, courseSeed(workflow.id, at))) {
    const options = dim.options;
    const current = own.filter((d) => d.kind === dim.dimension).at(-1)?.to;
    const leader = [...options].sort((a, b) => b.pBest - a.pBest)[0];
    const ready = options.every((o) => o.measured >= 1);
    if (
      leader &&
      ready &&
      leader.measured >= MIN_MEASURED &&
      leader.pBest >= ADOPT_AT &&
      leader.arm !== current
    ) {
      const runnerUp = [...options]
        .filter((o) => o !== leader && o.measured)
        .sort((a, b) => b.mean - a.mean)[0];
      out.push({
        id: `${workflow.id}--${dim.dimension}--${stamp}`,
        at,
        workflow: workflow.id,
        kind: dim.dimension,
        summary: adoptSummary(workflow, dim, leader.arm, current),
        signal: `P(${dim.name(leader.arm)} best) = ${leader.pBest.toFixed(2)} after ${leader.measured} measured send(s), ${ctx.metric} ${rate(leader)}${runnerUp ? ` vs ${rate(runnerUp)} for ${dim.name(runnerUp.arm)} (${runnerUp.measured} measured)` : ""}`,
        ...(current ? { from: current } : {}),
        to: leader.arm,
        evidence: evidenceOf(ctx, dim, at),
      });
    }
    for (const o of options) {
      if (o.measured < MIN_MEASURED || o.pBest >= RETIRE_BELOW) continue;
      const kind = `${dim.dimension}-retired`;
      if (own.some((d) => d.kind === kind && d.to === o.arm)) continue;
      out.push({
        id: `${workflow.id}--${kind}--${safe(o.arm)}--${stamp}`,
        at,
        workflow: workflow.id,
        kind,
        summary: `${workflow.id}: ${dim.dimension} ${dim.name(o.arm)} retired; it is tried again only by the exploration floor`,
        signal: `P(${dim.name(o.arm)} best) = ${o.pBest.toFixed(3)} after ${o.measured} measured send(s), ${ctx.metric} ${rate(o)}`,
        to: o.arm,
        evidence: evidenceOf(ctx, dim, at),
      });
    }
  }
  for (const flag of detectChanges(ctx.observations, ctx.metric)) {
    const id = `${workflow.id}--${flag.kind}--${flag.cycle.slice(flag.cycle.indexOf("@") + 1)}`;
    if (opts.previous.some((d) => d.id === id)) continue;
    out.push({
      id,
      at,
      workflow: workflow.id,
      kind: flag.kind,
      cycle: flag.cycle,
      summary:
        flag.kind === "drop"
          ? `${workflow.id}: ${ctx.metric} fell since ${flag.since}; an anomaly was raised for a person`
          : `${workflow.id}: ${ctx.metric} recovered since ${flag.since}`,
      signal: flag.signal,
    });
  }
  return out;
}

function adoptSummary(
  workflow: Workflow,
  dim: CourseDimension,
  to: string,
  from: string | undefined,
): string {
  if (dim.dimension === "slot")
    return from ? `moved ${workflow.id} from ${from} to ${to}` : `${workflow.id} settled on ${to}`;
  if (dim.dimension === "frequency") {
    const direction = from === undefined ? "set to" : Number(to) > Number(from) ? "up to" : "down to";
    return `${workflow.id}: frequency ${direction} ${to} a week${from ? ` (from ${from})` : ""}`;
  }
  const what = dim.dimension === "title" && workflow.format === "email" ? "subject" : dim.dimension;
  return `${workflow.id}: adopted the ${what} ${dim.name(to)}${from ? ` (was ${dim.name(from)})` : ""}`;
}

function evidenceOf(
  ctx: LearnerContext,
  dim: CourseDimension,
  at: string,
): NonNullable<Decision["evidence"]> {
  return {
    metric: ctx.metric,
    asOf: at,
    dimension: dim.dimension,
    options: dim.options.map((o) => ({
      option: o.arm,
      name: dim.name(o.arm),
      sends: o.sends,
      measured: o.measured,
      ...(o.trials > 0 ? { rate: round(o.successes / o.trials) } : {}),
      pBest: round(o.pBest),
    })),
  };
}

const rate = (o: ArmStats) => (o.trials > 0 ? pct(o.successes / o.trials) : "–");
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const safe = (arm: string) => arm.replace(/[^A-Za-z0-9]+/g, "");

/** 2026-12-01T09:00:00.000Z → 20261201T0900Z */
function compactTime(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}
