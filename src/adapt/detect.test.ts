// Change detection on the primary metric: a CUSUM against a discounted, option-adjusted baseline. Tested
// on seeded binomial markets, with bounds over many seeds rather than one lucky series.
import { describe, expect, it } from "vitest";
import { binomialSeries, observationsOf, times } from "../../test/helpers/observations.ts";
import type { Random } from "../core/random.ts";
import { type ChangeFlag, detectChanges, MIN_BASELINE, THRESHOLD } from "./detect.ts";
import type { Observation } from "./evidence.ts";

const SLOTS = ["Tue 08:00", "Thu 08:00", "Sat 10:00"];
/** Slot effects of ±15 %, as a learner choosing among options meets them. */
const EFFECT: Record<string, number> = { "Tue 08:00": 1.15, "Thu 08:00": 1, "Sat 10:00": 0.85 };
const randomSlot = (_i: number, random: Random) => ({ slot: SLOTS[random.int(SLOTS.length)] as string });

/** A market at 3 % for 2000 people per item, its rate multiplied by `factor(i)` from item to item. */
function market(seed: string, items: number, factor: (i: number) => number, effects = false): Observation[] {
  return binomialSeries({
    seed,
    items,
    audience: 2000,
    arms: randomSlot,
    rate: (i, arms) => 0.03 * factor(i) * (effects ? (EFFECT[arms.slot as string] as number) : 1),
  });
}

/** Index of the item each flag was raised at. */
const at = (obs: readonly Observation[], flags: readonly ChangeFlag[]) =>
  flags.map((f) => [f.kind, obs.findIndex((o) => o.cycle === f.cycle)] as const);

