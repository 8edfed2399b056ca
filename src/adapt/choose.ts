// The learner's choices for one workflow: the options of each message dimension (pillar, title or email
// subject, hook, call to action) for an item, and for a period its number of items and their slots.
// Everything is computed from the observations (the ledger) and a random source seeded by the cycle id
// or the period key, so `loopcast explain` can recompute any choice.
import type { Strategy, Workflow } from "../config/types.ts";
import { seededRandom } from "../core/random.ts";
import { DEFAULT_CTAS, DEFAULT_HOOKS, DEFAULT_TITLES } from "../generate/brief.ts";
import { detectChanges } from "./detect.ts";
import { type Effects, fitEffects } from "./effects.ts";
import type { Observation } from "./evidence.ts";
import type { Candidate } from "./rhythm.ts";
import {
  type ArmStats,
  armStats,
  type ChoiceMode,
  DEFAULT_LEARNING,
  drawRate,
  type LearningSettings,
  posteriorDraw,
  probabilityBest,
  rankArms,
} from "./thompson.ts";

/** Joint posterior draws behind each P(best) figure. */
const P_BEST_DRAWS = 400;

export interface Choice {
  dimension: string;
  arm: string;
  mode: ChoiceMode;
  stats: ArmStats[];
  /** One line with the numbers: what was chosen, how, and the evidence for each option. */
  why: string;
}

export interface LearnerContext {
  observations: readonly Observation[];
  /** The fitted effects of every dimension, computed once per context (see effects.ts). */
  effects?: Effects;
  now: Date;
  /** The primary benchmark's metric (e.g. click_rate), for the explanations. */
  metric: string;
  settings?: LearningSettings;
}

interface Dimension {
  dimension: string;
  arms: string[];
  name: (arm: string) => string;
}

/** The message dimensions of a workflow and their options, as the brief draws them. */
export function messageDimensions(workflow: Workflow, strategy: Pick<Strategy, "pillars">): Dimension[] {
  const own = strategy.pillars.filter((p) => workflow.pillars.includes(p.id));
  const pillars = (own.length ? own : strategy.pillars).map((p) => p.id);
  const t = workflow.templates ?? {};
  const indexed = (dimension: string, texts: readonly string[]): Dimension => ({
    dimension,
    arms: texts.map((_, i) => String(i)),
    name: (arm) => `"${shorten(texts[Number(arm)] ?? arm)}"`,
  });
  return [
    { dimension: "pillar", arms: pillars, name: (arm) => arm },
    indexed("title", t.titles ?? DEFAULT_TITLES),
    indexed("hook", t.hooks ?? DEFAULT_HOOKS),
    indexed("cta", t.ctas ?? DEFAULT_CTAS),
  ];
}

/** One option per message dimension for the item of `cycle`. */
export function chooseVariants(
  ctx: LearnerContext,
  workflow: Workflow,
  strategy: Pick<Strategy, "pillars">,
  cycle: string,
): Choice[] {
  const settings = ctx.settings ?? DEFAULT_LEARNING;
  const random = seededRandom(`learn:${cycle}`);
  return messageDimensions(workflow, strategy).map((d) => {
    const stats = statsOf(ctx, d.dimension, d.arms, `${cycle}:${d.dimension}`);
    const ranked = rankArms(stats, 1, random, settings);
    const arm = ranked.order[0] as string;
    return {
      dimension: d.dimension,
      arm,
      mode: ranked.mode,
      stats,
      why: explain(d.dimension, arm, ranked.mode, stats, ctx.metric, d.name),
    };
  });
}

/**
 * The items of one period: how many (within `frequency` and `room`, the items the budget still pays
 * for) and on which of the candidate instants. Candidates must be in time order.
 */
