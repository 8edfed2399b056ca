// The Action as GitHub runs it: `node src/action.ts` in its own process, with the runner's variables, an
// event file checked against GitHub's webhook schemas, a fresh checkout of a real bare repository served
// by the fake GitHub, and no network beyond 127.0.0.1. One test per event the Action handles.
import { generateKeyPairSync } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { FakeGitHub } from "../fake-github/index.ts";
import { octokitFor } from "../fake-github/index.ts";
import * as ev from "./events.ts";
import {
  assertNoSecret,
  BOT,
  bareGit,
  type Clock,
  checkout,
  FULL,
  gitIn,
  OWNER,
  REPO,
  runActionProcess,
  startFake,
} from "./harness.ts";
import { runInProcess } from "./in-process.ts";

// Monday 30 November 2026, 12:00Z: Tuesday's blog post (L3) and social post (L4) fall inside their lead times.
const MONDAY = new Date("2026-11-30T12:00:00Z");
const AFTER_BLOG_SLOT = new Date("2026-12-01T08:05:00Z");
const BLOG = "weekly-blog@20261201T0800Z";
const SOCIAL = "daily-social@20261201T1130Z";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(clock: Clock): Promise<FakeGitHub> {
  fake = await startFake(clock);
  return fake;
}

const apiCount = (f: FakeGitHub) => f.requests.filter((r) => !r.operationId?.startsWith("git-http/")).length;
const alice = (f: FakeGitHub) => octokitFor(f, "alice");

async function openPulls(f: FakeGitHub) {
  return (await alice(f).rest.pulls.list({ owner: OWNER, repo: REPO, state: "open" })).data;
}

/** Everything ever committed to any ref of the bare repository, as patches. */
async function allHistory(f: FakeGitHub): Promise<string> {
  return bareGit(f, ["log", "--all", "-p", "--format=%H %an <%ae>%n%B"]);
}

