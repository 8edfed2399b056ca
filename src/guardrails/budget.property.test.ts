// Budget caps against an independent model. The model below re-states the rule in the plainest terms —
// every cycle holds its measured spend once known, else its reservation unless it was rejected or
// skipped; a cap's use is the sum of the holds in the same ISO week / calendar month (in the strategy's
// time zone), of the same workflow in the same month, of the same campaign ever; a reservation is refused
// when it would take any cap past its limit — and computes it from the generated cycles, with its own
// calendar (Intl's exact answer, not calendar.ts's cached offsets) and none of budget.ts's code. The
// generated slots crowd around month and ISO-week boundaries (including 2026-W53, which ends in 2027),
// where a sum in the wrong zone or the wrong period would show.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Config, Workflow } from "../config/types.ts";
import { cycleId } from "../core/time.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { type CapUse, capCrossed, capUses, commitments } from "./budget.ts";
import { createWalls } from "./walls.ts";

// ---- the model ----------------------------------------------------------------------------------------

type CapName = CapUse["cap"];

interface Caps {
  weekly?: number;
  monthly?: number;
  perWorkflow: Record<string, number>;
  perCampaign: Record<string, number>;
}

/** One generated cycle, as the model sees it. */
interface Spec {
  workflow: string;
  slot: number;
  reservation: number;
  spent?: number;
  released?: "rejected" | "skipped";
}

const CAMPAIGN: Record<string, string | undefined> = { a: "launch", b: "launch", c: undefined, d: "solo" };

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Answers by zone and instant: the same few hundred instants are asked about thousands of times. */
const days = new Map<string, { y: number; m: number; d: number }>();
/** The local calendar date, straight from Intl. */
function localDay(ms: number, tz: string): { y: number; m: number; d: number } {
  const key = `${tz} ${ms}`;
  let day = days.get(key);
  if (day) return day;
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, year: "numeric", month: "numeric", day: "numeric" });
    formatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  day = { y: p.year as number, m: p.month as number, d: p.day as number };
  days.set(key, day);
  return day;
}

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
/** Monday = 0 … Sunday = 6, of a calendar date (as a UTC midnight). */
const mondayBased = (utcMidnight: number) => (new Date(utcMidnight).getUTCDay() + 6) % 7;

