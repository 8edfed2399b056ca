// Git for the forges. Two ways in:
// - `Git` (below) runs plumbing commands directly with execFile: many of them print nothing, and
//   simple-git 4 waits a fixed 50 ms after every command that prints nothing (its completion plugin),
//   which made a 50-workflow run take half a minute. It also lets us feed stdin (hash-object, mktree).
// - `gitAt` gives simple-git for porcelain work a person would recognise (merge, status, push).
// Both pass git a small, explicit environment, so secrets in the process environment never reach
// git, its hooks or its error messages.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SimpleGit } from "simple-git";
import { StateError } from "../errors.ts";

export interface Identity {
  name: string;
  email: string;
}

export const DEFAULT_BOT: Identity = { name: "Loopcast", email: "loopcast@users.noreply.github.com" };

const PASSED_THROUGH = ["PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "USERPROFILE"];
const ALLOWED_GIT_ENV = [
  "GIT_TERMINAL_PROMPT",
  "GIT_INDEX_FILE",
  "GIT_AUTHOR_NAME",
  "GIT_AUTHOR_EMAIL",
  "GIT_AUTHOR_DATE",
  "GIT_COMMITTER_NAME",
  "GIT_COMMITTER_EMAIL",
  "GIT_COMMITTER_DATE",
];

function gitEnv(extra: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: "0" };
  for (const name of PASSED_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export async function gitAt(dir: string, env: Record<string, string | undefined> = {}): Promise<SimpleGit> {
  // Loaded when a merge needs it: most runs merge nothing, and loading simple-git takes tens of ms.
  const { simpleGit } = await import("simple-git");
  // simple-git refuses GIT_* variables unless they are named; these are the ones Loopcast sets itself.
  return simpleGit({ baseDir: dir, trimmed: false, allowEnvironment: ALLOWED_GIT_ENV }).env(gitEnv(env));
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class Git {
  readonly dir: string;
  private readonly env: Record<string, string>;

  constructor(dir: string, env: Record<string, string | undefined> = {}) {
    this.dir = dir;
    this.env = gitEnv(env);
  }

  with(env: Record<string, string | undefined>): Git {
    return new Git(this.dir, { ...this.env, ...env });
  }

  /** Runs git and resolves with its exit code and output, whatever the code. */
  run(args: string[], input?: string): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        args,
        { cwd: this.dir, env: this.env, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
        (err, stdout, stderr) => {
          if (err && typeof err.code !== "number")
            reject(new StateError(`git could not run: ${err.message}`));
          else resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }

  /** Runs git and returns stdout; a non-zero exit becomes an error naming the command and git's message. */
  async out(args: string[], input?: string): Promise<string> {
    const r = await this.run(args, input);
    if (r.code !== 0) {
      const message = (r.stderr || r.stdout).trim().split("\n")[0] ?? "";
      throw new StateError(`git ${args[0]} failed: ${message}`);
    }
    return r.stdout;
  }

  async refExists(ref: string): Promise<boolean> {
    return (await this.run(["rev-parse", "--verify", "--quiet", ref])).code === 0;
  }

  async revParse(ref: string): Promise<string> {
    return (await this.out(["rev-parse", "--verify", `${ref}^{commit}`])).trim();
  }

  /** Branch heads under a prefix, e.g. refs/heads/loopcast/, in one call. */
  async heads(prefix: string): Promise<Map<string, string>> {
    const out = await this.out(["for-each-ref", "--format=%(objectname) %(refname)", prefix]);
    const heads = new Map<string, string>();
    for (const line of out.split("\n").filter(Boolean)) {
      const [sha, ref] = line.split(" ") as [string, string];
      heads.set(ref.replace(/^refs\/heads\//, ""), sha);
    }
    return heads;
  }

  /** Branches under a prefix whose heads are reachable from `base`, in one call. */
  async mergedInto(base: string, prefix: string): Promise<Set<string>> {
    const out = await this.out(["for-each-ref", `--merged=${base}`, "--format=%(refname)", prefix]);
    return new Set(
      out
        .split("\n")
        .filter(Boolean)
        .map((r) => r.replace(/^refs\/heads\//, "")),
    );
  }

  async currentBranch(): Promise<string | undefined> {
    const r = await this.run(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** Author emails of the commits in from..to (merges excluded). */
  /** Whether `ancestor` is in the history of `of` (false too when either is unknown). */
  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return (await this.run(["merge-base", "--is-ancestor", ancestor, of])).code === 0;
  }

  async authors(from: string, to: string): Promise<string[]> {
    if (from === to) return [];
    const r = await this.run(["log", "--format=%ae", "--no-merges", `${from}..${to}`]);
    return r.code === 0 ? r.stdout.split("\n").filter(Boolean) : [];
  }

  /**
   * Creates one commit per entry, each on top of its parent with its files, and points a new branch at
   * it — all in one `git fast-import` process, without touching the working tree or the index. One
   * process instead of six per proposal is what keeps a 50-workflow run within seconds. Refs are
   * written only when the whole stream succeeded; callers check that the branches do not exist yet
   * (under the run lock). Returns the commit shas in order.
   */
  async createBranches(
    commits: Array<{
      branch: string;
      parent: string;
      files: Array<{ path: string; content: string }>;
      message: string;
    }>,
    identity: Identity,
    at: Date,
  ): Promise<string[]> {
    if (!commits.length) return [];
    const scratch = await mkdtemp(join(tmpdir(), "loopcast-import-"));
    try {
      const marks = join(scratch, "marks");
      const who = `${identity.name} <${identity.email}> ${Math.floor(at.getTime() / 1000)} +0000`;
      const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
      const stream = commits
        .map((c, i) =>
          [
            `commit refs/heads/${c.branch}\nmark :${i + 1}\nauthor ${who}\ncommitter ${who}\n${data(c.message)}from ${c.parent}\n`,
            ...c.files.map((f) => `M 100644 inline ${f.path}\n${data(f.content)}`),
            "\n",
          ].join(""),
        )
        .join("");
      await this.out(["fast-import", "--quiet", "--done", `--export-marks=${marks}`], `${stream}done\n`);
      const byMark = new Map(
        (await readFile(marks, "utf8"))
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split(" ") as [string, string]),
      );
      return commits.map((_, i) => byMark.get(`:${i + 1}`) as string);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /** Reads many files at once with `git cat-file --batch`; undefined where a file is missing. */
  async readFiles(specs: Array<{ ref: string; path: string }>): Promise<Array<string | undefined>> {
    if (!specs.length) return [];
    const out = await this.runBuffer(
      ["cat-file", "--batch"],
      `${specs.map((s) => `${s.ref}:${s.path}`).join("\n")}\n`,
    );
    const results: Array<string | undefined> = [];
    let pos = 0;
    for (let i = 0; i < specs.length; i++) {
      const eol = out.indexOf(10, pos);
      const header = out.subarray(pos, eol).toString("utf8");
      pos = eol + 1;
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        results.push(undefined); // "<spec> missing" or "ambiguous"
        continue;
      }
      const size = Number(m[2]);
      results.push(m[1] === "blob" ? out.subarray(pos, pos + size).toString("utf8") : undefined);
      pos += size + 1;
    }
    return results;
  }

  private runBuffer(args: string[], input: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        args,
        { cwd: this.dir, env: this.env, maxBuffer: 1024 * 1024 * 1024, encoding: "buffer" },
        (err, stdout, stderr) => {
          if (err)
            reject(new StateError(`git ${args[0]} failed: ${stderr.toString().trim() || err.message}`));
          else resolve(stdout);
        },
      );
      child.stdin?.end(input);
    });
  }
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
export async function requireCleanBranch(git: Git, purpose: string): Promise<string> {
  return (await checkBranch(git, purpose, [])).branch;
}

/**
 * The same check, except for changes inside the folders `except` (state an interrupted run may have left,
 * which the local forge finishes under the run lock): those are returned.
 */
export async function checkBranch(
  git: Git,
  purpose: string,
  except: string[],
): Promise<{ branch: string; deferred: string[] }> {
  // One `git status` answers both questions (every run starts here, and each git process costs ~10 ms):
  // the branch from its `# branch.head` header, and changes to tracked files, staged or not, from its
  // entries. Untracked files are not ours to judge. No optional locks: reading must not take index.lock.
  const status = await git.out([
    "--no-optional-locks",
    "status",
    "--porcelain=v2",
    "--branch",
    "--untracked-files=no",
    "--ignore-submodules=all",
  ]);
  const lines = status.split("\n").filter(Boolean);
  const branch = lines.find((l) => l.startsWith("# branch.head "))?.slice("# branch.head ".length);
  if (!branch || branch === "(detached)") {
    throw new StateError(
      `HEAD is detached; ${purpose} needs a branch checked out. Run \`git switch main\` (or your base branch) first.`,
    );
  }
  const changed = lines.filter((l) => !l.startsWith("#")).map(changedPath);
  const deferred = changed.filter((p) => except.some((dir) => p.startsWith(dir)));
  const dirty = changed.filter((p) => !deferred.includes(p));
  if (dirty.length) {
    throw new StateError(
      `the working tree has uncommitted changes (${dirty.slice(0, 5).join(", ")}); ${purpose} would mix them into its commits. Commit or stash them first.`,
    );
  }
  return { branch, deferred };
}

/** The path of a `git status --porcelain=v2` entry: the last field (for a rename, the new path). */
function changedPath(entry: string): string {
  const path = entry.startsWith("2 ") ? (entry.split("\t")[0] ?? entry) : entry;
  const fields = entry.startsWith("1 ") ? 8 : entry.startsWith("2 ") ? 9 : entry.startsWith("u ") ? 10 : 1;
  return path.split(" ").slice(fields).join(" ") || entry;
}

/** Commits the given paths (already written in the working tree) on the current branch. */
export async function commitPaths(git: Git, message: string, paths: string[]): Promise<string | undefined> {
  if (!paths.length) return undefined;
  await git.out(["add", "--", ...paths]);
  // Once `add` has accepted the paths, `commit` exits 1 only when they hold no change (hooks are off):
  // that is "nothing to commit", answered without a `diff --cached` of its own.
  // Unabbreviated, the summary line ("[main 83e9…b6] message") carries the new commit's id: no
  // `rev-parse HEAD` afterwards (a run commits several times; each process costs tens of milliseconds).
  const committed = await git.run(
    ["-c", "core.abbrev=no", "commit", "--no-verify", "-F", "-", "--", ...paths],
    message,
  );
  if (committed.code === 1) return undefined;
  if (committed.code !== 0)
    throw new StateError(
      `git commit failed: ${(committed.stderr || committed.stdout).trim().split("\n")[0]}`,
    );
  const id = /^\[[^\]\n]*?\b([0-9a-f]{40,64})\]/.exec(committed.stdout)?.[1];
  return id ?? (await git.out(["rev-parse", "HEAD"])).trim();
}
