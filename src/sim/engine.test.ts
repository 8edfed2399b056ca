// The engine's rules, each where it lives: late metrics, the budget, the reviewer, common random numbers,
// fatigue and the check of what a policy planned.
import { describe, expect, it } from "vitest";
import { runPolicy } from "./engine.ts";
import { DAY_MS } from "./model.ts";
import { POLICIES } from "./policies/index.ts";
import { DAILY, scenarioOf, WEEKLY } from "./test-scenarios.ts";
import type { Outcome, PeriodRequest, PlannedItem, Policy } from "./types.ts";
import { buildWorld } from "./world.ts";

type Plan = (req: PeriodRequest) => PlannedItem[];

/** A policy that plans with `plan` and writes down every call, in order. */
function recorder(plan: Plan) {
  const calls: Array<
    | { kind: "plan"; req: PeriodRequest }
    | { kind: "reviewed"; channel: string; item: PlannedItem; verdict: string; index: number; nth: number }
    | { kind: "observe"; outcome: Outcome }
  > = [];
  const policy: Policy = {
    name: "recorder",
    plan(req) {
      calls.push({ kind: "plan", req });
      return plan(req);
    },
    reviewed(channel, item, verdict, period) {
      const last = calls.at(-1);
      const nth = last?.kind === "reviewed" && last.index === period.index ? last.nth + 1 : 0;
      calls.push({ kind: "reviewed", channel, item, verdict, index: period.index, nth });
    },
    observe(outcome) {
      calls.push({ kind: "observe", outcome });
    },
  };
  return { policy, calls };
}

const first: Plan = (req) => [{ slot: req.candidates[0]?.slot ?? "", variants: {} }];

