// Slot labels: where in a workflow's rhythm an item may go. "Tue 09:00" is a weekday and a time, for
// weekly rhythms; "12:30" is a time of day, for daily ones. The same labels name slots in workflow YAML
// and in simulator scenarios, and are recorded as the item's `slot` arm.

export const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

export interface SlotLabel {
  /** The label as written, normalised ("tue 9:00" → "Tue 09:00"). */
  label: string;
  /** 0 = Sunday … 6 = Saturday; absent for a time-of-day label. */
  weekday?: number;
  hour: number;
  minute: number;
}

const LABEL = /^(?:([A-Za-z]{3})\s+)?([01]?\d|2[0-3]):([0-5]\d)$/;

/** The label, or a message that says what is wrong and what a good label looks like. */
export function parseSlotLabel(text: string): SlotLabel | { error: string } {
  const m = LABEL.exec(text.trim());
  const example = 'write a weekday and a 24-hour time ("Tue 09:00") or a time of day ("12:30")';
  if (!m) return { error: `slot "${text}" is not a slot label: ${example}` };
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const time = `${String(hour).padStart(2, "0")}:${m[3]}`;
  if (m[1] === undefined) return { label: time, hour, minute };
  const weekday = WEEKDAYS.findIndex((d) => d.toLowerCase() === (m[1] as string).toLowerCase());
  if (weekday < 0)
    return { error: `slot "${text}": "${m[1]}" is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat or Sun` };
  return { label: `${WEEKDAYS[weekday]} ${time}`, weekday, hour, minute };
}

/** Parses every label, throwing on the first bad one (configuration was validated before). */
export function parseSlotLabels(texts: readonly string[]): SlotLabel[] {
  return texts.map((t) => {
    const parsed = parseSlotLabel(t);
    if ("error" in parsed) throw new Error(parsed.error);
    return parsed;
  });
}

/** "weekly" when the labels carry weekdays, "daily" when they are times of day, "mixed" otherwise. */
export function labelRhythm(labels: readonly SlotLabel[]): "weekly" | "daily" | "mixed" {
  const weekly = labels.filter((l) => l.weekday !== undefined).length;
  if (weekly === labels.length) return "weekly";
  return weekly === 0 ? "daily" : "mixed";
}
