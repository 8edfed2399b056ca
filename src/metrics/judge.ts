// Judging a published item against its benchmarks: pending until the measurement window has passed,
// then "not enough data" until the minimum sample is in, then met or missed. Pure: the clock is passed in.
import { parseDuration } from "../core/time.ts";
import { aggregateMetrics } from "./aggregate.ts";
import { metricKind } from "./catalogue.ts";
import type { Benchmark, Judgement, MetricValue, PublishedItem } from "./types.ts";

/** A benchmarks.yaml entry names exactly one of workflow or channel; it judges the items it names. */
export function benchmarkApplies(
  benchmark: Benchmark,
  item: Pick<PublishedItem, "workflow" | "channel">,
): boolean {
  return benchmark.workflow === item.workflow || benchmark.channel === item.channel;
}

/** 0.4123 as "41.2 %" for rates, other values to two decimals. */
export function formatMetric(metric: string, value: number): string {
  // A sum of stored values can pass what a number holds; never print "Infinity" or "NaN" as a figure.
  if (!Number.isFinite(value)) return "out of range";
  if (metricKind(metric) === "rate") {
    const pct = value * 100;
    return Number.isFinite(pct) ? `${pct.toFixed(1)} %` : `${value} (not a fraction)`;
  }
  // Hundredths; a value this large has none worth showing, and 1e308 × 100 would be Infinity.
  return Math.abs(value) < 1e15 ? String(Math.round(value * 100) / 100) : String(value);
}

function thresholds(b: Benchmark): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`≥ ${formatMetric(b.metric, b.min)}`);
  if (b.max !== undefined) parts.push(`≤ ${formatMetric(b.metric, b.max)}`);
  return parts.join(" and ");
}

export function meets(b: Benchmark, value: number): boolean {
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

/**
 * One verdict per benchmark that applies to the item. Values are measured within
 * [publishedAt, publishedAt + window): daily counts inside the window are summed and rates recomputed
 * from them; a metric known only as a lifetime total uses that total.
 */
export function judgeItem(
  item: PublishedItem,
  benchmarks: readonly Benchmark[],
  rowsForItem: readonly MetricValue[],
  now: string | Date,
): Judgement[] {
  const nowMs = typeof now === "string" ? Date.parse(now) : now.getTime();
  const published = Date.parse(item.publishedAt);
  if (Number.isNaN(published))
    throw new Error(`item ${item.cycle}: publishedAt "${item.publishedAt}" is not an ISO time`);
  const rows = rowsForItem.filter((r) => r.cycle === item.cycle);
  const out: Judgement[] = [];
  for (const b of benchmarks) {
    if (!benchmarkApplies(b, item)) continue;
    const end = published + parseDuration(b.window);
    const metrics = aggregateMetrics(rows, { from: published, to: end });
    const value = metrics[b.metric];
    const sample = b.minSample ? metrics[b.minSample.metric] : undefined;
    const base = {
      benchmark: b,
      ...(value !== undefined ? { value } : {}),
      ...(sample !== undefined ? { sample } : {}),
    };
    const endIso = new Date(end).toISOString();
    if (nowMs < end) {
      const sofar =
        value === undefined ? "no data yet" : `${b.metric} ${formatMetric(b.metric, value)} so far`;
      out.push({ ...base, status: "pending", reason: `the ${b.window} window ends ${endIso} (${sofar})` });
      continue;
    }
    if (b.minSample && (sample === undefined || sample < b.minSample.value)) {
      out.push({
        ...base,
        status: "not-enough-data",
        reason: `${b.minSample.metric} ${sample ?? "unknown"} is below the minimum sample of ${b.minSample.value} within ${b.window}`,
      });
      continue;
    }
    if (value === undefined) {
      out.push({
        ...base,
        status: "not-enough-data",
        reason: `no ${b.metric} data within the ${b.window} window`,
      });
      continue;
    }
    const ok = meets(b, value);
    out.push({
      ...base,
      status: ok ? "met" : "missed",
      reason: `${b.metric} ${formatMetric(b.metric, value)} within ${b.window}; benchmark ${thresholds(b)}`,
    });
  }
  return out;
}
