// How quickly a policy's change detector caught each event, and how often it cried wolf. Delays and
// attribution are counted in cycles: the channel's sent items.
import type { EventTruth } from "./model.ts";

export interface Detection {
  day: number;
  channel: string;
  multiply: number;
  slot?: string;
  variant?: { dimension: string; name: string };
  /** The first flag on the channel at or after the event's day; null when none came (or no detector). */
  detectedDay: number | null;
  /** The channel's items sent from the event's day until the day of that flag (that day excluded). */
  delayCycles: number | null;
}

/** A flag belongs to the latest drop (multiply < 1) on its channel at most this many cycles before it. */
export const ATTRIBUTION_CYCLES = 10;

export function detect(
  events: readonly EventTruth[],
  flags: ReadonlyArray<{ channel: string; day: number }> | undefined,
  sentDays: Readonly<Record<string, readonly number[]>>,
): { detections: Detection[]; falseAlarms: number | null } {
  const sorted = [...(flags ?? [])].sort((a, b) => a.day - b.day);
  const cyclesBetween = (channel: string, from: number, to: number) =>
    (sentDays[channel] ?? []).filter((d) => d >= from && d < to).length;

  const detections = events.map((e): Detection => {
    const flag = sorted.find((f) => f.channel === e.channel && f.day >= e.day);
    return {
      day: e.day,
      channel: e.channel,
      multiply: e.multiply,
      ...(e.slot ? { slot: e.slot } : {}),
      ...(e.variant ? { variant: e.variant } : {}),
      detectedDay: flag ? flag.day : null,
      delayCycles: flag ? cyclesBetween(e.channel, e.day, flag.day) : null,
    };
  });

  if (!flags) return { detections, falseAlarms: null };
  let falseAlarms = 0;
  for (const f of sorted) {
    const drop = events
      .filter((e) => e.channel === f.channel && e.multiply < 1 && e.day <= f.day)
      .reduce<EventTruth | undefined>(
        (latest, e) => (!latest || e.day >= latest.day ? e : latest),
        undefined,
      );
    if (!drop || cyclesBetween(f.channel, drop.day, f.day) > ATTRIBUTION_CYCLES) falseAlarms++;
  }
  return { detections, falseAlarms };
}
