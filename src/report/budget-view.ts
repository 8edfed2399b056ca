// The budget tracker: spend against every cap now, spend week by week against the weekly cap, and who
// spent this month. Uses the guardrails' own accounting (reserved when planned, settled from spend).
import type { CapUse, Commitment } from "../guardrails/budget.ts";
import { round } from "./format.ts";
import type { Scope } from "./scope.ts";
import { begunPrefix, commitmentAt, firstCycleFrom, settledPrefix } from "./snapshot.ts";
import type { ReportData } from "./types.ts";
import { monthOfMs, weekBounds, weekOfMs } from "./weeks.ts";

export interface CapRow extends CapUse {
  /** "week 2026-W49", "month 2026-12", "workflow daily-social", "campaign launch". */
  label: string;
  /** used / limit in percent, rounded. */
  pct: number;
}

export interface BudgetView {
  configured: boolean;
  currency: string;
  caps: CapRow[];
  /** One entry per week of scope.history. */
  perWeek: Array<{ week: string; settled: number; reserved: number }>;
  weeklyCap?: number;
  month: string;
  byWorkflow: Array<{ workflow: string; amount: number }>;
  totals: { settled: number; reserved: number };
}

const LABEL = { weekly: "week", monthly: "month", workflow: "workflow", campaign: "campaign" } as const;

export function budgetView(data: ReportData, scope: Scope): BudgetView {
  const { config } = data;
  const tz = config.strategy.timezone;
  const budget = config.guardrails.budget;
  const until = scope.until;
  const atMs = scope.kind === "week" ? scope.end - 1 : Date.parse(scope.asOf);
  const week = weekOfMs(atMs, tz);
  const month = monthOfMs(atMs, tz);
  const weeks = new Map(scope.history.map((w) => [w, { week: w, settled: 0, reserved: 0 }]));
  // Sums over a period (this week, this month, the charted weeks) need only the cycles whose slot can
  // fall in it: cycles are sorted by slot, and no month is longer than 32 days.
  const sums: Sums = { weekly: 0, monthly: 0, perWorkflow: new Map(), perCampaign: new Map() };
  const historyStart = weekBounds(scope.history[0] as string, tz).start;
  const end = begunPrefix(data, until);
  for (let i = firstCycleFrom(data, Math.min(historyStart, atMs - 32 * DAY)); i < end; i++) {
    const c = commitmentAt(data, i, until);
    if (!c) continue;
    if (c.week === week) sums.weekly += c.amount;
    if (c.month === month) {
      sums.monthly += c.amount;
      sums.perWorkflow.set(c.workflow, (sums.perWorkflow.get(c.workflow) ?? 0) + c.amount);
    }
    const w = weeks.get(c.week);
    if (w) {
      if (c.settled) w.settled += c.amount;
      else w.reserved += c.amount;
    }
  }
  // Sums over all time (totals, campaigns) are carried forward from the settled cycles.
  const all = allTime(data, until);
  sums.perCampaign = all.perCampaign;
  const caps = capUsesOf(data, sums, week, month).map((u) => ({
    ...u,
    label: `${LABEL[u.cap]} ${u.key}`,
    pct: u.limit > 0 ? Math.round((u.used / u.limit) * 100) : u.used > 0 ? 100 : 0,
  }));
  return {
    configured: budget !== undefined,
    currency: budget?.currency ?? "",
    caps,
    perWeek: [...weeks.values()].map((w) => ({
      week: w.week,
      settled: round(w.settled, 2),
      reserved: round(w.reserved, 2),
    })),
    ...(budget?.weekly !== undefined ? { weeklyCap: budget.weekly } : {}),
    month,
    byWorkflow: [...sums.perWorkflow]
      .map(([workflow, amount]) => ({ workflow, amount: round(amount, 2) }))
      .filter((x) => x.amount > 0)
      .sort((a, b) => b.amount - a.amount || (a.workflow < b.workflow ? -1 : 1)),
    totals: { settled: round(all.settled, 2), reserved: round(all.reserved, 2) },
  };
}

const DAY = 86_400_000;

