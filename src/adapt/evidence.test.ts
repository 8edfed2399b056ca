// What the learner reads from the ledger: the items a workflow sent with their options, measured once the
// primary benchmark's window has closed (successes = value × sample), pending until then, and the ledger
// as a run at an earlier instant saw it.
import { describe, expect, it } from "vitest";
import type { EventOf, Ledger, LedgerEvent } from "../state/ledger.ts";
import { knownAt, observations } from "./evidence.ts";

const TZ = "Europe/Berlin";
const PROPOSED_AT = "2026-11-30T06:00:00.000Z";
const JUDGED_AT = "2026-12-05T06:00:00.000Z";

function proposed(cycle: string, arms: Record<string, string> = { hook: "0" }): EventOf<"proposed"> {
  return {
    type: "proposed",
    at: PROPOSED_AT,
    cycle,
    workflow: cycle.split("@")[0] as string,
    channel: "newsletter",
    slot: "x",
    level: "L3",
    branch: `loopcast/${cycle}`,
    proposal: { id: cycle },
    contentPath: "x",
    contentHash: "0".repeat(64),
    arms,
    generator: "template",
  };
}

const merged = (cycle: string): LedgerEvent => ({
  type: "merged",
  at: PROPOSED_AT,
  cycle,
  mergedSha: "m",
  editRatio: 0,
  humanCommits: 0,
});
const published = (cycle: string): LedgerEvent => ({
  type: "published",
  at: "2026-12-01T07:00:00.000Z",
  cycle,
  channel: "newsletter",
  idempotencyKey: "k",
  receipt: { id: "r" },
});
function judged(cycle: string, change: Partial<EventOf<"judged">> = {}): EventOf<"judged"> {
  return {
    type: "judged",
    at: JUDGED_AT,
    cycle,
    benchmark: "newsletter-click-rate",
    metric: "click_rate",
    status: "met",
    value: 0.03,
    sample: 2000,
    primary: true,
    ...change,
  };
}

/** A sent item: proposed, merged and published, then the given events. */
const sent = (cycle: string, ...more: LedgerEvent[]): [string, LedgerEvent[]] => [
  cycle,
  [proposed(cycle), merged(cycle), published(cycle), ...more],
];

