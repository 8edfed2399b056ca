/* Generated from schemas/ledger-event.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * One line of marketing/ledger/<yyyy>/<mm>/<cycle-id>.jsonl: an event in the life of a cycle. Files are append-only.
 */
export type LedgerEvent =
  | Proposed
  | Merged
  | Rejected
  | Publishing
  | Published
  | PublishFailed
  | Skipped
  | Blocked
  | Spent
  | Judged
  | Retracted
  | Reviewed
  | Retried
  | Expired
  | Missed;
/**
 * When the event was recorded (ISO 8601).
 */
export type At = string;
/**
 * Cycle id: <workflow>@<slot in UTC, YYYYMMDDTHHMMZ>.
 */
export type Cycle = string;

export interface Proposed {
  type: "proposed";
  at: At;
  cycle: Cycle;
  workflow: string;
  channel: string;
  slot: string;
  /**
   * Effective level when proposed.
   */
  level: "L0" | "L1" | "L2" | "L3" | "L4" | "L5";
  branch: string;
  proposal: {
    id: string;
    url?: string;
  };
  contentPath: string;
  contentHash: string;
  /**
   * The option chosen along each dimension.
   */
  arms: {
    [k: string]: string;
  };
  /**
   * How the learner chose the item's options: the seeds of its random draws and, per dimension, the choice with the evidence in numbers. Absent for items whose options were not chosen by the learner (L2 queue items, rewrites).
   */
  learned?: {
    /**
     * The seed of the message options' draws: the cycle id.
     */
    seed: string;
    /**
     * The seed of the slot and frequency draws: the period key, e.g. weekly-newsletter#2026-11-30.
     */
    period?: string;
    /**
     * One line per dimension: the option chosen, how (burn-in, exploration floor, Thompson draw) and each option's measured rate, sends and P(best).
     */
    why: string[];
  };
  generator: string;
  /**
   * The item's title as proposed (its front matter `title`), so reports need not read the content file. Absent in ledgers written before it was recorded.
   */
  title?: string;
  /**
   * True when a run found the proposal already open (an earlier run stopped before recording it).
   */
  adopted?: boolean;
  /**
   * Spend reserved for this cycle when it was planned, in the guardrails' currency (LLM tokens at the configured price plus paid spend).
   */
  reservation?: number;
  /**
   * Guardrail findings on the proposed item, by severity.
   */
  checks?: {
    /**
     * Error findings.
     */
    errors: number;
    /**
     * Warning findings.
     */
    warnings: number;
    /**
     * Suggestion findings.
     */
    suggestions: number;
  };
  /**
   * Why this item must be merged by a person whatever its level (topic blocker, spend above requireApprovalAbove, channel not in the allow-list).
   */
  needsHuman?: string[];
  /**
   * Drafts written before this one passed the guardrails (self-correction).
   */
  attempts?: number;
}
export interface Merged {
  type: "merged";
  at: At;
  cycle: Cycle;
  mergedSha: string;
  mergedBy?: string;
  /**
   * Changed characters / length of the generated item (0 = merged unchanged).
   */
  editRatio: number;
  /**
   * Commits on the proposal not made by Loopcast.
   */
  humanCommits: number;
  /**
   * The item's title as merged (the front matter `title` of the merged content, which a person may have edited). Absent when the merged content had no readable title, and in ledgers written before it was recorded.
   */
  title?: string;
  /**
   * Merged with the loopcast:override label: guardrail errors do not block publishing.
   */
  override?: boolean;
  /**
   * Merged by Loopcast itself (L4 after the review window, L5 at once), not by a person: it does not count as a human review.
   */
  auto?: boolean;
}
export interface Rejected {
  type: "rejected";
  at: At;
  cycle: Cycle;
  by?: string;
  /**
   * Why: the reason the person gave (`review reject --reason`, the closing comment or review on GitHub), or what Loopcast saw (closed without merging, branch deleted).
   */
  reason?: string;
}
export interface Publishing {
  type: "publishing";
  at: At;
  cycle: Cycle;
  channel: string;
  /**
   * Derived from the cycle id and the content hash; sent to channels that accept one.
   */
  idempotencyKey: string;
}
export interface Published {
  type: "published";
  at: At;
  cycle: Cycle;
  channel: string;
  idempotencyKey: string;
  /**
   * What the channel returned when the item went out: every identifier an export may later name it by (docs/exports.md).
   */
  receipt: {
    /**
     * The channel's id for the item: a status or post id, a campaign or broadcast id, the e-mail's Message-ID, the blog post's slug.
     */
    id: string;
    /**
     * Where the item can be read (a blog post, a status, a newsletter's web version).
     */
    url?: string;
    /**
     * The post's own address on the network when it differs from `url` (an Instagram /p/ link); exports of Buffer, Hootsuite and Meta name posts by it.
     */
    permalink?: string;
    /**
     * An e-mail's Message-ID header, with its angle brackets (<…@example.com>).
     */
    messageId?: string;
    /**
     * An e-mail's subject line as sent; newsletter exports (Mailchimp, Kit, Buttondown) name campaigns by it and their send time.
     */
    subject?: string;
    /**
     * When the event was recorded (ISO 8601).
     */
    sentAt?: string;
  };
  /**
   * The person who recorded that the item went out with `loopcast publish-outcome --sent` (absent when Loopcast saw the channel's receipt).
   */
  recordedBy?: string;
}
export interface PublishFailed {
  type: "publish-failed";
  at: At;
  cycle: Cycle;
  error: string;
  attempt?: number;
  /**
   * Whether the item went out: not-sent (the channel said so, or a person recorded it; the next run tries again within the attempts) or unknown (the failure came after the data may have reached a channel that cannot take an item back: it is held, with an exception, until a person records the outcome with `loopcast publish-outcome`). Absent on older lines: not sent.
   */
  outcome?: "not-sent" | "unknown";
  /**
   * The person who recorded the outcome with `loopcast publish-outcome` (absent when Loopcast recorded it).
   */
  recordedBy?: string;
}
export interface Skipped {
  type: "skipped";
  at: At;
  cycle: Cycle;
  reason: string;
  /**
   * Which guardrail kept the cycle from being proposed.
   */
  guardrail?: "budget" | "blackout" | "channel-limit" | "channel-blocked" | "voice" | "paused";
  /**
   * The reservation that was refused.
   */
  reservation?: number;
}
/**
 * Publishing was refused at publish time because the merged item has guardrail errors.
 */
