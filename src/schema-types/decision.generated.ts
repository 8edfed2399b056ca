/* Generated from schemas/decision.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * marketing/decisions/<yyyy>/<mm>/<id>.json: one change of course for a workflow (or for the whole system), with the signal behind it. The reports' decision log reads these files; no Loopcast run writes them.
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
}
