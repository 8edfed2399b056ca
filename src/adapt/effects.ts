// The options of different dimensions are sent together: a subject line tried mostly on a weak slot
// looks weak. Before each dimension is judged, the effects of all of them are fitted at once — the rate of
// an item as a base rate times one factor per dimension (its slot's, its subject's …), by backfitting on
// the discounted evidence — and each option is then credited with its successes over its items' trials
// scaled by the other dimensions' factors: its rate as if it had been sent with average companions.
import type { Observation } from "./evidence.ts";

export interface Effects {
  /** Per observation, the weight its evidence keeps (0 for items not yet measured). */
  weights: number[];
  /** Per dimension, option → factor (1 = the dimension's weighted average). */
  factors: Map<string, Map<string, number>>;
}

/** Backfitting rounds: the factors settle within a few. */
const ROUNDS = 4;
/** Successes-worth of shrinkage towards a factor of 1, so one lucky item moves a factor little. */
const PRIOR_SUCCESSES = 2;

/** What evidence from before a detected change keeps of its weight: the market it measured is gone. */
export const BEFORE_CHANGE = 0.05;

/**
 * Weights: evidence loses half its weight after `halfLife` later items (observations are in slot order),
 * and most of it when it predates `changeAt`, the first item of a change the detector flagged.
 */
export function evidenceWeights(
  observations: readonly Observation[],
  halfLife: number,
  changeAt = 0,
): number[] {
  const last = observations.length - 1;
  return observations.map((o, i) =>
    o.outcome ? 0.5 ** ((last - i) / halfLife) * (i < changeAt ? BEFORE_CHANGE : 1) : 0,
  );
}

export function fitEffects(
  observations: readonly Observation[],
  halfLife: number,
  dimensions: readonly string[],
  changeAt = 0,
): Effects {
  const weights = evidenceWeights(observations, halfLife, changeAt);
  const factors = new Map<string, Map<string, number>>(dimensions.map((d) => [d, new Map()]));
  let s = 0;
  let n = 0;
  observations.forEach((o, i) => {
    const w = weights[i] as number;
    if (!o.outcome || w === 0) return;
    s += w * o.outcome.successes;
    n += w * o.outcome.trials;
  });
  if (!(n > 0) || dimensions.length < 2) return { weights, factors };
  const base = s / n;
  const factorOf = (d: string, o: Observation) => factors.get(d)?.get(o.arms[d] ?? "") ?? 1;
  for (let round = 0; round < ROUNDS; round++) {
    for (const d of dimensions) {
      const num = new Map<string, number>();
      const den = new Map<string, number>();
      observations.forEach((o, i) => {
        const w = weights[i] as number;
        const arm = o.arms[d];
        if (!o.outcome || w === 0 || arm === undefined) return;
        let others = 1;
        for (const e of dimensions) if (e !== d) others *= factorOf(e, o);
        num.set(arm, (num.get(arm) ?? 0) + w * o.outcome.successes);
        den.set(arm, (den.get(arm) ?? 0) + w * o.outcome.trials * base * others);
      });
      const fitted = new Map<string, number>();
      for (const [arm, expected] of den) {
        const prior = PRIOR_SUCCESSES;
        fitted.set(arm, ((num.get(arm) ?? 0) + prior) / (expected + prior));
      }
      factors.set(d, fitted);
    }
  }
  return { weights, factors };
}

/** The scale of an observation's trials when judging `dimension`: the product of the other factors. */
export function companionsFactor(effects: Effects, dimension: string, o: Observation): number {
  let f = 1;
  for (const [d, byArm] of effects.factors) if (d !== dimension) f *= byArm.get(o.arms[d] ?? "") ?? 1;
  return f;
}
