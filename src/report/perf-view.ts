// The performance delta: per workflow and metric, the week in focus against the week before and against
// the benchmark, what drove the change, and each workflow's primary metric week by week for the charts.
import type { Workflow } from "../config/types.ts";
import { aggregateMetrics, type Pooled, poolItems } from "../metrics/aggregate.ts";
import { performanceDelta } from "../metrics/delta.ts";
import type { Benchmark, DeltaEntry, PublishedItem } from "../metrics/types.ts";
import { fmtMetric } from "./format.ts";
import type { Scope } from "./scope.ts";
import { hasMetricsBefore, lastMetricAt, metricsSettled } from "./snapshot.ts";
import type { CycleRecord, DecisionEntry, ReportData } from "./types.ts";
import { weekOfMs } from "./weeks.ts";

export interface Series {
  workflow: string;
  metric: string;
  lowerIsBetter: boolean;
  threshold?: number;
  /** One value per week of scope.history (undefined: nothing measured that week). */
  points: Array<number | undefined>;
}

export interface PerfView {
  /** Whether any metric value is known in the scope at all. */
  hasMetrics: boolean;
  delta: DeltaEntry[];
  drivers: Array<{ workflow: string; lines: string[] }>;
  series: Series[];
}

interface Published {
  rec: CycleRecord;
  channel: string;
  publishedAt: string;
  publishedMs: number;
  week: string;
}

/** The benchmark a workflow is judged by: its primary one, else the first that judges it. */
export function primaryBenchmark(benchmarks: readonly Benchmark[], wf: Workflow): Benchmark | undefined {
  const applies = benchmarks.filter((b) => b.workflow === wf.id || b.channel === wf.channel);
  return (
    applies.find((b) => b.primary && b.workflow === wf.id) ?? applies.find((b) => b.primary) ?? applies[0]
  );
}

export function lowerIsBetter(b: Benchmark | undefined): boolean {
  return b !== undefined && b.max !== undefined && b.min === undefined;
}

interface Prepared {
  /** Published items by workflow, then by the ISO week they were published in, oldest first. */
  byWorkflow: Map<string, Map<string, Published[]>>;
  /** Items' lifetime metrics once every value has arrived, computed once. */
  finals: Map<string, Record<string, number>>;
  /** Items' metrics as known at one snapshot time, while their values are still arriving. */
  pending: { until: number | undefined; byCycle: Map<string, Record<string, number>> };
  /** A week's pooled metrics for a workflow once its list and values are final (by list). */
  pooled: WeakMap<Published[], { settledAt: number; pooled: Record<string, Pooled> }>;
  /** Decisions by workflow with their time in ms. */
  decisions: Map<string, Array<{ at: number; d: DecisionEntry }>>;
}

const cache = new WeakMap<ReportData, Prepared>();

function prepared(data: ReportData): Prepared {
  let c = cache.get(data);
  if (c) return c;
  const tz = data.config.strategy.timezone;
  const published: Published[] = [];
  for (const rec of data.cycles) {
    const i = rec.events.findIndex((e) => e.type === "published");
    const e = rec.events[i];
    if (e?.type !== "published") continue;
    const ms = rec.times[i] as number;
    published.push({ rec, channel: e.channel, publishedAt: e.at, publishedMs: ms, week: weekOfMs(ms, tz) });
  }
  published.sort((a, b) => a.publishedMs - b.publishedMs);
  const byWorkflow = new Map<string, Map<string, Published[]>>();
  for (const p of published) {
    let weeks = byWorkflow.get(p.rec.workflow);
    if (!weeks) {
      weeks = new Map();
      byWorkflow.set(p.rec.workflow, weeks);
    }
    const list = weeks.get(p.week);
    if (list) list.push(p);
    else weeks.set(p.week, [p]);
  }
  const decisions = new Map<string, Array<{ at: number; d: DecisionEntry }>>();
  for (const d of data.decisions) {
    if (d.workflow === undefined) continue;
    const list = decisions.get(d.workflow) ?? [];
    list.push({ at: Date.parse(d.at), d });
    decisions.set(d.workflow, list);
  }
  c = {
    byWorkflow,
    finals: new Map(),
    pending: { until: 0, byCycle: new Map() },
    pooled: new WeakMap(),
    decisions,
  };
  cache.set(data, c);
  return c;
}

