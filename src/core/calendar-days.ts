// Days of the year as a blackout names them: a date once (YYYY-MM-DD) or every year (MM-DD), and ranges of
// either kind. Pure string and number work on local calendar days: the caller has already turned an
// instant into the strategy's local date, so "25 December" is the business's 25 December.

/** A date as written in a blackout: with a year it happens once, without one every year. */
export interface CalendarDay {
  year?: number;
  month: number; // 1–12
  day: number;
}

const FORM = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/;
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Days in a month; a month without a year has its longest length (February 29, for leap years). */
export function daysInMonth(month: number, year?: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/**
 * A blackout date read: "2026-12-25" once, "12-25" every year. Impossible dates are refused with what is
 * wrong ("02-30": February has at most 29 days); "02-29" without a year is a leap day, so only leap years.
 */
export function parseCalendarDay(text: string): CalendarDay | { error: string } {
  const m = FORM.exec(text);
  if (!m) return { error: `"${text}" is not a date: write YYYY-MM-DD for one day or MM-DD for every year` };
  const month = Number(m[2]);
  const day = Number(m[3]);
  const year = m[1] === undefined ? undefined : Number(m[1]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m[2]}: months run from 01 to 12` };
  const last = daysInMonth(month, year);
  if (day < 1 || day > last) {
    const name = MONTH_NAMES[month - 1];
    const when = year === undefined ? `${name} has at most ${last} days` : `${name} ${year} has ${last} days`;
    return { error: `"${text}" is not a calendar date: ${when}` };
  }
  return year === undefined ? { month, day } : { year, month, day };
}

/** MM-DD, or YYYY-MM-DD when the day has a year: the form compared with the strings of a range. */
export function dayKey(d: CalendarDay): string {
  const md = `${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return d.year === undefined ? md : `${String(d.year).padStart(4, "0")}-${md}`;
}

/** Whether a written day (dated or yearly) is the local date `on` (which has a year). */
export function isSameDay(written: CalendarDay, on: Required<CalendarDay>): boolean {
  return written.month === on.month && written.day === on.day && (written.year ?? on.year) === on.year;
}

/**
 * Whether the local date `on` lies in a range, both ends included. A dated range is read as written; a
 * yearly range whose end comes before its start in the year crosses New Year ("12-24" to "01-02").
 * Both ends must be of one kind; check-calendar refuses a range that mixes them or runs backwards.
 */
export function inRange(from: CalendarDay, to: CalendarDay, on: Required<CalendarDay>): boolean {
  if (from.year !== undefined && to.year !== undefined) {
    const key = dayKey(on);
    return dayKey(from) <= key && key <= dayKey(to);
  }
  const key = dayKey({ month: on.month, day: on.day });
  const start = dayKey({ month: from.month, day: from.day });
  const end = dayKey({ month: to.month, day: to.day });
  return start <= end ? start <= key && key <= end : key >= start || key <= end;
}
