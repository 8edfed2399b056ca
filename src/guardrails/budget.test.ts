// Budget caps: no sequence of plans, retries, settlements and concurrent runs ever reserves past a cap.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { plan } from "../core/plan.ts";
import { cycleStatus, type Ledger, type LedgerEvent } from "../state/ledger.ts";
import { capCrossed, capUses, commitments, reservationFor } from "./budget.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let base: Config;
beforeAll(async () => {
  base = await requireConfig(`${ROOT}/marketing`);
});

/** The example configuration with a priced daily workflow and small caps. */
function pricedConfig(caps: { weekly?: number; monthly?: number; workflow?: number; cost: number }): Config {
  const workflows = base.workflows.map((w) =>
    w.id === "daily-social"
      ? { ...w, costPerItem: caps.cost, cadence: "0 9,13,17 * * *", leadTime: "24h" }
      : w,
  );
  const budget = {
    currency: "EUR",
    ...(caps.weekly !== undefined ? { weekly: caps.weekly } : {}),
    ...(caps.monthly !== undefined ? { monthly: caps.monthly } : {}),
    ...(caps.workflow !== undefined ? { perWorkflow: { "daily-social": caps.workflow } } : {}),
  };
  return { ...base, workflows, guardrails: { ...base.guardrails, channels: {}, budget } };
}

describe("budget", () => {
  it("reserves LLM tokens at the configured price plus paid spend", () => {
    const config = {
      ...base,
      strategy: { ...base.strategy, generator: { provider: "openai" as const, maxTokens: 2000 } },
    };
    const wf = { ...base.workflows[0], costPerItem: 1.5 } as Config["workflows"][number];
    expect(reservationFor(config, wf)).toBeCloseTo(2000 * (0.002 / 1000) + 1.5, 6);
    expect(reservationFor(base, { ...wf, costPerItem: 0 })).toBe(0);
  });

  it("releases the reservation of a rejected cycle and uses measured spend once settled", () => {
    const ledger: Ledger = new Map<string, LedgerEvent[]>([
      ["daily-social@20261201T0800Z", [proposed("daily-social@20261201T0800Z", 5)]],
      [
        "daily-social@20261202T0800Z",
        [
          proposed("daily-social@20261202T0800Z", 5),
          { type: "rejected", at: "x", cycle: "daily-social@20261202T0800Z" },
        ],
      ],
      [
        "daily-social@20261203T0800Z",
        [
          proposed("daily-social@20261203T0800Z", 5),
          { type: "spent", at: "x", cycle: "daily-social@20261203T0800Z", amount: 7.25 },
        ],
      ],
    ]);
    const held = commitments(pricedConfig({ cost: 5 }), ledger);
    expect(held.map((c) => [c.cycle, c.amount, c.settled])).toEqual([
      ["daily-social@20261201T0800Z", 5, false],
      ["daily-social@20261203T0800Z", 7.25, true],
    ]);
  });

  it("names the cap a reservation would cross", () => {
    const config = pricedConfig({ weekly: 10, cost: 4 });
    const held = commitments(
      config,
      new Map([["daily-social@20261201T0800Z", [proposed("daily-social@20261201T0800Z", 8)]]]),
    );
    const crossed = capCrossed(config, held, {
      cycle: "daily-social@20261202T0800Z",
      workflow: "daily-social",
      slot: new Date("2026-12-02T08:00:00Z"),
      amount: 4,
      settled: false,
    });
    expect(crossed).toMatchObject({ cap: "weekly", key: "2026-W49", limit: 10, used: 8 });
    // The next ISO week starts fresh.
    expect(
      capCrossed(config, held, {
        cycle: "daily-social@20261207T0800Z",
        workflow: "daily-social",
        slot: new Date("2026-12-07T08:00:00Z"),
        amount: 4,
        settled: false,
      }),
    ).toBeUndefined();
  });

  it("no sequence of plans, settlements, rejections and repeated runs reserves past a cap", () => {
    type Step =
      | { kind: "run"; hours: number; twice: boolean }
      | { kind: "settle"; pick: number; fraction: number }
      | { kind: "reject"; pick: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({
        kind: fc.constant("run" as const),
        hours: fc.integer({ min: 0, max: 30 }),
        twice: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant("settle" as const),
        pick: fc.nat(),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({ kind: fc.constant("reject" as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.record({
          weekly: fc.integer({ min: 0, max: 60 }),
          monthly: fc.integer({ min: 0, max: 150 }),
          workflow: fc.integer({ min: 0, max: 100 }),
          cost: fc.integer({ min: 1, max: 9 }),
        }),
        fc.array(step, { minLength: 1, maxLength: 25 }),
        (caps, steps) => {
          const config = pricedConfig(caps);
          const ledger: Ledger = new Map();
          let now = new Date("2026-11-28T06:00:00Z");
          const live = () =>
            [...ledger.keys()].filter((c) => cycleStatus(ledger.get(c) ?? []) === "proposed");
          for (const s of steps) {
            if (s.kind === "run") {
              now = new Date(now.getTime() + s.hours * 3_600_000);
              // A repeated run at the same time (a retry, or a second run started at once) plans on the same ledger.
              for (let r = 0; r < (s.twice ? 2 : 1); r++) {
                for (const a of plan({
                  config,
                  now,
                  ledger,
                  pending: new Map(),
                  open: [],
                  queue: new Map(),
                  autonomy: new Map(),
                }).actions) {
                  if (a.kind === "propose") ledger.set(a.cycle, [proposed(a.cycle, a.reservation)]);
                  if (a.kind === "refuse")
                    ledger.set(a.cycle, [{ type: "skipped", at: "x", cycle: a.cycle, reason: a.reason }]);
                }
              }
            } else {
              const cycles = live();
              const cycle = cycles[s.pick % Math.max(cycles.length, 1)];
              if (!cycle) continue;
              const events = ledger.get(cycle) ?? [];
              const reserved = (events[0] as { reservation?: number }).reservation ?? 0;
              // Measured spend never above what was reserved here: the system controls what it plans.
              if (s.kind === "settle")
                events.push({
                  type: "spent",
                  at: "x",
                  cycle,
                  amount: Math.round(reserved * s.fraction * 100) / 100,
                });
              else events.push({ type: "rejected", at: "x", cycle });
            }
            const held = commitments(config, ledger);
            for (const c of held) {
              for (const use of capUses(config, held, { at: c.slot, workflow: c.workflow })) {
                expect(use.used).toBeLessThanOrEqual(use.limit + 1e-9);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

function proposed(cycle: string, reservation: number): LedgerEvent {
  return {
    type: "proposed",
    at: "2026-11-28T06:00:00.000Z",
    cycle,
    workflow: cycle.split("@")[0] as string,
    channel: "mastodon",
    slot: "2026-12-01T08:00:00.000Z",
    level: "L4",
    branch: `loopcast/${cycle}`,
    proposal: { id: cycle },
    contentPath: "x",
    contentHash: "0".repeat(64),
    arms: {},
    generator: "template",
    reservation,
  };
}
