// Options of different dimensions go out together, so each is judged as if sent with average companions:
// the effects of all dimensions are fitted at once, shrunk towards 1, on discounted evidence.
import { describe, expect, it } from "vitest";
import { observationsOf, times } from "../../test/helpers/observations.ts";
import { seededRandom } from "../core/random.ts";
import { BEFORE_CHANGE, companionsFactor, evidenceWeights, fitEffects } from "./effects.ts";
import { armStats, DEFAULT_LEARNING } from "./thompson.ts";

/** No discounting: these tests are about confounding, not age. */
const FLAT = { ...DEFAULT_LEARNING, halfLife: 1e9 };
const pBestDraws = () => ({ random: seededRandom("effects"), draws: 400 });

describe("fitEffects", () => {
  // Subjects A and B are equally good; Saturday's rate is half of Tuesday's. A went out mostly on Tuesday,
  // B mostly on Saturday, so B's raw rate looks 42 % worse than A's.
  const item = (slot: string, subject: string) => ({
    arms: { slot, subject },
    successes: slot === "Tue" ? 40 : 20,
    trials: 1000,
  });
  const confounded = observationsOf([
    ...times(18, item("Tue", "A")),
    ...times(2, item("Sat", "A")),
    ...times(2, item("Tue", "B")),
    ...times(18, item("Sat", "B")),
  ]);

  it("credits a subject sent mostly on a weak slot with its own rate, not the slot's", () => {
    const naive = armStats(confounded, "subject", ["A", "B"], FLAT, pBestDraws());
    const [nA, nB] = naive.map((s) => s.mean) as [number, number];
    expect(nB / nA).toBeLessThan(0.6);
    expect(naive[0]?.pBest).toBe(1);

    const effects = fitEffects(confounded, FLAT.halfLife, ["slot", "subject"]);
    const fair = armStats(confounded, "subject", ["A", "B"], FLAT, pBestDraws(), effects);
    const [fA, fB] = fair.map((s) => s.mean) as [number, number];
    expect(fB / fA).toBeGreaterThan(0.97);
    expect(fB / fA).toBeLessThan(1.03);
    for (const s of fair) expect(s.pBest).toBeGreaterThan(0.3);
    // The raw totals are still what they were: only the posterior is adjusted.
    expect(fair.map((s) => [s.successes, s.trials])).toEqual(naive.map((s) => [s.successes, s.trials]));

    // And the slot's own effect is found: Saturday at half of Tuesday.
    const slot = effects.factors.get("slot");
    expect((slot?.get("Sat") as number) / (slot?.get("Tue") as number)).toBeCloseTo(0.5, 1);
  });

  it("scales an item's trials by its companions' factors when judging one dimension", () => {
    const effects = fitEffects(confounded, FLAT.halfLife, ["slot", "subject"]);
    const onSaturday = confounded.at(-1);
    if (!onSaturday) throw new Error("no observations");
    const sat = effects.factors.get("slot")?.get("Sat") as number;
    expect(companionsFactor(effects, "subject", onSaturday)).toBeCloseTo(sat, 12);
    expect(companionsFactor(effects, "slot", onSaturday)).toBeCloseTo(
      effects.factors.get("subject")?.get("B") as number,
      12,
    );
  });

  it("shrinks the factor of an option seen once towards 1", () => {
    // 40 items at 2 % on one subject; then one small item of subject Z with 2 of 20 (a raw factor of 5).
    const obs = observationsOf([
      ...times(40, { arms: { slot: "Tue", subject: "A" }, successes: 20, trials: 1000 }),
      { arms: { slot: "Tue", subject: "Z" }, successes: 2, trials: 20 },
    ]);
    const z = fitEffects(obs, FLAT.halfLife, ["slot", "subject"]).factors.get("subject")?.get("Z") as number;
    expect(z).toBeGreaterThan(1);
    expect(z).toBeLessThan(2);
    // A dozen such items make the same rate believable.
    const many = observationsOf([
      ...times(40, { arms: { slot: "Tue", subject: "A" }, successes: 20, trials: 1000 }),
      ...times(12, { arms: { slot: "Tue", subject: "Z" }, successes: 2, trials: 20 }),
    ]);
    const z12 = fitEffects(many, FLAT.halfLife, ["slot", "subject"])
      .factors.get("subject")
      ?.get("Z") as number;
    expect(z12).toBeGreaterThan(3);
  });

  it("fits nothing with fewer than two dimensions or no measured item", () => {
    const one = fitEffects(
      observationsOf(times(5, { arms: { slot: "Tue" }, successes: 1, trials: 10 })),
      30,
      ["slot"],
    );
    expect([...(one.factors.get("slot") ?? [])]).toEqual([]);
    const pending = fitEffects(observationsOf(times(5, { arms: { slot: "Tue", hook: "0" } })), 30, [
      "slot",
      "hook",
    ]);
    expect(pending.weights).toEqual([0, 0, 0, 0, 0]);
    expect([...(pending.factors.get("hook") ?? [])]).toEqual([]);
  });
});

describe("evidenceWeights", () => {
  it("halves an item's weight after `halfLife` later items, pending ones included, and gives pending items none", () => {
    const obs = observationsOf([
      ...times(5, { arms: { slot: "Tue" }, successes: 1, trials: 10 }),
      { arms: { slot: "Tue" } },
    ]);
    const w = evidenceWeights(obs, 5);
    expect(w[5]).toBe(0);
    expect(w[4]).toBeCloseTo(0.5 ** (1 / 5), 12);
    expect(w[0]).toBeCloseTo(0.5, 12);
  });

  it("keeps only a sliver of what came before a detected change", () => {
    const obs = observationsOf(times(6, { arms: { slot: "Tue" }, successes: 1, trials: 10 }));
    const w = evidenceWeights(obs, 1e9, 4);
    expect(w.map((x) => Number(x.toFixed(6)))).toEqual([
      BEFORE_CHANGE,
      BEFORE_CHANGE,
      BEFORE_CHANGE,
      BEFORE_CHANGE,
      1,
      1,
    ]);
  });
});
