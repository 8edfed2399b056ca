// Calendar arithmetic in the strategy's time zone: local date parts, ISO weeks and months. Budgets,
// blackouts and per-day limits all count in local time ("never on Sundays" means the business's Sunday).

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localParts(date: Date, tz: string): LocalParts {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      weekday: "short",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: weekdays.indexOf(String(p.weekday)) + 1,
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/** YYYY-MM-DD of the local date. */
export function localDate(date: Date, tz: string): string {
  const p = localParts(date, tz);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** YYYY-MM of the local month. */
export function localMonth(date: Date, tz: string): string {
  return localDate(date, tz).slice(0, 7);
}

/** ISO 8601 week of the local date, e.g. 2026-W49. */
export function isoWeek(date: Date, tz: string): string {
  const p = localParts(date, tz);
  return isoWeekOfDate(p.year, p.month, p.day);
}

/** ISO 8601 week of a calendar date (weeks start on Monday; the Thursday of a week decides its year). */
export function isoWeekOfDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const weekYear = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

export const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
