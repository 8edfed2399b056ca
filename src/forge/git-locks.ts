// Git's own lock files (`.git/index.lock`, the branch's ref lock) left behind by a git process that was
// killed with the run that started it. A run clears them under its run lock, before it writes anything:
// otherwise it would append to the ledger and then fail to commit, leaving the tree dirty itself.
// Removing one is safe only when no git process is working in the repository (a person's `git commit`
// holds index.lock while their editor is open; a git that outlived a killed run is still finishing):
// those are found through /proc and waited for. Where /proc is missing, nothing is removed and the
// message says how to check and clear it by hand.
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { join, relative } from "node:path";
import { StateError } from "../errors.ts";

export interface GitProcess {
  pid: number;
  command: string;
}

export interface ClearGitLocksOptions {
  repoDir: string;
  /** `git rev-parse --git-dir` (where the index is) and `--git-common-dir` (refs), absolute. */
  gitDir: string;
  commonDir: string;
  branch: string;
  /** How long to wait for a live git process to finish and release its lock (default 3 s). */
  waitMs?: number;
  /** The git processes working in the given folders; undefined when that cannot be known. Default: /proc. */
  gitProcesses?: (dirs: string[]) => GitProcess[] | undefined;
}

/** Removes stale git lock files; returns them, repository-relative. Throws when one cannot be removed safely. */
export async function clearStaleGitLocks(opts: ClearGitLocksOptions): Promise<string[]> {
  const paths = [
    join(opts.gitDir, "index.lock"),
    join(opts.gitDir, "HEAD.lock"),
    join(opts.commonDir, "refs", "heads", `${opts.branch}.lock`),
    join(opts.commonDir, "packed-refs.lock"),
  ];
  const shown = (p: string) => relative(opts.repoDir, p) || p;
  const find = opts.gitProcesses ?? gitProcessesIn;
  const deadline = Date.now() + (opts.waitMs ?? 3000);
  const removed: string[] = [];
  for (;;) {
    const present = paths.filter((p) => existsSync(p));
    if (!present.length) return removed;
    const before = present.map(identity);
    const busy = find([realpathSync(opts.repoDir), realpathSync(opts.gitDir), realpathSync(opts.commonDir)]);
    const first = shown(present[0] as string);
    if (!busy) {
      throw new StateError(
        `${first} exists: a git command is running in this repository, or one was interrupted and left it, and Loopcast cannot tell which on this system. If no git command is running, delete it (rm ${first}) and run again`,
      );
    }
    if (!busy.length) {
      // Only the very files looked at before the scan: not one a git command that just started made.
      if (present.every((p, i) => identity(p) === before[i])) {
        for (const p of present) unlinkSync(p);
        removed.push(...present.map(shown));
        continue;
      }
    } else if (Date.now() >= deadline) {
      const p = busy[0] as GitProcess;
      throw new StateError(
        `git is running in this repository (pid ${p.pid}: ${p.command}) and holds ${first}; wait for it to finish, then run again`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function identity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.mtimeMs}`;
  } catch {
    return "gone";
  }
}

/** Git processes whose working folder is inside one of `dirs`, from /proc; undefined without /proc. */
export function gitProcessesIn(dirs: string[]): GitProcess[] | undefined {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  const found: GitProcess[] = [];
  for (const pid of pids) {
    try {
      // `git`, and its helpers (git-remote-https, …), which may hold a ref lock.
      if (!readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("git")) continue;
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (!dirs.some((d) => cwd === d || cwd.startsWith(`${d}/`))) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      found.push({ pid: Number(pid), command });
    } catch {
      // gone meanwhile, or another user's process, whose folder cannot be read
    }
  }
  return found;
}
