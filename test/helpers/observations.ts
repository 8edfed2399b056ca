// Observations for the learner's unit tests, built by hand or drawn from a seeded binomial market, so a
// test states every rate it relies on. One item a day from Monday 5 January 2026, 08:00 UTC.
import type { Observation } from "../../src/adapt/evidence.ts";
import { isoWeek } from "../../src/core/calendar.ts";
import { seededRandom } from "../../src/core/random.ts";
import { cycleId } from "../../src/core/time.ts";
import { binomialAt } from "../../src/sim/binomial.ts";

const START = Date.parse("2026-01-05T08:00:00Z");
const DAY = 86_400_000;

export interface ItemSpec {
  arms: Record<string, string>;
  /** Successes and trials of the primary benchmark; both absent for a pending item. */
  successes?: number;
  trials?: number;
}

/** One observation per spec, in slot order (item `i` on day `i`). */
export function observationsOf(specs: readonly ItemSpec[], workflow = "wf"): Observation[] {
  return specs.map((spec, i) => {
    const at = new Date(START + i * DAY);
    const measured = spec.successes !== undefined && spec.trials !== undefined;
    return {
      cycle: cycleId(workflow, at),
      at: at.getTime(),
      week: isoWeek(at, "UTC"),
      arms: spec.arms,
      published: true,
      ...(measured
        ? {
            outcome: {
              successes: spec.successes as number,
              trials: spec.trials as number,
              benchmark: "b",
              metric: "click_rate",
              measuredAt: new Date(at.getTime() + 3 * DAY).toISOString(),
            },
          }
        : {}),
    };
  });
}

/** `count` copies of one spec. */
export function times(count: number, spec: ItemSpec): ItemSpec[] {
  return Array.from({ length: count }, () => spec);
}

/**
 * A seeded market: item `i` goes out with the options `arms(i, random)` to `audience` people, each a
 * success with probability `rate(i, arms)`.
 */
export function binomialSeries(opts: {
  seed: string;
  items: number;
  audience: number;
  rate: (i: number, arms: Record<string, string>) => number;
  arms: (i: number, random: ReturnType<typeof seededRandom>) => Record<string, string>;
}): Observation[] {
  const random = seededRandom(opts.seed);
  const specs: ItemSpec[] = [];
  for (let i = 0; i < opts.items; i++) {
    const arms = opts.arms(i, random);
    const successes = binomialAt(opts.audience, opts.rate(i, arms), random.next());
    specs.push({ arms, successes, trials: opts.audience });
  }
  return observationsOf(specs);
}
