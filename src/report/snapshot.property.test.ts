// The weekly snapshots carry sums forward from week to week (ladder-view.ts, budget-view.ts) and cache
// final per-week figures (perf-view.ts). These properties check them against the plain definition — one
// pass over every cycle as known at T — for random histories (late proposals, reviews weeks later,
// corrected metric values) and for snapshots asked in any order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CycleSpec, cycleEvents } from "../../test/report/events.ts";
import { exampleConfig } from "../../test/report/fixture.ts";
import { periodReview } from "../autonomy/period-review.ts";
import { autonomyThresholds, recordsOf } from "../autonomy/track-record.ts";
import { commitments } from "../guardrails/budget.ts";
import { aggregateMetrics, poolItems } from "../metrics/aggregate.ts";
import type { Benchmark, MetricValue } from "../metrics/types.ts";
import { budgetView, capRows } from "./budget-view.ts";
import { ladderView } from "./ladder-view.ts";
import { MetricStore } from "./metric-store.ts";
import { lowerIsBetter, perfView, primaryBenchmark } from "./perf-view.ts";
import { dashboardScope, type Scope, weekScope } from "./scope.ts";
import { eventsBefore, outcomesAt } from "./snapshot.ts";
import type { CycleRecord, MetricPoint, ReportData } from "./types.ts";
import { weekOfMs, weekRange } from "./weeks.ts";

const START = Date.UTC(2026, 8, 7, 8); // Monday 7 September 2026
const HOUR = 3_600_000;
const WORKFLOWS = ["weekly-blog", "weekly-newsletter", "daily-social"] as const;

const cycleArb = fc.record({
  workflow: fc.constantFrom(...WORKFLOWS),
  hour: fc.integer({ min: 0, max: 10 * 7 * 24 }),
  level: fc.constantFrom("L3" as const, "L4" as const, "L5" as const),
  review: fc.oneof(
    fc.constant(undefined),
    fc.constant("rejected" as const),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  published: fc.boolean(),
  verdicts: fc.array(
    fc.record({
      status: fc.constantFrom(
        "met" as const,
        "missed" as const,
        "pending" as const,
        "not-enough-data" as const,
      ),
      value: fc.double({ min: 0, max: 1, noNaN: true }),
      primary: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  reservation: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  spent: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
  // Hours added to the review and everything after it (a proposal left open for weeks) …
  reviewDelay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1200 })),
  // … and to the whole cycle (a proposal made after its slot).
  lateBy: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
  metrics: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 }),
      metric: fc.constantFrom("views", "clicks", "delivered", "opens"),
      value: fc.integer({ min: 0, max: 500 }),
      receivedAfter: fc.integer({ min: 1, max: 600 }),
      correctedFrom: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    }),
    { maxLength: 4 },
  ),
});

type Gen = typeof cycleArb extends fc.Arbitrary<infer T> ? T : never;

/** The points each generated state's MetricStore was built from, for the plain definitions. */
const pointsOf = new WeakMap<ReportData, Map<string, MetricPoint[]>>();

/** An item's values as known at `until`, by definition: a value counts from its arrival, else what it corrected. */
function plainValuesAt(
  cycle: string,
  points: readonly MetricPoint[],
  until: number | undefined,
): MetricValue[] {
  return points.flatMap((p) => {
    const value =
      until === undefined || p.receivedMs < until
        ? p.value
        : p.replaced?.find((r) => r.receivedMs < until)?.value;
    if (value === undefined) return [];
    return [{ cycle, metric: p.metric, value, ...(p.date !== undefined ? { date: p.date } : {}) }];
  });
}

async function dataOf(gens: Gen[]): Promise<ReportData> {
  const config = await exampleConfig();
  const tz = config.strategy.timezone;
  const byId = new Map<string, CycleRecord>();
  const metrics = new Map<string, MetricPoint[]>();
  for (const g of gens) {
    const slot = new Date(START + g.hour * HOUR).toISOString();
    const spec: CycleSpec = {
      workflow: g.workflow,
      slot,
      level: g.level,
      published: g.published,
      verdicts: g.verdicts,
      ...(g.review !== undefined ? { review: g.review } : {}),
      ...(g.reservation !== undefined ? { reservation: g.reservation } : {}),
      ...(g.spent !== undefined ? { spent: g.spent } : {}),
    };
    const [cycle, events] = cycleEvents(spec);
    if (byId.has(cycle)) continue;
    const times = events.map((e, i) => Date.parse(e.at) + (g.lateBy + (i > 0 ? g.reviewDelay : 0)) * HOUR);
    const shifted = events.map((e, i) => ({ ...e, at: new Date(times[i] as number).toISOString() }));
    const slotMs = Date.parse(slot);
    byId.set(cycle, {
      cycle,
      workflow: g.workflow,
      slot,
      slotMs,
      week: weekOfMs(slotMs, tz),
      events: shifted,
      times,
    });
    if (g.published && g.metrics.length) {
      metrics.set(
        cycle,
        g.metrics.map((m) => {
          const point: MetricPoint = {
            date: new Date(slotMs + m.day * 86_400_000).toISOString().slice(0, 10),
            metric: m.metric,
            value: m.value,
            receivedMs: slotMs + m.receivedAfter * HOUR,
          };
          if (m.correctedFrom !== undefined)
            point.replaced = [{ value: m.correctedFrom, receivedMs: slotMs + HOUR }];
          return point;
        }),
      );
    }
  }
  const cycles = [...byId.values()].sort((a, b) => a.slotMs - b.slotMs || (a.cycle < b.cycle ? -1 : 1));
  let now = START;
  for (const c of cycles) for (const t of c.times) now = Math.max(now, t);
  const data: ReportData = {
    config,
    configRel: "marketing",
    now: new Date(now).toISOString(),
    cycles,
    metrics: MetricStore.fromPoints(metrics),
    titles: new Map(),
    exceptions: [],
    decisions: [],
    problems: [],
    weeklyReports: [],
  };
  pointsOf.set(data, metrics);
  return data;
}

