// The journey's simulated owner, acting through the local forge as a person would with
// `loopcast review`: reads each proposal that waits for a person (at L3, or labelled needs-human),
// approves most, edits a few before approving (a commit of their own on the branch), rejects a few;
// merges the config proposals Loopcast opens (a promotion is granted by merging it) a day after they
// appear. Other items at L4 and L5 are left to merge themselves. Exceptions are never resolved, so a
// demotion stays in force. Seeded by cycle id.
import { seededRandom } from "../../src/core/random.ts";
import { Git } from "../../src/forge/git.ts";
import type { LocalForge } from "../../src/forge/local.ts";
import { contentPath, cycleFromBranch } from "../../src/state/paths.ts";
import { OWNER } from "./setup.ts";

export interface ReviewerOdds {
  approve: number;
  edit: number;
  reject: number;
}

/** Most approved as written, a few edited first, a few rejected. */
export const REVIEWER: ReviewerOdds = { approve: 0.88, edit: 0.08, reject: 0.04 };

/** How long a config proposal waits before the owner merges it: they read the evidence the next day. */
export const CONFIG_DELAY_MS = 18 * 3_600_000;

const NEEDS_HUMAN = "loopcast:needs-human";

export type Verdict = "approve" | "edit" | "reject";

export const REJECT_REASONS = [
  "not the message for this week",
  "too close to what we posted recently",
  "the point needs a real example first",
];

export function verdict(seed: string, cycle: string, odds: ReviewerOdds = REVIEWER): Verdict {
  const x = seededRandom(`${seed}:review:${cycle}`).next() * (odds.approve + odds.edit + odds.reject);
  if (x < odds.approve) return "approve";
  return x < odds.approve + odds.edit ? "edit" : "reject";
}

export function rejectReason(seed: string, cycle: string): string {
  return seededRandom(`${seed}:reason:${cycle}`).pick(REJECT_REASONS);
}

/** Words an owner tightens; the first one found in the body is replaced, so the edit stays small. */
const TIGHTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bvery\b/, "truly"],
  [/\bsmall\b/, "modest"],
  [/\bshows\b/, "makes plain"],
  [/\bso you can\b/, "and you can"],
  [/\bevery\b/, "each"],
  [/\bbefore\b/, "ahead of"],
  [/\bwhat\b/, "exactly what"],
];

/**
 * A person's small edit of an item: one phrase in the body tightened, or else the first sentence opened
 * with "Honestly," in the owner's voice. The front matter is left alone. Returns the text unchanged
 * when there is no prose to edit.
 */
export function editItem(text: string): string {
  const end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
  const head = end >= 0 ? text.slice(0, end + 4) : "";
  const body = end >= 0 ? text.slice(end + 4) : text;
  for (const [word, replacement] of TIGHTER) {
    if (word.test(body)) return head + body.replace(word, replacement);
  }
  // The first line of prose: not a heading, a list item or a greeting.
  const prose = /^(?![#\-*>]|Hi\b)([A-Z][a-z]+)(?=[ ,])/m;
  if (prose.test(body))
    return head + body.replace(prose, (word: string) => `Honestly, ${word.toLowerCase()}`);
  return text;
}

export interface ReviewLog {
  approved: string[];
  edited: string[];
  rejected: string[];
  configMerged: string[];
  configClosed: string[];
}

export interface ReviewOptions {
  forge: LocalForge;
  repoDir: string;
  now: Date;
  seed: string;
  /** The item proposals opened since the last review, with the level each was proposed at. */
  proposed: ReadonlyArray<{ branch: string; cycle: string; level: string }>;
  /** Look through every open proposal for config proposals (after a run that changed the ladder). */
  scanConfig: boolean;
  /** Open config proposals and when the reviewer first saw each (they wait a day); emptied as merged. */
  seen: Map<string, number>;
  odds?: ReviewerOdds;
}

/**
 * One pass: every new proposal that needs a person (L3, or labelled so) is approved, edited and approved,
 * or rejected; the other items at L4 and L5 are left to their review window. Config proposals are merged
 * once CONFIG_DELAY_MS old.
 */
export async function review(opts: ReviewOptions): Promise<ReviewLog> {
  const log: ReviewLog = { approved: [], edited: [], rejected: [], configMerged: [], configClosed: [] };
  for (const { branch, cycle, level } of opts.proposed) {
    // At L4 and L5 an item waits for a person only when it is labelled so (a topic, spend, a channel
    // outside the guardrails' allow-list, like the newsletter); the rest merge themselves.
    if (level !== "L3" && !(await opts.forge.getProposal(branch))?.labels.includes(NEEDS_HUMAN)) continue;
    const v = verdict(opts.seed, cycle, opts.odds);
    if (v === "reject") {
      await opts.forge.closeProposal(branch, { by: OWNER.name, reason: rejectReason(opts.seed, cycle) });
      log.rejected.push(cycle);
      continue;
    }
    if (v === "edit" && (await editOnBranch(opts, branch, cycle))) log.edited.push(cycle);
    else log.approved.push(cycle);
    await opts.forge.mergeProposal(branch, { by: OWNER.name });
  }
  if (opts.scanConfig) {
    for (const p of await opts.forge.listOpenProposals())
      if (!cycleFromBranch(p.branch) && !opts.seen.has(p.branch)) opts.seen.set(p.branch, opts.now.getTime());
  }
  for (const [branch, first] of [...opts.seen]) {
    if (opts.now.getTime() - first < CONFIG_DELAY_MS) continue;
    opts.seen.delete(branch);
    if ((await opts.forge.getProposal(branch))?.state !== "open") continue;
    try {
      await opts.forge.mergeProposal(branch, { by: OWNER.name });
      log.configMerged.push(branch);
    } catch {
      // Two config proposals changed the same line (a promotion merged, then a demotion proposed from the
      // old level): the owner closes the one that no longer applies.
      await opts.forge.closeProposal(branch, { by: OWNER.name, reason: "superseded" });
      log.configClosed.push(branch);
    }
  }
  return log;
}

/** The owner's edit: one commit by them on the proposal's branch (git fast-import, no checkout). */
async function editOnBranch(opts: ReviewOptions, branch: string, cycle: string): Promise<boolean> {
  const path = `marketing/${contentPath(cycle)}`;
  const head = (await opts.forge.getProposal(branch))?.headSha;
  const [text] = head ? await opts.forge.readFiles([{ ref: head, path }]) : [];
  if (!head || text === undefined) return false;
  const changed = editItem(text);
  if (changed === text) return false;
  await new Git(opts.repoDir).createBranches(
    [{ branch, parent: head, files: [{ path, content: changed }], message: "Tighten the wording" }],
    OWNER,
    opts.now,
  );
  return true;
}
