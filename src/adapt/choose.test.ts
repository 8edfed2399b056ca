// The learner's choices for one workflow: message options per item, and per period how many items and on
// which candidate instants — recomputable from the observations and the seed, and explained in numbers.
import { describe, expect, it } from "vitest";
import { binomialSeries, observationsOf } from "../../test/helpers/observations.ts";
import type { Strategy, Workflow } from "../config/types.ts";
import {
  type Choice,
  choosePeriod,
  chooseVariants,
  explain,
  type LearnerContext,
  messageDimensions,
} from "./choose.ts";
import type { Observation } from "./evidence.ts";
import type { Candidate } from "./rhythm.ts";
import type { ArmStats } from "./thompson.ts";

const workflow = {
  id: "wf",
  name: "Letter",
  channel: "newsletter",
  level: "L3",
  cadence: "0 8 * * 4",
  format: "email",
  pillars: ["trust", "speed"],
  templates: { titles: ["T0", "T1"], hooks: ["H0", "H1", "H2"], ctas: ["C0", "C1"] },
} as Workflow;
const strategy = {
  pillars: [
    { id: "trust", name: "Trust", points: ["x"] },
    { id: "speed", name: "Speed", points: ["y"] },
    { id: "other", name: "Other", points: ["z"] },
  ],
} as Pick<Strategy, "pillars">;

const context = (observations: readonly Observation[]): LearnerContext => ({
  observations,
  now: new Date("2026-12-01T06:00:00Z"),
  metric: "click_rate",
});
const arms = (choices: readonly Choice[]): Record<string, string> =>
  Object.fromEntries(choices.map((c) => [c.dimension, c.arm]));
const cycleOn = (day: number) => `wf@202612${String(day).padStart(2, "0")}T0700Z`;

/** 60 measured items with random options; hook 1 doubles the rate (4 % against 2 %). */
const hookMarket = binomialSeries({
  seed: "hooks",
  items: 60,
  audience: 1500,
  arms: (_i, r) => ({
    pillar: r.pick(["trust", "speed"]),
    title: String(r.int(2)),
    hook: String(r.int(3)),
    cta: String(r.int(2)),
  }),
  rate: (_i, a) => (a.hook === "1" ? 0.04 : 0.02),
});

const WEEK: Candidate[] = [
  { slot: "Tue 08:00", at: new Date("2026-12-08T07:00:00Z") },
  { slot: "Thu 08:00", at: new Date("2026-12-10T07:00:00Z") },
  { slot: "Sat 10:00", at: new Date("2026-12-12T09:00:00Z") },
];

describe("messageDimensions", () => {
  it("offers the workflow's own pillars and its templates' indices, in the brief's order", () => {
    expect(messageDimensions(workflow, strategy).map((d) => [d.dimension, d.arms])).toEqual([
      ["pillar", ["trust", "speed"]],
      ["title", ["0", "1"]],
      ["hook", ["0", "1", "2"]],
      ["cta", ["0", "1"]],
    ]);
    // Without templates, the brief's defaults; without own pillars, the strategy's.
    const bare = messageDimensions({ ...workflow, pillars: ["gone"], templates: undefined }, strategy);
    expect(bare.map((d) => d.arms.length)).toEqual([3, 3, 3, 3]);
  });
});

describe("chooseVariants", () => {
  it("is a function of the observations and the cycle", () => {
    const cycle = "wf@20261210T0700Z";
    const first = chooseVariants(context(hookMarket), workflow, strategy, cycle);
    expect(chooseVariants(context(hookMarket), workflow, strategy, cycle)).toEqual(first);
    expect(first.map((c) => c.dimension)).toEqual(["pillar", "title", "hook", "cta"]);
    // Other cycles draw otherwise: with no evidence, every option of a dimension comes up.
    const hooks = new Set<string>();
    for (let day = 1; day <= 15; day++)
      hooks.add(arms(chooseVariants(context([]), workflow, strategy, cycleOn(day))).hook as string);
    expect([...hooks].sort()).toEqual(["0", "1", "2"]);
  });

  it("tries untried options first, then moves to the winning hook once the evidence is clear", () => {
    // Two items sent, hook 0 and hook 2: the burn-in sends hook 1 next.
    const early = observationsOf([
      { arms: { pillar: "trust", title: "0", hook: "0", cta: "0" }, successes: 30, trials: 1500 },
      { arms: { pillar: "speed", title: "1", hook: "2", cta: "1" } },
    ]);
    const [, , hook] = chooseVariants(context(early), workflow, strategy, "wf@20261210T0700Z");
    expect(hook).toMatchObject({ arm: "1", mode: "burn-in" });

    let winning = 0;
    for (let day = 1; day <= 20; day++) {
      if (arms(chooseVariants(context(hookMarket), workflow, strategy, cycleOn(day))).hook === "1") winning++;
    }
    expect(winning).toBeGreaterThanOrEqual(18);
  });

  it("explains each choice with the metric, rates, sends and P(best)", () => {
    const [, , hook] = chooseVariants(context(hookMarket), workflow, strategy, "wf@20261210T0700Z");
    const one = hook?.stats.find((s) => s.arm === "1") as ArmStats;
    const rate = `${((one.successes / one.trials) * 100).toFixed(1)} %`;
    expect(hook?.why).toContain(`hook "H1" (`);
    expect(hook?.why).toContain(
      `"H1" click_rate ${rate} over ${one.measured} measured of ${one.sends} sent, P(best) ${one.pBest.toFixed(2)}`,
    );
    expect(one.pBest).toBeGreaterThan(0.9);
  });
});

