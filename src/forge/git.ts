// Small helpers over simple-git shared by the forges: identities, clean-tree checks, commits made
// without touching the working tree (a temporary index), and state commits.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type SimpleGit, simpleGit } from "simple-git";
import { StateError } from "../errors.ts";
import type { FileChange } from "./types.ts";

export interface Identity {
  name: string;
  email: string;
}

export const DEFAULT_BOT: Identity = { name: "Loopcast", email: "loopcast@users.noreply.github.com" };

// Git gets a small, explicit environment: what it needs to run, plus the identity and index we set.
// Secrets in the process environment (tokens, passwords) are never handed to git or its hooks.
const PASSED_THROUGH = ["PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "USERPROFILE"];

const ALLOWED_GIT_ENV = [
  "GIT_TERMINAL_PROMPT",
  "GIT_INDEX_FILE",
  "GIT_WORK_TREE",
  "GIT_AUTHOR_NAME",
  "GIT_AUTHOR_EMAIL",
  "GIT_AUTHOR_DATE",
  "GIT_COMMITTER_NAME",
  "GIT_COMMITTER_EMAIL",
  "GIT_COMMITTER_DATE",
];

export function gitAt(dir: string, env: Record<string, string | undefined> = {}): SimpleGit {
  const base: Record<string, string> = { GIT_TERMINAL_PROMPT: "0" };
  for (const name of PASSED_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  for (const [k, v] of Object.entries(env)) if (v !== undefined) base[k] = v;
  // simple-git refuses GIT_* variables unless they are named; these are the ones Loopcast sets itself.
  return simpleGit({ baseDir: dir, trimmed: false, allowEnvironment: ALLOWED_GIT_ENV }).env(base);
}

export function botEnv(bot: Identity, at?: Date): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: bot.name,
    GIT_AUTHOR_EMAIL: bot.email,
    GIT_COMMITTER_NAME: bot.name,
    GIT_COMMITTER_EMAIL: bot.email,
  };
  if (at) {
    // Commits carry the run's logical time, so a replayed or simulated run writes the same history.
    env.GIT_AUTHOR_DATE = at.toISOString();
    env.GIT_COMMITTER_DATE = at.toISOString();
  }
  return env;
}

/** The checked-out branch; refuses a detached HEAD or a working tree with uncommitted changes. */
export async function requireCleanBranch(git: SimpleGit, purpose: string): Promise<string> {
  const branch = (await git.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim();
  if (!branch) {
    throw new StateError(
      `HEAD is detached; ${purpose} needs a branch checked out. Run \`git switch main\` (or your base branch) first.`,
    );
  }
  // Staged and unstaged changes to tracked files; untracked files are not ours to judge.
  const unborn = !(await refExists(git, "HEAD"));
  const dirty = unborn ? [] : (await git.raw(["diff", "HEAD", "--name-only"])).split("\n").filter(Boolean);
  if (dirty.length) {
    const files = dirty.slice(0, 5).join(", ");
    throw new StateError(
      `the working tree has uncommitted changes (${files}); ${purpose} would mix them into its commits. Commit or stash them first.`,
    );
  }
  return branch;
}

// simple-git treats a non-zero exit without stderr output as success, so checks read stdout instead of
// relying on exit codes.
export async function refExists(git: SimpleGit, ref: string): Promise<boolean> {
  const out = await git.raw(["rev-parse", "--verify", "--quiet", ref]).catch(() => "");
  return out.trim().length > 0;
}

/** True when `sha` is reachable from `ref` (merged into it). */
export async function isAncestor(git: SimpleGit, sha: string, ref: string): Promise<boolean> {
  const out = await git.raw(["rev-list", "-1", sha, "--not", ref]);
  return out.trim() === "";
}

export async function revParse(git: SimpleGit, ref: string): Promise<string> {
  return (await git.raw(["rev-parse", "--verify", `${ref}^{commit}`])).trim();
}

/**
 * Creates `refs/heads/<branch>` as a new commit on top of `parent` with the given files, without touching
 * the working tree or the real index. The ref is created only if it does not exist yet (atomic).
 */
export async function commitFilesToNewBranch(opts: {
  repoDir: string;
  parent: string;
  branch: string;
  files: FileChange[];
  message: string;
  env: Record<string, string>;
}): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "loopcast-idx-"));
  try {
    const tree = join(scratch, "tree");
    const git = gitAt(opts.repoDir, {
      ...opts.env,
      GIT_INDEX_FILE: join(scratch, "index"),
      GIT_WORK_TREE: tree,
    });
    for (const f of opts.files) {
      await mkdir(dirname(join(tree, f.path)), { recursive: true });
      await writeFile(join(tree, f.path), f.content);
    }
    await git.raw(["read-tree", opts.parent]);
    await git.raw(["add", "--", ...opts.files.map((f) => f.path)]);
    const treeSha = (await git.raw(["write-tree"])).trim();
    const commit = (await git.raw(["commit-tree", treeSha, "-p", opts.parent, "-m", opts.message])).trim();
    // The empty old value makes update-ref fail if the branch appeared meanwhile: no clobbering.
    await git.raw(["update-ref", `refs/heads/${opts.branch}`, commit, ""]);
    return commit;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Commits the given paths (already written in the working tree) on the current branch. */
export async function commitPaths(
  git: SimpleGit,
  message: string,
  paths: string[],
): Promise<string | undefined> {
  if (!paths.length) return undefined;
  await git.raw(["add", "--", ...paths]);
  const staged = (await git.raw(["diff", "--cached", "--name-only", "--", ...paths])).trim();
  if (!staged) return undefined;
  await git.raw(["commit", "--quiet", "--no-verify", "-m", message, "--", ...paths]);
  return (await git.raw(["rev-parse", "HEAD"])).trim();
}