export interface Blocked {
  type: "blocked";
  at: At;
  cycle: Cycle;
  /**
   * Hash of the content that was refused; a changed item is checked again.
   */
  contentHash: string;
  /**
   * Error findings.
   */
  errors: number;
}
/**
 * Measured spend for the cycle (settles its reservation).
 */
export interface Spent {
  type: "spent";
  at: At;
  cycle: Cycle;
  /**
   * Total measured spend of the item so far, in the guardrails' currency (replaces earlier values). At most 1e15: a metric row's spend is at most 1e12, and a total above 1e15 is not settled (the measure step says why).
   */
  amount: number;
  /**
   * Where the figure came from.
   */
  source?: string;
}
/**
 * A benchmark verdict on a published item, recorded when it becomes final (met, missed or not enough data) — or pending for the record.
 */
export interface Judged {
  type: "judged";
  at: At;
  cycle: Cycle;
  /**
   * Benchmark id from benchmarks.yaml.
   */
  benchmark: string;
  /**
   * The metric judged.
   */
  metric: string;
  /**
   * The verdict.
   */
  status: "met" | "missed" | "pending" | "not-enough-data";
  /**
   * The measured value over the window.
   */
  value?: number;
  /**
   * The sample size, when the benchmark names one.
   */
  sample?: number;
  /**
   * The workflow's primary benchmark.
   */
  primary?: boolean;
}
/**
 * A person took a published item back (deleted the post, recalled it). Demotes the workflow.
 */
export interface Retracted {
  type: "retracted";
  at: At;
  cycle: Cycle;
  /**
   * Who retracted it.
   */
  by?: string;
  /**
   * Why.
   */
  reason?: string;
}
/**
 * A review of the cycle's proposal (GitHub pull request reviews).
 */
export interface Reviewed {
  type: "reviewed";
  at: At;
  cycle: Cycle;
  /**
   * The reviewer's login.
   */
  by: string;
  /**
   * What the reviewer said.
   */
  state: "approved" | "changes_requested" | "commented" | "dismissed";
  /**
   * The proposal reviewed.
   */
  proposal?: {
    /**
     * The proposal's id (the pull request number).
     */
    id: string;
  };
}
/**
 * A person asked for an item whose publishing failed to be tried again (`loopcast retry`, or resolving its publish-failure exception): the attempts are counted again from here.
 */
export interface Retried {
  type: "retried";
  at: At;
  cycle: Cycle;
  /**
   * Who asked.
   */
  by: string;
  /**
   * Why, or what was fixed.
   */
  note?: string;
}
/**
 * A merged item was not published within its workflow's `publishWithin` after its slot (runs stopped, publishing failed, it waited for a person): it is skipped for good, with a publish-failure exception. Terminal.
 */
export interface Expired {
  type: "expired";
  at: At;
  cycle: Cycle;
  reason: string;
}
/**
 * A slot of the workflow's cadence passed with no item proposed for it (no run within the lead time before it): recorded by the next run so the reports show it. Terminal.
 */
export interface Missed {
  type: "missed";
  at: At;
  cycle: Cycle;
  reason: string;
}
