// The run lock: one Loopcast run per repository at a time, on the local forge (on GitHub the workflow's
// concurrency group does this). A file, `.git/loopcast/run.lock`, holding its owner: pid, host, the
// process's start time and a random id.
//
// Why not proper-lockfile: it takes over a stale lock by removing it and creating it again, so two
// processes that both judged it stale can both end up holding it (the bug of issue 14), and it judges
// staleness by an mtime the holder must keep touching, which a busy event loop can miss.
//
// Taking the lock never races:
// - a free lock is taken by hard-linking a file that already holds our owner record to the lock's name:
//   link() fails when the name exists, and the lock is never seen empty or half-written;
// - a lock whose owner is gone is replaced only by the one process that first creates the claim file
//   named after that lock's exact content (`run.lock.takeover-<hash>`), and only after reading the lock
//   again under the claim; the replacement is an atomic rename, so the lock never disappears meanwhile.
//   Owner records are unique (random id), so a claim stands for one dead owner: a process that judged
//   the lock stale a moment ago finds, once it holds the claim, that the lock changed, and backs off.
//   A claim whose own holder died is taken over the same way, one level down.
// An owner is gone when its host is this one and its pid is not alive, or is alive with a different start
// time (a reused pid). An owner on another host cannot be checked: the error says how to clear it by hand.
import { createHash, randomBytes } from "node:crypto";
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { StateError } from "../errors.ts";

export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (wall clock, not the run's `--at` time). */
  since: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid from its owner. */
  start?: string;
  /** Unique per acquisition: two owners never write the same record. */
  id: string;
}

export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Who held the stale lock this one replaced (a run that was killed), if any. */
  readonly tookOverFrom?: string;
  /** Removes the lock if it still holds our record; synchronous, so signal and exit handlers can call it. */
  release(): void;
}

/** A lock file this old without a readable owner record (made by hand, or half-written by an older version) is stale. */
const UNREADABLE_STALE_MS = 10_000;
const MAX_ATTEMPTS = 200;

const held = new Set<HeldLock>();

/** Releases every run lock this process holds. */
export function releaseHeldLocks(): void {
  for (const lock of [...held]) lock.release();
}

/**
 * Takes the run lock at `path` (its folder must exist), or throws a StateError naming the run that holds
 * it and how to clear it. `display` is how the path is shown in messages.
 */
export async function acquireRunLock(path: string, opts: { display?: string } = {}): Promise<HeldLock> {
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    id: randomBytes(8).toString("hex"),
  };
  const start = startTicks(process.pid);
  if (start) owner.start = start;
  const record = `${JSON.stringify(owner)}\n`;
  const files = new LockFiles(path, owner.id, record);
  const display = opts.display ?? path;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (files.createNew(path)) return hold(path, owner, record);
    const current = readLock(path);
    if (current === undefined) continue; // released meanwhile
    const state = judge(current);
    if (state.alive) throw heldError(state.who, display);
    if (files.replaceStale(path, current.text, 0)) return hold(path, owner, record, state.who);
    // Another live process is taking over the same stale lock: its record is there in a moment.
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
  throw new StateError(
    `could not take the run lock ${display} after ${MAX_ATTEMPTS} attempts; if no Loopcast run is working on this repository, delete it (rm ${display}) and run again`,
  );
}

function hold(path: string, owner: LockOwner, record: string, tookOverFrom?: string): HeldLock {
  const lock: HeldLock = {
    path,
    owner,
    ...(tookOverFrom ? { tookOverFrom } : {}),
    release() {
      if (!held.delete(lock)) return;
      // Only our own record is removed: never a lock someone else holds.
      if (readLock(path)?.text === record) unlinkQuietly(path);
    },
  };
  held.add(lock);
  return lock;
}

/** The files of one acquisition: temp files holding our record, linked or renamed into place. */
class LockFiles {
  private readonly lockPath: string;
  private readonly id: string;
  private readonly record: string;
  private n = 0;