export function choosePeriod(
  ctx: LearnerContext,
  periodKey: string,
  candidates: readonly Candidate[],
  items: { default: number; frequency?: { min: number; max: number }; room: number },
): { chosen: Candidate[]; choices: Choice[] } {
  const settings = ctx.settings ?? DEFAULT_LEARNING;
  const random = seededRandom(`learn:${periodKey}`);
  const choices: Choice[] = [];
  let n = Math.min(items.default, candidates.length, items.room);
  if (items.frequency) {
    const top = Math.min(items.frequency.max, candidates.length, items.room);
    const counts: string[] = [];
    for (let k = items.frequency.min; k <= top; k++) counts.push(String(k));
    if (counts.length) {
      const choice = chooseFrequency(ctx, counts, random, settings, `${periodKey}:frequency`);
      choices.push(choice);
      n = Number(choice.arm);
    } else n = Math.max(0, top);
  }
  if (n <= 0) return { chosen: [], choices };
  const labels = [...new Set(candidates.map((c) => c.slot))];
  const stats = statsOf(ctx, "slot", labels, `${periodKey}:slot`);
  const ranked = rankArms(stats, n, random, settings);
  const picked = new Set(ranked.order.slice(0, n));
  const chosen = candidates.filter((c) => picked.has(c.slot)).slice(0, n);
  for (const c of chosen)
    choices.push({
      dimension: "slot",
      arm: c.slot,
      mode: ranked.mode,
      stats,
      why: explain("slot", c.slot, ranked.mode, stats, ctx.metric, (a) => a),
    });
  return { chosen, choices };
}

/**
 * Items per week: each count's per-item rate is learned from the weeks that had that many items, and
 * counts are compared on successes per week (count × rate), with the same burn-in, exploration floor,
 * commit rule and Thompson draw as any other dimension.
 */
function chooseFrequency(
  ctx: LearnerContext,
  counts: string[],
  random: ReturnType<typeof seededRandom>,
  settings: LearningSettings,
  seed: string,
): Choice {
  const stats = withFatiguePrior(statsOf(ctx, "frequency", counts, seed), settings);
  const ranked = rankArms(stats, 1, random, settings);
  const shown = weeklyStats(stats, seed);
  let arm = ranked.order[0] as string;
  let mode = ranked.mode;
  if (mode === "thompson" || mode === "commit") {
    const leader = [...shown].sort((a, b) => b.lean - a.lean)[0] as ArmStats;
    if (leader.lean >= settings.commitAt) {
      arm = leader.arm;
      mode = "commit";
    } else {
      mode = "thompson";
      let best = -1;
      for (const s of stats) {
        const v = Number(s.arm) * drawRate(random, s);
        if (v > best) {
          best = v;
          arm = s.arm;
        }
      }
    }
  }
  return {
    dimension: "frequency",
    arm,
    mode,
    stats: shown,
    why: explain("frequency", arm, mode, shown, ctx.metric, (a) => `${a} a week`),
  };
}

/**
 * Trying every count of items per week costs weeks a small business does not have. So only the two
 * highest counts go through the burn-in; a lower count starts from the per-item rate the two suggest
 * (the fatigue between them, extended in a straight line) held as one item's worth of evidence, and is
 * tried when that makes it a contender. A strongly tiring audience makes lower counts contenders at once.
 */
function withFatiguePrior(stats: ArmStats[], settings: LearningSettings): ArmStats[] {
  if (stats.length < 3) return stats;
  const [high, next] = [...stats].sort((a, b) => Number(b.arm) - Number(a.arm)) as [ArmStats, ArmStats];
  const untested = (s: ArmStats) => s !== high && s !== next && s.measured === 0;
  if (!high.measured || !next.measured)
    return stats.map((s) => (untested(s) ? { ...s, sends: Math.max(s.sends, settings.burnIn) } : s));
  const rateHigh = high.successes / high.trials;
  const rateNext = next.successes / next.trials;
  const perCount = (rateNext - rateHigh) / (Number(high.arm) - Number(next.arm));
  const itemTrials = (high.trials + next.trials) / (high.measured + next.measured);
  return stats.map((s) => {
    if (!untested(s)) return s;
    const rate = Math.min(1, Math.max(0, rateHigh + perCount * (Number(high.arm) - Number(s.arm))));
    return {
      ...s,
      sends: Math.max(s.sends, settings.burnIn),
      weightedSuccesses: rate * itemTrials,
      weightedTrials: itemTrials,
      mean: rate,
    };
  });
}