describe("the Action, run as a process for each event", () => {
  it("schedule: opens proposals as pull requests with labels, a status and the dashboard; a rerun makes at most 3 requests", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    const run = await runActionProcess(f, {
      event: ev.scheduleEvent(),
      inputs: { at: MONDAY.toISOString() },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      "proposals-opened": "2",
      "items-published": "0",
      "exceptions-raised": "0",
    });
    expect(run.summary).toContain("## Loopcast: scheduled run");
    expect(run.summary).toContain(`| proposed | \`${BLOG}\` |`);

    const pulls = await openPulls(f);
    expect(pulls.map((p) => p.head.ref).sort()).toEqual([`loopcast/${SOCIAL}`, `loopcast/${BLOG}`].sort());
    const blog = pulls.find((p) => p.head.ref === `loopcast/${BLOG}`);
    expect(blog?.user?.login).toBe(BOT.login);
    expect(blog?.labels.map((l) => l.name).sort()).toEqual(["L3", "loopcast", "workflow:weekly-blog"]);
    expect(blog?.body).toContain("Merging approves it");
    expect(blog?.body).toMatch(
      /<!-- loopcast:proposal \{"cycle":"weekly-blog@20261201T0800Z","botSha":"[0-9a-f]{40}"\} -->/,
    );
    const status = await alice(f).rest.repos.getCombinedStatusForRef({
      owner: OWNER,
      repo: REPO,
      ref: blog?.head.sha ?? "",
    });
    expect(status.data.statuses.map((s) => [s.context, s.state])).toEqual([["loopcast/checks", "success"]]);
    expect(status.data.statuses[0]?.target_url).toBe(`${f.serverUrl}/${FULL}/actions/runs/4242`);

    // The ledger's "proposed" events went to main as the bot's commit; the item itself only to its branch.
    const log = (await bareGit(f, ["log", "--format=%ae %s", "main"])).split("\n");
    expect(log).toContain(`${BOT.email} loopcast: propose 2 item(s)`);
    expect(log.slice(0, -1).every((l) => l.startsWith(`${BOT.email} `))).toBe(true);
    const ledger = await bareGit(f, ["show", `main:marketing/ledger/2026/12/${BLOG}.jsonl`]);
    expect(JSON.parse(ledger)).toMatchObject({
      type: "proposed",
      cycle: BLOG,
      proposal: { id: String(blog?.number) },
    });

    const issues = (
      await alice(f).rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: "loopcast:dashboard" })
    ).data;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toContain(
      `- [ ] <!-- approve-branch=loopcast/${BLOG} -->Approve [#${blog?.number}]`,
    );
    // The exception queue and the promotions are on the dashboard too (both empty after a first run).
    expect(issues[0]?.body).toContain("Exception queue (0)");
    expect(issues[0]?.body).toContain("No workflow is waiting for a promotion.");

    // No secret anywhere: output, summary, pull requests, issues, committed files, the workspace's git config.
    assertNoSecret({
      stdout: run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      pulls: JSON.stringify(pulls),
      issues: JSON.stringify(issues),
      history: await allHistory(f),
      gitConfig: await readFile(join(run.workspace, ".git/config"), "utf8"),
    });

    const before = {
      api: apiCount(f),
      head: await bareGit(f, ["rev-parse", "main"]),
      issue: issues[0]?.updated_at,
    };
    const again = await runActionProcess(f, {
      event: ev.scheduleEvent(),
      inputs: { at: MONDAY.toISOString() },
    });
    expect(again.code).toBe(0);
    expect(again.outputs["proposals-opened"]).toBe("0");
    expect(apiCount(f) - before.api).toBeLessThanOrEqual(3);
    expect(await bareGit(f, ["rev-parse", "main"])).toBe(before.head);
    expect((await openPulls(f)).length).toBe(2);
    f.assertNoViolations();
  });

  it("pull_request closed and merged: publishes that item at once and records the merge; a fork's is ignored", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const blog = (await openPulls(f)).find((p) => p.head.ref === `loopcast/${BLOG}`);
    clock.now = AFTER_BLOG_SLOT;
    await f.as("alice").mergePull(FULL, blog?.number ?? 0);
    const event = await ev.pullRequestClosedEvent(f, blog?.number ?? 0);

    const run = await runActionProcess(f, { event, inputs: { at: AFTER_BLOG_SLOT.toISOString() } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs["items-published"]).toBe("1");
    expect(run.summary).toContain(`| published | \`${BLOG}\` |`);
    const events = (await bareGit(f, ["show", `main:marketing/ledger/2026/12/${BLOG}.jsonl`]))
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; mergedBy?: string });
    expect(events.map((e) => e.type)).toEqual(["proposed", "merged", "publishing", "published"]);
    expect(events[1]?.mergedBy).toBe("alice");
    expect(await bareGit(f, ["ls-tree", "-r", "--name-only", "main", "site/blog"])).toContain("feed.xml");

    // The same event from a fork (someone's copy of the repository) is never acted on.
    const fork = structuredClone(event);
    const pr = fork.payload.pull_request as { head: { repo: { full_name: string } } };
    pr.head.repo.full_name = "mallory/site";
    const workspace = await checkout(f);
    const before = f.requests.length;
    const ignored = await runActionProcess(f, {
      event: fork,
      workspace,
      inputs: { at: AFTER_BLOG_SLOT.toISOString() },
    });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain("comes from a fork; Loopcast never acts on it");
    expect(f.requests.length).toBe(before);
    f.assertNoViolations();
  });

  it("pull_request_review asking for changes puts the proposal on hold", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const social = (await openPulls(f)).find((p) => p.head.ref === `loopcast/${SOCIAL}`);
    await f.as("alice").review(FULL, social?.number ?? 0, "CHANGES_REQUESTED", "Too salesy.");
    const run = await runActionProcess(f, {
      event: await ev.reviewSubmittedEvent(f, social?.number ?? 0, "alice"),
      inputs: { at: MONDAY.toISOString() },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("changes requested, so it is on hold");
    const labels = (await openPulls(f)).find((p) => p.number === social?.number)?.labels.map((l) => l.name);
    expect(labels).toContain("hold");
    f.assertNoViolations();
  });

  it("issues edited: ticking Approve on the dashboard merges it for that person and publishes; Pause pauses", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const dashboard = (
      await alice(f).rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: "loopcast:dashboard" })
    ).data[0];
    const before = dashboard?.body ?? "";
    const ticked = before
      .replace(
        `- [ ] <!-- approve-branch=loopcast/${BLOG} -->`,
        `- [x] <!-- approve-branch=loopcast/${BLOG} -->`,
      )
      .replace("- [ ] <!-- loopcast-pause -->", "- [x] <!-- loopcast-pause -->");
    await f.as("alice").editIssueBody(FULL, dashboard?.number ?? 0, ticked);
    clock.now = AFTER_BLOG_SLOT;

    const run = await runActionProcess(f, {
      event: await ev.issueEditedEvent(f, dashboard?.number ?? 0, "alice", before),
      inputs: { at: AFTER_BLOG_SLOT.toISOString() },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`approved loopcast/${BLOG} for @alice`);
    expect(run.stdout).toContain("paused by @alice");
    // Paused: the approval is recorded, but nothing is published while the kill switch is on.
    expect(run.outputs["items-published"]).toBe("0");
    expect(run.summary).toMatch(/\| hold \| `weekly-blog@20261201T0800Z` \| paused/);
    const events = (await bareGit(f, ["show", `main:marketing/ledger/2026/12/${BLOG}.jsonl`])).split("\n");
    expect(JSON.parse(events[1] ?? "{}")).toMatchObject({ type: "merged", mergedBy: "alice" });
    const after = (
      await alice(f).rest.issues.get({ owner: OWNER, repo: REPO, issue_number: dashboard?.number ?? 0 })
    ).data;
    expect(after.labels.map((l) => (typeof l === "string" ? l : l.name))).toContain("loopcast:pause");
    expect(after.body).toContain("- [x] <!-- loopcast-pause -->Paused");
    expect(after.body).not.toContain(`approve-branch=loopcast/${BLOG}`);
    f.assertNoViolations();
  });

  it("repository_dispatch: a payload without rows fails with a clear message; rows go through the metrics ingest", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    const bad = await runActionProcess(f, {
      event: await ev.repositoryDispatchEvent(f, { source: "zapier" }),
      inputs: { at: MONDAY.toISOString() },
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      "::error::loopcast: the repository_dispatch payload has no client_payload.rows array",
    );
    const rows = await runActionProcess(f, {
      event: await ev.repositoryDispatchEvent(f, {
        source: "zapier",
        rows: [{ cycle: BLOG, metrics: { clicks: 3 } }],
      }),
      inputs: { at: MONDAY.toISOString() },
    });
    // The item is not published yet, so the row is kept in quarantine with its reason, never dropped.
    expect(rows.code).toBe(0);
    expect(rows.stdout).toContain("1 row(s): 0 accepted, 0 duplicate(s), 0 correction(s), 1 quarantined");
    const other = await runActionProcess(f, {
      event: await ev.repositoryDispatchEvent(f, { rows: [] }, "deploy"),
    });
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('repository_dispatch type "deploy" is not loopcast-metrics');
    f.assertNoViolations();
  });

  it("workflow_dispatch with dry-run plans and changes nothing", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    const head = await bareGit(f, ["rev-parse", "main"]);
    const run = await runActionProcess(f, {
      event: await ev.workflowDispatchEvent(f),
      inputs: { at: MONDAY.toISOString(), "dry-run": "true" },
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain("**Dry run:** nothing was changed.");
    expect(run.summary).toContain(`| would propose | \`${BLOG}\` | L3 |`);
    expect(await bareGit(f, ["rev-parse", "main"])).toBe(head);
    expect(f.requests.filter((r) => r.method !== "GET" && r.operationId !== "git-http/upload-pack")).toEqual(
      [],
    );
    expect(await gitIn(run.workspace, ["status", "--porcelain"])).toBe("");
    f.assertNoViolations();
  });

  it("a GitHub App: makes an installation token from app-id and the key, masks it, and never prints the key", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    const pem = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    const run = await runActionProcess(f, {
      event: ev.scheduleEvent(),
      inputs: {
        at: MONDAY.toISOString(),
        "github-token": "",
        committer: "",
        "app-id": "1",
        "app-private-key": pem,
        "app-installation-id": "1",
      },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const mask = /^::add-mask::(ghs_\S+)$/m.exec(run.stdout);
    expect(mask).not.toBeNull();
    const token = mask?.[1] ?? "";
    expect(f.count("apps/create-installation-access-token")).toBe(1);
    const pulls = await openPulls(f);
    expect(pulls.map((p) => p.user?.login)).toEqual(["loopcast[bot]", "loopcast[bot]"]);
    expect(await bareGit(f, ["log", "-1", "--format=%an <%ae>", "main"])).toBe(
      "loopcast[bot] <loopcast[bot]@users.noreply.github.com>",
    );
    const keyLines = pem.split("\n").filter((l) => l && !l.startsWith("-----"));
    assertNoSecret({ stdout: run.stdout, summary: run.summary, history: await allHistory(f) }, [
      token,
      ...keyLines,
    ]);
    f.assertNoViolations();
  });
});