/** A workflow's items published in a week, as known before `until`. */
function publishedIn(c: Prepared, workflow: string, week: string, until: number | undefined): Published[] {
  const list = c.byWorkflow.get(workflow)?.get(week);
  if (!list) return [];
  if (until === undefined || (list[list.length - 1] as Published).publishedMs < until) return list;
  return list.filter((p) => p.publishedMs < until);
}

/** An item's lifetime metrics as known at the scope's end; final values are computed once and reused. */
function metricsOf(data: ReportData, cycle: string, until: number | undefined): Record<string, number> {
  if (!data.metrics.has(cycle)) return {};
  const c = prepared(data);
  if (!metricsSettled(data, cycle, until)) {
    // Values still arriving at `until`: the delta, the charts and the drivers of one snapshot share them.
    if (c.pending.until !== until) c.pending = { until, byCycle: new Map() };
    let m = c.pending.byCycle.get(cycle);
    if (!m) {
      m = aggregateMetrics(data.metrics.valuesAt(cycle, until));
      c.pending.byCycle.set(cycle, m);
    }
    return m;
  }
  let m = c.finals.get(cycle);
  if (!m) {
    m = aggregateMetrics(data.metrics.valuesAt(cycle));
    c.finals.set(cycle, m);
  }
  return m;
}

/** A week's items pooled into one figure per metric; final once the week is over and its values are in. */
function pooledWeek(data: ReportData, list: Published[], until: number | undefined): Record<string, Pooled> {
  const c = prepared(data);
  const hit = c.pooled.get(list);
  if (hit && (until === undefined || hit.settledAt < until)) return hit.pooled;
  const pooled = poolItems(list.map((p) => metricsOf(data, p.rec.cycle, until)));
  // Only a whole week's list (the one stored in prepared) can be final; a filtered one is a fresh array.
  if (c.byWorkflow.get(list[0]?.rec.workflow ?? "")?.get(list[0]?.week ?? "") === list) {
    let settledAt = Number.NEGATIVE_INFINITY;
    for (const p of list) settledAt = Math.max(settledAt, lastMetricAt(data, p.rec.cycle));
    if (until === undefined || settledAt < until) c.pooled.set(list, { settledAt, pooled });
  }
  return pooled;
}

export function perfView(data: ReportData, scope: Scope): PerfView {
  const tz = data.config.strategy.timezone;
  const benchmarks = data.config.benchmarks.benchmarks as Benchmark[];
  const until = scope.until;
  const c = prepared(data);

  // The delta compares the items of the week in focus with those of the week before, per workflow
  // (the week before counts only when the history reaches back to it).
  const pair = scope.history.includes(scope.previousWeek) ? [scope.previousWeek, scope.week] : [scope.week];
  const items: PublishedItem[] = [];
  const aggregated = new Map<string, Record<string, number>>();
  for (const workflow of c.byWorkflow.keys()) {
    for (const week of pair) {
      for (const p of publishedIn(c, workflow, week, until)) {
        items.push({ cycle: p.rec.cycle, workflow, channel: p.channel, publishedAt: p.publishedAt });
        aggregated.set(p.rec.cycle, metricsOf(data, p.rec.cycle, until));
      }
    }
  }
  const delta = performanceDelta({
    items,
    rows: [],
    aggregated,
    benchmarks,
    now: new Date(scope.end - 1),
    timezone: tz,
  });

  const series: Series[] = [];
  const drivers: PerfView["drivers"] = [];
  for (const wf of data.config.workflows) {
    const b = primaryBenchmark(benchmarks, wf);
    if (b) {
      const points = scope.history.map((w) => {
        const list = publishedIn(c, wf.id, w, until);
        return list.length ? pooledWeek(data, list, until)[b.metric]?.value : undefined;
      });
      if (points.some((v) => v !== undefined)) {
        const threshold = b.min ?? b.max;
        series.push({
          workflow: wf.id,
          metric: b.metric,
          lowerIsBetter: lowerIsBetter(b),
          ...(threshold !== undefined ? { threshold } : {}),
          points,
        });
      }
    }
    const now = publishedIn(c, wf.id, scope.week, until);
    const prev = pair.length > 1 ? publishedIn(c, wf.id, scope.previousWeek, until) : [];
    const lines = explain(data, scope, wf, b, now, prev);
    if (lines.length) drivers.push({ workflow: wf.id, lines });
  }
  const hasMetrics = hasMetricsBefore(data, until);
  return { hasMetrics, delta, drivers, series };
}

