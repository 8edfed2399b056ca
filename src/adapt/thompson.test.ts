// Thompson sampling over one dimension: posteriors from discounted evidence, a burn-in, an exploration
// floor, and the commit rule, all drawn from a seeded source so any choice can be recomputed.
import { describe, expect, it } from "vitest";
import { type ItemSpec, observationsOf, times } from "../../test/helpers/observations.ts";
import { seededRandom } from "../core/random.ts";
import { type ArmStats, armStats, DEFAULT_LEARNING, type LearningSettings, rankArms } from "./thompson.ts";

const ARMS = ["A", "B", "C"];
const draws = (seed = "p-best") => ({ random: seededRandom(seed), draws: 400 });
const sent = (arm: string, successes: number, trials = 1000): ItemSpec => ({
  arms: { slot: arm },
  successes,
  trials,
});

function stats(specs: ItemSpec[], settings: LearningSettings = DEFAULT_LEARNING, arms = ARMS): ArmStats[] {
  return armStats(observationsOf(specs), "slot", arms, settings, draws());
}

/** Twelve items per arm: A at 5 %, B at 3 %, C at 2 %. */
const CLEAR = [...times(12, sent("A", 50)), ...times(12, sent("B", 30)), ...times(12, sent("C", 20))];

describe("armStats", () => {
  it("counts sends, measured items and raw totals per option, pending items as sent only", () => {
    const s = stats([
      sent("A", 30),
      sent("A", 40),
      { arms: { slot: "A" } },
      sent("B", 10, 500),
      { arms: { slot: "X" } },
    ]);
    expect(s.map((x) => [x.arm, x.sends, x.measured, x.successes, x.trials])).toEqual([
      ["A", 3, 2, 70, 2000],
      ["B", 1, 1, 10, 500],
      ["C", 0, 0, 0, 0],
    ]);
  });

  it("gives P(best) that sums to 1 and favours the better option on clear data", () => {
    const s = stats(CLEAR);
    const total = s.reduce((a, x) => a + x.pBest, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(s[0]?.pBest).toBeGreaterThan(0.99);
    expect(s.reduce((a, x) => a + x.lean, 0)).toBeCloseTo(1, 12);
    // Posterior means in the order of the truth.
    expect(s[0]?.mean).toBeGreaterThan(s[1]?.mean as number);
    expect(s[1]?.mean).toBeGreaterThan(s[2]?.mean as number);
    // With no evidence at all, every option is equally likely best.
    for (const x of stats([])) expect(x.pBest).toBeGreaterThan(0.25);
  });

  it("sharpens the sampler from none to `confidence` times over the first `ramp` measured items", () => {
    const settings = { ...DEFAULT_LEARNING, confidence: 6, ramp: 30 };
    expect(stats([], settings)[0]?.sharpen).toBe(1);
    expect(stats(times(15, sent("A", 30)), settings)[0]?.sharpen).toBeCloseTo(3.5, 12);
    expect(stats(times(60, sent("A", 30)), settings)[0]?.sharpen).toBe(6);
  });

  it("lets recent evidence dominate once the old has aged by a few half-lives", () => {
    // Forty items long ago said A is better; the latest twelve say B is.
    const specs = [
      ...times(20, sent("A", 50)),
      ...times(20, sent("B", 30)),
      ...times(6, sent("A", 20)),
      ...times(6, sent("B", 50)),
    ];
    const mean = (settings: LearningSettings) => {
      const [a, b] = armStats(observationsOf(specs), "slot", ["A", "B"], settings, draws());
      return { a: a as ArmStats, b: b as ArmStats };
    };
    const forever = mean({ ...DEFAULT_LEARNING, halfLife: 1e9 });
    expect(forever.a.mean).toBeGreaterThan(forever.b.mean);
    const recent = mean({ ...DEFAULT_LEARNING, halfLife: 4 });
    expect(recent.b.mean).toBeGreaterThan(recent.a.mean);
    expect(recent.b.pBest).toBeGreaterThan(0.9);
    // The raw totals are not discounted.
    expect(recent.a.successes).toBe(20 * 50 + 6 * 20);
    expect(recent.a.weightedTrials).toBeLessThan(recent.a.trials / 4);
  });

  it("is the same for the same seed", () => {
    expect(stats(CLEAR.slice(0, 20))).toEqual(stats(CLEAR.slice(0, 20)));
  });
});

describe("rankArms", () => {
  const rank = (s: ArmStats[], n: number, seed: string, settings: LearningSettings = DEFAULT_LEARNING) =>
    rankArms(s, n, seededRandom(seed), settings);

  it("tries every option before the evidence decides: the least-sent first", () => {
    // A sent three times, C once, B never.
    const s = stats([sent("A", 50), sent("A", 50), sent("A", 50), sent("C", 10)]);
    for (let seed = 0; seed < 20; seed++) {
      const one = rank(s, 1, `burn-${seed}`);
      expect(one).toMatchObject({ mode: "burn-in" });
      expect(one.order[0]).toBe("B");
      const two = rank(s, 2, `burn-${seed}`, { ...DEFAULT_LEARNING, burnIn: 2 });
      expect(two.order.slice(0, 2)).toEqual(["B", "C"]);
      // Fewer untried options than items: they go first, the rest by the draw.
      const many = rank(s, 2, `burn-${seed}`);
      expect(many.mode).toBe("burn-in");
      expect(many.order[0]).toBe("B");
      expect([...many.order].sort()).toEqual(ARMS);
    }
  });

  it("keeps a uniform draw for a share `explore` of the choices, whatever the evidence", () => {
    const s = stats(CLEAR);
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 300; seed++) {
      const r = rank(s, 1, `explore-${seed}`, { ...DEFAULT_LEARNING, explore: 1 });
      expect(r.mode).toBe("explore");
      expect(r).not.toHaveProperty("draws");
      firsts.set(r.order[0] as string, (firsts.get(r.order[0] as string) ?? 0) + 1);
    }
    // Each option first about a third of the time (100 of 300 expected).
    for (const arm of ARMS) expect(firsts.get(arm)).toBeGreaterThan(65);

    let exploring = 0;
    for (let seed = 0; seed < 2000; seed++) if (rank(s, 1, `floor-${seed}`).mode === "explore") exploring++;
    // DEFAULT_LEARNING.explore is 1 %: 20 of 2000 expected.
    expect(DEFAULT_LEARNING.explore).toBe(0.01);
    expect(exploring).toBeGreaterThan(5);
    expect(exploring).toBeLessThan(40);
    for (let seed = 0; seed < 300; seed++)
      expect(rank(s, 1, `floor-${seed}`, { ...DEFAULT_LEARNING, explore: 0 }).mode).not.toBe("explore");
  });

  it("sends the option more likely best than all others together, for one item only", () => {
    const s = stats(CLEAR);
    expect(s[0]?.lean).toBeGreaterThanOrEqual(DEFAULT_LEARNING.commitAt);
    const settings = { ...DEFAULT_LEARNING, explore: 0 };
    for (let seed = 0; seed < 50; seed++) {
      expect(rank(s, 1, `commit-${seed}`, settings)).toMatchObject({
        mode: "commit",
        order: ["A", expect.anything(), expect.anything()],
      });
      // Two items a period: ranked by the draw, no commit.
      expect(rank(s, 2, `commit-${seed}`, settings).mode).toBe("thompson");
      // A commit threshold no option reaches: always a draw.
      expect(rank(s, 1, `commit-${seed}`, { ...settings, commitAt: 1.01 }).mode).toBe("thompson");
    }
  });

  it("orders by one posterior draw per option, highest first, and records the draws", () => {
    // Two close options: the draw decides, and both come first for some seeds.
    const s = stats([...times(3, sent("A", 30)), ...times(3, sent("B", 29))], DEFAULT_LEARNING, ["A", "B"]);
    const settings = { ...DEFAULT_LEARNING, explore: 0, commitAt: 1.01 };
    const firsts = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const r = rank(s, 1, `draw-${seed}`, settings);
      expect(r.mode).toBe("thompson");
      const d = r.draws as Record<string, number>;
      expect(d[r.order[0] as string]).toBeGreaterThanOrEqual(d[r.order[1] as string] as number);
      firsts.add(r.order[0] as string);
    }
    expect([...firsts].sort()).toEqual(["A", "B"]);
  });

  it("is deterministic for a seed, and has nothing to choose with one option", () => {
    const s = stats(CLEAR.slice(0, 20));
    expect(rank(s, 1, "same")).toEqual(rank(s, 1, "same"));
    expect(rank(stats([sent("A", 1)], DEFAULT_LEARNING, ["A"]), 1, "one")).toEqual({
      order: ["A"],
      mode: "only",
    });
  });
});
