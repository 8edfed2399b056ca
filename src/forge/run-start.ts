// What the local forge does when a run starts, before the run writes anything: take the run lock
// (run-lock.ts); remove git's stale lock files (git-locks.ts); finish what an earlier run that did not
// complete left uncommitted (recover.ts); then require a clean tree. A note in `.git/loopcast/` says a run
// is under way, and the release removes it only when the run completed: the next run knows when one did
// not, and a killed run of an older Loopcast is known by the lock it left.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Git } from "./git.ts";
import { requireCleanBranch } from "./git.ts";
import { clearStaleGitLocks } from "./git-locks.ts";
import { finishUnfinished, isEmpty, type StateWrite, scanUnfinished } from "./recover.ts";
import { acquireRunLock } from "./run-lock.ts";
import type { RunOutcome } from "./types.ts";

export interface StartRunOptions {
  repoDir: string;
  /** `--git-dir` (the index) and `--git-common-dir` (refs, and `loopcast/`), absolute. */
  gitDir: string;
  commonDir: string;
  branch: string;
  git: Git;
  /** Git with the bot's identity, for the commit of an interrupted run's writes. */
  botGit: Git;
  /** The files a run writes (state/paths.ts `runWrites`); without them nothing is finished, only refused. */
  runWrites: StateWrite[] | undefined;
  /** The tree was found clean when the forge was opened (so it is checked again only after finishing). */
  checked: boolean;
  /** Where to say what was done besides (a lock taken over, a git lock removed, writes finished). */
  notices: string[];
}

export async function startRun(o: StartRunOptions): Promise<(outcome?: RunOutcome) => Promise<void>> {
  const dir = join(o.commonDir, "loopcast");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "run.lock");
  const lock = await acquireRunLock(path, { display: relative(o.repoDir, path) });
  const note = join(dir, "unfinished-run.json");
  try {
    if (lock.tookOverFrom)
      o.notices.push(`took over the run lock of ${lock.tookOverFrom}, which no longer runs`);
    const removed = await clearStaleGitLocks(o);
    if (removed.length)
      o.notices.push(`removed ${removed.join(", ")}, left by a git command that no longer runs`);
    const earlier = readNote(note) ?? (lock.tookOverFrom ? `${lock.tookOverFrom}, killed` : undefined);
    if (earlier && o.runWrites) {
      writeNote(note, earlier); // kept until its writes are finished, whatever becomes of this run
      const unfinished = await scanUnfinished(o.git, o.runWrites);
      if (!isEmpty(unfinished)) {
        const sha = await finishUnfinished(o.botGit, unfinished, earlier);
        const undone = unfinished.restore.length + unfinished.remove.length;
        o.notices.push(
          `finished what an interrupted run (${earlier}) left uncommitted: ${unfinished.commit.length} file(s) committed${sha ? ` in ${sha.slice(0, 12)}` : ""}, ${undone} undone`,
        );
      }
    }
    if (!o.checked || earlier) await requireCleanBranch(o.git, "Loopcast");
    const { pid, host, since } = lock.owner;
    writeNote(note, `pid ${pid} on host ${host}, since ${since}`);
  } catch (err) {
    lock.release();
    throw err;
  }
  return async (outcome) => {
    if (outcome?.completed) rmSync(note, { force: true });
    lock.release();
  };
}

/** Who the run was that did not complete, from its note. */
function readNote(path: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { run: string }).run;
  } catch {
    return undefined;
  }
}

function writeNote(path: string, run: string): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify({ run })}\n`);
  renameSync(`${path}.tmp`, path);
}
