// How numbers and times read in every report: local time of the strategy, money with its currency,
// rates as percentages. Intl with fixed options, so the output is the same on every machine.
import { localParts } from "../core/calendar.ts";
import { formatInZone } from "../core/time.ts";
import { formatMetric } from "../metrics/judge.ts";

interface TimeFormat {
  intl: Intl.DateTimeFormat;
  /** The text before the hour ("Tue, 1 Dec 2026, ") by local day, as Intl writes it. */
  days: Map<number, string>;
}

const timeFormats = new Map<string, TimeFormat>();

/**
 * "Tue, 1 Dec 2026, 09:00" in the time zone. A year's reports format ~20,000 times; Intl formats each
 * local day's date once, and the hour and minute come from the calendar's local parts (a property test
 * holds this to Intl's own output).
 */
export function fmtTime(iso: string | number, tz: string): string {
  let f = timeFormats.get(tz);
  if (!f) {
    f = {
      intl: new Intl.DateTimeFormat("en-GB", {
        timeZone: tz,
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
      days: new Map(),
    };
    timeFormats.set(tz, f);
  }
  const ms = typeof iso === "number" ? iso : Date.parse(iso);
  if (!Number.isFinite(ms)) return f.intl.format(ms);
  const p = localParts(new Date(ms), tz);
  // A number per local date (Date.UTC would read the years 0–99 as 1900–1999).
  const day = (p.year * 100 + p.month) * 100 + p.day;
  let prefix = f.days.get(day);
  if (prefix === undefined) {
    const parts = f.intl.formatToParts(ms);
    const hour = parts.findIndex((x) => x.type === "hour");
    prefix = parts
      .slice(0, hour)
      .map((x) => x.value)
      .join("");
    f.days.set(day, prefix);
  }
  return `${prefix}${p.hour < 10 ? "0" : ""}${p.hour}:${p.minute < 10 ? "0" : ""}${p.minute}`;
}

/**
 * A time for people outside the dashboard (the command line): the dashboard's local time, then the zone
 * and its offset that day, e.g. "Tue, 1 Dec 2026, 09:00 (Europe/Berlin, UTC+01:00)". The offset tells
 * apart the two 02:30s of a night the clocks go back.
 */
export function fmtTimeWithZone(iso: string | number | Date, tz: string): string {
  const ms = iso instanceof Date ? iso.getTime() : typeof iso === "number" ? iso : Date.parse(iso);
  const local = fmtTime(ms, tz);
  if (!Number.isFinite(ms) || tz === "UTC" || tz === "Etc/UTC") return `${local} (${tz})`;
  return `${local} (${tz}, UTC${formatInZone(new Date(ms), tz).slice(19)})`;
}

// An instant as Loopcast records it (Date.toISOString, UTC).
const RECORDED_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z\b/g;

/**
 * A recorded reason ("scheduled for 2026-12-01T08:00:00.000Z") as a person reads it: every recorded UTC
 * instant in it written as local time with the zone. The state keeps the instants; only the words shown
 * change.
 */
export function localTimes(text: string, tz: string): string {
  return text.replace(RECORDED_INSTANT, (iso) => fmtTimeWithZone(iso, tz));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "1 Dec 2026" in the time zone. */
export function fmtDay(iso: string | number, tz: string): string {
  let f = dayFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: tz, day: "numeric", month: "short", year: "numeric" });
    dayFormats.set(tz, f);
  }
  return f.format(typeof iso === "number" ? iso : Date.parse(iso));
}

/** What a figure that is not a finite number reads as, rather than "Infinity" or "NaN". */
export const OUT_OF_RANGE = "out of range";

export function fmtMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return `${OUT_OF_RANGE} ${currency}`.trim();
  return `${amount.toFixed(2)} ${currency}`.trim();
}

export function fmtPct(x: number | undefined, digits = 0): string {
  if (x === undefined) return "–";
  const pct = x * 100;
  return Number.isFinite(pct) ? `${pct.toFixed(digits)} %` : OUT_OF_RANGE;
}

export function fmtMetric(metric: string, value: number | undefined): string {
  return value === undefined ? "–" : formatMetric(metric, value);
}

/** "+12.5 %" / "−3.0 %" for a change in percent (12.5 = +12.5 %). */
export function fmtChangePct(pct: number | undefined): string {
  if (pct === undefined) return "–";
  if (!Number.isFinite(pct)) return OUT_OF_RANGE;
  return `${pct >= 0 ? "+" : "−"}${Math.abs(pct).toFixed(1)} %`;
}

/** Rounds for charts and tables, so floating-point noise never changes the bytes. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
