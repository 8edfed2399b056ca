// A scenario after validation: the market's truth with every default filled in. Only the engine, the
// market and the oracle read these effects; policies get the names through SimSetup (src/sim/types.ts).

export interface ScenarioModel {
  name: string;
  days: number;
  channels: ChannelTruth[];
  events: EventTruth[];
  reviewer: { approve: number; edit: number; reject: number };
  budget?: { weekly?: number; monthly?: number };
}

export interface SlotTruth {
  /** Normalised label: "Tue 09:00" or "12:00". */
  label: string;
  /** 0 = Sunday … 6 = Saturday; absent for a time-of-day slot. */
  weekday?: number;
  /** Minutes after midnight (UTC, the simulated strategy's time zone). */
  minute: number;
  effect: number;
}

export interface ChannelTruth {
  id: string;
  rhythm: "daily" | "weekly";
  frequency: { min: number; max: number };
  audience: number;
  baseRate: number;
  /** In the order written: the first is the `fixed` policy's slot. */
  slots: SlotTruth[];
  /** Dimension → variant name → effect, in the order written. */
  variants: Record<string, Record<string, number>>;
  fatigue: number;
  costPerItem: number;
  window: number;
}

export interface EventTruth {
  day: number;
  channel: string;
  multiply: number;
  /** Only this slot (normalised label). */
  slot?: string;
  /** Only this variant of this dimension. */
  variant?: { dimension: string; name: string };
}

/** Day 0 of every simulation: Monday 2027-01-04, 00:00 UTC. */
export const SIM_START = new Date("2027-01-04T00:00:00Z");
export const DAY_MS = 86_400_000;
