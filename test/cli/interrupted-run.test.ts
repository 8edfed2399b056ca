// Runs that were stopped, and runs at the same time, on the local forge (issue 14, items 1 and 4): the
// next run finishes what a killed or failed run wrote and did not commit, clears a stale git lock before it
// writes anything, still refuses a person's uncommitted change; a SIGTERM releases the run lock; two
// processes never hold it at once. The loops of many trials are in test/faults/ (npm run test:faults).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { beforeAll, describe, expect, it } from "vitest";
import { CHANNELS } from "../../src/channels/registry.ts";
import { requireConfig } from "../../src/config/load.ts";
import { LocalForge } from "../../src/forge/local.ts";
import { createGenerator } from "../../src/generate/registry.ts";
import { reconcile } from "../../src/pipeline/reconcile.ts";
import { runWrites } from "../../src/state/paths.ts";
import { contend, copyRepo, overlapping } from "../faults/harness.ts";
import { loopcast } from "../helpers/cli.ts";
import { ROOT, type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";
const AFTER_BLOG_SLOT = "2026-12-01T08:05:00Z";
const BLOG_LEDGER = `marketing/ledger/2026/12/${BLOG}.jsonl`;
/** A pid that was alive a moment ago and is not now: the owner of a lock a killed run left. */
const DEAD = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, ["-e", ""]);
  child.on("exit", () => resolve(child.pid as number));
});

/**
 * Repositories prepared once and copied for each test (each run costs a second or so): the blog post
 * proposed on Monday and approved, so the next run after its slot publishes it; and the same with the
 * merge recorded by a run before the slot.
 */
let approved: string;
let recorded: string;
beforeAll(async () => {
  const repo = await tempRepo();
  expect((await loopcast(["run", "--at", MONDAY], { cwd: repo.dir })).code).toBe(0);
  expect((await loopcast(["review", "approve", BLOG], { cwd: repo.dir })).code).toBe(0);
  approved = copyRepo(repo.dir);
  expect((await loopcast(["run", "--at", "2026-11-30T18:00:00Z"], { cwd: repo.dir })).code).toBe(0);
  recorded = repo.dir;
});

function approvedBlog(): TempRepo {
  return asTempRepo(copyRepo(approved));
}

function recordedBlog(): TempRepo {
  return asTempRepo(copyRepo(recorded));
}

function asTempRepo(dir: string): TempRepo {
  const git = simpleGit({ baseDir: dir });
  return {
    dir,
    git,
    write: (path, content) => writeFile(join(dir, path), content),
    read: (path) => readFile(join(dir, path), "utf8"),
    commitAll: async (message) => {
      await git.add(".");
      await git.commit(message);
    },
  };
}

/**
 * What a run killed inside publishing leaves, as the probe of issue 14 found it: the intent appended to
 * the ledger and not committed, the dashboard half-rewritten, git's index.lock (git was killed with it),
 * and the run lock an older Loopcast left (a bare pid). Returns the intent's line.
 */
async function leaveKilledPublishing(repo: TempRepo, opts: { indexLock?: boolean } = {}): Promise<string> {
  const intent = `${JSON.stringify({ type: "publishing", at: AFTER_BLOG_SLOT, cycle: BLOG, channel: "blog", idempotencyKey: `${BLOG}.0123456789abcdef` })}\n`;
  await appendFile(join(repo.dir, BLOG_LEDGER), intent);
  await writeFile(join(repo.dir, "marketing/reports/dashboard.md"), "# Loopcast dash");
  if (opts.indexLock !== false) await writeFile(join(repo.dir, ".git/index.lock"), "");
  await writeFile(join(repo.dir, ".git/loopcast/run.lock"), String(DEAD));
  return intent;
}

/** The blog post's ledger events as committed. */
async function events(repo: TempRepo, ref = "HEAD"): Promise<string[]> {
  const text = await repo.git.raw(["show", `${ref}:${BLOG_LEDGER}`]);
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { type: string }).type);
}

async function trackedChanges(repo: TempRepo): Promise<string> {
  return repo.git.raw(["status", "--porcelain", "--untracked-files=no"]);
}

