// The walls a cycle meets when it is planned: blocked channels, blackouts, items per channel per day and
// budget caps, each with the reason a person reads in the exception queue.
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config, Guardrails, Workflow } from "../config/types.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { blackoutAt, maxPerDay } from "./calendar-limits.ts";
import { createWalls } from "./walls.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let base: Config;
beforeAll(async () => {
  base = await requireConfig(`${ROOT}/marketing`);
});

function withGuardrails(g: Partial<Guardrails>, workflow: Partial<Workflow> = {}): Config {
  return {
    ...base,
    workflows: base.workflows.map((w) => (w.id === "daily-social" ? { ...w, ...workflow } : w)),
    guardrails: { ...base.guardrails, ...g },
  };
}

const social = (config: Config) => config.workflows.find((w) => w.id === "daily-social") as Workflow;
const blog = (config: Config) => config.workflows.find((w) => w.id === "weekly-blog") as Workflow;

function proposed(cycle: string, channel = "mastodon", reservation = 0): LedgerEvent {
  return {
    type: "proposed",
    at: "2026-11-28T06:00:00.000Z",
    cycle,
    workflow: cycle.split("@")[0] as string,
    channel,
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

const rejected = (cycle: string): LedgerEvent => ({
  type: "rejected",
  at: "2026-11-29T06:00:00.000Z",
  cycle,
});

function statusOf(ledger: Ledger, overrides: Record<string, string> = {}): Map<string, string> {
  return new Map([...ledger.keys()].map((c) => [c, overrides[c] ?? "proposed"]));
}

// Tuesday 1 December 2026, 12:30 in Berlin.
const TUESDAY = new Date("2026-12-01T11:30:00Z");

describe("walls", () => {
  it("refuses a channel the guardrails block, and only that channel", () => {
    const config = withGuardrails({ channels: { block: ["mastodon"] } });
    const walls = createWalls(config, new Map(), new Map());
    expect(walls.admit(social(config), "daily-social@20261201T1130Z", TUESDAY)).toEqual({
      ok: false,
      guardrail: "channel-blocked",
      reason: 'channel "mastodon" is blocked in guardrails',
    });
    expect(walls.admit(blog(config), "weekly-blog@20261201T1130Z", TUESDAY)).toMatchObject({ ok: true });
  });

  it("refuses a slot in a blackout, judged by the local day of the strategy's time zone", () => {
    const config = withGuardrails({});
    const walls = createWalls(config, new Map(), new Map());
    // Saturday 23:30 UTC is already Sunday in Berlin.
    const sundayInBerlin = new Date("2026-12-05T23:30:00Z");
    expect(walls.admit(social(config), "daily-social@20261205T2330Z", sundayInBerlin)).toEqual({
      ok: false,
      guardrail: "blackout",
      reason: "blackout on 2026-12-06 (no marketing on Sundays)",
    });
    expect(
      walls.admit(social(config), "daily-social@20261224T1130Z", new Date("2026-12-24T11:30:00Z")),
    ).toEqual({ ok: false, guardrail: "blackout", reason: "blackout on 2026-12-24 (holidays)" });
    // Saturday noon is not a blackout.
    expect(
      walls.admit(social(config), "daily-social@20261205T1130Z", new Date("2026-12-05T11:30:00Z")),
    ).toMatchObject({ ok: true });
  });

  it("counts the items already planned on a channel's local day, except rejected and skipped ones", () => {
    const config = withGuardrails({ channels: { maxPerDay: { mastodon: 2 } } });
    const ledger: Ledger = new Map([
      // 1 December in Berlin.
      ["daily-social@20261201T0800Z", [proposed("daily-social@20261201T0800Z")]],
      // Rejected and skipped cycles hold nothing.
      ["daily-social@20261201T0900Z", [proposed("daily-social@20261201T0900Z")]],
      ["daily-social@20261201T1000Z", [proposed("daily-social@20261201T1000Z")]],
      // Another channel's items do not count.
      ["weekly-blog@20261201T0800Z", [proposed("weekly-blog@20261201T0800Z", "blog")]],
      // 23:30 UTC on 30 November is 1 December in Berlin.
      ["daily-social@20261130T2330Z", [proposed("daily-social@20261130T2330Z")]],
      // A cycle with no "proposed" event holds no place.
      [
        "daily-social@20261201T1200Z",
        [
          {
            type: "skipped",
            at: "x",
            cycle: "daily-social@20261201T1200Z",
            reason: "r",
            guardrail: "budget",
          },
        ],
      ],
    ]);
    const status = statusOf(ledger, {
      "daily-social@20261201T0900Z": "rejected",
      "daily-social@20261201T1000Z": "skipped",
    });
    const walls = createWalls(config, ledger, status);
    expect(walls.admit(social(config), "daily-social@20261201T1130Z", TUESDAY)).toEqual({
      ok: false,
      guardrail: "channel-limit",
      reason: 'channel "mastodon" already has 2 item(s) on 2026-12-01 (maxPerDay)',
    });
    // The next day is free, and each admitted cycle takes a place from then on.
    const wednesday = new Date("2026-12-02T11:30:00Z");
    expect(walls.admit(social(config), "daily-social@20261202T1130Z", wednesday)).toEqual({
      ok: true,
      reservation: 0,
    });
    expect(walls.admit(social(config), "daily-social@20261202T1200Z", wednesday)).toMatchObject({ ok: true });
    expect(walls.admit(social(config), "daily-social@20261202T1300Z", wednesday)).toMatchObject({
      ok: false,
      guardrail: "channel-limit",
    });
  });

  it("admits any number of items on a channel without maxPerDay", () => {
    const config = withGuardrails({ channels: {} });
    const walls = createWalls(config, new Map(), new Map());
    for (let i = 0; i < 5; i++) {
      expect(walls.admit(social(config), `daily-social@20261201T113${i}Z`, TUESDAY)).toEqual({
        ok: true,
        reservation: 0,
      });
    }
  });

  it("refuses a reservation past a cap, counting the cycles admitted earlier in the same plan", () => {
    const config = withGuardrails(
      { channels: {}, budget: { currency: "EUR", weekly: 10 } },
      { costPerItem: 4, campaign: undefined },
    );
    const walls = createWalls(config, new Map(), new Map());
    expect(walls.admit(social(config), "daily-social@20261201T1130Z", TUESDAY)).toEqual({
      ok: true,
      reservation: 4,
    });
    expect(walls.admit(social(config), "daily-social@20261202T1130Z", TUESDAY)).toEqual({
      ok: true,
      reservation: 4,
    });
    expect(walls.admit(social(config), "daily-social@20261203T1130Z", TUESDAY)).toEqual({
      ok: false,
      guardrail: "budget",
      reason: "reserving 4.00 EUR would cross the weekly cap (2026-W49): 8.00 EUR of 10.00 EUR already held",
      reservation: 4,
    });
  });

  it("holds a campaign's items against the campaign cap", () => {
    const config = withGuardrails(
      { channels: {}, budget: { currency: "EUR", perCampaign: { "loopcast-launch": 5 } } },
      { costPerItem: 3, campaign: "loopcast-launch" },
    );
    const ledger: Ledger = new Map([
      ["daily-social@20261120T1130Z", [proposed("daily-social@20261120T1130Z", "mastodon", 3)]],
    ]);
    const walls = createWalls(config, ledger, statusOf(ledger));
    expect(walls.admit(social(config), "daily-social@20261201T1130Z", TUESDAY)).toEqual({
      ok: false,
      guardrail: "budget",
      reason:
        "reserving 3.00 EUR would cross the cap of campaign loopcast-launch: 3.00 EUR of 5.00 EUR already held",
      reservation: 3,
    });
    // The same workflow outside the campaign is not held by its cap.
    const free = withGuardrails(
      { channels: {}, budget: { currency: "EUR", perCampaign: { "loopcast-launch": 5 } } },
      { costPerItem: 3, campaign: undefined },
    );
    expect(createWalls(free, ledger, statusOf(ledger)).admit(social(free), "c", TUESDAY)).toMatchObject({
      ok: true,
    });
  });

  it("a refused cycle takes neither a place on the day nor budget", () => {
    const config = withGuardrails(
      { channels: { maxPerDay: { mastodon: 1 } }, budget: { currency: "EUR", weekly: 5 } },
      { costPerItem: 4 },
    );
    const walls = createWalls(config, new Map(), new Map());
    const over = { ...social(config), costPerItem: 6 };
    expect(walls.admit(over, "daily-social@20261201T1130Z", TUESDAY)).toMatchObject({ guardrail: "budget" });
    expect(walls.admit(social(config), "daily-social@20261201T1230Z", TUESDAY)).toEqual({
      ok: true,
      reservation: 4,
    });
  });
});

describe("walls.room", () => {
  const budget = (b: NonNullable<Guardrails["budget"]>, costPerItem: number) =>
    withGuardrails({ channels: {}, budget: b }, { costPerItem, campaign: undefined });

  it("has no limit for a workflow whose items cost nothing, or without a budget", () => {
    const free = budget({ currency: "EUR", weekly: 1 }, 0);
    expect(createWalls(free, new Map(), new Map()).room(social(free), TUESDAY)).toBe(
      Number.POSITIVE_INFINITY,
    );
    const unbudgeted = {
      ...budget({ currency: "EUR" }, 4),
      guardrails: { ...base.guardrails, budget: undefined },
    };
    expect(createWalls(unbudgeted, new Map(), new Map()).room(social(unbudgeted), TUESDAY)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it("is floor((limit − used) / reservation) under the tightest cap that applies", () => {
    const config = budget({ currency: "EUR", weekly: 10, monthly: 100 }, 4);
    const walls = createWalls(config, new Map(), new Map());
    expect(walls.room(social(config), TUESDAY)).toBe(2);
    // Each admitted item uses the room up.
    walls.admit(social(config), "daily-social@20261201T1130Z", TUESDAY);
    expect(walls.room(social(config), TUESDAY)).toBe(1);
    walls.admit(social(config), "daily-social@20261202T1130Z", new Date("2026-12-02T11:30:00Z"));
    expect(walls.room(social(config), TUESDAY)).toBe(0);
    // The next ISO week has its own weekly cap.
    expect(walls.room(social(config), new Date("2026-12-08T11:30:00Z"))).toBe(2);
    // A tighter monthly cap wins, counting the items held this month.
    const monthly = budget({ currency: "EUR", weekly: 40, monthly: 13 }, 4);
    expect(createWalls(monthly, new Map(), new Map()).room(social(monthly), TUESDAY)).toBe(3);
    const perWorkflow = budget({ currency: "EUR", weekly: 40, perWorkflow: { "daily-social": 5 } }, 4);
    expect(createWalls(perWorkflow, new Map(), new Map()).room(social(perWorkflow), TUESDAY)).toBe(1);
  });

  it("counts what the ledger already holds, and is never negative", () => {
    const config = budget({ currency: "EUR", weekly: 10 }, 4);
    const ledger: Ledger = new Map([
      ["daily-social@20261130T1130Z", [proposed("daily-social@20261130T1130Z", "mastodon", 3)]],
      // A rejected cycle released its reservation.
      [
        "daily-social@20261201T0800Z",
        [proposed("daily-social@20261201T0800Z", "mastodon", 3), rejected("daily-social@20261201T0800Z")],
      ],
    ]);
    expect(createWalls(config, ledger, statusOf(ledger)).room(social(config), TUESDAY)).toBe(1);
    const over: Ledger = new Map([
      ["daily-social@20261130T1130Z", [proposed("daily-social@20261130T1130Z", "mastodon", 12)]],
    ]);
    expect(createWalls(config, over, statusOf(over)).room(social(config), TUESDAY)).toBe(0);
  });

  it("does not lose an item to floating point: 0.30 of cap pays for three items at 0.10", () => {
    expect(0.3 / 0.1).toBeLessThan(3);
    const config = budget({ currency: "EUR", weekly: 0.3 }, 0.1);
    expect(createWalls(config, new Map(), new Map()).room(social(config), TUESDAY)).toBe(3);
  });
});

describe("blackouts and limits per channel", () => {
  it("applies a blackout to the channels it names, or to every channel when it names none", () => {
    const config = withGuardrails({
      channels: {
        blackouts: [
          { dates: ["2026-12-01"], channels: ["blog"], reason: "blog freeze" },
          { days: ["wed"], channels: [] },
        ],
      },
    });
    expect(blackoutAt(config, "blog", TUESDAY)).toBe("blackout on 2026-12-01 (blog freeze)");
    expect(blackoutAt(config, "mastodon", TUESDAY)).toBeUndefined();
    // No reason: the date alone.
    expect(blackoutAt(config, "mastodon", new Date("2026-12-02T11:30:00Z"))).toBe("blackout on 2026-12-02");
    expect(blackoutAt(config, "blog", new Date("2026-12-02T11:30:00Z"))).toBe("blackout on 2026-12-02");
  });

  it("has no blackout and no limit when the guardrails configure none", () => {
    const config = withGuardrails({ channels: undefined });
    expect(blackoutAt(config, "mastodon", new Date("2026-12-06T11:30:00Z"))).toBeUndefined();
    expect(maxPerDay(config, "mastodon")).toBeUndefined();
    expect(maxPerDay(base, "mastodon")).toBe(2);
  });
});
