// Finishing what an interrupted run left: a run killed (or failing) between writing state — a ledger
// line, a receipt, a report — and committing it leaves those files uncommitted, and every later run would
// refuse the dirty tree. The next run, once it holds the run lock, finishes or undoes them: only files of
// the kinds a run writes, in the folders it writes them to (`StateWrite`, listed by the state layer). Any
// other uncommitted change is a person's, and the run refuses it as before, touching nothing.
//
// How each kind is finished:
// - log       append-only JSON lines (ledger, autonomy): what was appended is committed, after cutting a
//             torn last line (a write cut short by the kill). Lines taken out are a run's only where it
//             recorded them first in its set-aside file (invalid ledger lines moved to ledger/quarantine/):
//             then the file is restored, and the next run sets them aside again, exception and all. A
//             file changed in any other way is not a run's write;
// - whole     written whole through a temp file and a rename (exceptions, decisions, metrics, and what a
//             channel publishes into its output folder before the receipt): committed; temp files left
//             beside them are deleted;
// - derived   rebuilt from the state by every run (reports): undone, so a half-written report is never
//             committed (a weekly report is never rewritten once it exists);
// - consumed  files a run deletes once it has read them (metrics/inbox/): the deletion is committed;
//             any other change there is a person's.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StateError } from "../errors.ts";
import { commitPaths, type Git } from "./git.ts";

export interface StateWrite {
  kind: "log" | "whole" | "derived" | "consumed";
  /** Repository-relative folder, ending in "/". */
  dir: string;
  /** The files of this kind, relative to `dir`; other files there are not a run's. */
  files: RegExp;
  /**
   * For a log: the folder where a run records the lines it takes out of one of its files (as JSON with the
   * line's `text`), at the same relative path, before it rewrites the file without them.
   */
  setAside?: string;
}

/** What finishing does with each uncommitted change (repository-relative paths). */
export interface UnfinishedWrites {
  commit: string[];
  /** Tracked files brought back to their committed content. */
  restore: string[];
  /** Files deleted: temp files, and derived files a run writes again. */
  remove: string[];
  /** Append-only files whose torn last line is cut: path → the content kept. */
  cut: Map<string, string>;
  /** Changes that are not a run's writes: a person's. */
  foreign: string[];
}

const TEMP = /\.tmp(-[^/]*)?$/;

/**
 * Sorts the uncommitted changes (to tracked files anywhere, and untracked files inside the state
 * folders) by what finishing does with them. Changes nothing.
 */
export async function scanUnfinished(git: Git, writes: StateWrite[]): Promise<UnfinishedWrites> {
  const u: UnfinishedWrites = { commit: [], restore: [], remove: [], cut: new Map(), foreign: [] };
  // The most specific folder first (metrics/inbox/ before metrics/).
  const rules = [...writes].sort((a, b) => b.dir.length - a.dir.length);
  const folderOf = (path: string) => rules.find((r) => path.startsWith(r.dir));
  const ruleOf = (path: string) => {
    const rule = folderOf(path);
    return rule?.files.test(path.slice(rule.dir.length)) ? rule : undefined;
  };
  const tracked = parseStatus(
    await git.out([
      "--no-optional-locks",
      "status",
      "--porcelain=v2",
      "-z",
      "--untracked-files=no",
      "--ignore-submodules=all",
    ]),
  );
  const ruled = tracked.map((e) => (e.plain ? ruleOf(e.path) : undefined));
  // The committed content where it matters: what a log held before the appends, whether a report existed.
  const wanted = tracked.filter((_, i) => ruled[i]?.kind === "log" || ruled[i]?.kind === "derived");
  const committed = await git.readFiles(wanted.map((e) => ({ ref: "HEAD", path: e.path })));
  const headOf = new Map(wanted.map((e, i) => [e.path, committed[i]]));
  for (const [i, { path }] of tracked.entries()) {
    const rule = ruled[i];
    const head = headOf.get(path);
    const present = existsSync(join(git.dir, path));
    if (!rule) u.foreign.push(path);
    else if (rule.kind === "derived") (head === undefined ? u.remove : u.restore).push(path);
    else if (rule.kind === "consumed") (present ? u.foreign : u.commit).push(path);
    else if (rule.kind === "whole") u.commit.push(path);
    else if (!present) u.foreign.push(path);
    else {
      const now = readFileSync(join(git.dir, path), "utf8");
      if (!takenOut(git, rule, path, head ?? "", now)) appended(u, path, head ?? "", now);
      else u.restore.push(path);
    }
  }
  const folders = writes.map((w) => w.dir);
  const untracked = (await git.out(["ls-files", "-z", "--others", "--exclude-standard", "--", ...folders]))
    .split("\0")
    .filter(Boolean);
  for (const path of untracked) {
    // Untracked files that are not a run's (a person's notes, a new export in the inbox) stay as they are.
    if (folderOf(path)?.kind === "consumed") continue;
    if (TEMP.test(path)) {
      u.remove.push(path);
      continue;
    }
    const rule = ruleOf(path);
    if (!rule) continue;
    if (rule.kind === "derived") u.remove.push(path);
    else if (rule.kind === "whole") u.commit.push(path);
    else appended(u, path, "", readFileSync(join(git.dir, path), "utf8"));
  }
  return u;
}