describe("choosePeriod", () => {
  const period = (
    key: string,
    items: Parameters<typeof choosePeriod>[3],
    observations: readonly Observation[] = [],
    candidates = WEEK,
  ) => choosePeriod(context(observations), key, candidates, items);

  it("picks the default number of distinct candidates, in time order", () => {
    for (let week = 0; week < 12; week++) {
      const { chosen, choices } = period(`wf#w${week}`, { default: 2, room: Number.POSITIVE_INFINITY });
      expect(chosen).toHaveLength(2);
      expect(new Set(chosen.map((c) => c.slot)).size).toBe(2);
      expect(chosen[0]?.at.getTime()).toBeLessThan(chosen[1]?.at.getTime() as number);
      expect(choices.map((c) => [c.dimension, c.arm])).toEqual(chosen.map((c) => ["slot", c.slot]));
    }
    expect(period("wf#w0", { default: 5, room: Number.POSITIVE_INFINITY }).chosen).toEqual(WEEK);
  });

  it("never picks more items than the budget has room for", () => {
    expect(period("wf#w1", { default: 2, room: 0 })).toEqual({ chosen: [], choices: [] });
    expect(period("wf#w1", { default: 2, room: 1 }).chosen).toHaveLength(1);
    for (let week = 0; week < 20; week++) {
      const { chosen, choices } = period(`wf#f${week}`, {
        default: 3,
        frequency: { min: 1, max: 3 },
        room: 2,
      });
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosen.length).toBeLessThanOrEqual(2);
      expect(choices[0]).toMatchObject({ dimension: "frequency", arm: String(chosen.length) });
    }
    // Room below the frequency's minimum: the budget wins.
    const tight = period("wf#w2", { default: 3, frequency: { min: 2, max: 3 }, room: 1 });
    expect(tight.chosen).toHaveLength(1);
    expect(period("wf#w2", { default: 3, frequency: { min: 2, max: 3 }, room: 0 }).chosen).toEqual([]);
  });

  it("keeps the number of items within the frequency's bounds and the candidates", () => {
    const counts = new Set<number>();
    for (let week = 0; week < 24; week++) {
      const { chosen } = period(`wf#g${week}`, {
        default: 1,
        frequency: { min: 2, max: 5 },
        room: Number.POSITIVE_INFINITY,
      });
      expect(chosen.length).toBeGreaterThanOrEqual(2);
      expect(chosen.length).toBeLessThanOrEqual(3);
      expect(new Set(chosen.map((c) => c.slot)).size).toBe(chosen.length);
      counts.add(chosen.length);
    }
    // Both counts get tried.
    expect([...counts].sort()).toEqual([2, 3]);
  });

  it("moves to the better slot and says why, in numbers", () => {
    // Tuesday at 4 %, Thursday and Saturday at 2 %, 30 measured weeks with one item each.
    const slots = binomialSeries({
      seed: "slots",
      items: 30,
      audience: 2000,
      arms: (i) => ({ slot: (WEEK[i % 3] as Candidate).slot }),
      rate: (_i, a) => (a.slot === "Tue 08:00" ? 0.04 : 0.02),
    });
    let tuesday = 0;
    for (let week = 0; week < 20; week++) {
      const { chosen } = period(`wf#s${week}`, { default: 1, room: Number.POSITIVE_INFINITY }, slots);
      if (chosen[0]?.slot === "Tue 08:00") tuesday++;
    }
    expect(tuesday).toBeGreaterThanOrEqual(18);
    const { choices } = period("wf#s0", { default: 1, room: Number.POSITIVE_INFINITY }, slots);
    const [slot] = choices;
    const tue = slot?.stats.find((s) => s.arm === "Tue 08:00") as ArmStats;
    expect(tue).toMatchObject({ sends: 10, measured: 10, trials: 20_000 });
    expect(slot?.why).toMatch(
      new RegExp(
        `^slot Tue 08:00 \\(.+\\): Tue 08:00 click_rate ${((tue.successes / tue.trials) * 100).toFixed(1)} % over 10 measured of 10 sent, P\\(best\\) ${tue.pBest.toFixed(2)}; `,
      ),
    );
  });

  it("is the same for the same period key", () => {
    const a = period("wf#same", { default: 1, frequency: { min: 1, max: 3 }, room: 9 }, hookMarket);
    expect(period("wf#same", { default: 1, frequency: { min: 1, max: 3 }, room: 9 }, hookMarket)).toEqual(a);
  });
});

describe("explain", () => {
  const stat = (arm: string, s: Partial<ArmStats>): ArmStats => ({
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
    ...s,
  });

  it("names the chosen option first, then the others by their posterior mean", () => {
    const stats = [
      stat("Thu 08:00", { sends: 5, measured: 4, successes: 88, trials: 4000, mean: 0.022, pBest: 0.06 }),
      stat("Sat 10:00", { sends: 1, mean: 0.5 }),
      stat("Tue 08:00", {
        sends: 12,
        measured: 12,
        successes: 372,
        trials: 12_000,
        mean: 0.031,
        pBest: 0.94,
      }),
    ];
    expect(explain("slot", "Tue 08:00", "thompson", stats, "click_rate", (a) => a)).toBe(
      "slot Tue 08:00 (Thompson draw): Tue 08:00 click_rate 3.1 % over 12 measured of 12 sent, P(best) 0.94; " +
        "Sat 10:00 no measured items yet (1 sent); " +
        "Thu 08:00 click_rate 2.2 % over 4 measured of 5 sent, P(best) 0.06",
    );
  });
});
