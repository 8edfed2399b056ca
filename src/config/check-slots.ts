// Checks of a workflow's `slots` and `frequency` that a schema cannot express: labels that name a weekday
// that does not exist, weekly and daily labels mixed, the same slot twice, a frequency its slots or its
// cadence cannot carry, and slots that every blackout together leaves nothing of. Some slots blacked out,
// or frequency.max items costing more than the weekly budget cap, would be warnings; every problem the
// loader reports refuses the configuration, so those are left to the planner and the guardrails.
import { labelRhythm, parseSlotLabel, type SlotLabel, WEEKDAYS } from "../adapt/slot-label.ts";
import { localDate, localParts, WEEKDAY_NAMES } from "../core/calendar.ts";
import { slotsBetween } from "../core/time.ts";
import type { Problem } from "../errors.ts";
import { checkCron, isTimeZone } from "./check-references.ts";
import type { Config, Guardrails, Workflow } from "./types.ts";

type Blackout = NonNullable<NonNullable<Guardrails["channels"]>["blackouts"]>[number];
type At = (path: Array<string | number>, message: string, hint: string) => void;

export function checkSlots(config: Config): Problem[] {
  const problems: Problem[] = [];
  const files = [...config.sources.keys()].filter((k) => k.startsWith("workflows/"));
  config.workflows.forEach((w, i) => {
    // The loader reads workflows/ in the order it lists them, so the i-th workflow is the i-th such file.
    const source = config.sources.get(files[i] ?? "");
    const at: At = (path, message, hint) => {
      const pos = source ? source.position(path) : { line: 1, column: 1 };
      problems.push({ file: source?.file ?? `workflows/${w.id}.yaml`, ...pos, message, hint });
    };
    checkWorkflow(config, w, at);
  });
  return problems;
}

function checkWorkflow(config: Config, w: Workflow, at: At): void {
  const { frequency } = w;
  if (frequency && frequency.min > frequency.max)
    at(
      ["frequency", "min"],
      `frequency.min ${frequency.min} is above frequency.max ${frequency.max}`,
      "min is the fewest items a week and max the most: lower min or raise max",
    );

  const labels = w.slots ? parseLabels(w.slots, at) : [];
  if (labels === undefined) return; // what is wrong with the labels was said; the rest would guess
  const rhythm = w.slots ? labelRhythm(labels) : "none";
  const tz = config.strategy.timezone;
  // An unknown time zone or a bad cadence is reported by checkReferences; the cadence is not read then.
  const cadenceReadable = isTimeZone(tz) && checkCron(w.cadence, tz) === undefined;

  if (frequency) {
    if (rhythm === "daily")
      at(
        ["frequency"],
        "frequency does not apply to time-of-day slots: a daily rhythm has one item on each day the cadence fires",
        `remove frequency:, or write each slot with a weekday ("Tue ${labels[0]?.label}") for a weekly rhythm of up to ${frequency.max} items`,
      );
    else if (rhythm === "weekly" && labels.length < frequency.max)
      at(
        ["frequency", "max"],
        `frequency.max is ${frequency.max} but only ${labels.length} weekday slot(s) are listed`,
        `add slots until there are at least ${frequency.max}, or lower frequency.max to ${labels.length}`,
      );
    else if (rhythm === "none" && cadenceReadable) {
      const counts = referenceWeeks(w.cadence, tz, frequency.max).map((week) => week.length);
      const fewest = Math.min(...counts);
      if (fewest < frequency.max)
        at(
          ["frequency", "max"],
          `frequency.max is ${frequency.max} but cadence "${w.cadence}" fires ${counts.every((c) => c === fewest) ? "" : "as few as "}${fewest} time(s) in a week`,
          `list at least ${frequency.max} weekday slots under slots: ("Mon 09:00", "Wed 09:00", …), make the cadence fire at least ${frequency.max} times every week, or lower frequency.max to ${fewest}`,
        );
    }
  }

  if (rhythm === "weekly") {
    const blocked = labels.map((l) => weekdayBlackout(config, w, l));
    if (blocked.every((b) => b !== undefined))
      at(
        ["slots"],
        `every slot of "${w.id}" is inside a blackout; nothing could be published`,
        `${labels.map((l, j) => `${l.label} falls on a blackout day${why(blocked[j])}`).join(", ")} in guardrails.yaml channels.blackouts: add a slot on another day, or limit the blackout to other channels with channels:`,
      );
  } else if (rhythm === "daily" && cadenceReadable) {
    // One item a day on the days the cadence fires: a cadence that fires twice on a day cannot say which
    // of the two the day's item belongs to. Eight firings in a week are enough to find a day with two.
    const firings = referenceWeeks(w.cadence, tz, 8).flat();
    const twice = firings.find((f, j) => j > 0 && localDate(f, tz) === localDate(firings[j - 1] as Date, tz));
    if (twice) {
      const day = WEEKDAYS[localParts(twice, tz).weekday % 7];
      at(
        ["cadence"],
        `cadence "${w.cadence}" fires more than once a day (on ${day}), but time-of-day slots give each day one item`,
        'a daily rhythm has one item per day, at the slot the learner prefers: make the cadence fire once on each day that should get an item (e.g. \'0 9 * * 1-5\'), or write weekday slots ("Mon 09:00", "Mon 17:00") with frequency: for several items a day',
      );
      return;
    }
    // The cadence's days decide which days get an item; a time of day is lost only if each of them is.
    const days = [...new Set(firings.map((f) => WEEKDAY_NAMES[localParts(f, tz).weekday - 1] as string))];
    const blocked = days.map((d) => dayBlackout(config, w, d));
    if (days.length && blocked.every((b) => b !== undefined))
      at(
        ["slots"],
        `every slot of "${w.id}" is inside a blackout; nothing could be published`,
        `the cadence decides the days and fires only on ${days.map((d, j) => `${d}${why(blocked[j])}`).join(", ")}, each a blackout day in guardrails.yaml channels.blackouts: let the cadence fire on other days, or limit the blackout to other channels with channels:`,
      );
  }
}

