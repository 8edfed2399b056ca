// Thompson sampling over one dimension of a workflow's options (its slots, subjects, hooks …): each
// option's rate is a Beta posterior over the successes and trials it earned, discounted by age so that
// the learner follows a market that changes. Before sampling, a burn-in gives every option a first try,
// and an exploration floor keeps a small share of draws uniform, so no option is written off for good.
//
// A plain sampler keeps trying options that are probably worse for a long time, which a small business
// with a few dozen sends a quarter pays for; a test-then-commit rule never looks back, which a changing
// market punishes. So the sampler grows more confident as evidence accumulates (its draws come from a
// posterior sharpened up to CONFIDENCE times over the workflow's first RAMP measured items), and once one
// option is more likely best than all the others together, it is sent. Discounting and the change
// detector (which lets evidence from before a detected change fade) keep both from locking in.
import type { Random } from "../core/random.ts";
import { beta } from "./beta.ts";
import { companionsFactor, type Effects, fitEffects } from "./effects.ts";
import type { Observation } from "./evidence.ts";

export interface LearningSettings {
  /** Evidence loses half its weight after this many later items of the workflow. */
  halfLife: number;
  /** Sends every option gets before the learner samples. */
  burnIn: number;
  /** Share of choices drawn uniformly, whatever the evidence. */
  explore: number;
  /** How many times sharper than the posterior the sampler's draws become, at most. */
  confidence: number;
  /** Measured items of the workflow over which the sharpening grows from none to `confidence`. */
  ramp: number;
  /** The (sharpened) probability of being best at which an option is sent without a draw. */
  commitAt: number;
  /** Measured items every option needs before the commit rule applies: one unlucky item locks nothing in. */
  commitAfter: number;
}

/** Tuned on `npm run bench:adapt` (docs/adapt.md shows the numbers). */
export const DEFAULT_LEARNING: LearningSettings = {
  halfLife: 30,
  burnIn: 1,
  explore: 0.01,
  confidence: 6,
  ramp: 30,
  commitAt: 0.5,
  commitAfter: 3,
};

export interface ArmStats {
  arm: string;
  /** Items sent or on their way with this option. */
  sends: number;
  /** Items with a closed measurement window. */
  measured: number;
  /** Raw totals over measured items. */
  successes: number;
  trials: number;
  /** Discounted totals: what the posterior is made of. */
  weightedSuccesses: number;
  weightedTrials: number;
  /** Posterior mean of the rate. */
  mean: number;
  /** Share of posterior draws in which this option had the highest rate. */
  pBest: number;
  /** The same under the sampler's sharpened posterior: what the commit rule reads. */
  lean: number;
  /** How many times sharper than the posterior the sampler draws (1 to `confidence`). */
  sharpen: number;
}

/** Discounted Beta(1 + s, 1 + f) posteriors, one per option, from the observations. */
export function armStats(
  observations: readonly Observation[],
  dimension: string,
  arms: readonly string[],
  settings: LearningSettings,
  pBestDraws: { random: Random; draws: number },
  effects: Effects = fitEffects(observations, settings.halfLife, []),
): ArmStats[] {
  const stats = new Map<string, ArmStats>(
    arms.map((arm) => [
      arm,
      {
        arm,
        sends: 0,
        measured: 0,
        successes: 0,
        trials: 0,
        weightedSuccesses: 0,
        weightedTrials: 0,
        mean: 0,
        pBest: 0,
        lean: 0,
        sharpen: 1,
      },
    ]),
  );
  observations.forEach((o, i) => {
    const s = stats.get(o.arms[dimension] ?? "");
    if (!s) return;
    s.sends++;
    if (!o.outcome) return;
    const w = effects.weights[i] as number;
    s.measured++;
    s.successes += o.outcome.successes;
    s.trials += o.outcome.trials;
    s.weightedSuccesses += w * o.outcome.successes;
    s.weightedTrials += w * o.outcome.trials * companionsFactor(effects, dimension, o);
  });
  const list = [...stats.values()];
  const measured = list.reduce((a, s) => a + s.measured, 0);
  const sharpen = 1 + (settings.confidence - 1) * Math.min(1, measured / settings.ramp);
  for (const s of list) {
    s.mean = (1 + s.weightedSuccesses) / (2 + s.weightedTrials);
    s.sharpen = sharpen;
  }
  const plain = probabilityBest(list, pBestDraws.random, pBestDraws.draws, posteriorDraw);
  const lean = probabilityBest(list, pBestDraws.random, pBestDraws.draws, drawRate);
  list.forEach((s, i) => {
    s.pBest = plain[i] as number;
    s.lean = lean[i] as number;
  });
  return list;
}

