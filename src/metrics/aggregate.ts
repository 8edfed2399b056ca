// Combining stored values: the days of one item within a window, then several items of one week.
// Counts add up; rates are recomputed from the summed counts (the mean of daily rates overweights quiet
// days); averages are weighted by their volume metric when it is there.
import { AVERAGE_WEIGHTS, DERIVED_RATES, metricKind } from "./catalogue.ts";
import type { MetricValue } from "./types.ts";

const DAY_MS = 86_400_000;

/** Instants in ms; a daily value counts when its UTC day overlaps [from, to). */
export interface Range {
  from: number;
  to: number;
}

interface Series {
  lifetime?: number;
  daily: Array<{ date: string; value: number }>;
}

function inRange(date: string, range: Range | undefined): boolean {
  if (!range) return true;
  const start = Date.parse(`${date}T00:00:00Z`);
  return start < range.to && start + DAY_MS > range.from;
}

function mean(xs: readonly number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

/** Mean of `values` weighted by `weights` (same days); the plain mean when a weight is missing. */
function weightedMean(
  values: ReadonlyArray<{ date: string; value: number }>,
  weights: Map<string, number> | undefined,
) {
  if (weights && values.every((v) => weights.has(v.date))) {
    let num = 0;
    let den = 0;
    for (const v of values) {
      const w = weights.get(v.date) as number;
      num += v.value * w;
      den += w;
    }
    if (den > 0) return num / den;
  }
  return mean(values.map((v) => v.value));
}

/**
 * One item's metrics. Per metric, daily values (within `range` when given) win over a lifetime total;
 * the lifetime total is used only when the metric has no daily values at all. Rates without their counts
 * fall back to the volume-weighted (else plain) mean of the daily rates.
 */
export function aggregateMetrics(values: readonly MetricValue[], range?: Range): Record<string, number> {
  const series = new Map<string, Series>();
  for (const v of values) {
    let s = series.get(v.metric);
    if (!s) {
      s = { daily: [] };
      series.set(v.metric, s);
    }
    if (v.date === undefined) s.lifetime = v.value;
    else s.daily.push({ date: v.date, value: v.value });
  }
  const out: Record<string, number> = {};
  const windowed = new Map<string, Array<{ date: string; value: number }>>();
  for (const [metric, s] of series) {
    const days = s.daily.filter((d) => inRange(d.date, range));
    windowed.set(metric, days);
    if (metricKind(metric) !== "count") continue;
    if (s.daily.length) {
      if (days.length) out[metric] = days.reduce((a, d) => a + d.value, 0);
    } else if (s.lifetime !== undefined) out[metric] = s.lifetime;
  }
  const byDay = (metric: string) => {
    const days = windowed.get(metric);
    return days ? new Map(days.map((d) => [d.date, d.value])) : undefined;
  };
  for (const [metric, s] of series) {
    const kind = metricKind(metric);
    if (kind === "count") continue;
    const days = windowed.get(metric) ?? [];
    if (kind === "rate") {
      const derived = deriveRate(metric, out);
      if (derived !== undefined) out[metric] = derived;
      else if (s.daily.length) {
        const formula = DERIVED_RATES.find((r) => r.metric === metric && byDay(r.denominator)?.size);
        const value = weightedMean(days, formula ? byDay(formula.denominator) : undefined);
        if (value !== undefined) out[metric] = value;
      } else if (s.lifetime !== undefined) out[metric] = s.lifetime;
    } else if (s.daily.length) {
      const weight = (AVERAGE_WEIGHTS[metric] ?? []).map(byDay).find((m) => m?.size);
      const value = weightedMean(days, weight);
      if (value !== undefined) out[metric] = value;
    } else if (s.lifetime !== undefined) out[metric] = s.lifetime;
  }
  // Rates nobody reported but whose counts are known ("derived when absent").
  for (const r of DERIVED_RATES) {
    if (out[r.metric] !== undefined) continue;
    const derived = deriveRate(r.metric, out);
    if (derived !== undefined) out[r.metric] = derived;
  }
  return out;
}

/** The rate from counts, using the first formula whose counts are present (denominator > 0). */
export function deriveRate(metric: string, counts: Readonly<Record<string, number>>): number | undefined {
  for (const r of DERIVED_RATES) {
    if (r.metric !== metric) continue;
    const num = counts[r.numerator];
    const den = counts[r.denominator];
    if (num !== undefined && den !== undefined && den > 0) return num / den;
  }
  return undefined;
}

export interface Pooled {
  value: number;
  /** items that had the metric */
  items: number;
}

/**
 * Several items (e.g. one week's) as one figure per metric: counts and averages are the mean per item,
 * rates are pooled from the items' summed counts where possible (else the mean of the items' rates).
 */
export function poolItems(perItem: ReadonlyArray<Record<string, number>>): Record<string, Pooled> {
  const metrics = new Set(perItem.flatMap((m) => Object.keys(m)));
  const out: Record<string, Pooled> = {};
  for (const metric of metrics) {
    const having = perItem.filter((m) => m[metric] !== undefined);
    if (metricKind(metric) === "rate") {
      const pooled = poolRate(metric, perItem);
      if (pooled !== undefined) {
        out[metric] = { value: pooled, items: having.length };
        continue;
      }
    }
    const value = mean(having.map((m) => m[metric] as number));
    if (value !== undefined) out[metric] = { value, items: having.length };
  }
  return out;
}

function poolRate(metric: string, perItem: ReadonlyArray<Record<string, number>>): number | undefined {
  for (const r of DERIVED_RATES) {
    if (r.metric !== metric) continue;
    let num = 0;
    let den = 0;
    for (const m of perItem) {
      const n = m[r.numerator];
      const d = m[r.denominator];
      if (n !== undefined && d !== undefined) {
        num += n;
        den += d;
      }
    }
    if (den > 0) return num / den;
  }
  return undefined;
}
