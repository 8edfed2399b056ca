// Checks of guardrails.yaml channels.blackouts that a schema cannot express: dates that do not exist
// ("02-30"), ranges that mix a dated end with a yearly one or run backwards, and holidays of a country or
// region date-holidays does not know. Async because date-holidays is imported only when a blackout names
// holidays (it costs about 200 ms); once this has run, the planner's blackoutAt can ask it synchronously.
import { dayKey, parseCalendarDay } from "../core/calendar-days.ts";
import { holidayCountries, holidayRegions, loadHolidayLibrary } from "../core/calendar-holidays.ts";
import { closest } from "../core/closest.ts";
import type { Problem } from "../errors.ts";
import type { Config } from "./types.ts";

type At = (path: Array<string | number>, message: string, hint: string) => void;

/** Codes people write for a country that ISO 3166-1 spells otherwise. */
const ALIASES: Record<string, string> = { UK: "GB", EL: "GR" };

const DATE_FORMS =
  'write YYYY-MM-DD for one day ("2026-12-24") or MM-DD for the same day every year ("12-25")';

export async function checkCalendar(config: Config): Promise<Problem[]> {
  const problems: Problem[] = [];
  const source = config.sources.get("guardrails.yaml");
  const blackouts = config.guardrails.channels?.blackouts ?? [];
  const at: At = (path, message, hint) => {
    const full = ["channels", "blackouts", ...path];
    const pos = source ? source.position(full) : { line: 1, column: 1 };
    problems.push({ file: source?.file ?? "guardrails.yaml", ...pos, message, hint });
  };
  if (blackouts.some((b) => b.holidays)) await loadHolidayLibrary();

  blackouts.forEach((b, i) => {
    if (!b.days?.length && !b.dates?.length && !b.ranges?.length && !b.holidays)
      at(
        [i],
        "blackout names no days",
        'add days: [sun], dates: ["12-25"], ranges: [{ from: "08-01", to: "08-15" }] or holidays: { country: PT }',
      );
    b.dates?.forEach((d, j) => {
      const day = parseCalendarDay(d);
      if ("error" in day) at([i, "dates", j], day.error, DATE_FORMS);
    });
    b.ranges?.forEach((r, j) => {
      const from = parseCalendarDay(r.from);
      const to = parseCalendarDay(r.to);
      if ("error" in from) at([i, "ranges", j, "from"], from.error, DATE_FORMS);
      if ("error" in to) at([i, "ranges", j, "to"], to.error, DATE_FORMS);
      if ("error" in from || "error" in to) return;
      if ((from.year === undefined) !== (to.year === undefined))
        at(
          [i, "ranges", j],
          `range from "${r.from}" to "${r.to}" has a year on one end only`,
          `give both ends a year for a range that happens once, or neither for one that comes back every year ({ from: "${dayKey({ month: from.month, day: from.day })}", to: "${dayKey({ month: to.month, day: to.day })}" })`,
        );
      else if (from.year !== undefined && dayKey(from) > dayKey(to))
        at(
          [i, "ranges", j, "from"],
          `range starts on ${r.from}, after it ends on ${r.to}`,
          `a range across New Year ends in the next year (to: "${(from.year ?? 0) + 1}-${dayKey({ month: to.month, day: to.day })}"); otherwise swap from and to`,
        );
    });
    if (b.holidays) checkHolidays(b.holidays, i, at);
  });
  return problems;
}

function checkHolidays(spec: { country: string; region?: string }, i: number, at: At): void {
  const countries = holidayCountries();
  const { country, region } = spec;
  const name = countries[country];
  if (name === undefined) {
    const alias = ALIASES[country];
    at(
      [i, "holidays", "country"],
      `date-holidays knows no country "${country}"`,
      alias && countries[alias]
        ? `did you mean "${alias}" (${countries[alias]})? Countries go by their ISO 3166-1 alpha-2 code`
        : `use the country's ISO 3166-1 alpha-2 code, e.g. PT (Portugal), DE (Germany), GB (United Kingdom), US (United States); date-holidays knows ${Object.keys(countries).length} countries`,
    );
    return;
  }
  if (region === undefined) return;
  const regions = holidayRegions(country);
  const codes = Object.keys(regions);
  if (regions[region] !== undefined) return;
  const near = closest(region, codes);
  at(
    [i, "holidays", "region"],
    `date-holidays knows no region "${region}" of ${name} (${country})`,
    codes.length === 0
      ? `date-holidays has no regions for ${name}: remove region to black out its national holidays`
      : `${near ? `did you mean "${near}" (${regions[near]})? ` : ""}regions of ${country}: ${codes.map((c) => `${c} (${regions[c]})`).join(", ")}`,
  );
}