describe("detectChanges", () => {
  it("flags a 40 % drop in a stationary series within two items, for nearly every seed", () => {
    const CHANGE = 40;
    const delays: number[] = [];
    for (let seed = 0; seed < 20; seed++) {
      const obs = market(`drop-${seed}`, 60, (i) => (i >= CHANGE ? 0.6 : 1));
      const drop = at(obs, detectChanges(obs)).find(([kind, i]) => kind === "drop" && i >= CHANGE);
      // 1: flagged at the first item after the change.
      delays.push(drop ? drop[1] - CHANGE + 1 : Number.POSITIVE_INFINITY);
    }
    expect(delays.filter((d) => d <= 2).length).toBeGreaterThanOrEqual(17);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4);
  });

  it("still catches the drop with ±15 % option effects in the series", () => {
    const delays: number[] = [];
    for (let seed = 0; seed < 20; seed++) {
      const obs = market(`drop-effects-${seed}`, 60, (i) => (i >= 40 ? 0.6 : 1), true);
      const drop = at(obs, detectChanges(obs)).find(([kind, i]) => kind === "drop" && i >= 40);
      delays.push(drop ? drop[1] - 39 : Number.POSITIVE_INFINITY);
    }
    delays.sort((a, b) => a - b);
    expect(delays[9]).toBeLessThanOrEqual(2);
    expect(Math.max(...delays)).toBeLessThanOrEqual(6);
  });

  it("raises few false alarms on stationary series of 200 items with ±15 % option effects", () => {
    let alarms = 0;
    let seriesWithAlarm = 0;
    for (let seed = 0; seed < 30; seed++) {
      const flags = detectChanges(market(`calm-${seed}`, 200, () => 1, true));
      alarms += flags.length;
      if (flags.length) seriesWithAlarm++;
    }
    // 6000 items in all: the goal is at most one false alarm per 52 items; this detector does far better.
    expect(seriesWithAlarm).toBeLessThanOrEqual(10);
    expect(alarms).toBeLessThanOrEqual(20);
  });

  it("does not mistake a switch to a weaker option it has seen for a drop", () => {
    // Saturday's rate is 65 % of Tuesday's. Forty items on either, then twenty on Saturday only: the pooled
    // rate falls by a third, but Saturday's own rate does not move.
    let flagged = 0;
    for (let seed = 0; seed < 20; seed++) {
      const obs = binomialSeries({
        seed: `switch-${seed}`,
        items: 60,
        audience: 2000,
        arms: (i, random) => ({ slot: i >= 40 || random.next() < 0.5 ? "Sat 10:00" : "Tue 08:00" }),
        rate: (_i, arms) => (arms.slot === "Sat 10:00" ? 0.0234 : 0.036),
      });
      if (detectChanges(obs).some((f) => obs.findIndex((o) => o.cycle === f.cycle) >= 40)) flagged++;
    }
    expect(flagged).toBeLessThanOrEqual(2);
  });

  it("takes no evidence from an option the baseline never measured: a first try is not a drop", () => {
    // Ten evening items at 3 %, then the learner tries the morning slot, which runs at 1.5 %, three times.
    const evening = times(10, { arms: { slot: "18:00" }, successes: 60, trials: 2000 });
    const morning = times(3, { arms: { slot: "08:00" }, successes: 30, trials: 2000 });
    expect(detectChanges(observationsOf([...evening, ...morning]))).toEqual([]);
    // Once the morning is part of a baseline, a fall of both is flagged as before.
    const both = [
      ...evening,
      ...morning,
      ...times(4, { arms: { slot: "18:00" }, successes: 60, trials: 2000 }),
    ];
    const fallen = times(3, { arms: { slot: "18:00" }, successes: 30, trials: 2000 });
    expect(detectChanges(observationsOf([...both, ...fallen])).map((f) => f.kind)).toEqual(["drop"]);
  });

  it("notes a recovery after a drop, and starts each baseline where the change began", () => {
    // 3 %, then 1.8 % for items 30 to 49, then 3 % again.
    let both = 0;
    for (let seed = 0; seed < 20; seed++) {
      const obs = market(`recover-${seed}`, 80, (i) => (i >= 30 && i < 50 ? 0.6 : 1));
      const flags = detectChanges(obs);
      const index = (cycle: string) => obs.findIndex((o) => o.cycle === cycle);
      const drop = flags.find((f) => f.kind === "drop" && index(f.cycle) >= 30 && index(f.cycle) < 34);
      const recovery = flags.find(
        (f) => f.kind === "recovery" && index(f.cycle) >= 50 && index(f.cycle) < 56,
      );
      if (!drop || !recovery) continue;
      both++;
      // The drop dated near where it began; the recovery measured against the dropped level, from after it.
      expect(index(drop.since)).toBeGreaterThanOrEqual(27);
      expect(index(recovery.since)).toBeGreaterThan(index(drop.since));
      expect(recovery.baseline).toBeLessThan(0.025);
      expect(recovery.observed).toBeGreaterThan(recovery.baseline);
    }
    expect(both).toBeGreaterThanOrEqual(16);
  });

  it("keeps watching for drops after a drop: a second fall is flagged too", () => {
    // 3 %, then 1.8 % from item 30, then 1.08 % from item 60: two drops of 40 %, no recovery.
    let second = 0;
    for (let seed = 0; seed < 10; seed++) {
      const obs = market(`twice-${seed}`, 90, (i) => (i >= 60 ? 0.36 : i >= 30 ? 0.6 : 1));
      const flags = at(obs, detectChanges(obs));
      if (flags.some(([kind, i]) => kind === "drop" && i >= 60 && i < 65)) second++;
    }
    expect(second).toBeGreaterThanOrEqual(9);
  });

  it("describes a flag with the numbers behind it", () => {
    const obs = observationsOf([
      ...times(10, { arms: { slot: "Tue" }, successes: 60, trials: 2000 }),
      ...times(3, { arms: { slot: "Tue" }, successes: 36, trials: 2000 }),
    ]);
    const [flag, ...more] = detectChanges(obs, "click_rate");
    expect(more).toEqual([]);
    expect(flag).toMatchObject({
      kind: "drop",
      since: obs[10]?.cycle,
      cycle: obs[10]?.cycle,
      measuredAt: obs[10]?.outcome?.measuredAt,
      items: 1,
    });
    expect(flag?.baseline).toBeCloseTo(0.03, 12);
    expect(flag?.observed).toBeCloseTo(0.018, 12);
    expect(flag?.evidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(flag?.signal).toBe(
      `click_rate 1.80 % over the last 1 item(s) against 3.00 % before (-40 %); CUSUM evidence ${flag?.evidence.toFixed(1)} ≥ 5`,
    );
  });

  it("reads measured items only, and tests nothing before a baseline of MIN_BASELINE items", () => {
    const pending = observationsOf([
      ...times(10, { arms: { slot: "Tue" }, successes: 60, trials: 2000 }),
      ...times(5, { arms: { slot: "Tue" } }),
    ]);
    expect(detectChanges(pending)).toEqual([]);
    // A collapse at the very start has nothing to be compared with.
    const early = observationsOf([
      ...times(MIN_BASELINE - 1, { arms: { slot: "Tue" }, successes: 60, trials: 2000 }),
      { arms: { slot: "Tue" }, successes: 0, trials: 2000 },
      ...times(MIN_BASELINE, { arms: { slot: "Tue" }, successes: 60, trials: 2000 }),
    ]);
    expect(detectChanges(early).filter((f) => f.kind === "drop")).toEqual([]);
  });
});