/** ISO 8601 week: the week (Monday–Sunday) belongs to the year its Thursday falls in; week 1 holds the first Thursday. */
function modelWeek(ms: number, tz: string): string {
  const { y, m, d } = localDay(ms, tz);
  const date = Date.UTC(y, m - 1, d);
  const thursday = date + (3 - mondayBased(date)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const firstThursday = jan1 + ((3 - mondayBased(jan1) + 7) % 7) * DAY;
  return `${year}-W${pad(1 + Math.round((thursday - firstThursday) / (7 * DAY)))}`;
}

function modelMonth(ms: number, tz: string): string {
  const { y, m } = localDay(ms, tz);
  return `${y}-${pad(m)}`;
}

interface Held {
  workflow: string;
  slot: number;
  amount: number;
}

function modelHolds(specs: Iterable<Spec>): Held[] {
  const held: Held[] = [];
  for (const s of specs) {
    const amount = s.spent !== undefined ? s.spent : s.released ? 0 : s.reservation;
    if (amount > 0) held.push({ workflow: s.workflow, slot: s.slot, amount });
  }
  return held;
}

/** Every cap that applies to a candidate, with what the holds already use of it. */
function modelUses(caps: Caps, tz: string, held: Held[], workflow: string, slot: number): CapUse[] {
  const total = (pred: (h: Held) => boolean) => held.filter(pred).reduce((s, h) => s + h.amount, 0);
  const week = modelWeek(slot, tz);
  const month = modelMonth(slot, tz);
  const campaign = CAMPAIGN[workflow];
  const uses: CapUse[] = [];
  if (caps.weekly !== undefined)
    uses.push({
      cap: "weekly",
      key: week,
      limit: caps.weekly,
      used: total((h) => modelWeek(h.slot, tz) === week),
    });
  if (caps.monthly !== undefined)
    uses.push({
      cap: "monthly",
      key: month,
      limit: caps.monthly,
      used: total((h) => modelMonth(h.slot, tz) === month),
    });
  const wfLimit = caps.perWorkflow[workflow];
  if (wfLimit !== undefined)
    uses.push({
      cap: "workflow",
      key: workflow,
      limit: wfLimit,
      used: total((h) => h.workflow === workflow && modelMonth(h.slot, tz) === month),
    });
  const campLimit = campaign === undefined ? undefined : caps.perCampaign[campaign];
  if (campaign !== undefined && campLimit !== undefined)
    uses.push({
      cap: "campaign",
      key: campaign,
      limit: campLimit,
      used: total((h) => CAMPAIGN[h.workflow] === campaign),
    });
  return uses;
}

/** The first cap the amount would take past its limit, in the order modelUses lists them. */
function modelCrossed(uses: CapUse[], amount: number): CapUse | undefined {
  if (amount <= 0) return undefined;
  // Amounts are multiples of 0.5 and limits whole numbers: every sum here is exact.
  return uses.find((u) => u.used + amount > u.limit);
}

// ---- the configuration and the ledger the implementation reads ------------------------------------------

function configFor(tz: string, caps: Caps, cost: Record<string, number> = {}): Config {
  const workflow = (id: string): Workflow => ({
    id,
    name: id,
    channel: "blog",
    level: "L3",
    cadence: "0 9 * * *",
    format: "post",
    pillars: ["p"],
    costPerItem: cost[id] ?? 0,
    ...(CAMPAIGN[id] ? { campaign: CAMPAIGN[id] } : {}),
  });
  return {
    dir: "/nonexistent/marketing",
    strategy: {
      version: 1,
      business: { name: "B", url: "https://b.example", description: "d", audience: "a" },
      timezone: tz,
      pillars: [{ id: "p", name: "P", points: ["x"] }],
      channels: [{ id: "blog", type: "blog", outputDir: "site", siteUrl: "https://b.example/blog" }],
      generator: { provider: "template" },
    },
    guardrails: {
      version: 1,
      // No other walls: only the budget decides.
      channels: {},
      budget: {
        currency: "EUR",
        ...(caps.weekly !== undefined ? { weekly: caps.weekly } : {}),
        ...(caps.monthly !== undefined ? { monthly: caps.monthly } : {}),
        perWorkflow: caps.perWorkflow,
        perCampaign: caps.perCampaign,
      },
    },
    benchmarks: { version: 1, benchmarks: [] },
    workflows: Object.keys(CAMPAIGN).map(workflow),
    voiceGuide: "",
    sources: new Map(),
  };
}

function ledgerOf(specs: Map<string, Spec>): Ledger {
  const ledger: Ledger = new Map();
  for (const [cycle, s] of specs) {
    const events: LedgerEvent[] = [
      {
        type: "proposed",
        at: "2026-11-01T00:00:00.000Z",
        cycle,
        workflow: s.workflow,
        channel: "blog",
        slot: new Date(s.slot).toISOString(),
        level: "L3",
        branch: `loopcast/${cycle}`,
        proposal: { id: cycle },
        contentPath: "x",
        contentHash: "0".repeat(64),
        arms: {},
        generator: "template",
        reservation: s.reservation,
      },
    ];
    if (s.released === "rejected") events.push({ type: "rejected", at: "x", cycle });
    if (s.released === "skipped") events.push({ type: "skipped", at: "x", cycle, reason: "r" });
    if (s.spent !== undefined) events.push({ type: "spent", at: "x", cycle, amount: s.spent });
    ledger.set(cycle, events);
  }
  return ledger;
}

// ---- generators ---------------------------------------------------------------------------------------

const ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "Pacific/Auckland",
  "Asia/Kolkata",
  "Pacific/Honolulu",
  "UTC",
];
/** UTC midnights of month starts and ISO-week Mondays from late November 2026 to February 2027. */
const BOUNDARIES = [
  "2026-11-30",
  "2026-12-01",
  "2026-12-07",
  "2026-12-28",
  "2027-01-01",
  "2027-01-04",
  "2027-02-01",
].map((d) => Date.parse(`${d}T00:00:00Z`));
const MINUTE = 60_000;
const FROM = Date.parse("2026-11-23T00:00:00Z");
const TO = Date.parse("2027-02-08T00:00:00Z");

