// When an export says an item went out, as a window of instants. Exports write send times in their own
// ways ("2026-12-01T09:00:12Z", Mailchimp's "Dec 01, 2026 09:00 am" in the account's time zone, Meta's
// month-first "12/01/2026 09:00"), and most leave the zone out. Rather than guess a zone, a time without
// one stands for every zone it could be in; a day-first/month-first date that reads both ways stands for
// both. A match by send time is only ever a narrowing of a match by subject or title, and two items in the
// same window stay ambiguous (quarantined), so the width never credits a row to a guessed item.

/** Slack around a send time: queues, scheduled sends and batch delivery (and Loopcast's own clock). */
export const SEND_TOLERANCE_MS = 3 * 3600_000;
/** Local times run from UTC-12 to UTC+14. */
const EARLIEST_ZONE_MS = 14 * 3600_000;
const LATEST_ZONE_MS = 12 * 3600_000;
const DAY_MS = 24 * 3600_000;

export interface SendWindow {
  from: number;
  to: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?m?\.?`;
const ZONE = String.raw`(z|utc|gmt|[+-]\d{2}:?\d{2})?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[t ]+${TIME})?\s*${ZONE}$`, "i");
// "Dec 01, 2026 09:00 am", "Tuesday, December 1, 2026 at 9:00 AM"
const MONTH_FIRST = new RegExp(
  String.raw`^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?\s*${ZONE}$`,
  "i",
);
// "1 Dec 2026 09:00", "01-Dec-2026"
const DAY_FIRST = new RegExp(
  String.raw`^(?:[a-z]+,?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?\s*${ZONE}$`,
  "i",
);
// "12/01/2026 09:00" (either order), "01.12.2026 09:00" (day first)
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:,?\s+${TIME})?\s*${ZONE}$`, "i");

interface Parts {
  year: number;
  month: number;
  day: number;
  time: RegExpExecArray | undefined;
  /** Index of the hour in `time`, or -1 when the text has no time. */
  at: number;
  zone: string | undefined;
}

/**
 * The windows an item sent at `text` was published in (Loopcast's clock), or undefined when the text is
 * not a date. Several windows when a numeric date reads both day-first and month-first.
 */
export function sendWindows(text: string): SendWindow[] | undefined {
  const windows = readings(text.trim()).flatMap((p) => {
    const w = windowOf(p);
    return w ? [w] : [];
  });
  return windows.length ? windows : undefined;
}

/** The calendar readings of a send time: none, one, or two for a numeric date that reads both ways. */
function readings(t: string): Parts[] {
  const iso = ISO.exec(t);
  if (iso) return [parts(n(iso, 1), n(iso, 2), n(iso, 3), iso, 4, iso[8])];
  const monthFirst = MONTH_FIRST.exec(t);
  if (monthFirst) {
    const month = monthOf(monthFirst[1] ?? "");
    return month ? [parts(n(monthFirst, 3), month, n(monthFirst, 2), monthFirst, 4, monthFirst[8])] : [];
  }
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) {
    const month = monthOf(dayFirst[2] ?? "");
    return month ? [parts(n(dayFirst, 3), month, n(dayFirst, 1), dayFirst, 4, dayFirst[8])] : [];
  }
  const num = NUMERIC.exec(t);
  if (!num) return [];
  const [a, b, year] = [n(num, 1), n(num, 3), n(num, 4)];
  // Dots are written day first (01.12.2026); slashes either way (Meta writes month first).
  if (num[2] === ".") return [parts(year, b, a, num, 5, num[9])];
  const monthFirstReading = parts(year, a, b, num, 5, num[9]);
  return a === b ? [monthFirstReading] : [monthFirstReading, parts(year, b, a, num, 5, num[9])];
}

function n(m: RegExpExecArray, i: number): number {
  return Number(m[i]);
}

function parts(
  year: number,
  month: number,
  day: number,
  m: RegExpExecArray,
  at: number,
  zone: string | undefined,
): Parts {
  return { year, month, day, time: m[at] === undefined ? undefined : m, at, zone };
}

function monthOf(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

function windowOf(p: Parts): SendWindow | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return undefined;
  const midnight = Date.UTC(p.year, p.month - 1, p.day);
  // Date.UTC rolls 31 February over into March: a date that does not exist is not a date.
  if (new Date(midnight).getUTCDate() !== p.day) return undefined;
  if (!p.time) {
    return {
      from: midnight - EARLIEST_ZONE_MS - SEND_TOLERANCE_MS,
      to: midnight + DAY_MS + LATEST_ZONE_MS + SEND_TOLERANCE_MS,
    };
  }
  let hour = Number(p.time[p.at]);
  const minute = Number(p.time[p.at + 1]);
  const second = Number(p.time[p.at + 2] ?? 0);
  const half = p.time[p.at + 3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const local = midnight + ((hour * 60 + minute) * 60 + second) * 1000;
  const offset = zoneOffsetMs(p.zone);
  if (offset === undefined) {
    return {
      from: local - EARLIEST_ZONE_MS - SEND_TOLERANCE_MS,
      to: local + LATEST_ZONE_MS + SEND_TOLERANCE_MS,
    };
  }
  const instant = local - offset;
  return { from: instant - SEND_TOLERANCE_MS, to: instant + SEND_TOLERANCE_MS };
}

/** Offset of the zone from UTC ("+01:00" → 1 h), or undefined when the text names none. */
function zoneOffsetMs(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  const z = zone.toLowerCase();
  if (z === "z" || z === "utc" || z === "gmt") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return undefined;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

export function inWindows(instant: number, windows: readonly SendWindow[]): boolean {
  return windows.some((w) => instant >= w.from && instant <= w.to);
}
