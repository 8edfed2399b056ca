// Measured spend per item, to settle the budget reservation made when the cycle was planned.
import type { MetricValue, SpendEntry } from "./types.ts";

/**
 * The most one item's settled spend may be (schemas/ledger-event.schema.json, `spent.amount`). A row's
 * spend is at most 1e12 (schemas/metrics-row.schema.json); a total beyond this is not settled.
 */
export const MAX_SPEND_TOTAL = 1e15;

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
      amount: g.lifetime ?? roundMicro(g.daily),
      ...(g.currency ? { currency: g.currency } : {}),
    }))
    .sort((a, b) => a.cycle.localeCompare(b.cycle) || (a.currency ?? "").localeCompare(b.currency ?? ""));
}

/** Rounded to a millionth, without overflowing: 1e303 × 1e6 is Infinity, which once reached the ledger. */
function roundMicro(x: number): number {
  const scaled = x * 1e6;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : x;
}
