// The baselines do what docs/scenarios.md says, keep within the budget and the bounds, and the oracle is
// an upper bound for them; the registry names every policy file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPolicy } from "./engine.ts";
import { POLICIES } from "./policies/index.ts";
import { simulate } from "./run.ts";
import { parseScenario } from "./scenario.ts";
import { DAILY, scenarioOf, WEEKLY } from "./test-scenarios.ts";
import type { PeriodRequest, PlannedItem, Policy, PolicyFactory } from "./types.ts";
import { buildWorld } from "./world.ts";

const BASELINES = ["fixed", "uniform", "explore-then-commit"];
const ROOT = new URL("../..", import.meta.url).pathname;

/** Wraps a policy to write down what it planned, period by period. */
function watched(make: PolicyFactory) {
  const plans: Array<{ req: PeriodRequest; items: PlannedItem[] }> = [];
  const factory: PolicyFactory = (setup, seed) => {
    const inner = make(setup, seed);
    const policy: Policy = {
      name: inner.name,
      plan(req) {
        const items = inner.plan(req);
        plans.push({ req, items });
        return items;
      },
      observe: (o) => inner.observe(o),
      ...(inner.reviewed ? { reviewed: inner.reviewed.bind(inner) } : {}),
    };
    return policy;
  };
  return { factory, plans };
}

function factory(name: string): PolicyFactory {
  const f = POLICIES[name];
  if (!f) throw new Error(`${name} is not registered`);
  return f;
}

describe("the policy registry", () => {
  it("names one policy per file in src/sim/policies/ (and loopcast, from src/sim/loopcast-policy.ts)", () => {
    const files = readdirSync(join(ROOT, "src/sim/policies"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts" && f !== "shared.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    const names = Object.keys(POLICIES).filter((n) => n !== "loopcast");
    expect(names.sort()).toEqual(files.sort());
    for (const name of Object.keys(POLICIES)) {
      const world = buildWorld(scenarioOf(DAILY));
      expect(factory(name)(world.setup, 1).name).toBe(name);
    }
  });
});

describe("the oracle", () => {
  it("expects at least as much as every baseline, in every world and seed", () => {
    for (const text of [WEEKLY, DAILY, WEEKLY.replace(/budget: .*\n/, "")]) {
      const scenario = scenarioOf(text);
      for (const seed of [1, 2, 3]) {
        for (const name of BASELINES) {
          const r = simulate(scenario, name, { seed });
          expect(r.oracleExpectedReward, `${scenario.name} ${name} ${seed}`).toBeGreaterThanOrEqual(
            r.expectedReward - 1e-9,
          );
        }
      }
    }
  });

  it("follows the events it knows: a slot that becomes the best is used from that day on", () => {
    const scenario = scenarioOf(`${DAILY}  - { day: 20, channel: post, slot: "08:00", multiply: 2 }\n`);
    const { factory: make, plans } = watched(factory("oracle"));
    runPolicy(buildWorld(scenario), make(buildWorld(scenario).setup, 1), 1);
    expect(plans.map((p) => p.items[0]?.slot)).toEqual([
      ...Array(20).fill("12:00"),
      ...Array(8).fill("08:00"),
    ]);
  });

  it("sends the number of items that maximises the expected successes within the budget", () => {
    // Tue 1.0, Thu 0.85, Sat 0.7; fatigue 0.1: one item 1.0, two 1.665, three 2.04. The budget pays for 2.
    const scenario = scenarioOf(WEEKLY.replace(/reviewer: .*\n/, ""));
    const world = buildWorld(scenario);
    const { factory: make, plans } = watched(factory("oracle"));
    runPolicy(world, make(world.setup, 1), 1);
    for (const { items } of plans) {
      expect(items.map((i) => i.slot).sort()).toEqual(["Thu 09:00", "Tue 09:00"]);
      expect(items.every((i) => i.variants.subject === "question")).toBe(true);
    }
  });
});

describe("the baselines", () => {
  it("keep within the budget and the bounds: no overspend, no violations, in every bench scenario", () => {
    const dir = join(ROOT, "bench/scenarios");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
      const { scenario, problems } = parseScenario(file, readFileSync(join(dir, file), "utf8"));
      expect(problems).toEqual([]);
      if (!scenario) continue;
      for (const name of [...BASELINES, "oracle"]) {
        const r = simulate(scenario, name, { seed: 4 });
        expect({ file, name, overspend: r.overspend, violations: r.violations }).toEqual({
          file,
          name,
          overspend: 0,
          violations: 0,
        });
      }
    }
  });

  it("fixed: the first slot and the first variants, the fewest items", () => {
    const world = buildWorld(scenarioOf(WEEKLY));
    const { factory: make, plans } = watched(factory("fixed"));
    runPolicy(world, make(world.setup, 1), 1);
    for (const { items } of plans)
      expect(items).toEqual([{ slot: "Thu 09:00", variants: { subject: "number" } }]);
  });

  it("uniform: rotates slots, each dimension's variants and the item counts, within the budget", () => {
    const world = buildWorld(scenarioOf(WEEKLY.replace(/budget: .*\n/, "")));
    const { factory: make, plans } = watched(factory("uniform"));
    runPolicy(world, make(world.setup, 1), 1);
    expect(plans.slice(0, 4).map((p) => p.items.length)).toEqual([1, 2, 3, 1]);
    expect(plans.slice(0, 3).flatMap((p) => p.items.map((i) => `${i.slot} ${i.variants.subject}`))).toEqual([
      "Thu 09:00 number",
      "Tue 09:00 question",
      "Sat 10:00 urgency",
      "Thu 09:00 number",
      "Tue 09:00 question",
      "Sat 10:00 urgency",
    ]);
    const capped = buildWorld(scenarioOf(WEEKLY));
    const watchedCapped = watched(factory("uniform"));
    runPolicy(capped, watchedCapped.factory(capped.setup, 1), 1);
    expect(Math.max(...watchedCapped.plans.map((p) => p.items.length))).toBe(2);
  });

  it("explore-then-commit: rotates for a quarter of the horizon, then sends the observed winner", () => {
    const world = buildWorld(scenarioOf(DAILY.replace(/events:[\s\S]*/, "")));
    const { factory: make, plans } = watched(factory("explore-then-commit"));
    runPolicy(world, make(world.setup, 1), 1);
    const slots = plans.map((p) => p.items[0]?.slot);
    // 28 days: 7 of rotation, then one slot for good.
    expect(slots.slice(0, 7)).toEqual(["08:00", "12:00", "18:00", "08:00", "12:00", "18:00", "08:00"]);
    expect(new Set(slots.slice(7)).size).toBe(1);
  });

  it("explore-then-commit: decides only on observed outcomes, exploring longer while metrics are late", () => {
    const late = scenarioOf(DAILY.replace(/events:[\s\S]*/, "").replace("window: 1", "window: 6"));
    const world = buildWorld(late);
    const { factory: make, plans } = watched(factory("explore-then-commit"));
    runPolicy(world, make(world.setup, 1), 1);
    const slots = plans.map((p) => p.items[0]?.slot);
    // On day 7 only day 0's item has been observed. The last slot's second send (day 5, 18:00) becomes
    // visible on day 11 at 18:00, so the test is decided on day 12; until then, rotation.
    expect(slots.slice(0, 12)).toEqual([
      "08:00",
      "12:00",
      "18:00",
      "08:00",
      "12:00",
      "18:00",
      "08:00",
      "12:00",
      "18:00",
      "08:00",
      "12:00",
      "18:00",
    ]);
    expect(new Set(slots.slice(12)).size).toBe(1);
  });
});
