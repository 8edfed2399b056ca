// A workflow's rhythm in periods. Without `slots` or `frequency` every cron firing is its own item (the
// plain cadence). With weekday slots ("Tue 08:00") or a frequency, a period is an ISO week in the
// strategy's time zone and the learner places the week's items on its candidate instants. With
// time-of-day slots ("12:30"), a period is a day on which the cadence fires, with one item.
import type { Workflow } from "../config/types.ts";
import { localDate } from "../core/calendar.ts";
import { slotsBetween } from "../core/time.ts";
import { labelRhythm, parseSlotLabels } from "./slot-label.ts";

export interface Candidate {
  /** The slot label ("Tue 08:00"), or the cadence's firing time when the workflow lists no slots. */
  slot: string;
  at: Date;
}

export interface Period {
  /** e.g. "weekly-newsletter#2026-11-30": the workflow and the local date the period starts. */
  key: string;
  start: Date;
  end: Date;
  candidates: Candidate[];
  /** Items in the period when no frequency is configured. */
  items: number;
}

export type Rhythm = "cadence" | "weekly" | "daily";

const DAY = 86_400_000;

export function rhythmOf(workflow: Pick<Workflow, "slots" | "frequency">): Rhythm {
  if (workflow.slots?.length)
    return labelRhythm(parseSlotLabels(workflow.slots)) === "daily" ? "daily" : "weekly";
  return workflow.frequency ? "weekly" : "cadence";
}

/** The periods that overlap [from, to], each with all its candidate instants. */
export function periodsBetween(workflow: Workflow, tz: string, from: Date, to: Date): Period[] {
  const rhythm = rhythmOf(workflow);
  if (rhythm === "cadence") return [];
  const labels = parseSlotLabels(workflow.slots ?? []);
  const periods: Period[] = [];
  if (rhythm === "weekly") {
    const starts = slotsBetween("0 0 * * 1", tz, new Date(from.getTime() - 7 * DAY), to);
    for (const start of starts) {
      const end = slotsBetween(
        "0 0 * * 1",
        tz,
        new Date(start.getTime() + DAY),
        new Date(start.getTime() + 8 * DAY),
      )[0];
      if (!end || end <= from) continue;
      const last = new Date(end.getTime() - 1);
      const firings = slotsBetween(workflow.cadence, tz, start, last);
      const candidates = labels.length
        ? labels.flatMap((l) =>
            slotsBetween(`${l.minute} ${l.hour} * * ${l.weekday}`, tz, start, last).map((at) => ({
              slot: l.label,
              at,
            })),
          )
        : firings.map((at) => ({ slot: clock(at, tz), at }));
      periods.push({
        key: `${workflow.id}#${localDate(start, tz)}`,
        start,
        end,
        candidates: candidates.sort((a, b) => a.at.getTime() - b.at.getTime()),
        items: Math.max(1, Math.min(firings.length, candidates.length)),
      });
    }
    return periods;
  }
  // Daily: the local days on which the cadence fires, each with one instant per label.
  const firingDays = new Set(
    slotsBetween(
      workflow.cadence,
      tz,
      new Date(from.getTime() - 2 * DAY),
      new Date(to.getTime() + 2 * DAY),
    ).map((d) => localDate(d, tz)),
  );
  const midnights = slotsBetween("0 0 * * *", tz, new Date(from.getTime() - DAY), to);
  for (const start of midnights) {
    const end = slotsBetween(
      "0 0 * * *",
      tz,
      new Date(start.getTime() + 3_600_000),
      new Date(start.getTime() + 2 * DAY),
    )[0];
    if (!end || end <= from) continue;
    const date = localDate(start, tz);
    if (!firingDays.has(date)) continue;
    const last = new Date(end.getTime() - 1);
    const candidates = labels.flatMap((l) =>
      slotsBetween(`${l.minute} ${l.hour} * * *`, tz, start, last).map((at) => ({ slot: l.label, at })),
    );
    periods.push({
      key: `${workflow.id}#${date}`,
      start,
      end,
      candidates: candidates.sort((a, b) => a.at.getTime() - b.at.getTime()),
      items: 1,
    });
  }
  return periods;
}

/** "12:30": a cadence firing's local time, the slot name of workflows that list no slots. */
function clock(at: Date, tz: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: tz,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  })
    .format(at)
    .replace(",", "");
}
