/* Generated from schemas/decision.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * marketing/decisions/<yyyy>/<mm>/<id>.json: one change of course for a workflow (or for the whole system), with the signal behind it. A run writes one whenever the learner adopts another slot, message option or frequency, retires an option, or the change detector sees a drop or a recovery; a person may add others. The reports' decision log reads these files, and `loopcast explain ID` recomputes the evidence from the ledger.
 */
export interface Decision {
  /**
   * Unique id, also the file name without .json, e.g. weekly-newsletter--slot--20261201T0900Z.
   */
  id: string;
  /**
   * When the decision was made (ISO 8601).
   */
  at: string;
  /**
   * The workflow whose course changed; absent for a decision about the whole system.
   */
  workflow?: string;
  /**
   * What changed, in lower-case words joined by dashes: slot, subject, hook, cta, frequency, promotion, demotion, pause …
   */
  kind: string;
  /**
   * One line a person can read, e.g. 'moved the newsletter from Thu 09:00 to Tue 09:00'.
   */
  summary: string;
  /**
   * The evidence the change was based on, e.g. 'click rate 3.1 % on Tuesdays vs 2.2 % on Thursdays over 12 sends'.
   */
  signal: string;
  /**
   * The option before the change, e.g. 'Thu 09:00'.
   */
  from?: string;
  /**
   * The option after the change, e.g. 'Tue 09:00'.
   */
  to?: string;
  /**
   * The cycle the decision was made for, if any.
   */
  cycle?: string;
  /**
   * The numbers behind a learner's decision, as the run computed them from the ledger: what `loopcast explain` recomputes and compares.
   */
  evidence?: {
    /**
     * The primary benchmark's metric the options were compared on, e.g. click_rate.
     */
    metric: string;
    /**
     * The ledger as known at this instant was read.
     */
    asOf: string;
    /**
     * What the options are: slot, pillar, title, hook, cta or frequency.
     */
    dimension?: string;
    /**
     * Every option with its evidence.
     */
    options: {
      /**
       * The option as recorded in the ledger's arms (a slot label, a pillar id, an index into the templates, a count).
       */
      option: string;
      /**
       * The option in words (the template text, '3 a week').
       */
      name?: string;
      /**
       * Items sent or on their way with it.
       */
      sends: number;
      /**
       * Items whose measurement window had closed.
       */
      measured: number;
      /**
       * Successes over trials of the measured items.
       */
      rate?: number;
      /**
       * Probability that it is the best option, from the discounted posterior.
       */
      pBest: number;
    }[];
  };
}
