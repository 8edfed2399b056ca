/* Generated from schemas/scenario.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * A multiplicative effect on the success rate, greater than 0: 1.0 is neutral, 1.15 is 15 % better, 0.85 is 15 % worse.
 */
export type Effect = number;

/**
 * A simulated market for `loopcast simulate` and `npm run bench:adapt` (docs/scenarios.md): channels with their true response rates, slot and variant effects, events that change them, a simulated reviewer and a budget. Policies see names, never effects.
 */
export interface Scenario {
  /**
   * Name of the scenario, shown in results and in the benchmark's tables.
   */
  name: string;
  /**
   * What the scenario tests, in a sentence or two (not used by the simulator).
   */
  description?: string;
  /**
   * Length of the simulated horizon in days; day 0 is Monday 2027-01-04 (UTC). `--days` overrides it.
   */
  days: number;
  /**
   * One simulated workflow per channel, keyed by a lower-case id (letters, digits, dashes).
   */
  channels: {
    [k: string]: Channel;
  };
  /**
   * Changes in the market: from `day` on, a channel's success rate (or only one slot's, or one variant's) is multiplied by `multiply`.
   */
  events?: Event[];
  /**
   * The simulated person who reviews every planned item: shares of approve, edit and reject that sum to 1. A rejected item is not sent, costs nothing and earns nothing; an edited one is sent. Default: approve everything.
   */
  reviewer?: {
    /**
     * Share of items approved as they are. Default 0 (the three shares must sum to 1).
     */
    approve?: number;
    /**
     * Share of items edited and then sent. Default 0.
     */
    edit?: number;
    /**
     * Share of items rejected (not sent). Default 0.
     */
    reject?: number;
  };
  /**
   * Spending caps over all channels, in the currency of `costPerItem`. The simulator never blocks a send; what goes over a cap is reported as overspend.
   */
  budget?: {
    /**
     * Most that may be spent in one ISO week (Monday to Sunday).
     */
    weekly?: number;
    /**
     * Most that may be spent in one calendar month.
     */
    monthly?: number;
  };
}
/**
 * One simulated workflow: its rhythm, reach, true success rate and the arms a policy chooses among.
 */
export interface Channel {
  /**
   * `daily` (one item a day, at one of the time-of-day slots), `weekly` (one item a week, or `frequency` items, at weekday slots) or a number of items per week (at weekday slots).
   */
  cadence: ("daily" | "weekly") | number;
  /**
   * Weekly rhythms only: the number of items per week a policy may choose, from min to max (each on its own slot). Default: 1, or the number the cadence gives.
   */
  frequency?: {
    /**
     * Fewest items in a week.
     */
    min: number;
    /**
     * Most items in a week; at least min. Each item of a week needs its own slot, so a number above the slots' is lowered to it.
     */
    max: number;
  };
  /**
   * People reached by one item (the trials of its binomial draw).
   */
  audience: number;
  /**
   * Chance that one person reached is a success (a click, an open…) before slot, variant, fatigue and event effects.
   */
  baseRate: number;
  /**
   * Slot label → effect. Weekday labels ('Tue 09:00') for weekly rhythms, time-of-day labels ('12:00') for daily ones, never both. Default, all with effect 1: '09:00' (daily); one slot at 09:00 per item of the busiest week, spread over the week (weekly: 'Mon 09:00' for one item).
   */
  slots?: {
    [k: string]: Effect;
  };
  /**
   * Dimensions of message variants (subject, hook, …), each a map of variant name → effect. Every item carries one variant of every dimension.
   */
  variants?: {
    /**
     * Variant name → effect.
     */
    [k: string]: {
      [k: string]: Effect;
    };
  };
  /**
   * Share of the rate lost per extra item sent on this channel in the same ISO week: the rate is multiplied by 1 − fatigue × (items that week − 1). Default 0.
   */
  fatigue?: number;
  /**
   * What one sent item costs, in the budget's currency. Default 0.
   */
  costPerItem?: number;
  /**
   * Days from sending until the item's outcome is observed by the policy (metrics arrive late). Default 2.
   */
  window?: number;
}
/**
 * From `day` on, the channel's success rate is multiplied by `multiply`: every item, or only items at `slot`, or only items with `variant`.
 */
export interface Event {
  /**
   * First day the event is in force (day 0 is the first simulated day).
   */
  day: number;
  /**
   * Id of a channel of this scenario.
   */
  channel: string;
  /**
   * A multiplicative effect on the success rate, greater than 0: 1.0 is neutral, 1.15 is 15 % better, 0.85 is 15 % worse.
   */
  multiply: number;
  /**
   * Only items at this slot of the channel are affected.
   */
  slot?: string;
  /**
   * Only items with this variant are affected: one dimension and one of its variants, e.g. { subject: urgency }.
   */
  variant?: {
    [k: string]: string;
  };
}