/** What drove the week: volume, the best and worst item with their arms, the leading arm, decisions. */
function explain(
  data: ReportData,
  scope: Scope,
  wf: Workflow,
  b: Benchmark | undefined,
  now: readonly Published[],
  prev: readonly Published[],
): string[] {
  const lines: string[] = [];
  if (now.length || prev.length)
    lines.push(`${now.length} item(s) published (${prev.length} the week before)`);
  if (b) {
    const scored = now
      .map((p) => ({ p, v: metricsOf(data, p.rec.cycle, scope.until)[b.metric] }))
      .filter((x): x is { p: Published; v: number } => x.v !== undefined);
    const better = (x: number, y: number) => (lowerIsBetter(b) ? x < y : x > y);
    if (scored.length >= 2) {
      const sorted = [...scored].sort((x, y) =>
        better(x.v, y.v) ? -1 : better(y.v, x.v) ? 1 : x.p.rec.cycle < y.p.rec.cycle ? -1 : 1,
      );
      const best = sorted[0] as { p: Published; v: number };
      const worst = sorted[sorted.length - 1] as { p: Published; v: number };
      lines.push(`best: ${label(data, best.p)} at ${fmtMetric(b.metric, best.v)} (${arms(best.p)})`);
      lines.push(`weakest: ${label(data, worst.p)} at ${fmtMetric(b.metric, worst.v)} (${arms(worst.p)})`);
      const lead = leadingArm(scored, better);
      if (lead)
        lines.push(
          `${lead.dimension} "${lead.value}" led: ${fmtMetric(b.metric, lead.mean)} against ${fmtMetric(b.metric, lead.rest)} for the others`,
        );
    }
  }
  const until = scope.until ?? Number.POSITIVE_INFINITY;
  for (const { at, d } of prepared(data).decisions.get(wf.id) ?? []) {
    if (at >= scope.start && at < Math.min(scope.end, until))
      lines.push(`decision: ${d.summary} (${d.signal})`);
  }
  return lines;
}

function label(data: ReportData, p: Published): string {
  const title = data.titles.get(p.rec.cycle);
  return title ? `"${title}"` : p.rec.cycle;
}

function arms(p: Published): string {
  const proposed = p.rec.events.find((e) => e.type === "proposed");
  const entries =
    proposed?.type === "proposed" ? Object.entries(proposed.arms).sort(([a], [b]) => (a < b ? -1 : 1)) : [];
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(", ") : "no arms recorded";
}

/** The arm value whose items did best, when one dimension had at least two values this week. */
function leadingArm(
  scored: ReadonlyArray<{ p: Published; v: number }>,
  better: (x: number, y: number) => boolean,
): { dimension: string; value: string; mean: number; rest: number } | undefined {
  const dims = new Map<string, Map<string, number[]>>();
  for (const { p, v } of scored) {
    const proposed = p.rec.events.find((e) => e.type === "proposed");
    if (proposed?.type !== "proposed") continue;
    for (const [dim, value] of Object.entries(proposed.arms)) {
      const byValue = dims.get(dim) ?? new Map<string, number[]>();
      byValue.set(value, [...(byValue.get(value) ?? []), v]);
      dims.set(dim, byValue);
    }
  }
  let lead: { dimension: string; value: string; mean: number; rest: number; gap: number } | undefined;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  for (const [dimension, byValue] of [...dims].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (byValue.size < 2) continue;
    for (const [value, vs] of [...byValue].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rest = [...byValue].filter(([k]) => k !== value).flatMap(([, xs]) => xs);
      const m = mean(vs);
      const r = mean(rest);
      const gap = Math.abs(m - r);
      if (better(m, r) && (!lead || gap > lead.gap)) lead = { dimension, value, mean: m, rest: r, gap };
    }
  }
  return lead && { dimension: lead.dimension, value: lead.value, mean: lead.mean, rest: lead.rest };
}
