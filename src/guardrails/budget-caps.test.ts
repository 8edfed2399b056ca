// Budget caps one by one: what a reservation costs, what a cycle holds, which caps apply to a moment,
// a workflow and a campaign, and how a crossed cap reads.
import { describe, expect, it } from "vitest";
import type { Config, Guardrails, Workflow } from "../config/types.ts";
import { DEFAULT_MAX_TOKENS } from "../generate/types.ts";
import type { LedgerEvent } from "../state/ledger.ts";
import {
  type Commitment,
  capCrossed,
  capUses,
  commitments,
  describeCap,
  holdOf,
  money,
  reservationFor,
} from "./budget.ts";

function config(opts: {
  budget?: Partial<NonNullable<Guardrails["budget"]>>;
  generator?: Config["strategy"]["generator"];
  workflows?: Array<Partial<Workflow>>;
}): Config {
  return {
    dir: "/nowhere",
    strategy: {
      timezone: "Europe/Berlin",
      ...(opts.generator ? { generator: opts.generator } : {}),
    } as Config["strategy"],
    guardrails: {
      version: 1,
      ...(opts.budget ? { budget: { currency: "EUR", ...opts.budget } } : {}),
    } as Guardrails,
    benchmarks: { version: 1, benchmarks: [] },
    workflows: (opts.workflows ?? []) as Workflow[],
    voiceGuide: "",
    sources: new Map(),
  };
}

const wf = (over: Partial<Workflow> = {}) => ({ id: "w", channel: "mastodon", ...over }) as Workflow;

