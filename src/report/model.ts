// Everything one report shows, computed once from ReportData for a scope (the dashboard or one week);
// the Markdown and HTML renderers only lay it out.
import type { ExceptionItem } from "../state/exceptions.ts";
import { type BudgetView, budgetView } from "./budget-view.ts";
import { type ItemRow, itemRow } from "./items.ts";
import { type LadderView, ladderView } from "./ladder-view.ts";
import { type PerfView, perfView } from "./perf-view.ts";
import { dashboardScope, type Scope, weekScope } from "./scope.ts";
import { begun, eventCounts, firstCycleFrom, statusAt } from "./snapshot.ts";
import type { CycleRecord, DecisionEntry, ReportData } from "./types.ts";
import { weekBounds, weeksToWrite } from "./weeks.ts";

/** The dashboard lists at most this many items; the weekly reports list every one. */
export const DASHBOARD_ITEMS = 100;
export const DASHBOARD_DECISIONS = 20;
const RESOLVED_DAYS = 7;

export interface WeekCounts {
  week: string;
  proposed: number;
  published: number;
  rejected: number;
  refused: number;
}

export interface Views {
  scope: Scope;
  business: string;
  tz: string;
  paused: boolean;
  /** What happened in the week in focus (by the time of each event). */
  counts: {
    proposed: number;
    approved: number;
    rejected: number;
    published: number;
    refused: number;
    /** Publish attempts that failed (an item may fail more than once). */
    failed: number;
    /** Items skipped because they were not out within publishWithin of their slot. */
    expired: number;
    /** Slots that passed with no item proposed. */
    missed: number;
  };
  output: { rows: ItemRow[]; total: number; perWeek: WeekCounts[] };
  perf: PerfView;
  decisions: { rows: DecisionEntry[]; total: number };
  exceptions: { open: ExceptionItem[]; resolved: ExceptionItem[]; resolvedTotal: number };
  budget: BudgetView;
  ladder: LadderView;
  /** Weekly reports that exist or are written in this run, newest first (for links). */
  weeks: string[];
  problems: string[];
}

export function dashboardViews(data: ReportData): Views | undefined {
  const scope = dashboardScope(data);
  return scope && buildViews(data, scope);
}

export function weekViews(data: ReportData, week: string): Views {
  return buildViews(data, weekScope(data, week));
}

/** Every weekly report the state calls for: those that exist and the completed weeks still missing. */
export function allWeeks(data: ReportData): string[] {
  const scope = dashboardScope(data);
  const missing = weeksToWrite(data.cycles[0]?.week, scope?.week, new Set(data.weeklyReports));
  return [...new Set([...data.weeklyReports, ...missing])].sort().reverse();
}

function buildViews(data: ReportData, scope: Scope): Views {
  const until = scope.until;
  const inWeek = (t: number) => t >= scope.start && t < scope.end && (until === undefined || t < until);
  const n = eventCounts(data, scope.start, until === undefined ? scope.end : Math.min(scope.end, until));
  const counts = {
    proposed: n.get("proposed") ?? 0,
    approved: n.get("merged") ?? 0,
    rejected: n.get("rejected") ?? 0,
    published: n.get("published") ?? 0,
    refused: n.get("skipped") ?? 0,
    failed: n.get("publish-failed") ?? 0,
    expired: n.get("expired") ?? 0,
    missed: n.get("missed") ?? 0,
  };
  const perWeek = new Map(
    scope.history.map((w) => [w, { week: w, proposed: 0, published: 0, rejected: 0, refused: 0 }]),
  );
  const rows: ItemRow[] = [];
  let total = 0;
  const listed = scope.kind === "week" ? new Set([scope.week]) : new Set([scope.week, scope.previousWeek]);
  const historyStart = weekBounds(scope.history[0] as string, data.config.strategy.timezone).start;
  for (let i = firstCycleFrom(data, historyStart); i < data.cycles.length; i++) {
    const rec = data.cycles[i] as CycleRecord;
    const upcoming = rec.slotMs >= scope.end;
    if (upcoming && scope.kind === "week") break;
    if (!begun(data, i, until)) continue;
    const w = perWeek.get(rec.week);
    if (w) {
      const status = statusAt(data, i, until);
      if (status === "skipped") w.refused++;
      else w.proposed++;
      if (status === "published") w.published++;
      if (status === "rejected") w.rejected++;
    }
    if (listed.has(rec.week) || upcoming) {
      total++;
      rows.push(itemRow(data, rec, until));
    }
  }
  // The dashboard shows the newest first and a bounded number; a weekly report shows every item in order.
  if (scope.kind === "dashboard") {
    rows.reverse();
    rows.splice(DASHBOARD_ITEMS);
  }

  const decided = data.decisions.filter((d) => {
    const t = Date.parse(d.at);
    return scope.kind === "week" ? inWeek(t) : true;
  });
  const decisions = {
    rows: scope.kind === "week" ? decided : decided.slice(-DASHBOARD_DECISIONS).reverse(),
    total: decided.length,
  };

  const asOf = Date.parse(scope.asOf);
  const known = data.exceptions.filter((e) => Date.parse(e.raisedAt) <= asOf);
  const resolvedBy = (e: ExceptionItem) =>
    e.status === "resolved" && e.resolvedAt !== undefined && Date.parse(e.resolvedAt) <= asOf;
  const severity = { error: 0, warning: 1, info: 2 } as const;
  const open = known
    .filter((e) => !resolvedBy(e))
    .sort(
      (a, b) =>
        severity[a.severity] - severity[b.severity] ||
        (a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : a.id < b.id ? -1 : 1),
    );
  const since = scope.kind === "week" ? scope.start : asOf - RESOLVED_DAYS * 86_400_000;
  const resolvedAll = known.filter(resolvedBy);
  const resolved = resolvedAll
    .filter((e) => Date.parse(e.resolvedAt as string) >= since)
    .sort((a, b) => ((a.resolvedAt as string) < (b.resolvedAt as string) ? 1 : -1));

  return {
    scope,
    business: data.config.strategy.business.name,
    tz: data.config.strategy.timezone,
    paused: data.config.guardrails.paused === true,
    counts,
    output: { rows, total, perWeek: [...perWeek.values()] },
    perf: perfView(data, scope),
    decisions,
    exceptions: { open, resolved, resolvedTotal: resolvedAll.length },
    budget: budgetView(data, scope),
    ladder: ladderView(data, scope),
    weeks: allWeeks(data).filter((w) => w < scope.week || scope.kind === "dashboard"),
    problems: data.problems,
  };
}