/** Slots at minute resolution (cycle ids have minutes): two in three within 36 hours of a boundary. */
const slotArb: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...BOUNDARIES), fc.integer({ min: -36 * 60, max: 36 * 60 }))
      .map(([b, m]) => b + m * MINUTE),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: (TO - FROM) / MINUTE }).map((m) => FROM + m * MINUTE) },
);
const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
const workflowArb = fc.constantFrom(...Object.keys(CAMPAIGN));
const capArb = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });
const capsArb: fc.Arbitrary<Caps> = fc
  .record({ weekly: capArb, monthly: capArb, a: capArb, c: capArb, launch: capArb, solo: capArb })
  .map(({ weekly, monthly, a, c, launch, solo }) => {
    const caps: Caps = { perWorkflow: {}, perCampaign: {} };
    if (weekly !== undefined) caps.weekly = weekly;
    if (monthly !== undefined) caps.monthly = monthly;
    if (a !== undefined) caps.perWorkflow.a = a;
    if (c !== undefined) caps.perWorkflow.c = c;
    if (launch !== undefined) caps.perCampaign.launch = launch;
    if (solo !== undefined) caps.perCampaign.solo = solo;
    return caps;
  });
const specArb: fc.Arbitrary<Spec> = fc
  .record({
    workflow: workflowArb,
    slot: slotArb,
    reservation: half(8),
    spent: fc.option(half(10), { nil: undefined }),
    released: fc.option(fc.constantFrom("rejected" as const, "skipped" as const), { nil: undefined }),
  })
  .map((s) => {
    const spec: Spec = { workflow: s.workflow, slot: s.slot, reservation: s.reservation };
    if (s.spent !== undefined) spec.spent = s.spent;
    if (s.released) spec.released = s.released;
    return spec;
  });
/** Cycles by id: a repeated id is one cycle, for the model as for the ledger. */
const cyclesArb = fc
  .array(specArb, { maxLength: 25 })
  .map((specs) => new Map(specs.map((s) => [cycleId(s.workflow, new Date(s.slot)), s])));

const RUNS = { numRuns: 200 };

