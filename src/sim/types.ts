// What a simulated policy sees and answers. A policy is told the channels' names, rhythms, audiences,
// costs and observation windows, and asked each period for items; it never sees the effects behind the
// slots and variants, the events, or the reviewer's shares (those are the market's truth, src/sim/market.ts).

export interface SimChannel {
  id: string;
  rhythm: "daily" | "weekly";
  /** Items per period bounds: daily {1,1}; weekly {1,1} unless frequency or a number cadence says otherwise. */
  frequency: { min: number; max: number };
  audience: number;
  /** Normalised slot labels ("Tue 09:00", "12:00"): names only, never effects. */
  slots: string[];
  /** Dimension → variant names (names only). */
  variants: Record<string, string[]>;
  costPerItem: number;
  /** Days from sending until the outcome is observed. */
  window: number;
  /** How many periods of this channel the horizon holds (those with at least one candidate slot). */
  periods: number;
}

export interface SimSetup {
  name: string;
  days: number;
  start: Date; // day 0, 00:00 UTC, a Monday
  timezone: "UTC";
  channels: SimChannel[];
  budget?: { weekly?: number; monthly?: number };
}

export interface Candidate {
  slot: string;
  at: Date;
  day: number;
}

export interface PeriodRequest {
  channel: string;
  /** 0-based period number of this channel. */
  index: number;
  start: Date; // period start (day start or Monday 00:00)
  end: Date; // exclusive
  candidates: Candidate[];
  minItems: number;
  maxItems: number;
  /** Budget left in this period's budget week(s) before these items, when a budget is set (in currency). */
  budgetLeft?: number;
}

export interface PlannedItem {
  slot: string;
  variants: Record<string, string>;
}

export interface Outcome {
  channel: string;
  item: PlannedItem;
  at: Date; // when it was sent (the candidate instant)
  day: number;
  verdict: "approve" | "edit" | "reject";
  /** People reached and successes; 0 and 0 when the reviewer rejected it. */
  trials: number;
  successes: number;
}

export interface Policy {
  readonly name: string;
  /** Called at each period's start, in time order across channels. */
  plan(req: PeriodRequest): PlannedItem[];
  /** The simulated reviewer's verdict on each planned item, right after plan(). */
  reviewed?(channel: string, item: PlannedItem, verdict: Outcome["verdict"], period: PeriodRequest): void;
  /** An item's outcome, delivered `window` days after it was sent (rejected ones right away), always before any plan() call at a later time. */
  observe(outcome: Outcome): void;
  /** Every time the policy flagged a drop, by channel (a change detector). Policies without one omit this. */
  flagged?(): Array<{ channel: string; day: number }>;
}

export type PolicyFactory = (setup: SimSetup, seed: number) => Policy;
