// The budget tracker: spend against every cap now, spend week by week against the weekly cap, and who
// spent this month. Uses the guardrails' own accounting (reserved when planned, settled from spend).
import type { CapUse, Commitment } from "../guardrails/budget.ts";
import { round } from "./format.ts";
import type { Scope } from "./scope.ts";
import { commitmentsAt } from "./snapshot.ts";
import type { ReportData } from "./types.ts";
import { monthOfMs, weekOfMs } from "./weeks.ts";

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
  const at = new Date(scope.kind === "week" ? scope.end - 1 : Date.parse(scope.asOf));
  const held = commitmentsAt(data, scope.until);
  const caps = capRows(data, held, at).map((u) => ({
    ...u,
    label: `${LABEL[u.cap]} ${u.key}`,
    pct: u.limit > 0 ? Math.round((u.used / u.limit) * 100) : u.used > 0 ? 100 : 0,
  }));
  const weeks = new Map(scope.history.map((w) => [w, { week: w, settled: 0, reserved: 0 }]));
  const month = monthOfMs(at.getTime(), tz);
  const byWorkflow = new Map<string, number>();
  let settled = 0;
  let reserved = 0;
  for (const c of held) {
    if (c.settled) settled += c.amount;
    else reserved += c.amount;
    const w = weeks.get(weekOfMs(c.slot.getTime(), tz));
    if (w) {
      if (c.settled) w.settled += c.amount;
      else w.reserved += c.amount;
    }
    if (monthOfMs(c.slot.getTime(), tz) === month)
      byWorkflow.set(c.workflow, (byWorkflow.get(c.workflow) ?? 0) + c.amount);
  }
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
    byWorkflow: [...byWorkflow]
      .map(([workflow, amount]) => ({ workflow, amount: round(amount, 2) }))
      .filter((x) => x.amount > 0)
      .sort((a, b) => b.amount - a.amount || (a.workflow < b.workflow ? -1 : 1)),
    totals: { settled: round(settled, 2), reserved: round(reserved, 2) },
  };
}

/**
 * The same figures as guardrails/budget.ts's capUses for the week, the month, every workflow and every
 * campaign (a test keeps them equal), in one pass: capUses looks up each commitment's week and month in
 * the time zone on every call, which for 50 workflows over a year of history is millions of lookups.
 */
export function capRows(data: ReportData, held: readonly Commitment[], at: Date): CapUse[] {
  const budget = data.config.guardrails.budget;
  if (!budget) return [];
  const tz = data.config.strategy.timezone;
  const week = weekOfMs(at.getTime(), tz);
  const month = monthOfMs(at.getTime(), tz);
  let weekly = 0;
  let monthly = 0;
  const perWorkflow = new Map<string, number>();
  const perCampaign = new Map<string, number>();
  for (const c of held) {
    const ms = c.slot.getTime();
    const inMonth = monthOfMs(ms, tz) === month;
    if (weekOfMs(ms, tz) === week) weekly += c.amount;
    if (inMonth) {
      monthly += c.amount;
      perWorkflow.set(c.workflow, (perWorkflow.get(c.workflow) ?? 0) + c.amount);
    }
    if (c.campaign) perCampaign.set(c.campaign, (perCampaign.get(c.campaign) ?? 0) + c.amount);
  }
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  const out: CapUse[] = [];
  if (budget.weekly !== undefined)
    out.push({ cap: "weekly", key: week, limit: budget.weekly, used: r(weekly) });
  if (budget.monthly !== undefined)
    out.push({ cap: "monthly", key: month, limit: budget.monthly, used: r(monthly) });
  const seen = new Set<string>();
  for (const w of data.config.workflows) {
    const limit = budget.perWorkflow?.[w.id];
    if (limit !== undefined)
      out.push({ cap: "workflow", key: w.id, limit, used: r(perWorkflow.get(w.id) ?? 0) });
    const camp = w.campaign;
    const campLimit = camp === undefined ? undefined : budget.perCampaign?.[camp];
    if (camp !== undefined && campLimit !== undefined && !seen.has(camp)) {
      seen.add(camp);
      out.push({ cap: "campaign", key: camp, limit: campLimit, used: r(perCampaign.get(camp) ?? 0) });
    }
  }
  return out;
}
