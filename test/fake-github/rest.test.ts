import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { git, readCommit } from "./git-store.ts";
import { type FakeGitHub, startFakeGitHub } from "./server.ts";
import { octokitFor } from "./test-support.ts";

const owner = "acme";
const repo = "site";
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub({
    repos: [
      { owner, name: repo, files: { "README.md": "# site\n", "marketing/strategy.yaml": "goal: grow\n" } },
    ],
  });
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

/** A branch with one commit by alice, made directly in the bare repository. */
async function branchWithPost(branch: string, file = "posts/hello.md"): Promise<string> {
  return fake
    .as("alice")
    .pushCommit(`${owner}/${repo}`, branch, { [file]: "Hello\n" }, { message: "Add post" });
}

describe("pull requests over REST", () => {
  it("creates, lists, inspects and merges a pull with a real merge commit", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const head = await branchWithPost("loopcast/post-1");

    const created = await bot.rest.pulls.create({
      owner,
      repo,
      head: "loopcast/post-1",
      base: "main",
      title: "Post 1",
      body: "Body",
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: "open",
      merged: false,
      mergeable: true,
      mergeable_state: "clean",
    });
    expect(created.data.head).toMatchObject({ ref: "loopcast/post-1", sha: head });
    expect(created.data.user.login).toBe("loopcast[bot]");

    const listed = await bot.rest.pulls.list({ owner, repo, head: `${owner}:loopcast/post-1` });
    expect(listed.data.map((p) => p.number)).toEqual([1]);

    const commits = await bot.rest.pulls.listCommits({ owner, repo, pull_number: 1 });
    expect(commits.data.map((c) => [c.sha, c.author?.login, c.commit.author?.email])).toEqual([
      [head, "alice", "alice@example.com"],
    ]);
    const files = await bot.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(files.data.map((f) => [f.filename, f.status, f.additions])).toEqual([
      ["posts/hello.md", "added", 1],
    ]);

    const merged = await bot.rest.pulls.merge({ owner, repo, pull_number: 1, sha: head });
    expect(merged.data.merged).toBe(true);
    const mainSha = await git(fake.gitDir(owner, repo), ["rev-parse", "refs/heads/main"]);
    expect(merged.data.sha).toBe(mainSha);
    const mergeCommit = await readCommit(fake.gitDir(owner, repo), mainSha);
    expect(mergeCommit.parents).toHaveLength(2);
    expect(mergeCommit.parents[1]).toBe(head);
    expect(mergeCommit.message).toContain("Merge pull request #1 from acme/loopcast/post-1");

    const after = await bot.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(after.data).toMatchObject({ state: "closed", merged: true, merge_commit_sha: mainSha });
    expect(after.data.merged_by?.login).toBe("loopcast[bot]");
    await expect(bot.rest.pulls.merge({ owner, repo, pull_number: 1 })).rejects.toMatchObject({
      status: 405,
    });
  });

  it("squash-merges into a single-parent commit titled after the pull", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    await branchWithPost("loopcast/post-2");
    await bot.rest.pulls.create({ owner, repo, head: "loopcast/post-2", base: "main", title: "Post 2" });
    const merged = await bot.rest.pulls.merge({ owner, repo, pull_number: 1, merge_method: "squash" });
    const commit = await readCommit(fake.gitDir(owner, repo), merged.data.sha);
    expect(commit.parents).toHaveLength(1);
    expect(commit.message.split("\n")[0]).toBe("Post 2 (#1)");
  });

  it("answers 409 to a merge whose sha is no longer the head, as GitHub does", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const first = await branchWithPost("loopcast/post-3");
    await bot.rest.pulls.create({ owner, repo, head: "loopcast/post-3", base: "main", title: "Post 3" });
    const second = await fake
      .as("alice")
      .pushCommit(`${owner}/${repo}`, "loopcast/post-3", { "posts/hello.md": "Edited\n" });

    const pull = await bot.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data.head.sha).toBe(second);
    const stale = bot.rest.pulls.merge({ owner, repo, pull_number: 1, sha: first });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      response: { data: { message: "Head branch was modified. Review and try the merge again." } },
    });
    expect((await bot.rest.pulls.get({ owner, repo, pull_number: 1 })).data.merged).toBe(false);
  });

  it("refuses a second pull for the same head and a pull without commits", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    await branchWithPost("loopcast/post-4");
    await bot.rest.pulls.create({ owner, repo, head: "loopcast/post-4", base: "main", title: "One" });
    await expect(
      bot.rest.pulls.create({ owner, repo, head: "loopcast/post-4", base: "main", title: "Two" }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      bot.rest.pulls.create({ owner, repo, head: "main", base: "main", title: "Empty" }),
    ).rejects.toMatchObject({
      status: 422,
    });
  });
});

