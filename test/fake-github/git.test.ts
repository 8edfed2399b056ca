import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { git } from "./git-store.ts";
import { type FakeGitHub, startFakeGitHub } from "./server.ts";
import { cloneRepo, octokitFor, type WorkingClone } from "./test-support.ts";

const owner = "acme";
const repo = "site";
const alice = { name: "Alice Example", email: "alice@example.com" };
let fake: FakeGitHub;
const clones: WorkingClone[] = [];

beforeEach(async () => {
  fake = await startFakeGitHub({ repos: [{ owner, name: repo }] });
});

afterEach(async () => {
  for (const clone of clones.splice(0)) await clone.remove();
  fake.assertNoViolations();
  await fake.close();
});

async function clone(login: string): Promise<WorkingClone> {
  const working = await cloneRepo(fake, owner, repo, fake.tokenFor(login));
  clones.push(working);
  return working;
}

describe("git smart HTTP", () => {
  it("takes a push with a valid token, and the pull follows new pushes to its head", async () => {
    const work = await clone("loopcast[bot]");
    await work.git(["checkout", "--quiet", "-b", "loopcast/post"]);
    const first = await work.commit({ "posts/a.md": "A\n" }, "Add A", alice);
    await work.git(["push", "--quiet", "origin", "HEAD"]);
    expect(await git(fake.gitDir(owner, repo), ["rev-parse", "refs/heads/loopcast/post"])).toBe(first);

    const bot = octokitFor(fake, "loopcast[bot]");
    await bot.rest.pulls.create({ owner, repo, head: "loopcast/post", base: "main", title: "Post" });
    const second = await work.commit({ "posts/b.md": "B\n" }, "Add B");
    await work.git(["push", "--quiet", "origin", "HEAD"]);

    const pull = await bot.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data.head.sha).toBe(second);
    expect(pull.data.commits).toBe(2);
    const commits = await bot.rest.pulls.listCommits({ owner, repo, pull_number: 1 });
    expect(commits.data.map((c) => c.author?.login ?? null)).toEqual(["alice", "loopcast[bot]"]);
    // GitHub keeps the head of every pull under refs/pull/<n>/head.
    expect(await git(fake.gitDir(owner, repo), ["rev-parse", "refs/pull/1/head"])).toBe(second);
    expect(fake.count("git-http/receive-pack")).toBeGreaterThanOrEqual(2);
  });

  it("fails a push with a bad token the way GitHub does", async () => {
    const work = await clone("alice");
    await work.commit({ "posts/x.md": "X\n" }, "Sneaky", alice);
    const url = fake.gitUrl(owner, repo, "wrong-token");
    const failure = (await work
      .git(["push", url, "HEAD:refs/heads/sneaky"])
      .catch((e: unknown) => e)) as Error;
    expect(failure.message).toMatch(/Authentication failed|401/);
    expect(failure.message).not.toContain("wrong-token");
    await expect(work.git(["push", fake.gitUrl(owner, repo), "HEAD:refs/heads/sneaky"])).rejects.toThrow();
    expect(await git(fake.gitDir(owner, repo), ["branch", "--list", "sneaky"])).toBe("");
    expect(
      fake.requests.filter((r) => r.operationId === "git-http/receive-pack").every((r) => r.status === 401),
    ).toBe(true);
  });

  it("closes an open pull when its head branch is deleted, and keeps it unmergeable", async () => {
    const work = await clone("loopcast[bot]");
    await work.git(["checkout", "--quiet", "-b", "loopcast/doomed"]);
    const head = await work.commit({ "posts/d.md": "D\n" }, "Add D");
    await work.git(["push", "--quiet", "origin", "HEAD"]);
    const bot = octokitFor(fake, "loopcast[bot]");
    await bot.rest.pulls.create({ owner, repo, head: "loopcast/doomed", base: "main", title: "Doomed" });

    await work.git(["push", "--quiet", "origin", "--delete", "loopcast/doomed"]);
    const pull = await bot.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data).toMatchObject({ state: "closed", merged: false, mergeable: false });
    expect(pull.data.head.sha).toBe(head);
    await expect(bot.rest.pulls.merge({ owner, repo, pull_number: 1 })).rejects.toMatchObject({
      status: 405,
    });
    await expect(bot.rest.pulls.update({ owner, repo, pull_number: 1, state: "open" })).rejects.toMatchObject(
      {
        status: 422,
      },
    );
    expect((await bot.rest.pulls.list({ owner, repo, state: "closed" })).data.map((p) => p.number)).toEqual([
      1,
    ]);
  });
});