/** The labels normalised, or undefined when one does not parse, the forms mix or a label repeats. */
function parseLabels(texts: string[], at: At): SlotLabel[] | undefined {
  const labels: SlotLabel[] = [];
  const written: string[] = []; // each parsed label as written, for the messages
  let ok = true;
  texts.forEach((text, j) => {
    const parsed = parseSlotLabel(text);
    if ("error" in parsed) {
      at(
        ["slots", j],
        parsed.error,
        'slots are a weekday and a time ("Tue 09:00") or a time of day ("12:30")',
      );
      ok = false;
      return;
    }
    const first = labels.findIndex((l) => l.label === parsed.label);
    if (first >= 0) {
      at(
        ["slots", j],
        `slot "${text}" repeats "${written[first]}" (both are ${parsed.label})`,
        "each slot may appear once; remove one of them",
      );
      ok = false;
    }
    labels.push(parsed);
    written.push(text);
  });
  if (labels.length && labelRhythm(labels) === "mixed") {
    const weekly = labels[0]?.weekday !== undefined;
    const j = labels.findIndex((l) => (l.weekday !== undefined) !== weekly);
    at(
      ["slots", texts.indexOf(written[j] as string)],
      `slot "${written[j]}" ${weekly ? "is a time of day" : "names a weekday"}, but "${written[0]}" ${weekly ? "names a weekday" : "is a time of day"}: slots are all one or all the other`,
      'for a weekly rhythm write a weekday on every slot ("Tue 12:30"); for a daily one, none ("12:30")',
    );
    ok = false;
  }
  return ok ? labels : undefined;
}

/** The blackout that covers a weekday label's day for the workflow's channel, if any. */
function weekdayBlackout(config: Config, w: Workflow, label: SlotLabel): Blackout | undefined {
  // SlotLabel counts weekdays from Sunday (0), the blackouts' names from Monday.
  return dayBlackout(config, w, WEEKDAY_NAMES[((label.weekday ?? 0) + 6) % 7] as string);
}

/**
 * The blackout that covers a day of the week for the workflow's channel, if any. Blackouts are whole days;
 * dates come round once, so a weekly slot always has other weeks and only `days` can block it for good.
 */
function dayBlackout(config: Config, w: Workflow, day: string): Blackout | undefined {
  return config.guardrails.channels?.blackouts?.find(
    (b) =>
      (!b.channels?.length || b.channels.includes(w.channel)) &&
      (b.days as string[] | undefined)?.includes(day),
  );
}

function why(b: Blackout | undefined): string {
  return b?.reason ? ` (${b.reason})` : "";
}

/**
 * The cadence's firings in reference weeks from Monday 29 December 2025 (local time), at most `limit` a
 * week. A cadence on days of the week repeats every week, so one is enough (each costs cron-parser ~2 ms,
 * on every command that loads the configuration). One that names days of the month or months gets five:
 * 29 December to 1 February passes every day of a month, so its thinnest week shows.
 */
function referenceWeeks(cadence: string, tz: string, limit: number): Date[][] {
  const [, , dayOfMonth, month] = cadence.trim().split(/\s+/);
  const weekly = [dayOfMonth, month].every((f) => f === "*" || f === "?");
  const starts = [0, 1, 2, 3, 4, 5]
    .slice(0, weekly ? 2 : 6)
    .map((k) => startOfLocalDay(2025, 12, 29 + 7 * k, tz));
  return starts.slice(0, -1).map((start, k) => {
    const end = new Date((starts[k + 1] as Date).getTime() - 1);
    return slotsBetween(cadence, tz, start, end, limit);
  });
}

/** Local midnight of a calendar date (day may run past the month's end, as in Date.UTC). */
function startOfLocalDay(year: number, month: number, day: number, tz: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const p = localParts(new Date(guess), tz);
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - guess;
  return new Date(guess - offset);
}