describe("budget caps against an independent model", () => {
  it("the model's calendar: ISO weeks and months in the strategy's time zone", () => {
    const at = (iso: string) => Date.parse(iso);
    expect(modelWeek(at("2026-12-28T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(modelWeek(at("2027-01-03T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(modelWeek(at("2027-01-04T12:00:00Z"), "UTC")).toBe("2027-W01");
    expect(modelWeek(at("2024-12-30T12:00:00Z"), "UTC")).toBe("2025-W01");
    expect(modelWeek(at("2026-01-01T12:00:00Z"), "UTC")).toBe("2026-W01");
    // Monday 00:30 in Berlin is still Sunday in UTC: the local week decides.
    expect(modelWeek(at("2026-12-06T23:30:00Z"), "Europe/Berlin")).toBe("2026-W50");
    expect(modelWeek(at("2026-12-06T23:30:00Z"), "UTC")).toBe("2026-W49");
    // 03:00 UTC on New Year's Day is still December in New York, already January in Auckland.
    expect(modelMonth(at("2027-01-01T03:00:00Z"), "America/New_York")).toBe("2026-12");
    expect(modelMonth(at("2026-12-31T12:00:00Z"), "Pacific/Auckland")).toBe("2027-01");
  });

  it("commitments hold what the model says, and capUses sums them the same way", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        capsArb,
        cyclesArb,
        workflowArb,
        slotArb,
        (tz, caps, cycles, wf, slot) => {
          const config = configFor(tz, caps);
          const held = commitments(config, ledgerOf(cycles));
          expect(held.map((c) => c.amount).sort()).toEqual(
            modelHolds(cycles.values())
              .map((h) => h.amount)
              .sort(),
          );
          const campaign = CAMPAIGN[wf];
          const uses = capUses(config, held, {
            at: new Date(slot),
            workflow: wf,
            ...(campaign ? { campaign } : {}),
          });
          expect(uses).toEqual(modelUses(caps, tz, modelHolds(cycles.values()), wf, slot));
        },
      ),
      RUNS,
    );
  });

  it("capCrossed refuses exactly the reservations the model refuses, naming the same cap", () => {
    let refused = 0;
    let admitted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        capsArb,
        cyclesArb,
        workflowArb,
        slotArb,
        half(8),
        (tz, caps, cycles, wf, slot, amount) => {
          const config = configFor(tz, caps);
          const campaign = CAMPAIGN[wf];
          const crossed = capCrossed(config, commitments(config, ledgerOf(cycles)), {
            cycle: cycleId(wf, new Date(slot)),
            workflow: wf,
            slot: new Date(slot),
            amount,
            settled: false,
            ...(campaign ? { campaign } : {}),
          });
          const expected = modelCrossed(modelUses(caps, tz, modelHolds(cycles.values()), wf, slot), amount);
          expect(crossed).toEqual(expected);
          if (expected) refused++;
          else admitted++;
        },
      ),
      RUNS,
    );
    // The generators reach both answers often enough for the comparison to mean something.
    expect(refused).toBeGreaterThan(RUNS.numRuns / 10);
    expect(admitted).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it("the walls admit a sequence of cycles exactly as the model does, each admitted one counting against the next", () => {
    const seen = new Set<CapName | "admitted">();
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        capsArb,
        cyclesArb,
        fc.record({ a: half(6), b: half(6), c: half(6), d: half(6) }),
        fc.array(fc.tuple(workflowArb, slotArb), { minLength: 1, maxLength: 20 }),
        (tz, caps, cycles, cost, candidates) => {
          const config = configFor(tz, caps, cost);
          const walls = createWalls(config, ledgerOf(cycles), new Map());
          const held = modelHolds(cycles.values());
          for (const [wf, slot] of candidates) {
            const workflow = config.workflows.find((w) => w.id === wf) as Workflow;
            const amount = cost[wf as keyof typeof cost];
            const verdict = walls.admit(workflow, cycleId(wf, new Date(slot)), new Date(slot));
            const crossed = modelCrossed(modelUses(caps, tz, held, wf, slot), amount);
            if (crossed) {
              seen.add(crossed.cap);
              expect(verdict).toMatchObject({ ok: false, guardrail: "budget", reservation: amount });
              const what = {
                weekly: `weekly cap (${crossed.key})`,
                monthly: `monthly cap (${crossed.key})`,
                workflow: `monthly cap of workflow ${crossed.key}`,
                campaign: `cap of campaign ${crossed.key}`,
              }[crossed.cap];
              expect((verdict as { reason: string }).reason).toContain(`would cross the ${what}:`);
            } else {
              seen.add("admitted");
              expect(verdict).toEqual({ ok: true, reservation: amount });
              if (amount > 0) held.push({ workflow: wf, slot, amount });
            }
          }
        },
      ),
      RUNS,
    );
    expect([...seen].sort()).toEqual(["admitted", "campaign", "monthly", "weekly", "workflow"]);
  });
});