interface AllTime {
  settled: number;
  reserved: number;
  perCampaign: Map<string, number>;
}

function addAllTime(sums: AllTime, c: Commitment): void {
  if (c.settled) sums.settled += c.amount;
  else sums.reserved += c.amount;
  if (c.campaign) sums.perCampaign.set(c.campaign, (sums.perCampaign.get(c.campaign) ?? 0) + c.amount);
}

const sweeps = new WeakMap<ReportData, AllTime & { k: number }>();

/**
 * Totals and campaign spend over all time as known before `until`, summed in cycle order. Weekly reports
 * ask at ascending times, so the leading cycles already settled are summed once and carried forward.
 */
function allTime(data: ReportData, until: number | undefined): AllTime {
  const k = settledPrefix(data, until);
  let s = sweeps.get(data);
  if (!s || s.k > k) {
    s = { k: 0, settled: 0, reserved: 0, perCampaign: new Map() };
    sweeps.set(data, s);
  }
  for (; s.k < k; s.k++) {
    const c = commitmentAt(data, s.k);
    if (c) addAllTime(s, c);
  }
  const out: AllTime = { settled: s.settled, reserved: s.reserved, perCampaign: new Map(s.perCampaign) };
  for (let i = k, end = begunPrefix(data, until); i < end; i++) {
    const c = commitmentAt(data, i, until);
    if (c) addAllTime(out, c);
  }
  return out;
}

interface Sums {
  weekly: number;
  monthly: number;
  /** This month's spend per workflow. */
  perWorkflow: Map<string, number>;
  perCampaign: Map<string, number>;
}

/**
 * The same figures as guardrails/budget.ts's capUses for the week, the month, every workflow and every
 * campaign (a test keeps them equal), in one pass: capUses looks up each commitment's week and month in
 * the time zone on every call, which for 50 workflows over a year of history is millions of lookups.
 */
export function capRows(
  data: ReportData,
  held: ReadonlyArray<Commitment & { week?: string; month?: string }>,
  at: Date,
): CapUse[] {
  const tz = data.config.strategy.timezone;
  const week = weekOfMs(at.getTime(), tz);
  const month = monthOfMs(at.getTime(), tz);
  const sums: Sums = { weekly: 0, monthly: 0, perWorkflow: new Map(), perCampaign: new Map() };
  for (const c of held) {
    const ms = c.slot.getTime();
    if ((c.week ?? weekOfMs(ms, tz)) === week) sums.weekly += c.amount;
    if ((c.month ?? monthOfMs(ms, tz)) === month) {
      sums.monthly += c.amount;
      sums.perWorkflow.set(c.workflow, (sums.perWorkflow.get(c.workflow) ?? 0) + c.amount);
    }
    if (c.campaign) sums.perCampaign.set(c.campaign, (sums.perCampaign.get(c.campaign) ?? 0) + c.amount);
  }
  return capUsesOf(data, sums, week, month);
}

function capUsesOf(data: ReportData, sums: Sums, week: string, month: string): CapUse[] {
  const budget = data.config.guardrails.budget;
  if (!budget) return [];
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  const out: CapUse[] = [];
  if (budget.weekly !== undefined)
    out.push({ cap: "weekly", key: week, limit: budget.weekly, used: r(sums.weekly) });
  if (budget.monthly !== undefined)
    out.push({ cap: "monthly", key: month, limit: budget.monthly, used: r(sums.monthly) });
  const seen = new Set<string>();
  for (const w of data.config.workflows) {
    const limit = budget.perWorkflow?.[w.id];
    if (limit !== undefined)
      out.push({ cap: "workflow", key: w.id, limit, used: r(sums.perWorkflow.get(w.id) ?? 0) });
    const camp = w.campaign;
    const campLimit = camp === undefined ? undefined : budget.perCampaign?.[camp];
    if (camp !== undefined && campLimit !== undefined && !seen.has(camp)) {
      seen.add(camp);
      out.push({ cap: "campaign", key: camp, limit: campLimit, used: r(sums.perCampaign.get(camp) ?? 0) });
    }
  }
  return out;
}
