/* Generated from schemas/workflow.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * Variants to choose from; each may use the placeholders {pillar}, {point}, {business}, {audience}, {url}.
 *
 * @minItems 1
 */
export type Variants = string[];

/**
 * marketing/workflows/<id>.yaml: one repeatable marketing task (a weekly blog post, a daily social post).
 */
export interface Workflow {
  /**
   * Lower-case letters, digits and dashes; the file should be named <id>.yaml.
   */
  id: string;
  /**
   * Human name, e.g. 'Weekly blog post'.
   */
  name: string;
  /**
   * Id of a channel declared in strategy.yaml.
   */
  channel: string;
  /**
   * Configured autonomy level: L0 manual, L1 assisted, L2 partial, L3 conditional (every item needs a merge), L4 high (auto-merge after the review window), L5 full. Loosening is a human decision.
   */
  level: "L0" | "L1" | "L2" | "L3" | "L4" | "L5";
  /**
   * Cron expression (5 fields: minute hour day-of-month month day-of-week) in the strategy's time zone, e.g. '0 9 * * 2' for Tuesdays at 09:00. At most one firing every 30 minutes.
   */
  cadence: string;
  /**
   * Candidate publishing times the planner chooses among, in the strategy's time zone: a weekday and a time ('Tue 08:00') for a weekly rhythm, or a time of day ('12:30') for a daily one, never both. Weekly: each week's items go to the slots the learner prefers (one item a week, or as many as `frequency` allows). Daily: each day the cadence fires gets one item, at the slot the learner prefers. Without slots the cadence's own times are used. `loopcast validate` refuses a weekday that does not exist, both forms in one list, the same slot written twice ('tue 9:00' and 'Tue 09:00'), time-of-day slots on a cadence that fires more than once a day, and slots that all fall on blackout days of the workflow's channel (for time-of-day slots: every day the cadence fires is one).
   *
   * @minItems 1
   *
   * Items: A weekday and a 24-hour time ('Tue 09:00') or a time of day ('12:30').
   */
  slots?: string[];
  /**
   * Items per week the planner may choose among, tuned against saturation on the primary benchmark and always inside the guardrails (items per day, blackouts, budget caps). Needs weekday slots, or a cadence that fires at least `max` times a week (the items then go to evenly spread firings). `loopcast validate` refuses min above max, fewer weekday slots than max, a cadence (without slots) that fires fewer than max times in some week, and frequency with time-of-day slots (a daily rhythm has one item on each day the cadence fires).
   */
  frequency?: {
    /**
     * Fewest items in a week.
     */
    min: number;
    /**
     * Most items in a week; at least min.
     */
    max: number;
  };
  /**
   * How long before its slot an item is proposed, so a person has time to review it. Default 24h, at most 60d.
   */
  leadTime?: string;
  /**
   * At L4: how long a proposal waits for review before it is auto-merged. Default 24h, at most 60d.
   */
  reviewWindow?: string;
  /**
   * How late after its slot an item may still be published. An item not out by then (runs stopped, publishing kept failing, it waited for a person) is skipped for good with a publish-failure exception, instead of going out late without a word. Default 72h, at most 60d.
   */
  publishWithin?: string;
  /**
   * Shape of the item: article (blog post with sections), email (newsletter), post (short social status).
   */
  format: "article" | "email" | "post";
  /**
   * How much a bad item would hurt (brand-sensitive, legal, budget). Used by `loopcast audit`. Default low.
   */
  sensitivity?: "low" | "high";
  /**
   * Ids of the strategy's pillars this workflow draws from.
   *
   * @minItems 1
   */
  pillars: string[];
  /**
   * Campaign this workflow belongs to, for per-campaign budget caps.
   */
  campaign?: string;
  /**
   * Paid spend per item (boosts, paid sends) in the guardrails' currency. Default 0. An item with paid spend must carry the disclosures guardrails.yaml asks of paid items (voice.requiredDisclosures with paid: true). `loopcast validate` refuses a costPerItem above a budget cap the workflow's items count against (weekly, monthly, its perWorkflow or its campaign's perCampaign cap), LLM tokens included, since not one item could be planned.
   */
  costPerItem?: number;
  /**
   * Allow L5 on a channel whose items cannot be taken back (email). Default false.
   */
  allowIrreversible?: boolean;
  /**
   * Variants both generators use: one title (an email's subject), hook and call to action per item, chosen by the learner from the measured results of earlier items (see docs/adapt.md), or drawn at random for a rewrite, and recorded as the item's arms. Placeholders: {pillar}, {point}, {business}, {audience}, {url}.
   */
  templates?: {
    titles?: Variants;
    hooks?: Variants;
    ctas?: Variants;
  };
  /**
   * Photos the drafts of this workflow carry: Loopcast attaches `perItem` of them to every item it writes (template and OpenAI generators alike), choosing the ones this workflow used least recently, so the same photo does not come back every day. Files live in marketing/media/. `loopcast validate` checks that each file exists and fits the workflow's channel (count, size and type per channel kind: docs/media.md). A person may still change an item's images in its proposal.
   */
  media?: {
    /**
     * The photos to choose from, in the order to use them first.
     *
     * @minItems 1
     */
    pool: Image[];
    /**
     * Images per item. Default 1; 0 keeps the pool but attaches none. At most the pool's size and the channel kind's maxCount.
     */
    perItem?: number;
  };
}
/**
 * One image: a file in marketing/media/ and its alt text.
 */
export interface Image {
  /**
   * Path relative to marketing/media/ with forward slashes, e.g. bakery/croissants.jpg.
   */
  file: string;
  /**
   * What the image shows, for someone who cannot see it (read aloud by screen readers): not the file name, not just 'photo'. At most 1,000 characters; the voice lock checks it like the body.
   */
  alt: string;
}
