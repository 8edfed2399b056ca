// Thin async wrappers over git plumbing on the fake's bare repositories. Everything the fake says
// about branches, commits, merges and files comes from here, so it is what real git says.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Identity {
  name: string;
  email: string;
  date: Date;
}

export class GitCommandError extends Error {
  readonly code: number | null;
  readonly stderr: string;
  readonly stdout: string;
  constructor(args: string[], code: number | null, stdout: string, stderr: string) {
    super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
    this.name = "GitCommandError";
    this.code = code;
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

// Isolate from the machine's git config (signing, hooks, default branch names) so tests behave the
// same everywhere.
export const GIT_BASE_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_TERMINAL_PROMPT: "0",
  LANG: "C",
  LC_ALL: "C",
};

interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Exit codes other than 0 that are answers, not failures (e.g. merge-tree's 1 = conflicts). */
  okCodes?: number[];
}

export function runGit(
  gitDir: string,
  args: string[],
  options: RunOptions = {},
): Promise<{ stdout: Buffer; code: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      {
        cwd: gitDir,
        encoding: "buffer",
        maxBuffer: 256 * 1024 * 1024,
        env: { PATH: process.env.PATH ?? "", ...GIT_BASE_ENV, GIT_DIR: gitDir, ...options.env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        if (code === 0 || (code !== null && options.okCodes?.includes(code))) {
          resolve({ stdout, code });
        } else {
          reject(new GitCommandError(args, code, stdout.toString(), stderr.toString()));
        }
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export async function git(gitDir: string, args: string[], options: RunOptions = {}): Promise<string> {
  return (await runGit(gitDir, args, options)).stdout.toString("utf8").trim();
}

function identityEnv(author: Identity, committer: Identity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: author.date.toISOString(),
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: committer.date.toISOString(),
  };
}

export async function initBare(gitDir: string, defaultBranch: string): Promise<void> {
  await runGit(process.cwd(), ["init", "--quiet", "--bare", `--initial-branch=${defaultBranch}`, gitDir]);
  // Pushes over smart HTTP are allowed (http-backend otherwise only allows them with REMOTE_USER).
  await git(gitDir, ["config", "http.receivepack", "true"]);
}

/** The sha a ref points at, or null when it does not exist. */
export async function readRef(gitDir: string, ref: string): Promise<string | null> {
  // A branch always points at a commit, so it is read from the ref files (as git itself does) instead of
  // starting a git process: the fake answers every request from the refs, and spawning git for each was
  // most of an Action run's time in tests.
  if (ref.startsWith("refs/heads/")) return (await readRefFiles(gitDir, "refs/heads/")).get(ref) ?? null;
  const { stdout, code } = await runGit(gitDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
    okCodes: [1],
  });
  return code === 0 ? stdout.toString().trim() : null;
}

/** Branch name → sha for every branch of the repository. */
export async function listBranches(gitDir: string): Promise<Map<string, string>> {
  const branches = new Map<string, string>();
  for (const [ref, sha] of await readRefFiles(gitDir, "refs/heads/"))
    branches.set(ref.slice("refs/heads/".length), sha);
  return branches;
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * Full ref name → sha for the refs under `prefix`, read the way git reads them: `packed-refs` first, then
 * the loose files under refs/, which win. Symbolic refs and lock files are skipped (the fake makes none).
 */
async function readRefFiles(gitDir: string, prefix: string): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  const packed = await readFile(join(gitDir, "packed-refs"), "utf8").catch(() => "");
  for (const line of packed.split("\n")) {
    const [sha, name] = line.split(" ");
    if (sha && name && SHA.test(sha) && name.startsWith(prefix)) refs.set(name, sha);
  }
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(gitDir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const name = `${rel}${e.name}`;
      if (e.isDirectory()) await walk(`${name}/`);
      else if (!e.name.endsWith(".lock")) {
        const sha = (await readFile(join(gitDir, name), "utf8").catch(() => "")).trim();
        if (SHA.test(sha)) refs.set(name, sha);
      }
    }
  };
  await walk(prefix);
  return refs;
}

/** Moves a ref, failing when it no longer points at `oldSha` (compare-and-swap, like GitHub's own updates). */
export async function updateRef(gitDir: string, ref: string, newSha: string, oldSha?: string): Promise<void> {
  await git(gitDir, ["update-ref", "-m", "fake-github", ref, newSha, ...(oldSha ? [oldSha] : [])]);
}

export async function deleteRef(gitDir: string, ref: string, oldSha?: string): Promise<void> {
  await git(gitDir, ["update-ref", "-d", ref, ...(oldSha ? [oldSha] : [])]);
}

export async function commitTree(
  gitDir: string,
  tree: string,
  parents: string[],
  message: string,
  author: Identity,
  committer: Identity = author,
): Promise<string> {
  const args = ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p])];
  return git(gitDir, args, { input: message, env: identityEnv(author, committer) });
}