describe("the engine", () => {
  it("delivers each outcome `window` days after its send, before any later plan() and never earlier", () => {
    const world = buildWorld(scenarioOf(DAILY.replace("window: 1", "window: 2")));
    const { policy, calls } = recorder(first);
    runPolicy(world, policy, 1);
    const horizonEnd = world.setup.start.getTime() + 28 * DAY_MS;
    let previous = Number.NEGATIVE_INFINITY;
    let observed = 0;
    calls.forEach((call, i) => {
      if (call.kind === "plan") previous = call.req.start.getTime();
      if (call.kind !== "observe" || call.outcome.verdict === "reject") return;
      observed++;
      const next = calls.slice(i).find((c) => c.kind === "plan");
      const visible = call.outcome.at.getTime() + 2 * DAY_MS;
      // Not before its window closed, and at the first plan() after that (or the horizon's end).
      expect(visible).toBeLessThanOrEqual(next?.kind === "plan" ? next.req.start.getTime() : horizonEnd);
      expect(visible).toBeGreaterThan(previous);
    });
    // 28 days sent; the last two days' outcomes are still in their window when the horizon ends.
    expect(observed).toBe(26);
  });

  it("delivers a rejected item's outcome at once, with no trials and no successes", () => {
    const world = buildWorld(scenarioOf(`${DAILY}reviewer: { approve: 0.5, reject: 0.5 }\n`));
    const { policy, calls } = recorder(first);
    const record = runPolicy(world, policy, 3);
    expect(record.rejected).toBeGreaterThan(3);
    calls.forEach((call, i) => {
      if (call.kind !== "reviewed" || call.verdict !== "reject") return;
      const next = calls[i + 1];
      expect(next).toMatchObject({
        kind: "observe",
        outcome: { verdict: "reject", trials: 0, successes: 0 },
      });
    });
    expect(record.items + record.rejected).toBe(28);
  });

  it("counts spending over the weekly cap as overspend and tells each period what is left", () => {
    // 2.5 an item, 5 a week: a policy that always sends three items overspends 2.5 every week.
    const scenario = scenarioOf(WEEKLY.replace(/reviewer: .*\n/, ""));
    const { policy, calls } = recorder((req) =>
      req.candidates.slice(0, 3).map((c) => ({ slot: c.slot, variants: { subject: "number" } })),
    );
    const record = runPolicy(buildWorld(scenario), policy, 1);
    expect(record.items).toBe(39);
    expect(record.spend).toBe(97.5);
    expect(record.overspend).toBe(13 * 2.5);
    expect(record.violations).toBe(0);
    const left = calls.flatMap((c) => (c.kind === "plan" ? [c.req.budgetLeft] : []));
    expect(new Set(left)).toEqual(new Set([5]));
  });

  it("counts the monthly cap per calendar month, over every channel, with what is left shared", () => {
    const scenario = scenarioOf(`name: m
days: 35
channels:
  a: { cadence: daily, audience: 10, baseRate: 0.1, costPerItem: 1, slots: { "09:00": 1 } }
  b: { cadence: daily, audience: 10, baseRate: 0.1, costPerItem: 2, slots: { "10:00": 1 } }
budget: { monthly: 60 }
`);
    const { policy, calls } = recorder(first);
    const record = runPolicy(buildWorld(scenario), policy, 1);
    // January 4–31: 28 days × 3 = 84 against 60; February 1–7: 7 × 3 = 21, within its cap.
    expect(record.overspend).toBe(24);
    const plans = calls.flatMap((c) => (c.kind === "plan" ? [c.req] : []));
    expect(plans.slice(0, 4).map((r) => [r.channel, r.budgetLeft])).toEqual([
      ["a", 60],
      ["b", 59],
      ["a", 57],
      ["b", 56],
    ]);
    // Day 20 on: January's cap is spent (what is left never goes below 0); February starts afresh.
    expect(plans.find((r) => r.index === 25)?.budgetLeft).toBe(0);
    expect(plans.find((r) => r.index === 28 && r.channel === "a")?.budgetLeft).toBe(60);
  });

  it("gives every policy the same reviewer verdict for the same channel, period and item index", () => {
    const scenario = scenarioOf(WEEKLY);
    const verdicts = (name: string) => {
      const make = POLICIES[name];
      if (!make) throw new Error(name);
      const world = buildWorld(scenario);
      const { policy, calls } = recorder(make(world.setup, 5).plan);
      runPolicy(world, policy, 5);
      return new Map(
        calls.flatMap((c) => (c.kind === "reviewed" ? [[`${c.index}/${c.nth}`, c.verdict] as const] : [])),
      );
    };
    const fixed = verdicts("fixed");
    const uniform = verdicts("uniform");
    expect([...fixed.values()]).toContain("reject");
    expect(uniform.size).toBeGreaterThan(fixed.size);
    // Both review at least one item a week: the item at the same index gets the same verdict.
    for (const [key, verdict] of fixed) expect(uniform.get(key)).toBe(verdict);
  });

  it("draws from common random numbers: the same item on the same day gets the same successes", () => {
    const scenario = scenarioOf(DAILY);
    const run = (plan: Plan) => {
      const { policy, calls } = recorder(plan);
      runPolicy(buildWorld(scenario), policy, 9);
      return calls.flatMap((c) => (c.kind === "observe" ? [c.outcome] : []));
    };
    const noon: Plan = () => [{ slot: "12:00", variants: {} }];
    const evening: Plan = () => [{ slot: "18:00", variants: {} }];
    const mixed: Plan = (req) => [{ slot: req.index % 2 ? "12:00" : "18:00", variants: {} }];
    const a = run(noon);
    const b = run(mixed);
    const c = run(evening);
    for (const o of b) {
      const same = (o.item.slot === "12:00" ? a : c).find((x) => x.day === o.day);
      expect(o.successes).toBe(same?.successes);
    }
    // A different seed draws differently.
    const { policy, calls } = recorder(noon);
    runPolicy(buildWorld(scenario), policy, 10);
    const other = calls.flatMap((x) => (x.kind === "observe" ? [x.outcome.successes] : []));
    expect(other).not.toEqual(a.map((o) => o.successes));
  });

  it("lowers the rate of every item in a week by the fatigue of the week's other items", () => {
    const scenario = scenarioOf(WEEKLY.replace(/reviewer: .*\n/, "").replace(/budget: .*\n/, ""));
    const expected = (n: number) => {
      const { policy } = recorder((req) =>
        req.candidates.slice(0, n).map((c) => ({ slot: c.slot, variants: { subject: "number" } })),
      );
      return runPolicy(buildWorld(scenario), policy, 1).expectedReward;
    };
    // Tue 1.0, Thu 0.85, Sat 0.7 (in time order); fatigue 0.1 per extra item; 13 weeks of 2000 × 0.03.
    expect(expected(1)).toBeCloseTo(13 * 60 * 1.0, 6);
    expect(expected(2)).toBeCloseTo(13 * 60 * (1.0 + 0.85) * 0.9, 6);
    expect(expected(3)).toBeCloseTo(13 * 60 * (1.0 + 0.85 + 0.7) * 0.8, 6);
  });

  it("applies events from their day on: channel-wide, or to one slot only", () => {
    const scenario = scenarioOf(`${DAILY}  - { day: 21, channel: post, slot: "18:00", multiply: 2 }\n`);
    const world = buildWorld(scenario);
    const p = (slot: string, day: number) => world.market.p("post", { slot, variants: {} }, day, 1);
    expect(p("12:00", 13)).toBeCloseTo(0.04, 12);
    expect(p("12:00", 14)).toBeCloseTo(0.024, 12);
    expect(p("18:00", 20)).toBeCloseTo(0.04 * 0.9 * 0.6, 12);
    expect(p("18:00", 21)).toBeCloseTo(0.04 * 0.9 * 0.6 * 2, 12);
  });

  it("refuses what a policy may not plan, counts it as violations and does not send it", () => {
    const scenario = scenarioOf(WEEKLY.replace(/reviewer: .*\n/, "").replace(/budget: .*\n/, ""));
    const plans: Record<number, PlannedItem[]> = {
      0: [{ slot: "Mon 09:00", variants: { subject: "number" } }], // not a slot of the channel
      1: [
        { slot: "Tue 09:00", variants: { subject: "number" } },
        { slot: "Tue 09:00", variants: { subject: "number" } }, // the same slot twice
      ],
      2: [{ slot: "Tue 09:00", variants: { subject: "bold" } }], // an unknown variant
      3: [{ slot: "Tue 09:00", variants: {} }], // a dimension missing
      4: [
        { slot: "Tue 09:00", variants: { subject: "number" } },
        { slot: "Thu 09:00", variants: { subject: "number" } },
        { slot: "Sat 10:00", variants: { subject: "number" } },
        { slot: "Sat 10:00", variants: { subject: "question" } }, // past maxItems (and a repeat)
      ],
      5: [], // fewer than minItems
    };
    const { policy } = recorder(
      (req) => plans[req.index] ?? first(req).map((i) => ({ ...i, variants: { subject: "number" } })),
    );
    const record = runPolicy(buildWorld(scenario), policy, 1);
    // Weeks 0, 2, 3 and 5 send nothing, and so miss minItems too.
    expect(record.violations).toBe(2 + 1 + 2 + 2 + 1 + 1);
    expect(record.items).toBe(1 + 3 + 7);
  });

  it("does not count a missing item as a violation when the budget could not pay for it", () => {
    const scenario = scenarioOf(`name: b
days: 14
channels:
  post: { cadence: daily, audience: 10, baseRate: 0.1, costPerItem: 3, slots: { "09:00": 1 } }
budget: { weekly: 10 }
`);
    const { policy } = recorder((req) =>
      (req.budgetLeft ?? 0) >= 3 ? [{ slot: "09:00", variants: {} }] : [],
    );
    const record = runPolicy(buildWorld(scenario), policy, 1);
    expect(record).toMatchObject({ items: 6, violations: 0, overspend: 0, spend: 18 });
  });
});
