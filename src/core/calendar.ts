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

// localParts is called tens of thousands of times by a report over a year of history, and
// Intl.DateTimeFormat#formatToParts costs ~4 µs a call. What varies between instants is only the zone's
// UTC offset, which changes a few times a year, so the offset is learned once per UTC day (from Intl, so
// it is Intl's answer by construction) and the parts come from Date's UTC getters. A day on which the
// offset changes takes the exact path. So does any instant outside FAST_FROM–FAST_UNTIL: nothing is
// scheduled there, and Intl's era years (year 0 prints as 1, i.e. 1 BC) and Date.UTC's reading of years
// 0–99 as 1900–1999 would each need a case of their own.
const DAY = 86_400_000;
const FAST_FROM = Date.UTC(1800, 0, 1);
const FAST_UNTIL = Date.UTC(2400, 0, 1);
const TRANSITION_DAY = Number.NaN;
/** Offsets kept per zone before the cache is emptied: a long-running process must not grow without bound. */
const MAX_DAYS = 20_000;

interface Zone {
  /** The exact path: what localParts always returned. */
  parts: Intl.DateTimeFormat;
  /** Wall clock to the second, to measure offsets: local mean time offsets have seconds (Berlin +0:53:28). */
  clock: Intl.DateTimeFormat;
  /** UTC day number → offset in ms that holds for the whole UTC day, or TRANSITION_DAY. */
  offsets: Map<number, number>;
}

const zones = new Map<string, Zone>();

function zoneFor(tz: string): Zone {
  let zone = zones.get(tz);
  if (!zone) {
    const common = {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    } as const;
    zone = {
      parts: new Intl.DateTimeFormat("en-US", {
        ...common,
        weekday: "short",
        hour: "numeric",
        minute: "numeric",
      }),
      // Equivalent mutant: a clock without these options measures no usable offset, so every day counts as a
      // transition day and takes the exact path (slower, same answers).
      // Stryker disable next-line ObjectLiteral: equivalent, see above
      clock: new Intl.DateTimeFormat("en-US", {
        ...common,
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      }),
      offsets: new Map(),
    };
    zones.set(tz, zone);
  }
  return zone;
}

export function localParts(date: Date, tz: string): LocalParts {
  const zone = zoneFor(tz);
  const ms = date.getTime();
  // Stryker: equivalent — the exact path is always right, so taking it more often (the condition forced
  // true) or moving a bound by a millisecond (>, <=) changes no answer; forcing the fast path everywhere is
  // caught by calendar-paths.test.ts (year 50).
  if (!(ms >= FAST_FROM && ms < FAST_UNTIL)) return exactParts(zone, date); // also an invalid date (NaN)
  const day = Math.floor(ms / DAY);
  let offset = zone.offsets.get(day);
  // Equivalent mutants: the cache of offsets only saves work. Measuring again every time, never storing, or
  // emptying it at any size gives the same offsets.
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (offset === undefined) {
    // Stryker disable next-line all: equivalent, see above
    if (zone.offsets.size >= MAX_DAYS) zone.offsets.clear();
    offset = dayOffset(zone, day);
    // Stryker disable next-line CallExpression: equivalent, see above
    zone.offsets.set(day, offset);
  }
  // Stryker: equivalent when forced true (the exact path is always right); forced false is caught by
  // calendar-paths.test.ts (the hour after a change of offset).
  if (Number.isNaN(offset)) return exactParts(zone, date);
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay() || 7,
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function exactParts(zone: Zone, date: Date): LocalParts {
  const p = Object.fromEntries(zone.parts.formatToParts(date).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAYS.indexOf(String(p.weekday)) + 1,
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/**
 * The offset that holds for all of UTC day `day`, or TRANSITION_DAY. Equal offsets at its start and at the
 * next day's start prove it unless two changes cancel within the day; in tzdb 2025b the closest two offset
 * changes of any zone are four days apart (Africa/Freetown, 1939). The noon sample, one more format a day,
 * keeps the proof for future data unless two changes ever come within 12 hours of each other.
 */
function dayOffset(zone: Zone, day: number): number {
  const start = day * DAY;
  const offset = offsetAt(zone, start);
  // Equivalent mutants of the noon sample: in tzdb no two offset changes fall within one day, so the start and
  // end samples alone decide; moving or inverting the noon sample, or calling every day a transition day
  // (false), only sends more days down the exact path. Forcing `same` true is caught by calendar-paths.test.ts.
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, see above
  const noon = offsetAt(zone, start + DAY / 2) === offset;
  const same = noon && offsetAt(zone, start + DAY) === offset;
  return same ? offset : TRANSITION_DAY;
}

/** Local wall clock minus UTC at a whole second, in ms. */
function offsetAt(zone: Zone, ms: number): number {
  // Equivalent mutants: a wrong offset here differs between the three samples of a day (it depends on `ms`
  // or is NaN), so the day is taken for a transition day and answered by the exact path.
  // Stryker disable next-line ArrayDeclaration: equivalent, see above
  const p = Object.fromEntries(zone.clock.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  // Stryker disable next-line ArithmeticOperator: equivalent, see above
  return Date.UTC(Number(p.year), Number(p.month) - 1, p.day, p.hour, p.minute, p.second) - ms;
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
