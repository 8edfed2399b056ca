// A country's public holidays, from date-holidays (offline rules for about 200 countries and their
// regions). The library costs about 200 ms to import, so it is imported only by a configuration that
// names holidays: loading the configuration (check-calendar.ts) awaits loadHolidayLibrary(), and from then
// on the planner asks holidayOn() synchronously, like every other blackout.
import type Holidays from "date-holidays";

/** `holidays:` of a blackout: a country (ISO 3166-1 alpha-2) and optionally a region of it. */
export interface HolidaySpec {
  country: string;
  region?: string;
}

type HolidaysClass = typeof Holidays;

let library: HolidaysClass | undefined;
/** "PT" or "DE/BY" → local date (YYYY-MM-DD) → the holiday's name, filled a year at a time. */
const calendars = new Map<string, { holidays: Holidays; years: Map<number, Map<string, string>> }>();
/** Years kept per calendar before its cache is emptied: a long-running simulation must not grow without bound. */
const MAX_YEARS = 50;

/** Imports date-holidays once. Called by the configuration loader when a blackout names holidays. */
export async function loadHolidayLibrary(): Promise<HolidaysClass> {
  library ??= (await import("date-holidays")).default;
  return library;
}

function loaded(): HolidaysClass {
  if (!library)
    throw new Error(
      "holiday calendars are not loaded: load the configuration with loadConfig() (or await loadHolidayLibrary()) before planning",
    );
  return library;
}

/** The countries date-holidays knows: code → English name. */
export function holidayCountries(): Record<string, string> {
  return new (loaded())().getCountries("en");
}

/** The regions (date-holidays' states) of a country: code → name; empty when it has none. */
export function holidayRegions(country: string): Record<string, string> {
  return new (loaded())().getStates(country, "en") ?? {};
}

/**
 * The name of the public holiday on a local date (YYYY-MM-DD) in a country or region, or undefined. A
 * holiday is a whole day, even one that begins at noon; one that lasts several days blacks out each of
 * them. Substitute days the law gives for a holiday on a weekend are holidays too.
 */
export function holidayOn(spec: HolidaySpec, date: string): string | undefined {
  const key = spec.region ? `${spec.country}/${spec.region}` : spec.country;
  let calendar = calendars.get(key);
  if (!calendar) {
    const Library = loaded();
    const holidays = spec.region
      ? new Library(spec.country, spec.region, { languages: ["en"], types: ["public"] })
      : new Library(spec.country, { languages: ["en"], types: ["public"] });
    calendar = { holidays, years: new Map() };
    calendars.set(key, calendar);
  }
  const year = Number(date.slice(0, 4));
  let days = calendar.years.get(year);
  if (!days) {
    if (calendar.years.size >= MAX_YEARS) calendar.years.clear();
    days = daysOfYear(calendar.holidays, year);
    calendar.years.set(year, days);
  }
  return days.get(date);
}

const DAY = 86_400_000;

/** Every public holiday's days that fall in `year`, including one that began in the year before. */
function daysOfYear(holidays: Holidays, year: number): Map<string, string> {
  const days = new Map<string, string>();
  const list = [...holidays.getHolidays(year - 1), ...holidays.getHolidays(year)];
  // Only public holidays: the calendars are built with types: ["public"], not bank, school or observance days.
  for (const h of list) {
    // `date` is the local start ("2026-12-24 14:00:00"); start and end are instants, so their distance is
    // the holiday's length whatever the zone.
    const first = Date.UTC(
      Number(h.date.slice(0, 4)),
      Number(h.date.slice(5, 7)) - 1,
      Number(h.date.slice(8, 10)),
    );
    const length = Math.max(1, Math.ceil((h.end.getTime() - h.start.getTime()) / DAY));
    for (let i = 0; i < length; i++) {
      const day = new Date(first + i * DAY).toISOString().slice(0, 10);
      if (Number(day.slice(0, 4)) === year && !days.has(day)) days.set(day, h.name);
    }
  }
  return days;
}
