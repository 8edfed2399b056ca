// simulate(): one policy and the oracle in the same world with the same seed, so every number of the
// result is comparable: the same reviewer verdicts per item index, the same draw per (channel, day, slot).
import { type Detection, detect } from "./detections.ts";
import { type RunRecord, runPolicy } from "./engine.ts";
import type { ScenarioModel } from "./model.ts";
import { POLICIES } from "./policies/index.ts";
import type { PolicyFactory } from "./types.ts";
import { buildWorld, type World } from "./world.ts";

export interface SimOptions {
  seed: number;
  /** Overrides the scenario's `days`. */
  days?: number;
  /** The policies to look the name up in (default: the registry, src/sim/policies/index.ts). */
  policies?: Readonly<Record<string, PolicyFactory>>;
}

export interface SimResult {
  scenario: string;
  policy: string;
  seed: number;
  days: number;
  /** Total successes of the items the policy sent. */
  reward: number;
  /** The oracle's reward in the same world and seed. */
  oracleReward: number;
  /** reward / oracleReward (null when the oracle earned nothing). */
  share: number | null;
  /** Σ p × audience over the sent items: the reward without binomial noise. */
  expectedReward: number;
  oracleExpectedReward: number;
  /** expectedReward / oracleExpectedReward (null when the oracle expected nothing). */
  expectedShare: number | null;
  /** Money spent over the weekly and monthly caps, summed over weeks and months. */
  overspend: number;
  /** Planned items the engine refused (see src/sim/check-items.ts), plus items missing below minItems. */
  violations: number;
  /** Items sent (approved or edited). */
  items: number;
  /** Items the simulated reviewer rejected. */
  rejected: number;
  spend: number;
  /** Sent items per channel: the cycles delays and false alarms are counted in. */
  cycles: Record<string, number>;
  /** One per scenario event (only when the scenario has events). */
  detections?: Detection[];
  /** Flags not attributed to a drop; null for a policy without a change detector. */
  falseAlarms: number | null;
  /** The days the policy flagged a drop, per channel (absent without a detector). */
  flags?: Array<{ channel: string; day: number }>;
}

export class UnknownPolicyError extends Error {
  override name = "UnknownPolicyError";
  constructor(name: string, known: readonly string[]) {
    super(`unknown policy "${name}": use one of ${known.join(", ")}`);
  }
}

export function simulate(scenario: ScenarioModel, policyName: string, options: SimOptions): SimResult {
  const registry = options.policies ?? POLICIES;
  const factory = (name: string) => (Object.hasOwn(registry, name) ? registry[name] : undefined);
  if (!factory(policyName) || !factory("oracle"))
    throw new UnknownPolicyError(policyName, Object.keys(registry));
  const run = (name: string): { world: World; record: RunRecord } => {
    // A world per run: a policy may not leave traces in a setup another one reads.
    const world = buildWorld(scenario, options);
    const make = factory(name) as PolicyFactory;
    return { world, record: runPolicy(world, make(world.setup, options.seed), options.seed) };
  };
  const { world, record } = run(policyName);
  const oracle = policyName === "oracle" ? record : run("oracle").record;
  return result(world, options.seed, policyName, record, oracle);
}

function result(world: World, seed: number, policy: string, record: RunRecord, oracle: RunRecord): SimResult {
  const { detections, falseAlarms } = detect(world.scenario.events, record.flags, record.sentDays);
  const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : null);
  return {
    scenario: world.scenario.name,
    policy,
    seed,
    days: world.days,
    reward: record.reward,
    oracleReward: oracle.reward,
    share: ratio(record.reward, oracle.reward),
    expectedReward: round(record.expectedReward),
    oracleExpectedReward: round(oracle.expectedReward),
    expectedShare: ratio(record.expectedReward, oracle.expectedReward),
    overspend: record.overspend,
    violations: record.violations,
    items: record.items,
    rejected: record.rejected,
    spend: record.spend,
    cycles: Object.fromEntries(Object.entries(record.sentDays).map(([c, days]) => [c, days.length])),
    ...(world.scenario.events.length ? { detections } : {}),
    falseAlarms,
    ...(record.flags ? { flags: record.flags } : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
