// The performance delta a report renders: per workflow and metric, the items published this ISO week
// against last week's and against the benchmark. Weeks are those of the strategy's time zone.
import { isoWeek, isoWeekOfDate, localParts } from "../core/calendar.ts";
import { aggregateMetrics, poolItems } from "./aggregate.ts";
import { benchmarkApplies, meets } from "./judge.ts";
import type { Benchmark, DeltaEntry, MetricValue, PublishedItem } from "./types.ts";

export { isoWeek };

export interface DeltaInput {
  items: readonly PublishedItem[];
  /** Stored values of (at least) the items published this week and last week. */
  rows: readonly MetricValue[];
  /** Items' metrics already aggregated (aggregateMetrics of their rows), by cycle: used instead of rows. */
  aggregated?: ReadonlyMap<string, Record<string, number>>;
  benchmarks: readonly Benchmark[];
  now: string | Date;
  /** IANA time zone of the strategy, e.g. Europe/Berlin. */
  timezone: string;
}

function benchmarkFor(
  metric: string,
  workflow: string,
  channels: Set<string>,
  benchmarks: readonly Benchmark[],
) {
  const candidates = benchmarks.filter((b) => b.metric === metric);
  return (
    candidates.find((b) => b.workflow === workflow) ??
    candidates.find((b) => [...channels].some((channel) => benchmarkApplies(b, { workflow, channel })))
  );
}

/** Distance from the threshold, positive on the good side (for min and max, the tighter of the two). */
function margin(b: Benchmark, value: number): number {
  const sides: number[] = [];
  if (b.min !== undefined) sides.push(value - b.min);
  if (b.max !== undefined) sides.push(b.max - value);
  return Math.min(...sides);
}

export function performanceDelta(input: DeltaInput): DeltaEntry[] {
  const now = typeof input.now === "string" ? new Date(input.now) : input.now;
  const { year: y, month: m, day: d } = localParts(now, input.timezone);
  const week = isoWeekOfDate(y, m, d);
  const lastWeekDate = new Date(Date.UTC(y, m - 1, d - 7));
  const previousWeek = isoWeekOfDate(
    lastWeekDate.getUTCFullYear(),
    lastWeekDate.getUTCMonth() + 1,
    lastWeekDate.getUTCDate(),
  );

  const byCycle = new Map<string, MetricValue[]>();
  for (const r of input.rows) {
    const list = byCycle.get(r.cycle);
    if (list) list.push(r);
    else byCycle.set(r.cycle, [r]);
  }
  const workflows = new Map<
    string,
    { now: Record<string, number>[]; prev: Record<string, number>[]; channels: Set<string> }
  >();
  for (const item of input.items) {
    const w = isoWeek(new Date(item.publishedAt), input.timezone);
    if (w !== week && w !== previousWeek) continue;
    let group = workflows.get(item.workflow);
    if (!group) {
      group = { now: [], prev: [], channels: new Set() };
      workflows.set(item.workflow, group);
    }
    group.channels.add(item.channel);
    (w === week ? group.now : group.prev).push(
      input.aggregated?.get(item.cycle) ?? aggregateMetrics(byCycle.get(item.cycle) ?? []),
    );
  }

  const out: DeltaEntry[] = [];
  for (const [workflow, group] of [...workflows].sort(([a], [b]) => a.localeCompare(b))) {
    const thisWeek = poolItems(group.now);
    const lastWeek = poolItems(group.prev);
    const metrics = new Set([...Object.keys(thisWeek), ...Object.keys(lastWeek)]);
    for (const b of input.benchmarks) {
      if (b.workflow === workflow || (b.channel && group.channels.has(b.channel))) metrics.add(b.metric);
    }
    for (const metric of [...metrics].sort()) {
      const a = thisWeek[metric]?.value;
      const p = lastWeek[metric]?.value;
      const benchmark = benchmarkFor(metric, workflow, group.channels, input.benchmarks);
      const entry: DeltaEntry = {
        workflow,
        metric,
        week,
        previousWeek,
        items: thisWeek[metric]?.items ?? 0,
        lastWeekItems: lastWeek[metric]?.items ?? 0,
      };
      if (a !== undefined) entry.thisWeek = a;
      if (p !== undefined) entry.lastWeek = p;
      if (a !== undefined && p !== undefined) {
        entry.change = a - p;
        if (p !== 0) entry.changePct = ((a - p) / Math.abs(p)) * 100;
      }
      if (benchmark) {
        entry.benchmark = benchmark;
        if (a !== undefined) entry.vsBenchmark = { met: meets(benchmark, a), margin: margin(benchmark, a) };
      }
      out.push(entry);
    }
  }
  return out;
}