/** An append-only file: the committed content, then whole JSON lines, perhaps then a torn last one. */
function appended(u: UnfinishedWrites, path: string, head: string, now: string): void {
  const added = now.slice(head.length);
  const whole = added.slice(0, added.lastIndexOf("\n") + 1);
  const lines = whole.split("\n").filter(Boolean);
  if (!now.startsWith(head) || !lines.every(isJsonObject)) {
    u.foreign.push(path);
    return;
  }
  if (whole !== added) u.cut.set(path, head + whole);
  if (lines.length) u.commit.push(path);
  else (head ? u.restore : u.remove).push(path);
}

/**
 * Whether a log is its committed content less some lines, each recorded first in the run's set-aside
 * file: a set-aside that stopped before its commit.
 */
function takenOut(git: Git, rule: StateWrite, path: string, head: string, now: string): boolean {
  if (!rule.setAside || now.length >= head.length) return false;
  const was = head.split("\n");
  const is = now.split("\n");
  const removed: string[] = [];
  let k = 0;
  for (const line of was) {
    if (k < is.length && is[k] === line) k++;
    else removed.push(line);
  }
  if (k !== is.length) return false; // not a subsequence: lines added or changed
  let recorded: Set<string>;
  try {
    const text = readFileSync(join(git.dir, rule.setAside, path.slice(rule.dir.length)), "utf8");
    recorded = new Set(
      text
        .split("\n")
        .filter(isJsonObject)
        .map((l) => (JSON.parse(l) as { text?: unknown }).text)
        .filter((t): t is string => typeof t === "string"),
    );
  } catch {
    return false;
  }
  return removed.every((line) => recorded.has(line));
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === "object" && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** Entries of `git status --porcelain=v2 -z`; `plain` is false for renames and conflicts, which no run makes. */
function parseStatus(out: string): Array<{ path: string; plain: boolean }> {
  const tokens = out.split("\0");
  const entries: Array<{ path: string; plain: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const fields = t.startsWith("1 ") ? 8 : t.startsWith("2 ") ? 9 : t.startsWith("u ") ? 10 : 0;
    if (!fields) continue;
    entries.push({ path: t.split(" ").slice(fields).join(" "), plain: t.startsWith("1 ") });
    if (t.startsWith("2 ")) i++; // a rename's original path
  }
  return entries;
}

export function isEmpty(u: UnfinishedWrites): boolean {
  return !u.commit.length && !u.restore.length && !u.remove.length && !u.cut.size && !u.foreign.length;
}

/**
 * Finishes an interrupted run's writes: refuses, changing nothing, when any change is a person's; else
 * cuts torn lines, undoes derived files and commits the rest with a message naming the run (`who`).
 * Returns the commit's id, when one was needed.
 */
export async function finishUnfinished(
  git: Git,
  u: UnfinishedWrites,
  who: string,
): Promise<string | undefined> {
  if (u.foreign.length) {
    throw new StateError(
      `the working tree has uncommitted changes (${u.foreign.slice(0, 5).join(", ")}) besides what an interrupted run (${who}) left unfinished; Loopcast would mix them into its commits. Commit or stash them first, and the next run finishes the interrupted run's writes`,
    );
  }
  for (const [path, content] of u.cut) writeFileSync(join(git.dir, path), content);
  for (const path of u.remove) rmSync(join(git.dir, path), { force: true });
  const undone = [...u.restore, ...u.remove.filter((p) => !TEMP.test(p))];
  // A file a killed `git add` had staged, and that is gone now, leaves the index too.
  if (u.remove.length) await git.out(["rm", "--cached", "--quiet", "--ignore-unmatch", "--", ...u.remove]);
  if (u.restore.length) await git.out(["checkout", "HEAD", "--", ...u.restore]);
  if (!u.commit.length) return undefined;
  const message = [
    `loopcast: recover ${u.commit.length} state file(s) an interrupted run left uncommitted`,
    "",
    `The run (${who}) stopped after writing these files and before committing them:`,
    ...u.commit.map((p) => `- ${p}${u.cut.has(p) ? " (a torn last line cut)" : ""}`),
    ...(undone.length ? ["", "Undone (every run writes them again):", ...undone.map((p) => `- ${p}`)] : []),
    "",
  ].join("\n");
  return commitPaths(git, message, u.commit);
}