/**
 * Writes a commit with `files` changed on top of `parent` (null for a root commit) without a work tree:
 * a throwaway index file is filled from the parent's tree, edited, and written as the new tree.
 * A `null` content deletes the path.
 */
export async function commitFiles(
  gitDir: string,
  options: { parent: string | null; files: Record<string, string | null>; message: string; author: Identity },
): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "fake-github-index-"));
  const env = { GIT_INDEX_FILE: join(scratch, "index") };
  try {
    if (options.parent) await git(gitDir, ["read-tree", options.parent], { env });
    // Every file in two git processes however many there are: contents go to scratch files that one
    // `hash-object --stdin-paths` writes as blobs, and one `update-index --index-info` takes the lot
    // (mode 0 with the null sha removes a path).
    const entries = Object.entries(options.files);
    const written = entries.filter(([, content]) => content !== null);
    const paths = await Promise.all(
      written.map(async ([, content], i) => {
        const file = join(scratch, `blob-${i}`);
        await writeFile(file, content as string);
        return file;
      }),
    );
    const blobs = paths.length
      ? (await git(gitDir, ["hash-object", "-w", "--stdin-paths"], { input: `${paths.join("\n")}\n` })).split(
          "\n",
        )
      : [];
    const blobOf = new Map(written.map(([path], i) => [path, blobs[i] as string]));
    const info = entries.map(([path, content]) =>
      content === null ? `0 ${"0".repeat(40)}\t${path}` : `100644 ${blobOf.get(path)}\t${path}`,
    );
    if (info.length)
      await git(gitDir, ["update-index", "--index-info"], { env, input: `${info.join("\n")}\n` });
    const tree = await git(gitDir, ["write-tree"], { env });
    return commitTree(gitDir, tree, options.parent ? [options.parent] : [], options.message, options.author);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Answers that depend only on commit ids (a diff, a merge, ancestry) never change, so they are kept: the
 * fake computes a pull request's details on every read of it, and GitHub caches them too.
 */
const byCommits = new Map<string, unknown>();
async function remembered<T>(key: string[], compute: () => Promise<T>): Promise<T> {
  if (!key.slice(2).every((k) => SHA.test(k))) return compute();
  const k = key.join("\0");
  if (byCommits.has(k)) return structuredClone(byCommits.get(k)) as T;
  const value = await compute();
  if (byCommits.size > 20_000) byCommits.clear();
  byCommits.set(k, value);
  return structuredClone(value);
}

/** Three-way merge without a work tree (git ≥ 2.38): the merged tree, or the conflicting paths. */
export async function mergeTree(
  gitDir: string,
  base: string,
  head: string,
): Promise<{ clean: true; tree: string } | { clean: false; conflicts: string[] }> {
  return remembered(["merge-tree", gitDir, base, head], () => computeMergeTree(gitDir, base, head));
}

async function computeMergeTree(
  gitDir: string,
  base: string,
  head: string,
): Promise<{ clean: true; tree: string } | { clean: false; conflicts: string[] }> {
  const { stdout, code } = await runGit(gitDir, ["merge-tree", "--write-tree", "--name-only", base, head], {
    okCodes: [1],
  });
  const lines = stdout.toString().split("\n");
  if (code === 0) return { clean: true, tree: (lines[0] ?? "").trim() };
  const conflicts: string[] = [];
  for (const line of lines.slice(1)) {
    if (line === "") break; // the informational messages follow the first blank line
    conflicts.push(line);
  }
  return { clean: false, conflicts };
}

export async function isAncestor(gitDir: string, ancestor: string, descendant: string): Promise<boolean> {
  return remembered(["is-ancestor", gitDir, ancestor, descendant], async () => {
    const { code } = await runGit(gitDir, ["merge-base", "--is-ancestor", ancestor, descendant], {
      okCodes: [1],
    });
    return code === 0;
  });
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

const LOG_FORMAT = ["%H", "%T", "%P", "%an", "%ae", "%aI", "%cn", "%ce", "%cI", "%B"].join("%x1f");

function parseCommits(out: string): CommitInfo[] {
  return out
    .split("\0")
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const [sha, tree, parents, an, ae, ad, cn, ce, cd, ...message] = record
        .replace(/^\n/, "")
        .split("\x1f");
      return {
        sha: sha ?? "",
        tree: tree ?? "",
        parents: (parents ?? "").split(" ").filter(Boolean),
        author: { name: an ?? "", email: ae ?? "", date: ad ?? "" },
        committer: { name: cn ?? "", email: ce ?? "", date: cd ?? "" },
        message: message.join("\x1f").replace(/\n+$/, ""),
      };
    });
}