describe("request validation", () => {
  it("answers 422 with the schema error to a body that breaks GitHub's description, and records it", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const error = await bot
      // @ts-expect-error head and base are missing on purpose: octokit's types know the description too.
      .request("POST /repos/{owner}/{repo}/pulls", { owner, repo, title: "No head or base" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect((error as { response: { data: { message: string } } }).response.data.message).toMatch(
      /^Invalid request\.\n\n.*must have required property 'head'/,
    );
    const violations = fake.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kind: "request", operationId: "pulls/create" });
  });

  it("rejects an invalid enum in the query string", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    // @ts-expect-error "merged" is not a state GitHub accepts here.
    const invalid = bot.request("GET /repos/{owner}/{repo}/pulls", { owner, repo, state: "merged" });
    await expect(invalid).rejects.toMatchObject({ status: 422 });
    expect(fake.takeViolations().map((v) => v.kind)).toEqual(["request"]);
  });

  it("answers 404 to a route GitHub's description does not have and records it as a violation", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    await expect(bot.request("GET /repos/{owner}/{repo}/hooks", { owner, repo })).rejects.toMatchObject({
      status: 404,
      response: { headers: { "x-ratelimit-limit": "5000" } },
    });
    expect(fake.takeViolations()).toEqual([
      expect.objectContaining({ kind: "unknown-route", method: "GET" }),
    ]);
  });
});

describe("authentication and rate limits", () => {
  it("answers 401 Bad credentials to an unknown token and 401 without one", async () => {
    const stranger = octokitFor(fake, "alice", { auth: "not-a-token" });
    await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 401,
      response: { data: { message: "Bad credentials" } },
    });
    const anonymous = await fetch(`${fake.apiUrl}/repos/${owner}/${repo}`);
    expect(anonymous.status).toBe(401);
    expect(fake.requests.map((r) => r.status)).toEqual([401, 401]);
  });

  it("sends x-ratelimit headers on every response and counts down", async () => {
    const alice = octokitFor(fake, "alice");
    const first = await alice.rest.repos.get({ owner, repo });
    const second = await alice.rest.repos.get({ owner, repo });
    expect(first.headers["x-ratelimit-limit"]).toBe("5000");
    expect(
      Number(first.headers["x-ratelimit-remaining"]) - Number(second.headers["x-ratelimit-remaining"]),
    ).toBe(1);
    const limits = await alice.rest.rateLimit.get();
    expect(limits.data.resources.core).toMatchObject({ limit: 5000, used: 2, remaining: 4998 });
  });

  it("answers 403 with remaining 0 when the primary rate limit is used up", async () => {
    await fake.close();
    fake = await startFakeGitHub({ rateLimit: 1, repos: [{ owner, name: repo }] });
    const alice = octokitFor(fake, "alice");
    await alice.rest.repos.get({ owner, repo });
    await expect(alice.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 403,
      response: { headers: { "x-ratelimit-remaining": "0" } },
    });
  });
});