  constructor(lockPath: string, id: string, record: string) {
    this.lockPath = lockPath;
    this.id = id;
    this.record = record;
  }

  /** Creates `target` holding our record, unless it exists (false). */
  createNew(target: string): boolean {
    const tmp = this.temp();
    try {
      linkSync(tmp, target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw err;
    } finally {
      unlinkQuietly(tmp);
    }
  }

  /**
   * Replaces `target`, which held `stale` (a record whose owner is gone), with our record — if this is
   * the one process that claims it, and it still holds `stale` once claimed. False otherwise.
   */
  replaceStale(target: string, stale: string, depth: number): boolean {
    const claim = claimPath(this.lockPath, target, stale);
    if (!this.createNew(claim)) {
      const current = readLock(claim);
      if (current === undefined || judge(current).alive) return false;
      // The claim's holder died half-way: claim its claim. Each level needs another death mid-takeover.
      if (depth >= 3 || !this.replaceStale(claim, current.text, depth + 1)) return false;
    }
    try {
      if (readLock(target)?.text !== stale) return false;
      renameSync(this.temp(), target);
      return true;
    } finally {
      unlinkQuietly(claim);
    }
  }

  private temp(): string {
    const tmp = `${this.lockPath}.${this.id}-${this.n++}.tmp`;
    writeFileSync(tmp, this.record, { flag: "wx" });
    return tmp;
  }
}

/** @internal The claim for replacing `target` while it holds `content`; exported for the tests. */
export function claimPath(lockPath: string, target: string, content: string): string {
  return `${lockPath}.takeover-${createHash("sha256").update(`${target}\0${content}`).digest("hex").slice(0, 20)}`;
}

function readLock(path: string): { text: string; mtimeMs: number } | undefined {
  try {
    const mtimeMs = statSync(path).mtimeMs;
    return { text: readFileSync(path, "utf8"), mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** Whether the lock's owner may still be running, and who it is (for messages). */
function judge(lock: { text: string; mtimeMs: number }): { alive: boolean; who: string } {
  const owner = parseOwner(lock.text);
  if (typeof owner === "number") {
    return { alive: pidAlive(owner), who: `pid ${owner} (a lock written by an older Loopcast)` };
  }
  if (!owner) {
    return {
      alive: Date.now() - lock.mtimeMs < UNREADABLE_STALE_MS,
      who: `an owner that cannot be read (the lock was written ${new Date(lock.mtimeMs).toISOString()})`,
    };
  }
  const here = owner.host === hostname();
  const who = `pid ${owner.pid} on host ${owner.host}${here ? "" : ` (this is ${hostname()}: that process cannot be checked from here)`}, since ${owner.since}`;
  if (!here) return { alive: true, who };
  if (!pidAlive(owner.pid)) return { alive: false, who };
  const start = owner.start ? startTicks(owner.pid) : undefined;
  return { alive: !start || start === owner.start, who };
}

/** The owner record; a bare number is the pid an older Loopcast wrote; undefined when unreadable. */
function parseOwner(text: string): LockOwner | number | undefined {
  if (/^\d+\s*$/.test(text)) return Number(text);
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid === "number" && typeof o.host === "string" && typeof o.id === "string")
      return { since: "an unknown time", ...o } as LockOwner;
  } catch {
    // unreadable
  }
  return undefined;
}

function heldError(who: string, display: string): StateError {
  return new StateError(
    `another Loopcast run holds the run lock (${display}): ${who}. Wait for it to finish. If no Loopcast run is working on this repository any more (its machine restarted, or it ran elsewhere), delete the lock and run again: rm ${display}`,
  );
}

function pidAlive(pid: number): boolean {
  // 0 and negative numbers name process groups, not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Field 22 of /proc/<pid>/stat: the start time in clock ticks since boot; undefined off Linux. */
function startTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