describe("observations", () => {
  it("measures an item once its primary verdict is final: successes = value × sample", () => {
    const C = "letter@20261201T0700Z";
    const [o] = observations(new Map([sent(C, judged(C, { status: "missed", value: 0.021 }))]), "letter", TZ);
    expect(o).toEqual({
      cycle: C,
      at: Date.parse("2026-12-01T07:00:00Z"),
      week: "2026-W49",
      arms: { hook: "0" },
      published: true,
      outcome: {
        successes: 42,
        trials: 2000,
        benchmark: "newsletter-click-rate",
        metric: "click_rate",
        measuredAt: JUDGED_AT,
      },
    });
    // not-enough-data is final too: the window closed with fewer than minSample.
    const thin = observations(
      new Map([sent(C, judged(C, { status: "not-enough-data", value: 0.05, sample: 60 }))]),
      "letter",
      TZ,
    );
    expect(thin[0]?.outcome).toMatchObject({ successes: 3, trials: 60 });
  });

  it("keeps an item pending, never failed, while no final primary verdict is in", () => {
    const C = "letter@20261201T0700Z";
    const cases: LedgerEvent[][] = [
      [],
      [judged(C, { status: "pending", value: 0 })],
      // A closed verdict on a secondary benchmark says nothing about the primary one.
      [judged(C, { primary: false, benchmark: "newsletter-open-rate", value: 0.4 })],
      [judged(C, { primary: undefined })],
      // A verdict without a value or a sample to read successes from.
      [judged(C, { value: undefined })],
      [judged(C, { sample: undefined })],
      [judged(C, { sample: 0 })],
    ];
    for (const more of cases) {
      const [o] = observations(new Map([sent(C, ...more)]), "letter", TZ);
      expect(o).toMatchObject({ cycle: C, published: true });
      expect(o).not.toHaveProperty("outcome");
    }
  });

  it("reads the latest final verdict, and keeps successes within 0 and the sample", () => {
    const C = "letter@20261201T0700Z";
    const later = judged(C, { at: "2026-12-06T06:00:00.000Z", value: 0.025 });
    const [o] = observations(
      new Map([sent(C, judged(C), later, judged(C, { status: "pending" }))]),
      "letter",
      TZ,
    );
    expect(o?.outcome).toMatchObject({ successes: 50, measuredAt: "2026-12-06T06:00:00.000Z" });
    const [over] = observations(new Map([sent(C, judged(C, { value: 1.5, sample: 10 }))]), "letter", TZ);
    expect(over?.outcome).toMatchObject({ successes: 10, trials: 10 });
  });

  it("counts items proposed or merged as sent, and leaves out rejected and skipped ones", () => {
    const ledger: Ledger = new Map([
      ["letter@20261215T0700Z", [proposed("letter@20261215T0700Z", { hook: "2" })]],
      [
        "letter@20261208T0700Z",
        [proposed("letter@20261208T0700Z", { hook: "1" }), merged("letter@20261208T0700Z")],
      ],
      sent("letter@20261201T0700Z"),
      [
        "letter@20261222T0700Z",
        [
          proposed("letter@20261222T0700Z"),
          { type: "rejected", at: PROPOSED_AT, cycle: "letter@20261222T0700Z" },
        ],
      ],
      [
        "letter@20261229T0700Z",
        [
          {
            type: "skipped",
            at: PROPOSED_AT,
            cycle: "letter@20261229T0700Z",
            reason: "r",
            guardrail: "budget",
          },
        ],
      ],
      // Skipped before a proposal was recorded: the ledger's status is skipped.
      [
        "letter@20270105T0700Z",
        [
          {
            type: "skipped",
            at: PROPOSED_AT,
            cycle: "letter@20270105T0700Z",
            reason: "r",
            guardrail: "budget",
          },
          proposed("letter@20270105T0700Z"),
        ],
      ],
      // Another workflow whose id starts the same.
      sent("letter-two@20261201T0700Z"),
    ]);
    const seen = observations(ledger, "letter", TZ);
    // Oldest slot first.
    expect(seen.map((o) => [o.cycle, o.arms.hook, o.published])).toEqual([
      ["letter@20261201T0700Z", "0", true],
      ["letter@20261208T0700Z", "1", false],
      ["letter@20261215T0700Z", "2", false],
    ]);
  });

  it("dates an item's week in the strategy's time zone", () => {
    // Sunday 6 December 23:30 UTC is Monday 7 December in Berlin: the next ISO week.
    const C = "letter@20261206T2330Z";
    expect(observations(new Map([sent(C)]), "letter", TZ)[0]?.week).toBe("2026-W50");
    expect(observations(new Map([sent(C)]), "letter", "UTC")[0]?.week).toBe("2026-W49");
  });

  it("reads the ledger as a run at `asOf` saw it", () => {
    const A = "letter@20261201T0700Z";
    const B = "letter@20261208T0700Z";
    const ledger: Ledger = new Map([
      sent(A, judged(A, { at: JUDGED_AT })),
      // Proposed by the run at JUDGED_AT itself: after its plan.
      [B, [{ ...proposed(B), at: JUDGED_AT }]],
    ]);
    const at = (asOf: string) => observations(ledger, "letter", TZ, asOf);
    // Before the verdict: A is pending; B does not exist yet.
    expect(at("2026-12-04T00:00:00.000Z").map((o) => [o.cycle, o.outcome?.successes])).toEqual([
      [A, undefined],
    ]);
    // The run at JUDGED_AT measured A before it planned, and proposed B after: A measured, B unknown.
    expect(at(JUDGED_AT).map((o) => [o.cycle, o.outcome?.successes])).toEqual([[A, 60]]);
    // Any later reader sees both.
    expect(at("2026-12-05T06:00:00.001Z").map((o) => o.cycle)).toEqual([A, B]);
    expect(observations(ledger, "letter", TZ).map((o) => o.cycle)).toEqual([A, B]);
    // Before the proposal was recorded the item is not known at all.
    expect(at(PROPOSED_AT)).toEqual([]);
  });

  it("reads a rejection only once it was recorded", () => {
    const C = "letter@20261201T0700Z";
    const rejectedAt = "2026-12-02T06:00:00.000Z";
    const ledger: Ledger = new Map([[C, [proposed(C), { type: "rejected", at: rejectedAt, cycle: C }]]]);
    expect(observations(ledger, "letter", TZ, rejectedAt).map((o) => o.cycle)).toEqual([C]);
    expect(observations(ledger, "letter", TZ, "2026-12-02T06:00:00.001Z")).toEqual([]);
  });
});

describe("knownAt", () => {
  it("knows everything before the instant, and at the instant only the verdicts and spend measured first", () => {
    const at = "2026-12-05T06:00:00.000Z";
    const C = "letter@20261201T0700Z";
    expect(knownAt({ ...proposed(C), at: "2026-12-05T05:59:59.999Z" }, at)).toBe(true);
    expect(knownAt({ ...proposed(C), at }, at)).toBe(false);
    expect(knownAt(judged(C, { at }), at)).toBe(true);
    expect(knownAt({ type: "spent", at, cycle: C, amount: 1 }, at)).toBe(true);
    expect(knownAt(merged(C), PROPOSED_AT)).toBe(false);
    expect(knownAt(judged(C, { at: "2026-12-05T06:00:00.001Z" }), at)).toBe(false);
  });
});
