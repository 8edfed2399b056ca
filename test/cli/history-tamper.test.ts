// History rewritten by hand (issue 14, item 10), on real repositories through the CLI: a deleted ledger
// stops the runs with a tamper exception until a person restores it or accepts it; an edited published
// item is flagged and the runs go on; a force-pushed proposal branch ends its cycle as rejected with a
// tamper exception instead of failing to publish a file that is not there.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listExceptions } from "../../src/state/exceptions.ts";
import { appendEvents, readLedger } from "../../src/state/ledger.ts";
import { contentPath } from "../../src/state/paths.ts";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const BLOG = "weekly-blog@20261201T0800Z";

async function publishedBlog(): Promise<TempRepo> {
  const repo = await tempRepo();
  const cwd = repo.dir;
  await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
  expect((await loopcast(["review", "approve", BLOG], { cwd })).code).toBe(0);
  expect((await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd })).code).toBe(0);
  return repo;
}

const exceptionsOf = async (repo: TempRepo) => listExceptions(join(repo.dir, "marketing"));

describe("a ledger deleted by hand", () => {
  it("stops the runs with a tamper exception until a person resolves it; nothing is proposed again meanwhile", async () => {
    const repo = await publishedBlog();
    const cwd = repo.dir;
    await rm(join(cwd, "marketing/ledger"), { recursive: true });
    await repo.commitAll("clean up");
    const stopped = await loopcast(["run", "--at", "2026-12-01T09:00:00Z"], { cwd });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain("the ledger was rewritten by hand since Loopcast's last commit");
    const [ex] = (await exceptionsOf(repo)).filter((e) => e.type === "tamper");
    expect(ex).toMatchObject({ severity: "error", status: "open" });
    expect(ex?.title).toMatch(/^the ledger was rewritten by hand: \d+ file\(s\) deleted or changed/);
    expect(ex?.detail).toContain(`- marketing/ledger/2026/12/${BLOG}.jsonl`);
    expect(ex?.detail).toContain("Owner <owner@example.com>");
    // Still stopped on the next run, and the tree is clean.
    expect((await loopcast(["run", "--at", "2026-12-01T10:00:00Z"], { cwd })).code).toBe(1);
    expect(await repo.git.status()).toMatchObject({ files: [] });
    // A person accepts it: the runs go on.
    const id = ex?.id as string;
    expect((await loopcast(["exceptions", "resolve", id, "--note", "starting over"], { cwd })).code).toBe(0);
    expect((await loopcast(["run", "--at", "2026-12-01T11:00:00Z"], { cwd })).code).toBe(0);
  });

  it("lets appends through: a person's own ledger line is not a rewrite", async () => {
    const repo = await publishedBlog();
    const cwd = repo.dir;
    await appendEvents(join(cwd, "marketing"), [
      { type: "retracted", at: "2026-12-01T08:30:00.000Z", cycle: BLOG, by: "Owner", reason: "wrong date" },
    ]);
    await repo.commitAll("retracted by hand");
    const next = await loopcast(["run", "--at", "2026-12-01T09:00:00Z"], { cwd });
    expect(next.stderr).not.toContain("rewritten by hand");
    expect((await exceptionsOf(repo)).filter((e) => e.type === "tamper")).toEqual([]);
  });
});

describe("a published item edited on the base branch", () => {
  it("raises one tamper warning naming who changed it, and the runs go on", async () => {
    const repo = await publishedBlog();
    const cwd = repo.dir;
    const file = `marketing/${contentPath(BLOG)}`;
    await repo.write(file, `${await repo.read(file)}\nA sentence added later.\n`);
    await repo.commitAll("a later fix");
    expect((await loopcast(["run", "--at", "2026-12-01T09:00:00Z"], { cwd })).code).toBe(0);
    await loopcast(["run", "--at", "2026-12-01T10:00:00Z"], { cwd });
    const tamper = (await exceptionsOf(repo)).filter((e) => e.type === "tamper");
    expect(tamper).toHaveLength(1);
    expect(tamper[0]).toMatchObject({ severity: "warning", cycle: BLOG });
    expect(tamper[0]?.detail).toContain(
      `${file} no longer holds what was published (changed by Owner <owner@example.com>`,
    );
  });
});

describe("a proposal branch rewritten before its merge", () => {
  it("ends the cycle as rejected with a tamper exception; nothing is published and no run fails", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
    const branch = `loopcast/${BLOG}`;
    const { git } = repo;
    await git.checkout(branch);
    await git.reset(["--hard", "main"]);
    await repo.write("marketing/notes.md", "my own post instead\n");
    await repo.commitAll("my own");
    await git.checkout("main");
    await git.merge(["--no-ff", branch, "-m", "merge"]);
    const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd });
    expect(run.code).toBe(0);
    const events = (await readLedger(join(cwd, "marketing"))).get(BLOG) ?? [];
    expect(events.map((e) => e.type)).toEqual(["proposed", "rejected"]);
    expect(events[1]).toMatchObject({
      reason: expect.stringContaining(
        "the proposal branch was rewritten (force-pushed) before it was merged",
      ),
    });
    const [ex] = (await exceptionsOf(repo)).filter((e) => e.type === "tamper");
    expect(ex).toMatchObject({ id: `tamper--${BLOG}.rewritten`, cycle: BLOG, status: "open" });
  });
});
