// The Generator port: writes an item for a cycle. The template generator is the embedded default
// (deterministic, no network); the OpenAI generator speaks to any OpenAI-compatible API.
import type { Channel, Strategy, Workflow } from "../config/types.ts";
import type { ItemMedia } from "../state/item.ts";

export interface GenerateRequest {
  cycle: string;
  slot: Date;
  workflow: Workflow;
  channel: Channel;
  strategy: Strategy;
  /** marketing/voice.md, the prose guide. */
  voiceGuide: string;
  /** Texts the channel requires in every item (from guardrails.voice.requiredDisclosures). */
  disclosures: string[];
  /** Longest body allowed, in grapheme clusters. */
  maxLength: number;
  /**
   * The learner's message options for the first draft (pillar id; title, hook and cta as indices into the
   * workflow's templates). A rewrite (attempt > 1) draws other options, as an option may be what broke
   * the guardrails.
   */
  arms?: Record<string, string>;
  /** 1 for the first draft; higher when an earlier draft broke the guardrails (self-correction). */
  attempt?: number;
  /** Findings on the previous draft that this one must fix: what is wrong and, where known, what to write. */
  feedback?: Array<{ message: string; actual?: string; expected?: string[] }>;
  /**
   * The workflow's latest items before this one as they were merged, oldest first: what a person
   * approved, with their edits. The template generator writes the sentences a person keeps replacing
   * the way the person wrote them (docs/generators.md).
   */
  earlier?: EarlierItem[];
  /**
   * The photos this item carries (picked from the workflow's media pool before the text is written): an
   * LLM reads their alt text so the words fit what the pictures show.
   */
  media?: ItemMedia[];
}

/** An item of the workflow as merged (from marketing/content/ on the base branch). */
export interface EarlierItem {
  cycle: string;
  /** The generator that wrote the item, from its front matter. */
  generator: string;
  /** The options it was written with, from its front matter. */
  arms: Record<string, string>;
  title: string;
  summary: string;
  body: string;
  /** Its images, from its front matter: the media pool prefers photos the workflow used least recently. */
  media?: ItemMedia[];
}

export interface Draft {
  title: string;
  summary: string;
  body: string;
  /** The option chosen along each dimension, e.g. { pillar: "guardrails", hook: "2" }. */
  arms: Record<string, string>;
  /** Tokens used, for the budget (0 for the template generator). */
  tokens: number;
}

export interface Generator {
  readonly id: string;
  generate(request: GenerateRequest): Promise<Draft>;
}

/** Upper bound on tokens per item when the strategy names none (also what the budget reserves). */
export const DEFAULT_MAX_TOKENS = 1500;
/** The model when the strategy names none. */
export const DEFAULT_MODEL = "gpt-4o-mini";
