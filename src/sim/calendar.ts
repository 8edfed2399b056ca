// Simulated time: day 0 is Monday 2027-01-04 00:00 UTC. A daily channel's period is a day, a weekly one's an
// ISO week (Monday to Sunday); a period's candidates are its slot instants inside the horizon.
import { type ChannelTruth, DAY_MS, SIM_START } from "./model.ts";
import type { Candidate } from "./types.ts";

export interface Period {
  channel: string;
  index: number;
  start: Date;
  /** Exclusive; the horizon's end for a last, partial week. */
  end: Date;
  candidates: Candidate[];
}

/** Every period of a channel over `days` days that has at least one candidate, in time order. */
export function periodsOf(channel: ChannelTruth, days: number): Period[] {
  const horizonEnd = SIM_START.getTime() + days * DAY_MS;
  const periods: Period[] = [];
  if (channel.rhythm === "daily") {
    const slots = [...channel.slots].sort((a, b) => a.minute - b.minute);
    for (let day = 0; day < days; day++) {
      const start = SIM_START.getTime() + day * DAY_MS;
      periods.push({
        channel: channel.id,
        index: day,
        start: new Date(start),
        end: new Date(start + DAY_MS),
        candidates: slots.map((s) => ({ slot: s.label, at: new Date(start + s.minute * 60_000), day })),
      });
    }
    return periods;
  }
  // Weekly: days after Monday of each slot; Sunday (weekday 0) is the week's seventh day.
  const slots = channel.slots
    .map((s) => ({ label: s.label, offset: ((s.weekday ?? 1) + 6) % 7, minute: s.minute }))
    .sort((a, b) => a.offset - b.offset || a.minute - b.minute);
  for (let week = 0; week * 7 < days; week++) {
    const start = SIM_START.getTime() + week * 7 * DAY_MS;
    const candidates: Candidate[] = [];
    for (const s of slots) {
      const day = week * 7 + s.offset;
      if (day < days)
        candidates.push({ slot: s.label, at: new Date(start + s.offset * DAY_MS + s.minute * 60_000), day });
    }
    if (!candidates.length) continue;
    periods.push({
      channel: channel.id,
      index: week,
      start: new Date(start),
      end: new Date(Math.min(start + 7 * DAY_MS, horizonEnd)),
      candidates,
    });
  }
  return periods;
}

/** ISO week number within the horizon (day 0 is a Monday). */
export function weekOf(day: number): number {
  return Math.floor(day / 7);
}

/** Calendar month key (year × 12 + month) of a simulated day. */
export function monthOf(day: number): number {
  const d = new Date(SIM_START.getTime() + day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