describe("a run after one that was killed", () => {
  it("finishes the killed run's writes, clears git's stale lock, and goes on", async () => {
    const repo = recordedBlog();
    const intent = await leaveKilledPublishing(repo);
    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`published  ${BLOG}`);
    expect(run.stderr).toContain(
      `notice     took over the run lock of pid ${DEAD} (a lock written by an older Loopcast), which no longer runs`,
    );
    expect(run.stderr).toContain(
      "notice     removed .git/index.lock, left by a git command that no longer runs",
    );
    expect(run.stderr).toMatch(
      /notice {5}finished what an interrupted run \(pid \d+ \(a lock written by an older Loopcast\), killed\) left uncommitted: 1 file\(s\) committed in [0-9a-f]{12}, 1 undone/,
    );
    // The intent is committed as the killed run wrote it; then the publish is retried (the blog takes a key twice).
    const subjects = (await repo.git.raw(["log", "--format=%s"])).split("\n");
    const recovered = subjects.indexOf(
      "loopcast: recover 1 state file(s) an interrupted run left uncommitted",
    );
    expect(recovered).toBeGreaterThan(0);
    expect((await repo.git.raw(["show", `HEAD~${recovered}:${BLOG_LEDGER}`])).endsWith(intent)).toBe(true);
    expect(await events(repo)).toEqual(["proposed", "merged", "publishing", "publishing", "published"]);
    expect(await trackedChanges(repo)).toBe("");
    for (const left of [".git/index.lock", ".git/loopcast/run.lock", ".git/loopcast/unfinished-run.json"])
      expect(existsSync(join(repo.dir, left))).toBe(false);
  });

  it("still refuses a person's uncommitted change, touching nothing; once it is gone, finishes", async () => {
    const repo = recordedBlog();
    await leaveKilledPublishing(repo);
    const voice = await repo.read("marketing/voice.md");
    await writeFile(join(repo.dir, "marketing/voice.md"), "changed, not committed\n");
    const head = await repo.git.revparse(["HEAD"]);
    const refused = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "the working tree has uncommitted changes (marketing/voice.md); Loopcast would mix them into its commits",
    );
    expect(await repo.git.revparse(["HEAD"])).toBe(head);
    expect(await trackedChanges(repo)).toBe(
      ` M ${BLOG_LEDGER}\n M marketing/reports/dashboard.md\n M marketing/voice.md\n`,
    );
    expect(existsSync(join(repo.dir, ".git/index.lock"))).toBe(true); // refused before touching anything
    await writeFile(join(repo.dir, "marketing/voice.md"), voice); // the person takes their change back
    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`published  ${BLOG}`);
    expect(await events(repo)).toEqual(["proposed", "merged", "publishing", "publishing", "published"]);
  });

  it("refuses uncommitted state files when no run was interrupted: they are a person's", async () => {
    const repo = recordedBlog();
    await appendFile(join(repo.dir, BLOG_LEDGER), `${JSON.stringify({ type: "note" })}\n`);
    const forge = await LocalForge.open({ repoDir: repo.dir, runWrites: runWrites("marketing") });
    await expect(forge.lock()).rejects.toThrow(
      `the working tree has uncommitted changes (${BLOG_LEDGER}); Loopcast would mix them`,
    );
    expect(await trackedChanges(repo)).toBe(` M ${BLOG_LEDGER}\n`);
    expect(existsSync(join(repo.dir, ".git/loopcast/run.lock"))).toBe(false);
  });

  it("finishes the writes of a run that failed half-way on git's index.lock", async () => {
    const repo = approvedBlog();
    const config = await requireConfig(join(repo.dir, "marketing"));
    const now = new Date(AFTER_BLOG_SLOT);
    const forge = await LocalForge.open({ repoDir: repo.dir, now, runWrites: runWrites("marketing") });
    // A git process takes the index just as the run commits its first state (the merge it records).
    const commitState = forge.commitState.bind(forge);
    forge.commitState = async (message, paths) => {
      writeFileSync(join(repo.dir, ".git/index.lock"), "");
      return commitState(message, paths);
    };
    const generator = createGenerator(config.strategy.generator, {});
    const failed = reconcile({
      config,
      repoDir: repo.dir,
      now,
      forge,
      generator,
      channels: CHANNELS,
      env: {},
    });
    await expect(failed).rejects.toThrow(/index\.lock/);
    expect(await trackedChanges(repo)).toBe(` M ${BLOG_LEDGER}\n`);
    const note = readFileSync(join(repo.dir, ".git/loopcast/unfinished-run.json"), "utf8");
    expect(note).toContain(`pid ${process.pid} on host`);

    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`finished what an interrupted run (pid ${process.pid} on host`);
    expect(await events(repo)).toEqual(["proposed", "merged", "publishing", "published"]);
    expect(await trackedChanges(repo)).toBe("");
  });
});

describe("the run lock across processes", () => {
  it("SIGTERM: the run releases it and exits 143; the next run finishes what it left", async () => {
    const repo = approvedBlog();
    const lock = join(repo.dir, ".git/loopcast/run.lock");
    const child = spawn(process.execPath, [join(ROOT, "src/cli.ts"), "run", "--at", AFTER_BLOG_SLOT], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    while (!existsSync(lock)) await new Promise((resolve) => setTimeout(resolve, 2));
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(join(repo.dir, ".git/loopcast/unfinished-run.json"))).toBe(true);
    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.stderr).not.toContain("uncommitted changes");
    expect(run.code).toBe(0);
    expect(await trackedChanges(repo)).toBe("");
    expect((await events(repo)).filter((t) => t === "published")).toEqual(["published"]);
  });

  it("is held by one of two processes that reach a stale lock at the same moment", async () => {
    const repo = await tempRepo({ config: false });
    await repo.write("f", "x\n");
    await repo.commitAll("a commit");
    await mkdir(join(repo.dir, ".git/loopcast"));
    await writeFile(join(repo.dir, ".git/loopcast/run.lock"), String(DEAD));
    const outputs = await contend(repo.dir, 2);
    expect(outputs.filter((o) => o.startsWith("acquired"))).toHaveLength(1);
    expect(
      outputs.filter((o) => o.startsWith("refused: another Loopcast run holds the run lock")),
    ).toHaveLength(1);
    expect(overlapping(outputs)).toBe(false);
  });
});