/** The ladder by its definition: every outcome as known at T, summed in one pass. */
function plainLadder(data: ReportData, scope: Scope) {
  const { config } = data;
  const outcomes = outcomesAt(data, scope.until);
  const ids = config.workflows.map((w) => w.id);
  const records = new Map(recordsOf(outcomes, ids).map((r) => [r.workflow, r]));
  const lastLevel = new Map<string, string>();
  for (const o of outcomes) if (o.level) lastLevel.set(o.workflow, o.level);
  const benchmarks = config.benchmarks.benchmarks as Benchmark[];
  const review = periodReview({
    outcomes,
    to: scope.kind === "week" ? new Date(scope.end) : scope.asOf,
    thresholds: autonomyThresholds(config.guardrails.autonomy),
    workflows: ids,
    lowerIsBetter: new Set(
      config.workflows.filter((w) => lowerIsBetter(primaryBenchmark(benchmarks, w))).map((w) => w.id),
    ),
  });
  return { records: ids.map((id) => records.get(id)), lastLevel: ids.map((id) => lastLevel.get(id)), review };
}

/** The budget by its definition: every cycle's commitment as known at T. */
function plainBudget(data: ReportData, scope: Scope) {
  const held = data.cycles.flatMap((rec) => {
    const events = eventsBefore(rec, scope.until);
    return events.length ? commitments(data.config, new Map([[rec.cycle, events]])) : [];
  });
  const at = new Date(scope.kind === "week" ? scope.end - 1 : Date.parse(scope.asOf));
  const tz = data.config.strategy.timezone;
  const perWeek = scope.history.map((week) => {
    const inWeek = held.filter((c) => weekOfMs(c.slot.getTime(), tz) === week);
    const sum = (settled: boolean) =>
      inWeek.filter((c) => c.settled === settled).reduce((s, c) => s + c.amount, 0);
    return { week, settled: Math.round(sum(true) * 100) / 100, reserved: Math.round(sum(false) * 100) / 100 };
  });
  const total = (settled: boolean) =>
    Math.round(held.filter((c) => c.settled === settled).reduce((s, c) => s + c.amount, 0) * 100) / 100;
  return { caps: capRows(data, held, at), perWeek, totals: { settled: total(true), reserved: total(false) } };
}

/** Each workflow's primary metric per charted week, by its definition. */
function plainSeries(data: ReportData, scope: Scope) {
  const tz = data.config.strategy.timezone;
  const benchmarks = data.config.benchmarks.benchmarks as Benchmark[];
  return data.config.workflows.flatMap((wf) => {
    const b = primaryBenchmark(benchmarks, wf);
    if (!b) return [];
    const points = scope.history.map((week) => {
      const items = data.cycles.flatMap((rec) => {
        const i = rec.events.findIndex((e) => e.type === "published");
        const t = rec.times[i];
        if (rec.workflow !== wf.id || t === undefined) return [];
        if (weekOfMs(t, tz) !== week || (scope.until !== undefined && t >= scope.until)) return [];
        const points = pointsOf.get(data)?.get(rec.cycle) ?? [];
        return [aggregateMetrics(plainValuesAt(rec.cycle, points, scope.until))];
      });
      return items.length ? poolItems(items)[b.metric]?.value : undefined;
    });
    return points.some((p) => p !== undefined) ? [{ workflow: wf.id, points }] : [];
  });
}

function scopesOf(data: ReportData): Scope[] {
  const dash = dashboardScope(data) as Scope;
  const weeks = weekRange(data.cycles[0]?.week as string, dash.week);
  return [...weeks.map((w) => weekScope(data, w)), dash];
}

describe("weekly snapshots", () => {
  it("match one plain pass over the history as known at the end of each week, in any order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cycleArb, { minLength: 1, maxLength: 40 }),
        fc.integer(),
        async (gens, seed) => {
          const data = await dataOf(gens);
          const scopes = scopesOf(data);
          // Ascending (as a first report asks), then shuffled (the sweeps must start over when time goes back).
          const shuffled = [...scopes].sort(
            (a, b) => ((a.end * 31 + seed) % 97) - ((b.end * 31 + seed) % 97),
          );
          for (const scope of [...scopes, ...shuffled]) {
            const ladder = ladderView(data, scope);
            const plain = plainLadder(data, scope);
            expect(ladder.rows.map((r) => r.record)).toEqual(plain.records);
            expect(ladder.rows.map((r) => r.lastRun)).toEqual(plain.lastLevel);
            expect(ladder.review).toEqual(plain.review);
            const budget = budgetView(data, scope);
            const pb = plainBudget(data, scope);
            expect(budget.caps.map(({ label, pct, ...u }) => u)).toEqual(pb.caps);
            expect(budget.perWeek).toEqual(pb.perWeek);
            expect(budget.totals).toEqual(pb.totals);
            const perf = perfView(data, scope);
            expect(perf.series.map((s) => ({ workflow: s.workflow, points: s.points }))).toEqual(
              plainSeries(data, scope),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
