// Channel limits in time: blackout windows ("never on Sundays", holidays) and items per channel per day,
// both in the strategy's time zone.
import type { Config } from "../config/types.ts";
import { localDate, localParts, WEEKDAY_NAMES } from "../core/calendar.ts";

/** The reason a moment is blacked out for a channel, or undefined. */
export function blackoutAt(config: Config, channelId: string, at: Date): string | undefined {
  const tz = config.strategy.timezone;
  const date = localDate(at, tz);
  const day = WEEKDAY_NAMES[localParts(at, tz).weekday - 1];
  // Equivalent mutant: a fallback list holding something that is not a blackout (the mutant's string) has no
  // dates, days or channels, so it blacks nothing out either.
  // Stryker disable next-line ArrayDeclaration: equivalent, see above
  for (const b of config.guardrails.channels?.blackouts ?? []) {
    if (b.channels?.length && !b.channels.includes(channelId)) continue;
    if (b.dates?.includes(date) || (day && b.days?.includes(day))) {
      return `blackout on ${date}${b.reason ? ` (${b.reason})` : ""}`;
    }
  }
  return undefined;
}

export function maxPerDay(config: Config, channelId: string): number | undefined {
  return config.guardrails.channels?.maxPerDay?.[channelId];
}