describe("repository contents, refs and statuses", () => {
  it("reads files, directories, branches and refs from the bare repository", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const file = await bot.rest.repos.getContent({ owner, repo, path: "marketing/strategy.yaml" });
    expect(Buffer.from((file.data as { content: string }).content, "base64").toString()).toBe("goal: grow\n");
    const dir = await bot.rest.repos.getContent({ owner, repo, path: "marketing" });
    expect((dir.data as { name: string }[]).map((e) => e.name)).toEqual(["strategy.yaml"]);
    await expect(bot.rest.repos.getContent({ owner, repo, path: "missing.md" })).rejects.toMatchObject({
      status: 404,
    });

    const sha = await branchWithPost("feature/x");
    expect((await bot.rest.repos.getBranch({ owner, repo, branch: "feature/x" })).data.commit.sha).toBe(sha);
    expect((await bot.rest.git.getRef({ owner, repo, ref: "heads/feature/x" })).data.object.sha).toBe(sha);
    await bot.rest.git.deleteRef({ owner, repo, ref: "heads/feature/x" });
    await expect(bot.rest.git.getRef({ owner, repo, ref: "heads/feature/x" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(bot.rest.git.deleteRef({ owner, repo, ref: "heads/feature/x" })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("combines the latest status per context the way GitHub does", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const sha = await branchWithPost("feature/y");
    expect((await bot.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha })).data.state).toBe(
      "pending",
    );
    await bot.rest.repos.createCommitStatus({ owner, repo, sha, state: "failure", context: "ci" });
    await bot.rest.repos.createCommitStatus({ owner, repo, sha, state: "success", context: "ci" });
    await bot.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: "success",
      context: "loopcast/guardrails",
    });
    const combined = await bot.rest.repos.getCombinedStatusForRef({ owner, repo, ref: "feature/y" });
    expect(combined.data).toMatchObject({ state: "success", total_count: 2, sha });
    await expect(
      bot.rest.repos.createCommitStatus({ owner, repo, sha: "0".repeat(40), state: "success" }),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe("issues, labels and comments", () => {
  it("keeps a dashboard issue whose body people edit, with labels and comments", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const issue = await bot.rest.issues.create({
      owner,
      repo,
      title: "Loopcast dashboard",
      body: "- [ ] approve #2",
    });
    const n = issue.data.number;
    await fake.as("alice").editIssueBody(`${owner}/${repo}`, n, "- [x] approve #2");
    await fake.as("alice").addLabel(`${owner}/${repo}`, n, "loopcast:pause");
    const read = await bot.rest.issues.get({ owner, repo, issue_number: n });
    expect(read.data.body).toBe("- [x] approve #2");
    expect(read.data.labels.map((l) => (typeof l === "string" ? l : l.name))).toEqual(["loopcast:pause"]);

    await bot.rest.issues.addLabels({ owner, repo, issue_number: n, labels: ["loopcast:dashboard"] });
    const remaining = await bot.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: n,
      name: "loopcast:pause",
    });
    expect(remaining.data.map((l) => l.name)).toEqual(["loopcast:dashboard"]);
    await expect(
      bot.rest.issues.removeLabel({ owner, repo, issue_number: n, name: "loopcast:pause" }),
    ).rejects.toMatchObject({ status: 404 });

    await bot.rest.issues.createComment({ owner, repo, issue_number: n, body: "Run finished" });
    const comments = await bot.rest.issues.listComments({ owner, repo, issue_number: n });
    expect(comments.data.map((c) => [c.user?.login, c.body])).toEqual([["loopcast[bot]", "Run finished"]]);

    await bot.rest.issues.update({ owner, repo, issue_number: n, state: "closed" });
    const open = await bot.rest.issues.listForRepo({ owner, repo });
    const all = await bot.rest.issues.listForRepo({
      owner,
      repo,
      state: "all",
      labels: "loopcast:dashboard",
    });
    expect(open.data).toHaveLength(0);
    expect(all.data.map((i) => i.number)).toEqual([n]);
  });

  it("pages lists with a Link header that octokit.paginate follows", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    for (let i = 0; i < 5; i++) await bot.rest.issues.create({ owner, repo, title: `Issue ${i}` });
    const first = await bot.rest.issues.listForRepo({ owner, repo, per_page: 2 });
    expect(first.headers.link).toContain('rel="next"');
    const all = await bot.paginate(bot.rest.issues.listForRepo, { owner, repo, per_page: 2 });
    expect(all.map((i) => i.title)).toEqual(["Issue 4", "Issue 3", "Issue 2", "Issue 1", "Issue 0"]);
  });
});
