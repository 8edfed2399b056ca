// Measured spend per item, to settle the budget reservation made when the cycle was planned.
import type { MetricValue, SpendEntry } from "./types.ts";

/**
 * One entry per cycle (and per currency, should an item have spend in two). A lifetime total is the
 * tool's own figure and wins; without one, the daily values are summed.
 */
export function spendByItem(rows: readonly MetricValue[]): SpendEntry[] {
  const groups = new Map<
    string,
    { cycle: string; currency?: string; lifetime?: number; daily: number; days: number }
  >();
  for (const r of rows) {
    if (r.metric !== "spend") continue;
    const key = `${r.cycle}\u0000${r.currency ?? ""}`;
    let g = groups.get(key);
    if (!g) {
      g = { cycle: r.cycle, ...(r.currency ? { currency: r.currency } : {}), daily: 0, days: 0 };
      groups.set(key, g);
    }
    if (r.date === undefined) g.lifetime = r.value;
    else {
      g.daily += r.value;
      g.days++;
    }
  }
  return [...groups.values()]
    .map((g) => ({
      cycle: g.cycle,
      amount: g.lifetime ?? Math.round(g.daily * 1e6) / 1e6,
      ...(g.currency ? { currency: g.currency } : {}),
    }))
    .sort((a, b) => a.cycle.localeCompare(b.cycle) || (a.currency ?? "").localeCompare(b.currency ?? ""));
}
