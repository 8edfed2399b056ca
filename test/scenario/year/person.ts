// The owner's morning look, through the command line as a person types it (the CLI's in-process
// `loopcast()`): every open proposal is approved, edited and then approved (a commit of their own on the
// branch), or rejected with a reason; an item Loopcast gave up on is retried once the channel is back
// (`loopcast retry`); an item the guardrails blocked is fixed on the base branch (its exception is left to
// the publish that closes it); every other open exception is read and resolved with a note — except an
// email in doubt, which is settled with `loopcast publish-outcome` after looking at what the mail server
// accepted.
// Seeded by cycle id, so the same year makes the same choices.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { editItem } from "../../../scripts/journey/reviewer.ts";
import { seededRandom } from "../../../src/core/random.ts";
import { parseCycleId } from "../../../src/core/time.ts";
import { Git } from "../../../src/forge/git.ts";
import { LocalForge } from "../../../src/forge/local.ts";
import { listExceptions } from "../../../src/state/exceptions.ts";
import { cycleStatus, readLedgerCycles } from "../../../src/state/ledger.ts";
import { contentPath, cycleFromBranch } from "../../../src/state/paths.ts";
import { loopcast } from "../../helpers/cli.ts";
import { OWNER, type YearWorld } from "./world.ts";

export type Verdict = "approve" | "edit" | "reject";

/** Most approved as written, some edited first, some rejected. */
export const ODDS: Record<Verdict, number> = { approve: 0.78, edit: 0.12, reject: 0.1 };

export const REJECT_REASONS = [
  "not the message for this week",
  "too close to what we posted on Monday",
  "we are closed that day, say it another time",
];

export function verdict(seed: string, cycle: string): Verdict {
  const x = seededRandom(`${seed}:review:${cycle}`).next();
  if (x < ODDS.approve) return "approve";
  return x < ODDS.approve + ODDS.edit ? "edit" : "reject";
}

/**
 * The one slip of the year: editing the social post for this local date, the owner writes a word the voice
 * lock forbids. The item is blocked when it is due; the owner fixes the merged text and the next run
 * publishes it, which closes the guardrail exception.
 */
export const SLIP = { date: "2026-11-12", word: "revolutionary", replacement: "new" };

/** What the owner did, as they did it: the test compares the repository with it. */
export interface PersonLog {
  approved: string[];
  edited: string[];
  rejected: Array<{ cycle: string; reason: string }>;
  retried: Array<{ cycle: string; at: string }>;
  /** Exceptions resolved with `loopcast exceptions resolve`. */
  resolved: Array<{ id: string; at: string }>;
  outcomes: Array<{ cycle: string; sent: boolean }>;
  /** Items the owner fixed on the base branch after the guardrails blocked them. */
  fixed: string[];
  /** Config proposals (promotions, demotions) the owner closed or merged. */
  config: string[];
}

export function newPersonLog(): PersonLog {
  return {
    approved: [],
    edited: [],
    rejected: [],
    retried: [],
    resolved: [],
    outcomes: [],
    config: [],
    fixed: [],
  };
}

export interface Look {
  world: YearWorld;
  at: Date;
  seed: string;
  /** What the owner knows of the channels: whether the Mastodon instance is up again. */
  mastodonUp: boolean;
  log: PersonLog;
}

/** One look; returns true when the owner asked for something a run should act on soon (a retry). */
export async function morningLook(look: Look): Promise<boolean> {
  await reviewProposals(look);
  return handleExceptions(look);
}

async function cli(look: Look, args: string[]): Promise<string> {
  const r = await loopcast([...args, "--at", look.at.toISOString()], {
    cwd: look.world.dir,
    env: look.world.env,
  });
  if (r.code !== 0)
    throw new Error(
      `the owner's \`loopcast ${args.join(" ")}\` at ${look.at.toISOString()} exited ${r.code}:\n${r.stderr}${r.stdout}`,
    );
  return r.stdout;
}

