// Durations, cycle ids and cadence slots. Cycle ids are `<workflow>@<YYYYMMDDTHHMMZ>` in UTC: safe as a
// git ref and as a file name on every OS, and sortable.

import { CronExpressionParser } from "cron-parser";
import { daysInMonth, MONTH_NAMES } from "./calendar-days.ts";

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function parseDuration(text: string): number {
  const m = /^([1-9][0-9]*)(m|h|d)$/.exec(text);
  if (!m) throw new Error(`invalid duration "${text}": use a whole number and m, h or d, e.g. 48h`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

export function cycleId(workflow: string, slot: Date): string {
  const iso = slot.toISOString(); // 2026-12-01T09:00:00.000Z
  return `${workflow}@${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

const CYCLE_RE = /^([a-z0-9][a-z0-9-]{0,62})@(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z$/;

export function parseCycleId(id: string): { workflow: string; slot: Date } {
  const m = CYCLE_RE.exec(id);
  if (!m) throw new Error(`invalid cycle id "${id}": expected <workflow>@YYYYMMDDTHHMMZ`);
  return { workflow: m[1] as string, slot: new Date(`${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:00Z`) };
}

export function isCycleId(id: string): boolean {
  return CYCLE_RE.test(id);
}

/**
 * Slots of a cron cadence in [from, to], evaluated in the given IANA time zone; the first `limit` of them
 * when given (a cadence may fire every minute, and a caller that only counts up to a few stops early).
 */
export function slotsBetween(cadence: string, tz: string, from: Date, to: Date, limit = Infinity): Date[] {
  // cron-parser's next() is strictly after currentDate; start one millisecond early to include `from`.
  const expr = CronExpressionParser.parse(cadence, {
    tz,
    currentDate: new Date(from.getTime() - 1),
    endDate: to,
  });
  const slots: Date[] = [];
  while (slots.length < limit && expr.hasNext()) slots.push(expr.next().toDate());
  return slots;
}

const EXAMPLE_INSTANT = "2026-12-01T08:00:00Z";

// Date, time and offset as people write them on a command line: seconds and fractions optional, the offset
// with or without its colon. Anything looser (no offset, week dates, a bare date) is refused.
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Parses an ISO 8601 time given on the command line. It must carry an offset or Z to be unambiguous, and
 * every field must exist: JavaScript's Date reads 30 February as 2 March and 25:00 as the next day, and a
 * run at a time the user did not mean is worse than a refusal.
 */
export function parseInstant(text: string): Date {
  const m = INSTANT_RE.exec(text);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text))
      throw new Error(
        `"${text}" is a date without a time: write the time and its offset too, e.g. ${text}T08:00:00Z`,
      );
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text))
      throw new Error(
        `time "${text}" has no offset: write it as ISO 8601 with Z or +01:00, e.g. ${EXAMPLE_INSTANT}`,
      );
    throw new Error(`"${text}" is not an ISO 8601 time with an offset, e.g. ${EXAMPLE_INSTANT}`);
  }
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, fraction = 0, , , oh = 0, om = 0] = m
    .slice(1)
    .map((v) => Number(v ?? 0));
  const problem = impossibleField({ year, month, day, hour, minute, second, oh, om });
  if (problem) throw new Error(`"${text}" is not a time that exists: ${problem}; e.g. ${EXAMPLE_INSTANT}`);
  // From the fields themselves, not Date's parser (which reads some forms as local time, others not at all).
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, Math.floor(fraction * 1000));
  const offsetMinutes = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  return new Date(d.getTime() - offsetMinutes * 60_000);
}

/** Which field of a written time does not exist (30 February, hour 25, an offset of +25:00), if any. */
function impossibleField(t: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  oh: number;
  om: number;
}): string | undefined {
  const { year, month, day, hour, minute, second } = t;
  const two = (n: number) => String(n).padStart(2, "0");
  if (month < 1 || month > 12) return `month ${two(month)} is not between 01 and 12`;
  const days = daysInMonth(month, year);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days, not ${two(day)}`;
  if (hour > 23) return `hour ${two(hour)} is not between 00 and 23 (midnight is 00:00 of the next day)`;
  if (minute > 59) return `minute ${two(minute)} is not between 00 and 59`;
  if (second > 59) return `second ${two(second)} is not between 00 and 59`;
  if (t.oh > 23 || t.om > 59) return `offset ${two(t.oh)}:${two(t.om)} is not a UTC offset (at most ±23:59)`;
  return undefined;
}

// One formatter per time zone: making an Intl.DateTimeFormat costs more than formatting with it.
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(tz: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(tz);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    });
    zoneFormats.set(tz, format);
  }
  return format;
}

/** ISO 8601 with the offset of the given time zone, e.g. 2026-12-01T09:00:00+01:00. */
export function formatInZone(date: Date, tz: string): string {
  const parts = Object.fromEntries(
    zoneFormat(tz)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = String(parts.timeZoneName).replace("GMT", "") || "+00:00";
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