/** Commits reachable from `head` but not from `base`, oldest first (what a pull request lists). */
export async function listCommits(gitDir: string, base: string, head: string): Promise<CommitInfo[]> {
  return remembered(["log", gitDir, base, head], async () =>
    parseCommits(await git(gitDir, ["log", "-z", "--reverse", `--format=${LOG_FORMAT}`, `${base}..${head}`])),
  );
}

export async function readCommit(gitDir: string, sha: string): Promise<CommitInfo> {
  const out = await git(gitDir, ["log", "-z", "-1", `--format=${LOG_FORMAT}`, sha]);
  const [commit] = parseCommits(out);
  if (!commit) throw new Error(`Commit ${sha} not found in ${gitDir}.`);
  return commit;
}

export interface FileChange {
  filename: string;
  previousFilename?: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed";
  sha: string | null;
  additions: number;
  deletions: number;
}

const STATUS_BY_LETTER: Record<string, FileChange["status"]> = {
  A: "added",
  D: "removed",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "changed",
};

/** Files changed by a pull request: the three-dot diff `base...head`, as GitHub computes it. */
export async function diffFiles(gitDir: string, base: string, head: string): Promise<FileChange[]> {
  return remembered(["diff", gitDir, base, head], () => computeDiffFiles(gitDir, base, head));
}

async function computeDiffFiles(gitDir: string, base: string, head: string): Promise<FileChange[]> {
  const range = `${base}...${head}`;
  const raw = (await git(gitDir, ["diff", "--raw", "-z", "-M", range])).split("\0");
  const numstat = (await git(gitDir, ["diff", "--numstat", "-z", "-M", range])).split("\0");
  const changes: FileChange[] = [];
  let n = 0;
  for (let i = 0; i < raw.length; ) {
    const meta = raw[i++];
    if (!meta?.startsWith(":")) continue;
    const [, , , newSha, statusField] = meta.slice(1).split(" ") as [string, string, string, string, string];
    const letter = statusField.charAt(0);
    const renamed = letter === "R" || letter === "C";
    const first = raw[i++] ?? "";
    const second = renamed ? (raw[i++] ?? "") : undefined;
    // numstat -z: "add\tdel\tpath" or, for renames, "add\tdel\t" followed by old and new path records.
    const stat = numstat[n++] ?? "";
    if (renamed) n += 2;
    const [add, del] = stat.split("\t");
    changes.push({
      filename: second ?? first,
      ...(second !== undefined ? { previousFilename: first } : {}),
      status: STATUS_BY_LETTER[letter] ?? "changed",
      sha: /^0+$/.test(newSha) ? null : newSha,
      additions: add === "-" ? 0 : Number(add ?? 0),
      deletions: del === "-" ? 0 : Number(del ?? 0),
    });
  }
  return changes;
}

export type PathContent =
  | { type: "file"; path: string; sha: string; size: number; content: Buffer }
  | {
      type: "dir";
      path: string;
      entries: { type: "file" | "dir"; name: string; sha: string; size: number }[];
    };

/** A file or directory at `ref` (branch, tag or sha), or null when the path does not exist there. */
export async function readPath(gitDir: string, ref: string, path: string): Promise<PathContent | null> {
  const clean = path.replace(/^\/+|\/+$/g, "");
  const spec = `${ref}:${clean}`;
  const { stdout, code } = await runGit(gitDir, ["cat-file", "-t", spec], { okCodes: [1, 128] });
  if (code !== 0) return null;
  const type = stdout.toString().trim();
  const sha = await git(gitDir, ["rev-parse", spec]);
  if (type === "blob") {
    const content = (await runGit(gitDir, ["cat-file", "blob", sha])).stdout;
    return { type: "file", path: clean, sha, size: content.length, content };
  }
  const listing = await git(gitDir, ["ls-tree", "-z", "-l", sha]);
  const entries = listing
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const [info, name] = line.split("\t") as [string, string];
      const [, kind, objectSha, size] = info.split(/\s+/) as [string, string, string, string];
      return {
        type: kind === "tree" ? ("dir" as const) : ("file" as const),
        name,
        sha: objectSha,
        size: size === "-" ? 0 : Number(size),
      };
    });
  return { type: "dir", path: clean, entries };
}
