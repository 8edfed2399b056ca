// The whole loop on the local forge, driven through the CLI as separate processes against real git
// repositories: plan, run, review (approve with and without edits, reject), publish, idempotency, and
// what happens when the repository or a run is not in a good state.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/core/plan.ts";
import { itemTitle } from "../../src/state/item.ts";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { loopcast, loopcastJson } from "../helpers/cli.ts";
import { ALICE, type TempRepo, tempRepo } from "../helpers/repo.ts";

// Monday 30 November 2026, 12:00 UTC: the Tuesday blog post (09:00 Berlin = 08:00Z) and Tuesday's social
// post (12:30 Berlin = 11:30Z) fall inside their lead times; Thursday's newsletter does not yet.
const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";
const SOCIAL = "daily-social@20261201T1130Z";
const AFTER_BLOG_SLOT = "2026-12-01T08:05:00Z";

async function branches(repo: TempRepo): Promise<string[]> {
  const out = await repo.git.raw(["for-each-ref", "--format=%(refname:short)", "refs/heads"]);
  return out.split("\n").filter(Boolean).sort();
}

async function ledger(repo: TempRepo, cycle: string): Promise<LedgerEvent[]> {
  const text = await repo.read(`marketing/ledger/2026/12/${cycle}.jsonl`);
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as LedgerEvent);
}

async function headAndBranches(repo: TempRepo) {
  return {
    head: (await repo.git.revparse(["HEAD"])).trim(),
    branches: await branches(repo),
    status: (await repo.git.status()).files.length,
  };
}

