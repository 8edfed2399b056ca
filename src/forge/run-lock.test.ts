// The run lock on its own, in a temporary folder: who holds it and since when, taking over from owners
// that are gone (and only from those), and releasing. Two processes at once: test/cli/interrupted-run.test.ts
// (one trial) and test/faults/race.test.ts (many).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireRunLock, claimPath, releaseHeldLocks } from "./run-lock.ts";

/** A pid that was alive a moment ago and is not now. */
const DEAD = spawnSync(process.execPath, ["-e", ""]).pid as number;
const LINUX = existsSync("/proc/self/stat");

function lockPath(): string {
  return join(mkdtempSync(join(tmpdir(), "loopcast-lock-")), "run.lock");
}

function record(o: Record<string, unknown>): string {
  return `${JSON.stringify({ host: hostname(), since: "2026-01-05T10:00:00.000Z", id: "0123", ...o })}\n`;
}

describe("the run lock", () => {
  it("has one holder at a time; the refusal names pid, host, since and how to clear it", async () => {
    const path = lockPath();
    const first = await acquireRunLock(path, { display: ".git/loopcast/run.lock" });
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    const refused = acquireRunLock(path, { display: ".git/loopcast/run.lock" });
    await expect(refused).rejects.toThrow(
      `another Loopcast run holds the run lock (.git/loopcast/run.lock): pid ${process.pid} on host ${hostname()}, since ${first.owner.since}. Wait for it to finish.`,
    );
    await expect(refused).rejects.toThrow(/delete the lock and run again: rm \.git\/loopcast\/run\.lock$/);
    first.release();
    expect(readdirSync(join(path, ".."))).toEqual([]); // no temp or claim files either
    const second = await acquireRunLock(path);
    expect(second.tookOverFrom).toBeUndefined();
    second.release();
  });

  it("takes over from an owner that is gone: an older Loopcast's bare pid, a record of a dead pid", async () => {
    const path = lockPath();
    writeFileSync(path, String(DEAD));
    const a = await acquireRunLock(path);
    expect(a.tookOverFrom).toBe(`pid ${DEAD} (a lock written by an older Loopcast)`);
    a.release();
    writeFileSync(path, record({ pid: DEAD }));
    const b = await acquireRunLock(path);
    expect(b.tookOverFrom).toBe(`pid ${DEAD} on host ${hostname()}, since 2026-01-05T10:00:00.000Z`);
    expect(JSON.parse(readFileSync(path, "utf8")).id).toBe(b.owner.id);
    b.release();
    expect(readdirSync(join(path, ".."))).toEqual([]);
  });

  it.runIf(LINUX)(
    "takes over from a reused pid: alive, but started at another time than the owner",
    async () => {
      const path = lockPath();
      writeFileSync(path, record({ pid: process.pid, start: "1" }));
      const lock = await acquireRunLock(path);
      expect(lock.tookOverFrom).toMatch(`pid ${process.pid} on host`);
      lock.release();
    },
  );

  it("never takes over from an owner on another host, which cannot be checked from here", async () => {
    const path = lockPath();
    const theirs = record({ pid: DEAD, host: "build-7" });
    writeFileSync(path, theirs);
    await expect(acquireRunLock(path)).rejects.toThrow(
      `pid ${DEAD} on host build-7 (this is ${hostname()}: that process cannot be checked from here), since 2026-01-05T10:00:00.000Z`,
    );
    expect(readFileSync(path, "utf8")).toBe(theirs);
  });

  it("holds an unreadable lock for a while (it may be being written), then takes it over", async () => {
    const path = lockPath();
    writeFileSync(path, "");
    await expect(acquireRunLock(path)).rejects.toThrow(/an owner that cannot be read/);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path, aMinuteAgo, aMinuteAgo);
    const lock = await acquireRunLock(path);
    expect(lock.tookOverFrom).toMatch(/an owner that cannot be read/);
    lock.release();
  });

  it("finishes a takeover whose claimant died half-way", async () => {
    const path = lockPath();
    const stale = record({ pid: DEAD });
    writeFileSync(path, stale);
    // The claim of a process that died after claiming the stale lock and before replacing it.
    const claim = claimPath(path, path, stale);
    writeFileSync(claim, record({ pid: DEAD, id: "4567" }));
    const lock = await acquireRunLock(path);
    expect(lock.tookOverFrom).toMatch(`pid ${DEAD}`);
    expect(existsSync(claim)).toBe(false);
    lock.release();
    expect(readdirSync(join(path, ".."))).toEqual([]);
  });

  it("releases only its own record, and releaseHeldLocks releases every lock held", async () => {
    const a = lockPath();
    const b = lockPath();
    const lockA = await acquireRunLock(a);
    await acquireRunLock(b);
    const someoneElse = record({ pid: DEAD, id: "89ab" });
    writeFileSync(a, someoneElse); // taken over meanwhile
    releaseHeldLocks();
    expect(readFileSync(a, "utf8")).toBe(someoneElse);
    expect(existsSync(b)).toBe(false);
    lockA.release(); // a second release does nothing
    expect(readFileSync(a, "utf8")).toBe(someoneElse);
  });
});