async function reviewProposals(look: Look): Promise<void> {
  const forge = await LocalForge.open({ repoDir: look.world.dir, now: look.at });
  const open = (await forge.listOpenProposals()).sort((a, b) => a.branch.localeCompare(b.branch));
  for (const p of open) {
    const cycle = cycleFromBranch(p.branch);
    if (!cycle) {
      // A change of the configuration (a promotion or a demotion): the owner keeps the levels they set.
      await cli(look, ["review", "reject", p.branch, "--reason", "we keep approving every item ourselves"]);
      look.log.config.push(p.branch);
      continue;
    }
    const slip = cycle.startsWith("daily-social@") && localDate(cycle) === SLIP.date;
    const v = slip ? "edit" : verdict(look.seed, cycle);
    if (v === "reject") {
      const reason = seededRandom(`${look.seed}:reason:${cycle}`).pick(REJECT_REASONS);
      await cli(look, ["review", "reject", cycle, "--reason", reason]);
      look.log.rejected.push({ cycle, reason });
      continue;
    }
    if (v === "edit" && (await editOnBranch(look, forge, p.branch, cycle, slip))) look.log.edited.push(cycle);
    else look.log.approved.push(cycle);
    await cli(look, ["review", "approve", cycle]);
  }
}

/** The owner's edit: one commit by them on the proposal's branch. */
async function editOnBranch(
  look: Look,
  forge: LocalForge,
  branch: string,
  cycle: string,
  slip: boolean,
): Promise<boolean> {
  const path = `marketing/${contentPath(cycle)}`;
  const head = (await forge.getProposal(branch))?.headSha;
  const [text] = head ? await forge.readFiles([{ ref: head, path }]) : [];
  if (!head || text === undefined) return false;
  const changed = slip ? `${text.trimEnd()}\nA ${SLIP.word} bake this week.\n` : editItem(text);
  if (changed === text) return false;
  await new Git(look.world.dir).createBranches(
    [{ branch, parent: head, files: [{ path, content: changed }], message: "Say it our way" }],
    OWNER,
    look.at,
  );
  return true;
}

function localDate(cycle: string): string {
  return parseCycleId(cycle).slot.toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
}

const GAVE_UP = /^publish-failure--(.+)\.failed(-\d+)?$/;
const IN_DOUBT = /^publish-failure--(.+)\.unknown$/;

async function handleExceptions(look: Look): Promise<boolean> {
  let askedForRun = false;
  const open = (await listExceptions(join(look.world.dir, "marketing"))).filter((e) => e.status === "open");
  for (const e of open) {
    const gaveUp = GAVE_UP.exec(e.id)?.[1];
    const inDoubt = IN_DOUBT.exec(e.id)?.[1];
    if (e.type === "guardrail" && e.cycle && (await blocked(look, e.cycle))) {
      // Publishing was refused for the merged text: the owner fixes it on the base branch, and the next
      // run publishes it and closes this exception — it is not resolved by hand.
      await fixOnMain(look, e.cycle);
      askedForRun = true;
    } else if (gaveUp) {
      // Retrying while the instance is still down would only fail again: the owner waits for it.
      if (gaveUp.startsWith("daily-social@") && !look.mastodonUp) continue;
      await cli(look, ["retry", gaveUp, "--note", "the Mastodon instance is back up"]);
      look.log.retried.push({ cycle: gaveUp, at: look.at.toISOString() });
      askedForRun = true;
    } else if (inDoubt) {
      const sent = look.world.smtp.accepted.some((m) => m.cycle === inDoubt);
      await cli(look, ["publish-outcome", inDoubt, sent ? "--sent" : "--not-sent"]);
      look.log.outcomes.push({ cycle: inDoubt, sent });
    } else {
      await cli(look, ["exceptions", "resolve", e.id, "--note", noteFor(e.id)]);
      look.log.resolved.push({ id: e.id, at: look.at.toISOString() });
    }
  }
  return askedForRun;
}

async function blocked(look: Look, cycle: string): Promise<boolean> {
  const events = (await readLedgerCycles(join(look.world.dir, "marketing"), [cycle])).get(cycle) ?? [];
  return cycleStatus(events) === "blocked";
}

/** The owner's fix of a merged item: the forbidden word replaced, committed on the base branch. */
async function fixOnMain(look: Look, cycle: string): Promise<void> {
  const path = join(look.world.dir, "marketing", contentPath(cycle));
  await writeFile(path, (await readFile(path, "utf8")).replaceAll(SLIP.word, SLIP.replacement));
  const at = look.at.toISOString();
  const git = new Git(look.world.dir).with({ GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
  await git.out(["add", "--", path]);
  await git.out(["commit", "--quiet", "-m", `Fix the wording of ${cycle}`, "--", path]);
  look.log.fixed.push(cycle);
}

function noteFor(id: string): string {
  if (id.startsWith("anomaly--missed.")) return "the scheduled runs are back";
  if (id.endsWith(".expired")) return "seen: it went out of date, nothing to send";
  return "read and acknowledged";
}
