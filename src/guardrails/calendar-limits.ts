// Channel limits in time: blackout windows ("never on Sundays", a summer closure, public holidays) and items
// per channel per day, both in the strategy's time zone. blackoutAt is the one answer to "is this moment
// blacked out": the planner, the learner's candidates and the walls all ask it.
import type { Config, Guardrails } from "../config/types.ts";
import { localParts, WEEKDAY_NAMES } from "../core/calendar.ts";
import { type CalendarDay, inRange, isSameDay, parseCalendarDay } from "../core/calendar-days.ts";
import { holidayOn } from "../core/calendar-holidays.ts";

export type Blackout = NonNullable<NonNullable<Guardrails["channels"]>["blackouts"]>[number];

/** The reason a moment is blacked out for a channel, or undefined. */
export function blackoutAt(config: Config, channelId: string, at: Date): string | undefined {
  const p = localParts(at, config.strategy.timezone);
  const on = { year: p.year, month: p.month, day: p.day };
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  const day = WEEKDAY_NAMES[p.weekday - 1];
  // Equivalent mutant: a fallback list holding something that is not a blackout (the mutant's string) has no
  // days, dates, ranges, holidays or channels, so it blacks nothing out either.
  // Stryker disable next-line ArrayDeclaration: equivalent, see above
  for (const b of config.guardrails.channels?.blackouts ?? []) {
    if (b.channels?.length && !b.channels.includes(channelId)) continue;
    const holiday = b.holidays ? holidayOn(b.holidays, date) : undefined;
    const covered =
      holiday !== undefined ||
      (day !== undefined && b.days?.includes(day)) ||
      b.dates?.some((d) => isSameDay(read(d), on)) ||
      b.ranges?.some((r) => inRange(read(r.from), read(r.to), on));
    if (!covered) continue;
    const why = [b.reason, holiday].filter(Boolean).join(": ");
    return `blackout on ${date}${why ? ` (${why})` : ""}`;
  }
  return undefined;
}

// Blackout dates are parsed on every question the planner asks; the texts are few and repeat.
const parsed = new Map<string, CalendarDay>();

/** A blackout date as validated by check-calendar; one it would refuse matches no day. */
function read(text: string): CalendarDay {
  let d = parsed.get(text);
  if (!d) {
    const r = parseCalendarDay(text);
    d = "error" in r ? { year: 0, month: 0, day: 0 } : r;
    parsed.set(text, d);
  }
  return d;
}

export function maxPerDay(config: Config, channelId: string): number | undefined {
  return config.guardrails.channels?.maxPerDay?.[channelId];
}
