// Durations, cycle ids and cadence slots. Cycle ids are `<workflow>@<YYYYMMDDTHHMMZ>` in UTC: safe as a
// git ref and as a file name on every OS, and sortable.
import { CronExpressionParser } from "cron-parser";

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

/** Parses an ISO 8601 time given on the command line; it must carry an offset or Z to be unambiguous. */
export function parseInstant(text: string): Date {
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    throw new Error(
      `time "${text}" has no offset: write it as ISO 8601 with Z or +01:00, e.g. 2026-12-01T08:00:00Z`,
    );
  }
  const d = new Date(text);
  if (Number.isNaN(d.getTime()))
    throw new Error(`"${text}" is not an ISO 8601 time, e.g. 2026-12-01T08:00:00Z`);
  return d;
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
