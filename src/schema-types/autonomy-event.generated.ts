/* Generated from schemas/autonomy-event.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * One line of marketing/autonomy/<workflow>.jsonl: a change in how much autonomy a workflow has. Append-only.
 */
export type AutonomyEvent = Demoted | DemotionLifted | PromotionProposed | Promoted;
/**
 * When it was recorded.
 */
export type At = string;
/**
 * An autonomy level.
 */
export type Level = "L0" | "L1" | "L2" | "L3" | "L4" | "L5";

/**
 * Autonomy taken back at once, automatically.
 */
export interface Demoted {
  type: "demoted";
  at: At;
  /**
   * Workflow id.
   */
  workflow: string;
  from: Level;
  to: Level;
  /**
   * Which trigger fired: guardrail-error, benchmark-streak, foreign-commit, publish-failures, retracted, …
   */
  trigger: string;
  /**
   * What happened, with the numbers.
   */
  reason: string;
  /**
   * The cycle that triggered it.
   */
  cycle?: string;
  /**
   * The exception raised for it.
   */
  exception?: string;
  /**
   * The config proposal that brings the YAML in line.
   */
  configBranch?: string;
}
/**
 * A person lifted a demotion (resolved its exception or merged a promotion).
 */
export interface DemotionLifted {
  type: "demotion-lifted";
  at: At;
  /**
   * Workflow id.
   */
  workflow: string;
  /**
   * Who.
   */
  by?: string;
}
/**
 * Loopcast opened a config proposal that raises the workflow's level; merging it is the grant.
 */
export interface PromotionProposed {
  type: "promotion-proposed";
  at: At;
  /**
   * Workflow id.
   */
  workflow: string;
  from: Level;
  to: Level;
  /**
   * The config proposal's branch.
   */
  branch: string;
}
/**
 * The promotion was merged: the configured level is now higher.
 */
export interface Promoted {
  type: "promoted";
  at: At;
  /**
   * Workflow id.
   */
  workflow: string;
  to: Level;
  /**
   * The config proposal's branch.
   */
  branch?: string;
}
