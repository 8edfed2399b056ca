import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "./server.ts";
import { octokitFor } from "./test-support.ts";

const owner = "acme";
const repo = "site";
let fake: FakeGitHub;

const ENABLE = `
  mutation Enable($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
    enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
      pullRequest { id autoMergeRequest { enabledAt mergeMethod } }
    }
  }`;

const READ = `
  query Read($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) { id state autoMergeRequest { enabledAt } }
    }
  }`;

interface ReadResult {
  repository: { pullRequest: { id: string; state: string; autoMergeRequest: { enabledAt: string } | null } };
}

beforeEach(async () => {
  fake = await startFakeGitHub({
    repos: [
      {
        owner,
        name: repo,
        allowAutoMerge: true,
        protectedBranches: { main: { requiredStatusChecks: ["ci"] } },
      },
    ],
  });
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

async function openPull(branch: string): Promise<{ number: number; nodeId: string; head: string }> {
  const head = await fake.as("alice").pushCommit(`${owner}/${repo}`, branch, { "posts/a.md": "A\n" });
  const bot = octokitFor(fake, "loopcast[bot]");
  const pull = await bot.rest.pulls.create({ owner, repo, head: branch, base: "main", title: "Post" });
  return { number: pull.data.number, nodeId: pull.data.node_id, head };
}

describe("GraphQL auto-merge", () => {
  it("enables auto-merge, then merges once the required status turns green", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const pull = await openPull("loopcast/auto");

    const enabled = await bot.graphql<{
      enablePullRequestAutoMerge: { pullRequest: { id: string; autoMergeRequest: { mergeMethod: string } } };
    }>(ENABLE, { id: pull.nodeId, mergeMethod: "SQUASH" });
    expect(enabled.enablePullRequestAutoMerge.pullRequest).toMatchObject({
      id: pull.nodeId,
      autoMergeRequest: { mergeMethod: "SQUASH" },
    });
    const read = await bot.graphql<ReadResult>(READ, { owner, name: repo, number: pull.number });
    expect(read.repository.pullRequest.id).toBe(pull.nodeId);
    expect(read.repository.pullRequest.autoMergeRequest?.enabledAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(
      (await bot.rest.pulls.get({ owner, repo, pull_number: pull.number })).data.auto_merge?.merge_method,
    ).toBe("squash");

    // A pending status is not enough; success on the required context merges.
    await bot.rest.repos.createCommitStatus({ owner, repo, sha: pull.head, state: "pending", context: "ci" });
    expect((await bot.rest.pulls.get({ owner, repo, pull_number: pull.number })).data.merged).toBe(false);
    await fake.as("alice").setStatus(`${owner}/${repo}`, pull.head, "ci", "success");

    const after = await bot.rest.pulls.get({ owner, repo, pull_number: pull.number });
    expect(after.data).toMatchObject({ merged: true, state: "closed", auto_merge: null });
    expect(after.data.merged_by?.login).toBe("loopcast[bot]");
    const final = await bot.graphql<ReadResult>(READ, { owner, name: repo, number: pull.number });
    expect(final.repository.pullRequest).toMatchObject({ state: "MERGED", autoMergeRequest: null });
  });

  it("refuses auto-merge where GitHub does: repo setting off, or checks already green", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const pull = await openPull("loopcast/green");
    await bot.rest.repos.createCommitStatus({ owner, repo, sha: pull.head, state: "success", context: "ci" });
    await expect(bot.graphql(ENABLE, { id: pull.nodeId, mergeMethod: "MERGE" })).rejects.toMatchObject({
      errors: [
        expect.objectContaining({ type: "UNPROCESSABLE", message: "Pull request is in clean status" }),
      ],
    });

    fake.state.repoByFullName(`${owner}/${repo}`).allowAutoMerge = false;
    await expect(bot.graphql(ENABLE, { id: pull.nodeId, mergeMethod: "MERGE" })).rejects.toMatchObject({
      errors: [
        expect.objectContaining({ message: "Pull request Auto merge is not allowed for this repository" }),
      ],
    });
  });

  it("merges pending auto-merges on tick() when a status arrived some other way", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const pull = await openPull("loopcast/tick");
    await bot.graphql(ENABLE, { id: pull.nodeId, mergeMethod: "MERGE" });
    const statuses = fake.state.repoByFullName(`${owner}/${repo}`).statuses;
    statuses.set(pull.head, [
      {
        id: 1,
        nodeId: "SC_1",
        state: "success",
        context: "ci",
        description: null,
        targetUrl: null,
        creator: "alice",
        createdAt: "",
        updatedAt: "",
      },
    ]);
    expect(await fake.tick()).toEqual([`${owner}/${repo}#${pull.number}`]);
  });
});

describe("GraphQL validation against GitHub's schema", () => {
  it("records a document with an invalid enum value as a violation and answers with errors", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const pull = await openPull("loopcast/enum");
    const bad = `mutation { enablePullRequestAutoMerge(input: { pullRequestId: "${pull.nodeId}", mergeMethod: FAST_FORWARD }) { clientMutationId } }`;
    await expect(bot.graphql(bad)).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: expect.stringContaining("FAST_FORWARD") })],
    });
    const violations = fake.takeViolations();
    expect(violations).toEqual([
      expect.objectContaining({ kind: "graphql", operationId: "graphql/enablePullRequestAutoMerge" }),
    ]);
    expect((await bot.rest.pulls.get({ owner, repo, pull_number: pull.number })).data.auto_merge).toBeNull();
  });

  it("records an invalid enum passed through variables, which document validation cannot see", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    const pull = await openPull("loopcast/variables");
    await expect(bot.graphql(ENABLE, { id: pull.nodeId, mergeMethod: "FAST_FORWARD" })).rejects.toMatchObject(
      {
        errors: [expect.objectContaining({ message: expect.stringContaining("FAST_FORWARD") })],
      },
    );
    expect(fake.takeViolations().map((v) => v.kind)).toEqual(["graphql"]);
  });

  it("records fields that exist on GitHub but that the fake does not model", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    await bot
      .graphql(`query { repository(owner: "${owner}", name: "${repo}") { stargazerCount } }`)
      .catch(() => undefined);
    expect(fake.takeViolations()).toEqual([
      expect.objectContaining({
        kind: "graphql",
        message: expect.stringContaining("Repository.stargazerCount"),
      }),
    ]);
  });

  it("needs a valid token like REST", async () => {
    const stranger = octokitFor(fake, "alice", { auth: "nope" });
    await expect(stranger.graphql(READ, { owner, name: repo, number: 1 })).rejects.toMatchObject({
      status: 401,
    });
  });
});
