// The GitHub forge's own promises, against the fake: a merge by the bot is pinned to the bot's commit, waits
// for required checks through GitHub's auto-merge, never goes over a request for changes, and a person's
// later push turns an armed auto-merge off.
import { afterEach, describe, expect, it } from "vitest";
import { MergePendingError } from "../../src/errors.ts";
import { GitHubForge } from "../../src/forge/github/forge.ts";
import type { FakeGitHub } from "../fake-github/index.ts";
import { octokitFor } from "../fake-github/index.ts";
import * as ev from "./events.ts";
import { BOT, BOT_TOKEN, type Clock, checkout, FULL, OWNER, REPO, startFake } from "./harness.ts";
import { FAST, runInProcess } from "./in-process.ts";

const MONDAY = new Date("2026-11-30T12:00:00Z");
const BLOG = "loopcast/weekly-blog@20261201T0800Z";
const SOCIAL = "loopcast/daily-social@20261201T1130Z";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function withProposals(clock: Clock, repo: Parameters<typeof startFake>[1] = {}): Promise<FakeGitHub> {
  fake = await startFake(clock, repo);
  await runInProcess(fake, { event: ev.scheduleEvent(), at: clock.now });
  return fake;
}

async function openForge(f: FakeGitHub): Promise<GitHubForge> {
  return GitHubForge.open({
    owner: OWNER,
    repo: REPO,
    repoDir: await checkout(f),
    token: BOT_TOKEN,
    apiUrl: f.apiUrl,
    baseBranch: "main",
    bot: { name: BOT.login, email: BOT.email },
    now: MONDAY,
    pacing: FAST,
  });
}

async function pull(f: FakeGitHub, branch: string) {
  const all = (await octokitFor(f, "alice").rest.pulls.list({ owner: OWNER, repo: REPO, state: "all" })).data;
  const found = all.find((p) => p.head.ref === branch);
  if (!found) throw new Error(`no pull for ${branch}`);
  return (
    await octokitFor(f, "alice").rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: found.number })
  ).data;
}

describe("the GitHub forge merging on its own", () => {
  it("merges the bot's own commit, and refuses once a person has pushed to the proposal", async () => {
    const f = await withProposals({ now: MONDAY });
    await f.as("alice").pushCommit(FULL, SOCIAL, { "marketing/note.md": "mine\n" });
    const forge = await openForge(f);

    const merged = await forge.mergeProposal(BLOG, { asBot: true, by: "loopcast" });
    expect(merged).toMatchObject({ state: "merged", mergedBy: "loopcast", humanCommits: 0 });
    const blog = await pull(f, BLOG);
    expect(blog.merged).toBe(true);
    expect(blog.merged_by?.login).toBe(BOT.login);

    await expect(forge.mergeProposal(SOCIAL, { asBot: true })).rejects.toThrow(
      "someone pushed to it, and it now also changes `marketing/note.md`, which is not its item, so a person must merge it",
    );
    expect((await pull(f, SOCIAL)).merged).toBe(false);
    // A person's approval may merge an edited proposal.
    const approved = await forge.mergeProposal(SOCIAL, { by: "alice" });
    expect(approved).toMatchObject({ state: "merged", mergedBy: "alice", humanCommits: 1 });
    f.assertNoViolations();
  });

  it("never merges over a request for changes", async () => {
    const f = await withProposals({ now: MONDAY });
    await f.as("alice").review(FULL, (await pull(f, BLOG)).number, "CHANGES_REQUESTED", "Not this week.");
    const forge = await openForge(f);
    await expect(forge.mergeProposal(BLOG, { asBot: true })).rejects.toThrow(/@alice asked for changes/);
    expect((await pull(f, BLOG)).merged).toBe(false);
    f.assertNoViolations();
  });

  it("with a required check still running it arms GitHub's auto-merge, which merges when the check passes", async () => {
    const f = await withProposals(
      { now: MONDAY },
      { repo: { allowAutoMerge: true, protectedBranches: { main: { requiredStatusChecks: ["ci"] } } } },
    );
    const forge = await openForge(f);
    const pending = forge.mergeProposal(BLOG, { asBot: true });
    await expect(pending).rejects.toBeInstanceOf(MergePendingError);
    await expect(pending).rejects.toThrow(/merges when its checks pass/);
    expect(f.count("graphql/enablePullRequestAutoMerge")).toBe(1);
    expect((await pull(f, BLOG)).auto_merge?.enabled_by.login).toBe(BOT.login);

    await f.as("alice").setStatus(FULL, BLOG, "ci", "success");
    const merged = await pull(f, BLOG);
    expect(merged.merged).toBe(true);
    expect(merged.merged_by?.login).toBe(BOT.login);
    f.assertNoViolations();
  });

  it("turns an armed auto-merge off when a person pushes to the proposal", async () => {
    const clock = { now: MONDAY };
    const f = await withProposals(clock, {
      repo: { allowAutoMerge: true, protectedBranches: { main: { requiredStatusChecks: ["ci"] } } },
    });
    await expect((await openForge(f)).mergeProposal(SOCIAL, { asBot: true })).rejects.toBeInstanceOf(
      MergePendingError,
    );
    await f.as("alice").pushCommit(FULL, SOCIAL, { "marketing/note.md": "a person's edit\n" });

    const { result } = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(result.applied).toContain(
      `auto-merge turned off for ${SOCIAL}: someone pushed to it, changing files beyond its item (\`marketing/note.md\`), so a person must merge it`,
    );
    await f.as("alice").setStatus(FULL, SOCIAL, "ci", "success");
    const p = await pull(f, SOCIAL);
    expect(p.merged).toBe(false);
    expect(p.auto_merge).toBeNull();
    f.assertNoViolations();
  });
});