describe("people acting on GitHub", () => {
  it("lets alice review, label, push to and merge the bot's pull", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const full = `${owner}/${repo}`;
    const person = fake.as("alice");
    await fake.as("loopcast[bot]").pushCommit(full, "loopcast/post", { "posts/p.md": "P\n" });
    await bot.rest.pulls.create({ owner, repo, head: "loopcast/post", base: "main", title: "Post" });

    await person.review(full, 1, "CHANGES_REQUESTED", "Tone it down");
    await person.addLabel(full, 1, "hold");
    const edited = await person.pushCommit(
      full,
      "loopcast/post",
      { "posts/p.md": "Calmer\n" },
      { message: "Edit" },
    );
    await person.review(full, 1, "APPROVED");

    const reviews = await bot.rest.pulls.listReviews({ owner, repo, pull_number: 1 });
    expect(reviews.data.map((r) => [r.user?.login, r.state])).toEqual([
      ["alice", "CHANGES_REQUESTED"],
      ["alice", "APPROVED"],
    ]);
    const pull = await bot.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data.labels.map((l) => l.name)).toEqual(["hold"]);
    expect(pull.data.head.sha).toBe(edited);
    const commits = await bot.rest.pulls.listCommits({ owner, repo, pull_number: 1 });
    expect(commits.data.map((c) => c.author?.login)).toEqual(["loopcast[bot]", "alice"]);

    const mergeSha = await person.mergePull(full, 1);
    const merged = await bot.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(merged.data).toMatchObject({ merged: true, merge_commit_sha: mergeSha });
    expect(merged.data.merged_by?.login).toBe("alice");
    // Requests made by people do not count as requests of the code under test.
    expect(fake.count("pulls/merge")).toBe(0);
  });

  it("closes a pull as alice, and a deleted branch closes another", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const full = `${owner}/${repo}`;
    for (const branch of ["loopcast/a", "loopcast/b"]) {
      await fake.as("alice").pushCommit(full, branch, { [`${branch}.md`]: "x\n" });
      await bot.rest.pulls.create({ owner, repo, head: branch, base: "main", title: branch });
    }
    await fake.as("alice").closePull(full, 1);
    await fake.as("alice").deleteBranch(full, "loopcast/b");
    const closed = await bot.rest.pulls.list({ owner, repo, state: "closed" });
    expect(closed.data.map((p) => [p.number, p.state])).toEqual([
      [2, "closed"],
      [1, "closed"],
    ]);
    expect((await bot.rest.issues.get({ owner, repo, issue_number: 1 })).data.closed_by?.login).toBe("alice");
  });
});

describe("GitHub App installation tokens", () => {
  it("exchanges an App JWT for an installation token that works for REST and git", async () => {
    const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const jwt = `${segment({ alg: "RS256", typ: "JWT" })}.${segment({ iss: 1, iat: 0, exp: 600 })}.signature`;
    const app = octokitFor(fake, "alice", { auth: jwt });
    const created = await app.rest.apps.createInstallationAccessToken({ installation_id: 1 });
    expect(created.data.token).toMatch(/^ghs_/);
    await expect(app.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 403 });

    const installation = octokitFor(fake, "alice", { auth: created.data.token });
    const issue = await installation.rest.issues.create({ owner, repo, title: "From the app" });
    expect(issue.data.user?.login).toBe("loopcast[bot]");
    const work = await cloneRepo(fake, owner, repo, created.data.token);
    clones.push(work);
    await work.commit({ "app.md": "app\n" }, "From the app");
    await work.git(["push", "--quiet", "origin", "HEAD:refs/heads/app"]);
    expect(await git(fake.gitDir(owner, repo), ["branch", "--list", "app"])).toContain("app");
  });
});
