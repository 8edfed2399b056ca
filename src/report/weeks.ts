// ISO weeks in the strategy's time zone: which week an instant falls in, where a week starts and ends,
// and which completed weeks still need a weekly report.
import { isoWeek, localMonth, localParts } from "../core/calendar.ts";

export function weekOf(instant: Date | string, tz: string): string {
  return isoWeek(typeof instant === "string" ? new Date(instant) : instant, tz);
}

function parseWeek(week: string): [number, number] {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`"${week}" is not an ISO week like 2026-W49`);
  return [Number(m[1]), Number(m[2])];
}

/** The Monday of an ISO week as a UTC calendar date (its fields are the local date). */
function monday(week: string): Date {
  const [year, w] = parseWeek(week);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = jan4.getUTCDay() || 7;
  return new Date(Date.UTC(year, 0, 4 - (weekday - 1) + (w - 1) * 7));
}

function weekOfDate(d: Date): string {
  const t = new Date(d.getTime());
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const year = t.getUTCFullYear();
  const n = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(n).padStart(2, "0")}`;
}

export function addWeeks(week: string, n: number): string {
  const d = monday(week);
  d.setUTCDate(d.getUTCDate() + 7 * n);
  return weekOfDate(d);
}

/** Weeks from `a` to `b`, both included; empty when b is before a. */
export function weekRange(a: string, b: string): string[] {
  const out: string[] = [];
  for (let w = a; w <= b; w = addWeeks(w, 1)) out.push(w);
  return out;
}

/** The instant of local midnight at the start of a calendar date in a time zone. */
function localMidnight(date: Date, tz: string): number {
  const guess = date.getTime();
  const offsetAt = (t: number) => {
    const p = localParts(new Date(t), tz);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(t / 60_000) * 60_000;
  };
  let t = guess - offsetAt(guess);
  t = guess - offsetAt(t);
  return t;
}

/** [start, end) of an ISO week in the time zone, in ms. */
export function weekBounds(week: string, tz: string): { start: number; end: number } {
  const mon = monday(week);
  const next = new Date(mon.getTime() + 7 * 86_400_000);
  return { start: localMidnight(mon, tz), end: localMidnight(next, tz) };
}

/** Monday's date of the week, e.g. "2026-11-30". */
export function weekMonday(week: string): string {
  return monday(week).toISOString().slice(0, 10);
}

/** Completed weeks (before `nowWeek`) from `firstWeek` on that have no report yet. */
export function weeksToWrite(
  firstWeek: string | undefined,
  nowWeek: string | undefined,
  existing: ReadonlySet<string>,
): string[] {
  if (!firstWeek || !nowWeek) return [];
  return weekRange(firstWeek, addWeeks(nowWeek, -1)).filter((w) => !existing.has(w));
}

const hourCache = new Map<string, Map<number, string>>();

/**
 * weekOf for an instant in ms, cached per quarter hour (every time zone's offset is a multiple of 15
 * minutes, so a week never starts inside a bucket): the time-zone lookup is the slow part of it.
 */
export function weekOfMs(ms: number, tz: string): string {
  let cache = hourCache.get(tz);
  if (!cache) {
    cache = new Map();
    hourCache.set(tz, cache);
  }
  const bucket = Math.floor(ms / 900_000);
  let week = cache.get(bucket);
  if (week === undefined) {
    week = isoWeek(new Date(bucket * 900_000), tz);
    cache.set(bucket, week);
  }
  return week;
}

const monthCache = new Map<string, Map<number, string>>();

/** The local month (YYYY-MM) of an instant in ms, cached per quarter hour like weekOfMs. */
export function monthOfMs(ms: number, tz: string): string {
  let cache = monthCache.get(tz);
  if (!cache) {
    cache = new Map();
    monthCache.set(tz, cache);
  }
  const bucket = Math.floor(ms / 900_000);
  let month = cache.get(bucket);
  if (month === undefined) {
    month = localMonth(new Date(bucket * 900_000), tz);
    cache.set(bucket, month);
  }
  return month;
}