describe("the loop on the local forge", () => {
  it("a run cannot go back in time: an --at before the ledger's latest event is refused, plan still looks", async () => {
    const repo = await tempRepo();
    expect((await loopcast(["run", "--at", MONDAY], { cwd: repo.dir })).code).toBe(0);
    const back = await loopcast(["run", "--at", "2026-11-23T12:00:00Z"], { cwd: repo.dir });
    expect(back.code).toBe(1);
    expect(back.stderr).toContain(
      "is before the ledger's latest event (2026-11-30T12:00:00.000Z); a run cannot go back in time",
    );
    expect((await loopcast(["plan", "--at", "2026-11-23T12:00:00Z"], { cwd: repo.dir })).code).toBe(0);
    // A few minutes of clock drift between machines is not going back.
    expect((await loopcast(["run", "--at", "2026-11-30T11:55:00Z"], { cwd: repo.dir })).code).toBe(0);
  });

  it("plan shows what a run would do and changes nothing", async () => {
    const repo = await tempRepo();
    const before = await headAndBranches(repo);
    const thePlan = await loopcastJson<Plan>(["plan", "--at", MONDAY], { cwd: repo.dir });
    expect(
      thePlan.actions.filter((a) => a.kind === "propose").map((a) => (a as { cycle: string }).cycle),
    ).toEqual([SOCIAL, BLOG]);
    // Thursday's newsletter is outside its 48 h lead time on Monday noon: not planned yet.
    expect(JSON.stringify(thePlan.actions)).not.toContain("weekly-newsletter");
    expect(await headAndBranches(repo)).toEqual(before);
    expect(existsSync(join(repo.dir, ".git/loopcast"))).toBe(false);
  });

  it("run proposes due items as branches, and a second run at the same time does nothing", async () => {
    const repo = await tempRepo();
    const first = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`proposed   ${BLOG}`);
    expect(await branches(repo)).toEqual([`loopcast/${SOCIAL}`, `loopcast/${BLOG}`, "main"].sort());
    const events = await ledger(repo, BLOG);
    expect(events).toEqual([
      expect.objectContaining({ type: "proposed", cycle: BLOG, level: "L3", generator: "template" }),
    ]);
    // The item lives only on its branch until it is merged.
    expect(existsSync(join(repo.dir, `marketing/content/weekly-blog/${BLOG}.md`))).toBe(false);
    const item = await repo.git.show([`loopcast/${BLOG}:marketing/content/weekly-blog/${BLOG}.md`]);
    expect(item).toMatch(/^---\ncycle: weekly-blog@20261201T0800Z\n/);
    // The draft's title goes into the ledger, so reports need not read the content file.
    expect(itemTitle(item)).toEqual(expect.any(String));
    expect(events[0]).toMatchObject({ title: itemTitle(item) });

    const before = await headAndBranches(repo);
    const second = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe("nothing to do");
    expect(await headAndBranches(repo)).toEqual(before);
  });

  it("an approved item is published at its slot, exactly once", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    const approve = await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    expect(approve.code).toBe(0);
    expect(approve.stdout).toContain(`approved loopcast/${BLOG}: merged into main`);

    // Merged before its slot: recorded now, published when the slot comes.
    const early = await loopcast(["run", "--at", "2026-11-30T13:00:00Z"], { cwd: repo.dir });
    expect(early.stdout).toContain(`recorded   ${BLOG}: merged`);
    expect(early.stdout).toContain(
      `wait     ${BLOG}  scheduled for Tue, 1 Dec 2026, 09:00 (Europe/Berlin, UTC+01:00)`,
    );
    expect(existsSync(join(repo.dir, "site/blog/feed.xml"))).toBe(false);

    const onTime = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(onTime.code).toBe(0);
    expect(onTime.stdout).toMatch(new RegExp(`published  ${BLOG}  https://loopcast.dev/blog/2026-12-01-`));
    const posts = (await readdir(join(repo.dir, "site/blog"))).sort();
    expect(posts).toHaveLength(3);
    expect(posts).toEqual(expect.arrayContaining(["atom.xml", "feed.xml"]));
    const feed = await repo.read("site/blog/feed.xml");
    expect(feed).toContain('<rss version="2.0"');
    expect(feed).toContain("https://loopcast.dev/blog/2026-12-01-");
    const types = (await ledger(repo, BLOG)).map((e) => e.type);
    expect(types).toEqual(["proposed", "merged", "publishing", "published"]);
    const merged = (await ledger(repo, BLOG))[1] as Extract<LedgerEvent, { type: "merged" }>;
    expect(merged).toMatchObject({ editRatio: 0, humanCommits: 0, mergedBy: "Owner" });

    const before = await headAndBranches(repo);
    const feedBefore = feed;
    const again = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(again.stdout).not.toContain("published");
    expect(await headAndBranches(repo)).toEqual(before);
    expect(await repo.read("site/blog/feed.xml")).toBe(feedBefore);
    expect((await ledger(repo, BLOG)).filter((e) => e.type === "published")).toHaveLength(1);
  });

  it("edits a person commits before approving are measured and published", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    const path = `marketing/content/weekly-blog/${BLOG}.md`;
    await repo.git.checkout(`loopcast/${BLOG}`);
    const original = await repo.read(path);
    // Alice retitles the item (an insertion at the start of the title's value) and signs it off.
    const retitled = original.replace(/^(title: ["']?)/m, "$1Retitled by Alice, ");
    expect(retitled).not.toBe(original);
    await writeFile(join(repo.dir, path), `${retitled.trimEnd()}\n\nWritten with care by Alice.\n`);
    await repo.git.add(path);
    await repo.git.raw([
      "-c",
      `user.name=${ALICE.name}`,
      "-c",
      `user.email=${ALICE.email}`,
      "commit",
      "-m",
      "Add a sign-off",
    ]);
    await repo.git.checkout("main");

    const list = await loopcast(["review", "list"], { cwd: repo.dir });
    expect(list.stdout).toContain(`loopcast/${BLOG}`);
    expect(list.stdout).toContain("(edited: 1 commit(s))");
    const show = await loopcast(["review", "show", BLOG], { cwd: repo.dir });
    expect(show.stdout).toContain("edited by people in 1 commit(s)");
    expect(show.stdout).toContain("Written with care by Alice.");

    await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.stdout).toContain(`recorded   ${BLOG}: merged with edits`);
    const merged = (await ledger(repo, BLOG)).find((e) => e.type === "merged") as Extract<
      LedgerEvent,
      { type: "merged" }
    >;
    expect(merged.humanCommits).toBe(1);
    const expectedRatio =
      ("Retitled by Alice, ".length + "\n\nWritten with care by Alice.".length) / original.length;
    expect(merged.editRatio).toBeCloseTo(expectedRatio, 3);
    // The ledger keeps the title as proposed and the title as merged.
    const proposed = (await ledger(repo, BLOG))[0] as Extract<LedgerEvent, { type: "proposed" }>;
    expect(proposed.title).toBe(itemTitle(original));
    expect(merged.title).toBe(`Retitled by Alice, ${itemTitle(original)}`);
    const post = (await readdir(join(repo.dir, "site/blog"))).find((f) =>
      f.startsWith("2026-12-01-"),
    ) as string;
    expect(await repo.read(`site/blog/${post}`)).toContain("Written with care by Alice.");
  });

  it("a rejected item is recorded and never published", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    const reject = await loopcast(["review", "reject", BLOG, "--reason", "off-topic"], { cwd: repo.dir });
    expect(reject.code).toBe(0);
    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.stdout).toContain(`recorded   ${BLOG}: rejected`);
    expect((await ledger(repo, BLOG)).map((e) => e.type)).toEqual(["proposed", "rejected"]);
    expect(existsSync(join(repo.dir, "site/blog"))).toBe(false);
    const twice = await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("is already closed");
  });

  it("a proposal merged by hand with git, or whose branch was deleted, is read back", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    await repo.git.merge(["--no-ff", "--no-edit", `loopcast/${BLOG}`]);
    await repo.git.raw(["branch", "-D", `loopcast/${SOCIAL}`]);
    const run = await loopcast(["run", "--at", "2026-11-30T13:00:00Z"], { cwd: repo.dir });
    expect(run.stdout).toContain(`recorded   ${BLOG}: merged`);
    expect(run.stdout).toContain(`recorded   ${SOCIAL}: rejected`);
    expect((await ledger(repo, SOCIAL)).at(-1)).toMatchObject({
      type: "rejected",
      reason: "closed without merging: branch deleted",
    });
  });

  it("refuses a dirty working tree or a detached HEAD, changing nothing", async () => {
    const repo = await tempRepo();
    await writeFile(join(repo.dir, "marketing/voice.md"), "changed but not committed\n");
    const before = await headAndBranches(repo);
    const dirty = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain("the working tree has uncommitted changes (marketing/voice.md)");
    expect(await headAndBranches(repo)).toEqual(before);

    await repo.git.checkout(["--", "marketing/voice.md"]);
    await repo.git.checkout(["--detach", "HEAD"]);
    const detached = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(detached.code).toBe(1);
    expect(detached.stderr).toContain("HEAD is detached");
    expect(await branches(repo)).toEqual(["main"]);
  });

  it("a run that fails half-way leaves proposals the next run adopts, never duplicates", async () => {
    const repo = await tempRepo();
    // A file where this month's ledger folder should be: proposals open, then recording them fails.
    await mkdir(join(repo.dir, "marketing/ledger/2026"), { recursive: true });
    await repo.write("marketing/ledger/2026/12", "not a folder\n");
    await repo.commitAll("break the ledger");
    const broken = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/ledger/);
    expect(await branches(repo)).toHaveLength(3);

    await rm(join(repo.dir, "marketing/ledger/2026/12"));
    await repo.commitAll("repair the ledger");
    const repaired = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain(`recorded   ${BLOG}: adopted`);
    expect(repaired.stdout).not.toMatch(/^proposed/m);
    expect(await branches(repo)).toHaveLength(3);
    expect((await ledger(repo, BLOG)).map((e) => e.type)).toEqual(["proposed"]);
    const item = await repo.git.show([`loopcast/${BLOG}:marketing/content/weekly-blog/${BLOG}.md`]);
    expect((await ledger(repo, BLOG))[0]).toMatchObject({ adopted: true, title: itemTitle(item) });
  });

  it("a cycle that cannot be generated leaves no branch and no ledger entry", async () => {
    const repo = await tempRepo();
    const strategy = (await repo.read("marketing/strategy.yaml")).replace(
      "maxLength: 12000",
      "maxLength: 40",
    );
    await repo.write("marketing/strategy.yaml", strategy);
    await repo.commitAll("tiny blog");
    const run = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error      ${BLOG}: ${BLOG}: even the shortest article`);
    expect(await branches(repo)).toEqual([`loopcast/${SOCIAL}`, "main"].sort());
    expect(existsSync(join(repo.dir, `marketing/ledger/2026/12/${BLOG}.jsonl`))).toBe(false);
    expect(existsSync(join(repo.dir, `marketing/ledger/2026/12/${SOCIAL}.jsonl`))).toBe(true);
  });

  it("the kill switch stops proposing and publishing", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    const g = (await repo.read("marketing/guardrails.yaml")).replace("paused: false", "paused: true");
    await repo.write("marketing/guardrails.yaml", g);
    await repo.commitAll("pause");
    const run = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`recorded   ${BLOG}: merged`);
    expect(run.stdout).toContain(`held       ${BLOG}  paused by the kill switch`);
    expect(run.stdout).not.toMatch(/^proposed/m);
    expect(run.stdout).toContain("done: 0 proposed, 0 published, 1 recorded");
    expect(existsSync(join(repo.dir, "site/blog"))).toBe(false);
  });

  it("rejects a bad --at and an unknown review target with clear messages", async () => {
    const repo = await tempRepo();
    const at = await loopcast(["run", "--at", "2026-12-01 08:00"], { cwd: repo.dir });
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('--at: time "2026-12-01 08:00" has no offset');
    const none = await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`no proposal for loopcast/${BLOG}`);
    const bad = await loopcast(["review", "approve", "not-a-cycle"], { cwd: repo.dir });
    expect(bad.code).toBe(2);
  });

  it("refuses to run outside a git repository", async () => {
    const repo = await tempRepo();
    await rm(join(repo.dir, ".git"), { recursive: true });
    const r = await loopcast(["run"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is not inside a git repository");
    expect(await readFile(join(repo.dir, "marketing/strategy.yaml"), "utf8")).toContain("version: 1");
  });
});
