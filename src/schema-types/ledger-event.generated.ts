/* Generated from schemas/ledger-event.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * One line of marketing/ledger/<yyyy>/<mm>/<cycle-id>.jsonl: an event in the life of a cycle. Files are append-only.
 */
export type LedgerEvent = Proposed | Merged | Rejected | Publishing | Published | PublishFailed | Skipped;
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
  generator: string;
  /**
   * True when a run found the proposal already open (an earlier run stopped before recording it).
   */
  adopted?: boolean;
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
}
export interface Rejected {
  type: "rejected";
  at: At;
  cycle: Cycle;
  by?: string;
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
  receipt: {
    id: string;
    url?: string;
  };
}
export interface PublishFailed {
  type: "publish-failed";
  at: At;
  cycle: Cycle;
  error: string;
  attempt?: number;
}
export interface Skipped {
  type: "skipped";
  at: At;
  cycle: Cycle;
  reason: string;
}