/**
 * Counts per week compared on successes per week: P(best) and the sampler's lean over count × rate.
 * `stats` are the per-item rates of the weeks with each count.
 */
export function weeklyStats(stats: readonly ArmStats[], seed: string): ArmStats[] {
  const weekly = (draw: typeof drawRate, r: ReturnType<typeof seededRandom>) =>
    probabilityBest(stats, r, P_BEST_DRAWS, (x, s) => Number(s.arm) * draw(x, s));
  const plain = weekly(posteriorDraw, seededRandom(`${seed}:p-best-weekly`));
  const lean = weekly(drawRate, seededRandom(`${seed}:lean-weekly`));
  return stats.map((s, i) => ({ ...s, pBest: plain[i] as number, lean: lean[i] as number }));
}

/** Each option's evidence along one dimension, with P(best), seeded by `seed`. */
export function statsOf(ctx: LearnerContext, dimension: string, arms: string[], seed: string): ArmStats[] {
  const settings = ctx.settings ?? DEFAULT_LEARNING;
  ctx.effects ??= fitEffects(
    withWeekCounts(ctx.observations),
    settings.halfLife,
    dimensionsOf(ctx.observations),
    changePoint(ctx.observations),
  );
  return armStats(
    withWeekCounts(ctx.observations),
    dimension,
    arms,
    settings,
    { random: seededRandom(`${seed}:p-best`), draws: P_BEST_DRAWS },
    ctx.effects,
  );
}

/** The index of the first item of the latest change the detector flagged (0: none). */
function changePoint(observations: readonly Observation[]): number {
  const last = detectChanges(observations).at(-1);
  return last
    ? Math.max(
        0,
        observations.findIndex((o) => o.cycle === last.since),
      )
    : 0;
}

/** Every dimension the items were sent with (but the pillar's point, which is content, not an option). */
function dimensionsOf(observations: readonly Observation[]): string[] {
  const dims = new Set<string>();
  for (const o of observations) for (const d of Object.keys(o.arms)) if (d !== "point") dims.add(d);
  return [...dims].sort();
}

const weekCounted = new WeakMap<readonly Observation[], Observation[]>();

/**
 * The observations with one more dimension, `frequency`: how many items the workflow sent in the item's
 * week, so the per-item rate of each count can be read. The joint fit of effects leaves this dimension
 * out: with a few weeks per count it added noise to the slot and message comparisons (bench:adapt).
 */
function withWeekCounts(observations: readonly Observation[]): Observation[] {
  let out = weekCounted.get(observations);
  if (!out) {
    const perWeek = new Map<string, number>();
    for (const o of observations) perWeek.set(o.week, (perWeek.get(o.week) ?? 0) + 1);
    out = observations.map((o) => ({ ...o, arms: { ...o.arms, frequency: String(perWeek.get(o.week)) } }));
    weekCounted.set(observations, out);
  }
  return out;
}

const MODE_TEXT: Record<ChoiceMode, string> = {
  only: "the only option",
  "burn-in": "burn-in: every option is tried before the evidence decides",
  explore: "exploration floor: a uniform draw keeps every option in play",
  commit: "the leader: more likely best than all the others together",
  thompson: "Thompson draw",
};

export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** "slot Tue 08:00 (Thompson draw): click_rate 3.1 % over 12 sends, P(best) 0.94; Thu 08:00 2.2 % over 4 sends, P(best) 0.06". */
export function explain(
  dimension: string,
  arm: string,
  mode: ChoiceMode,
  stats: readonly ArmStats[],
  metric: string,
  name: (arm: string) => string,
): string {
  const options = [...stats]
    .sort((a, b) => (a.arm === arm ? -1 : b.arm === arm ? 1 : b.mean - a.mean))
    .map((s) =>
      s.measured
        ? `${name(s.arm)} ${metric} ${pct(s.successes / s.trials)} over ${s.measured} measured of ${s.sends} sent, P(best) ${s.pBest.toFixed(2)}`
        : `${name(s.arm)} no measured items yet (${s.sends} sent)`,
    );
  return `${dimension} ${name(arm)} (${MODE_TEXT[mode]}): ${options.join("; ")}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