/** A draw from the option's posterior. */
export function posteriorDraw(random: Random, s: ArmStats): number {
  return beta(random, 1 + s.weightedSuccesses, 1 + s.weightedTrials - s.weightedSuccesses);
}

/** A draw from the sampler's sharpened posterior: what choices are made with. */
export function drawRate(random: Random, s: ArmStats): number {
  const c = s.sharpen;
  return beta(random, 1 + c * s.weightedSuccesses, 1 + c * (s.weightedTrials - s.weightedSuccesses));
}

/** For each option, the share of `draws` joint draws in which its drawn value is the highest. */
export function probabilityBest(
  stats: readonly ArmStats[],
  random: Random,
  draws: number,
  draw: (random: Random, s: ArmStats) => number,
): number[] {
  const wins = stats.map(() => 0);
  if (stats.length === 1) return [1];
  for (let d = 0; d < draws; d++) {
    let best = 0;
    let bestValue = -1;
    stats.forEach((s, i) => {
      const v = draw(random, s);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    });
    wins[best] = (wins[best] as number) + 1;
  }
  return wins.map((w) => w / draws);
}

export type ChoiceMode = "only" | "burn-in" | "explore" | "commit" | "thompson";

export interface Ranked {
  /** Options in the order chosen: the first `n` are used. */
  order: string[];
  mode: ChoiceMode;
  /** The posterior draw behind the order, by option (Thompson only). */
  draws?: Record<string, number>;
}

/**
 * The options ranked for `n` items: under-tried options first (burn-in), then either a uniform shuffle
 * (exploration floor) or one posterior draw per option, highest first.
 */
export function rankArms(
  stats: readonly ArmStats[],
  n: number,
  random: Random,
  settings: LearningSettings,
): Ranked {
  const shuffled = shuffle(
    stats.map((s) => s.arm),
    random,
  );
  if (stats.length <= 1) return { order: shuffled, mode: "only" };
  const bySends = new Map(stats.map((s) => [s.arm, s.sends]));
  const young = shuffled
    .filter((a) => (bySends.get(a) ?? 0) < settings.burnIn)
    .sort((a, b) => (bySends.get(a) ?? 0) - (bySends.get(b) ?? 0));
  const exploring = random.next() < settings.explore;
  const draws: Record<string, number> = {};
  for (const s of stats) draws[s.arm] = drawRate(random, s);
  if (young.length >= n)
    return { order: [...young, ...shuffled.filter((a) => !young.includes(a))], mode: "burn-in" };
  const rest = shuffled.filter((a) => !young.includes(a));
  if (!exploring) rest.sort((a, b) => (draws[b] as number) - (draws[a] as number));
  const leader = [...stats].sort((a, b) => b.lean - a.lean)[0] as ArmStats;
  const commit =
    !exploring &&
    !young.length &&
    n === 1 &&
    leader.lean >= settings.commitAt &&
    stats.every((s) => s.measured >= settings.commitAfter);
  if (commit) {
    rest.splice(rest.indexOf(leader.arm), 1);
    rest.unshift(leader.arm);
  }
  return {
    order: [...young, ...rest],
    mode: young.length ? "burn-in" : exploring ? "explore" : commit ? "commit" : "thompson",
    ...(exploring ? {} : { draws }),
  };
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
