// The performance delta: per workflow and metric, the week in focus against the week before and against
// the benchmark, what drove the change, and each workflow's primary metric week by week for the charts.
import type { Workflow } from "../config/types.ts";
import { aggregateMetrics, poolItems } from "../metrics/aggregate.ts";
import { performanceDelta } from "../metrics/delta.ts";
import type { Benchmark, DeltaEntry, MetricValue, PublishedItem } from "../metrics/types.ts";
import { fmtMetric } from "./format.ts";
import { valuesAt } from "./items.ts";
import type { Scope } from "./scope.ts";
import { hasMetricsBefore, lowerBound, metricsSettled } from "./snapshot.ts";
import type { CycleRecord, ReportData } from "./types.ts";
import { weekBounds, weekOfMs } from "./weeks.ts";

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

/** The benchmark a workflow optimises: its primary one, else the first that judges it. */
export function primaryBenchmark(benchmarks: readonly Benchmark[], wf: Workflow): Benchmark | undefined {
  const applies = benchmarks.filter((b) => b.workflow === wf.id || b.channel === wf.channel);
  return (
    applies.find((b) => b.primary && b.workflow === wf.id) ?? applies.find((b) => b.primary) ?? applies[0]
  );
}

export function lowerIsBetter(b: Benchmark | undefined): boolean {
  return b !== undefined && b.max !== undefined && b.min === undefined;
}

const cache = new WeakMap<
  ReportData,
  { published: Published[]; times: Float64Array; finals: Map<string, Record<string, number>> }
>();

function prepared(data: ReportData) {
  let c = cache.get(data);
  if (!c) {
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
    c = { published, times: Float64Array.from(published.map((x) => x.publishedMs)), finals: new Map() };
    cache.set(data, c);
  }
  return c;
}

/** An item's lifetime metrics as known at the scope's end; final values are computed once and reused. */
function metricsOf(data: ReportData, cycle: string, until: number | undefined): Record<string, number> {
  const points = data.metrics.get(cycle);
  if (!points) return {};
  if (!metricsSettled(data, cycle, until)) return aggregateMetrics(valuesAt(cycle, points, until));
  const { finals } = prepared(data);
  let m = finals.get(cycle);
  if (!m) {
    m = aggregateMetrics(valuesAt(cycle, points));
    finals.set(cycle, m);
  }
  return m;
}

export function perfView(data: ReportData, scope: Scope): PerfView {
  const tz = data.config.strategy.timezone;
  const benchmarks = data.config.benchmarks.benchmarks as Benchmark[];
  const until = scope.until;
  const { published, times } = prepared(data);
  const from = lowerBound(times, weekBounds(scope.history[0] as string, tz).start);
  const to = until === undefined ? published.length : lowerBound(times, until);
  const inWeeks = new Set(scope.history);
  const recent = published.slice(from, Math.max(from, to)).filter((p) => inWeeks.has(p.week));

  const pair = recent.filter((p) => p.week === scope.week || p.week === scope.previousWeek);
  const items: PublishedItem[] = pair.map((p) => ({
    cycle: p.rec.cycle,
    workflow: p.rec.workflow,
    channel: p.channel,
    publishedAt: p.publishedAt,
  }));
  const rows: MetricValue[] = pair.flatMap((p) =>
    valuesAt(p.rec.cycle, data.metrics.get(p.rec.cycle) ?? [], until),
  );
  const delta = performanceDelta({ items, rows, benchmarks, now: new Date(scope.end - 1), timezone: tz });

  const series: Series[] = [];
  const drivers: PerfView["drivers"] = [];
  const byWorkflow = new Map<string, Published[]>();
  for (const p of recent) {
    const list = byWorkflow.get(p.rec.workflow);
    if (list) list.push(p);
    else byWorkflow.set(p.rec.workflow, [p]);
  }
  for (const wf of data.config.workflows) {
    const b = primaryBenchmark(benchmarks, wf);
    const mine = byWorkflow.get(wf.id) ?? [];
    if (b) {
      const byWeek = new Map<string, Record<string, number>[]>();
      for (const p of mine) {
        const list = byWeek.get(p.week) ?? [];
        list.push(metricsOf(data, p.rec.cycle, until));
        byWeek.set(p.week, list);
      }
      const points = scope.history.map((w) => {
        const pooled = poolItems(byWeek.get(w) ?? []);
        return pooled[b.metric]?.value;
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
    const lines = explain(data, scope, wf, b, mine);
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
  mine: readonly Published[],
): string[] {
  const lines: string[] = [];
  const now = mine.filter((p) => p.week === scope.week);
  const prev = mine.filter((p) => p.week === scope.previousWeek);
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
  for (const d of data.decisions) {
    const t = Date.parse(d.at);
    if (d.workflow === wf.id && t >= scope.start && t < Math.min(scope.end, until))
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
