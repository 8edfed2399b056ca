// The window a report looks at: the dashboard (everything known, centred on the current week) or one
// completed week (everything as it was known when that week ended).
import type { ReportData } from "./types.ts";
import { addWeeks, weekBounds, weekOf, weekRange } from "./weeks.ts";

export const HISTORY_WEEKS = 12;

export interface Scope {
  kind: "dashboard" | "week";
  /** The week in focus: the current one for the dashboard. */
  week: string;
  previousWeek: string;
  /** [start, end) of the week in focus, in ms. */
  start: number;
  end: number;
  /** Only state recorded before this instant counts (weekly snapshots); undefined = everything. */
  until?: number;
  /** The report's time as ISO: the state's time for the dashboard, the week's end for a weekly report. */
  asOf: string;
  /** The weeks the charts cover, oldest first, ending with the week in focus. */
  history: string[];
}

export function dashboardScope(data: ReportData): Scope | undefined {
  if (!data.now) return undefined;
  const tz = data.config.strategy.timezone;
  const week = weekOf(data.now, tz);
  return makeScope("dashboard", week, tz, data.now, undefined, firstWeek(data));
}

export function weekScope(data: ReportData, week: string): Scope {
  const tz = data.config.strategy.timezone;
  const { end } = weekBounds(week, tz);
  return makeScope("week", week, tz, new Date(end).toISOString(), end, firstWeek(data));
}

function firstWeek(data: ReportData): string | undefined {
  return data.cycles[0]?.week;
}

function makeScope(
  kind: Scope["kind"],
  week: string,
  tz: string,
  asOf: string,
  until: number | undefined,
  first: string | undefined,
): Scope {
  const { start, end } = weekBounds(week, tz);
  let from = addWeeks(week, -(HISTORY_WEEKS - 1));
  // A young repository charts from its first week, not from empty weeks before it existed.
  if (first && first > from && first <= week) from = first;
  return {
    kind,
    week,
    previousWeek: addWeeks(week, -1),
    start,
    end,
    ...(until !== undefined ? { until } : {}),
    asOf,
    history: weekRange(from, week),
  };
}