function held(cycle: string, amount: number, over: Partial<Commitment> = {}): Commitment {
  const [workflow, stamp] = cycle.split("@") as [string, string];
  const slot = new Date(
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:00Z`,
  );
  return { cycle, workflow, slot, amount, settled: false, ...over };
}

const ev = (e: Record<string, unknown>) => ({ at: "x", cycle: "w@20261201T1000Z", ...e }) as LedgerEvent;

describe("reservations", () => {
  it("prices the generator's tokens only for an LLM generator, at its maxTokens or the default", () => {
    const budget = { prices: { per1kTokens: 2 } };
    expect(reservationFor(config({ budget, generator: { provider: "openai", maxTokens: 500 } }), wf())).toBe(
      1,
    );
    expect(reservationFor(config({ budget, generator: { provider: "openai" } }), wf())).toBe(
      (DEFAULT_MAX_TOKENS * 2) / 1000,
    );
    expect(
      reservationFor(
        config({ budget, generator: { provider: "template" } as never }),
        wf({ costPerItem: 3 }),
      ),
    ).toBe(3);
    // No price: tokens cost nothing.
    expect(reservationFor(config({ generator: { provider: "openai", maxTokens: 500 } }), wf())).toBe(0);
  });

  it("rounds to a millionth, so sums of prices do not drift", () => {
    const c = config({
      budget: { prices: { per1kTokens: 0.1 } },
      generator: { provider: "openai", maxTokens: 1000 },
    });
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(reservationFor(c, wf({ costPerItem: 0.2 }))).toBe(0.3);
    const uses = capUses(
      config({ budget: { weekly: 1 } }),
      [held("a@20261201T1000Z", 0.1), held("a@20261202T1000Z", 0.2)],
      {
        at: new Date("2026-12-01T10:00:00Z"),
      },
    );
    expect(uses[0]?.used).toBe(0.3);
  });
});

describe("what a cycle holds", () => {
  it("holds its reservation until released or settled, and its measured spend once settled", () => {
    expect(holdOf([ev({ type: "proposed", reservation: 5 })])).toEqual({ amount: 5, settled: false });
    expect(holdOf([ev({ type: "proposed" })])).toBeUndefined();
    expect(holdOf([ev({ type: "proposed", reservation: 5 }), ev({ type: "skipped" })])).toBeUndefined();
    expect(holdOf([ev({ type: "proposed", reservation: 5 }), ev({ type: "rejected" })])).toBeUndefined();
    // Spend measured after a rejection still counts: the money is gone.
    expect(
      holdOf([
        ev({ type: "proposed", reservation: 5 }),
        ev({ type: "rejected" }),
        ev({ type: "spent", amount: 2 }),
      ]),
    ).toEqual({ amount: 2, settled: true });
    // A settled spend of zero holds nothing.
    expect(
      holdOf([ev({ type: "proposed", reservation: 5 }), ev({ type: "spent", amount: 0 })]),
    ).toBeUndefined();
    // Other events change nothing.
    expect(holdOf([ev({ type: "proposed", reservation: 5 }), ev({ type: "merged" })])).toEqual({
      amount: 5,
      settled: false,
    });
  });

  it("names each held cycle's workflow, slot and campaign", () => {
    const c = config({ workflows: [wf({ id: "a", campaign: "launch" }), wf({ id: "b" })] });
    const ledger = new Map([
      ["a@20261201T1000Z", [ev({ type: "proposed", cycle: "a@20261201T1000Z", reservation: 1 })]],
      ["b@20261202T1000Z", [ev({ type: "proposed", cycle: "b@20261202T1000Z", reservation: 2 })]],
    ]);
    expect(commitments(c, ledger)).toEqual([
      {
        cycle: "a@20261201T1000Z",
        workflow: "a",
        slot: new Date("2026-12-01T10:00:00Z"),
        amount: 1,
        settled: false,
        campaign: "launch",
      },
      {
        cycle: "b@20261202T1000Z",
        workflow: "b",
        slot: new Date("2026-12-02T10:00:00Z"),
        amount: 2,
        settled: false,
      },
    ]);
  });
});

describe("caps", () => {
  const budget = {
    weekly: 10,
    monthly: 30,
    perWorkflow: { a: 12 },
    perCampaign: { launch: 20 },
  };
  const all = [
    held("a@20261201T1000Z", 1, { campaign: "launch" }), // week 49, December
    held("b@20261202T1000Z", 2), // week 49, December
    held("a@20261130T1000Z", 4, { campaign: "launch" }), // week 49, November
    held("a@20261209T1000Z", 8), // week 50, December
    held("b@20261103T1000Z", 16, { campaign: "launch" }), // week 45, November
  ];

  it("adds up what is held in the week, the month, by the workflow this month and by the campaign", () => {
    const uses = capUses(config({ budget }), all, {
      at: new Date("2026-12-03T10:00:00Z"),
      workflow: "a",
      campaign: "launch",
    });
    expect(uses).toEqual([
      { cap: "weekly", key: "2026-W49", limit: 10, used: 7 },
      { cap: "monthly", key: "2026-12", limit: 30, used: 11 },
      { cap: "workflow", key: "a", limit: 12, used: 9 },
      { cap: "campaign", key: "launch", limit: 20, used: 21 },
    ]);
  });

  it("uses the strategy's time zone for weeks and months", () => {
    // 23:30 UTC on 30 November is 1 December in Berlin.
    const uses = capUses(config({ budget: { monthly: 30 } }), [held("a@20261130T2330Z", 5)], {
      at: new Date("2026-12-01T12:00:00Z"),
    });
    expect(uses).toEqual([{ cap: "monthly", key: "2026-12", limit: 30, used: 5 }]);
  });

  it("applies only the caps that are configured for the scope", () => {
    expect(capUses(config({}), all, { at: new Date("2026-12-03T10:00:00Z") })).toEqual([]);
    // A workflow or campaign without its own cap, or no workflow at all: only the period caps.
    const scope = { at: new Date("2026-12-03T10:00:00Z"), workflow: "b", campaign: "other" };
    expect(capUses(config({ budget }), all, scope).map((u) => u.cap)).toEqual(["weekly", "monthly"]);
    expect(
      capUses(config({ budget }), all, { at: new Date("2026-12-03T10:00:00Z") }).map((u) => u.cap),
    ).toEqual(["weekly", "monthly"]);
    // A cap of zero is a cap.
    expect(
      capUses(config({ budget: { weekly: 0, perWorkflow: { a: 0 }, perCampaign: { c: 0 } } }), [], {
        at: new Date("2026-12-03T10:00:00Z"),
        workflow: "a",
        campaign: "c",
      }).map((u) => [u.cap, u.limit]),
    ).toEqual([
      ["weekly", 0],
      ["workflow", 0],
      ["campaign", 0],
    ]);
  });

  it("lets a reservation reach a cap exactly, and refuses a cent more", () => {
    const c = config({ budget: { weekly: 10 } });
    const heldNow = [held("a@20261201T1000Z", 6.9), held("a@20261202T1000Z", 0.1)];
    const candidate = (amount: number) => held("a@20261203T1000Z", amount);
    expect(capCrossed(c, heldNow, candidate(3))).toBeUndefined();
    expect(capCrossed(c, heldNow, candidate(3.01))).toMatchObject({ cap: "weekly", used: 7 });
  });

  it("never refuses a reservation of nothing, even over a full cap", () => {
    const c = config({ budget: { weekly: 1 } });
    expect(capCrossed(c, [held("a@20261201T1000Z", 5)], held("a@20261202T1000Z", 0))).toBeUndefined();
  });

  it("reports the first cap crossed, in the order week, month, workflow, campaign", () => {
    const c = config({ budget: { monthly: 5, perCampaign: { launch: 5 } } });
    const crossed = capCrossed(
      c,
      [held("a@20261201T1000Z", 4, { campaign: "launch" })],
      held("a@20261202T1000Z", 2, { campaign: "launch" }),
    );
    expect(crossed?.cap).toBe("monthly");
    // The campaign cap counts only for a candidate of that campaign.
    const campaignOnly = config({ budget: { perCampaign: { launch: 5 } } });
    expect(
      capCrossed(
        campaignOnly,
        [held("a@20261201T1000Z", 4, { campaign: "launch" })],
        held("a@20261202T1000Z", 2),
      ),
    ).toBeUndefined();
    expect(
      capCrossed(
        campaignOnly,
        [held("a@20261201T1000Z", 4, { campaign: "launch" })],
        held("a@20261202T1000Z", 2, { campaign: "launch" }),
      ),
    ).toMatchObject({ cap: "campaign", key: "launch" });
  });

  it("says which cap, how much is held and the limit, in the budget's currency", () => {
    const use = (cap: "weekly" | "monthly" | "workflow" | "campaign", key: string) => ({
      cap,
      key,
      limit: 10,
      used: 7.5,
    });
    expect(describeCap(use("weekly", "2026-W49"), 3, "EUR")).toBe(
      "reserving 3.00 EUR would cross the weekly cap (2026-W49): 7.50 EUR of 10.00 EUR already held",
    );
    expect(describeCap(use("monthly", "2026-12"), 3, "EUR")).toContain("the monthly cap (2026-12)");
    expect(describeCap(use("workflow", "a"), 3, "EUR")).toContain("the monthly cap of workflow a:");
    expect(describeCap(use("campaign", "launch"), 3, "EUR")).toContain("the cap of campaign launch:");
    expect(money(1.005, "USD")).toBe("1.00 USD");
  });
});
