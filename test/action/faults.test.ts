// What GitHub and people do to a run: rate limits, server errors, a base branch that moves under the run,
// pull requests closed, edited or deleted by hand, an interrupted run, two runs at once, a protected base.
// In each case nothing is lost and nothing is done twice. runAction runs in-process here (with GitHub's
// pacing turned down) so the many runs stay quick; action-events.test.ts covers the real process.
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ForgeError } from "../../src/errors.ts";
import type { FakeGitHub } from "../fake-github/index.ts";
import { octokitFor } from "../fake-github/index.ts";
import { ROOT } from "../helpers/repo.ts";
import * as ev from "./events.ts";
import { BOT_TOKEN, bareGit, type Clock, checkout, FULL, OWNER, REPO, startFake } from "./harness.ts";
import { FAST, runInProcess } from "./in-process.ts";

const MONDAY = new Date("2026-11-30T12:00:00Z");
const LATER = new Date("2026-12-01T08:05:00Z");
const BLOG = "weekly-blog@20261201T0800Z";
const SOCIAL = "daily-social@20261201T1130Z";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(clock: Clock, options: Parameters<typeof startFake>[1] = {}): Promise<FakeGitHub> {
  fake = await startFake(clock, options);
  return fake;
}

async function pulls(f: FakeGitHub, state: "open" | "closed" | "all" = "open") {
  return (await octokitFor(f, "alice").rest.pulls.list({ owner: OWNER, repo: REPO, state, per_page: 100 }))
    .data;
}

async function ledger(f: FakeGitHub, cycle: string, ref = "main"): Promise<Array<Record<string, unknown>>> {
  const text = await bareGit(f, ["show", `${ref}:marketing/ledger/2026/12/${cycle}.jsonl`]);
  return text.split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
}

const numberOf = async (f: FakeGitHub, cycle: string) =>
  (await pulls(f, "all")).find((p) => p.head.ref === `loopcast/${cycle}`)?.number ?? 0;

describe("faults", () => {
  it("secondary rate limits (403 and 429 with retry-after) and 5xx are retried; each proposal is opened once", async () => {
    const f = await setup({ now: MONDAY });
    f.failNext({ operationId: "pulls/list", status: 500, times: 2 });
    f.failNext({ operationId: "pulls/create", status: 403, headers: { "retry-after": "30" } });
    f.failNext({ operationId: "issues/add-labels", status: 429 });
    f.failNext({ operationId: "repos/create-commit-status", status: 502 });
    const { result, logs } = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(result.report?.errors).toEqual([]);
    expect(result.outputs["proposals-opened"]).toBe(2);
    const open = await pulls(f);
    expect(open.map((p) => p.head.ref).sort()).toEqual([`loopcast/${SOCIAL}`, `loopcast/${BLOG}`].sort());
    expect(open.every((p) => p.labels.some((l) => l.name === "loopcast"))).toBe(true);
    expect(f.count("pulls/create")).toBe(3); // one refused, then one per proposal
    expect(logs.some((l) => l.includes("secondary rate limit"))).toBe(true);
    f.assertNoViolations();
  });

  it("a primary rate limit that resets later than it is worth waiting fails clearly; the next run resumes", async () => {
    const f = await setup({ now: MONDAY });
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    f.failNext({
      operationId: "pulls/list",
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      body: {
        message: "API rate limit exceeded for user ID 1.",
        documentation_url: "https://docs.github.com/rest",
      },
    });
    const failed = runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    await expect(failed).rejects.toThrow(ForgeError);
    await expect(failed).rejects.toThrow(
      /GitHub answered 403 while listing open pull requests of acme\/site: API rate limit exceeded/,
    );
    expect(await pulls(f)).toEqual([]);
    const { result } = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(result.outputs["proposals-opened"]).toBe(2);
    f.assertNoViolations();
  });

  it("a base branch that moves during the run: the state push is rebased and retried, nothing is lost", async () => {
    const f = await setup({ now: MONDAY });
    let moved = false;
    // Someone pushes to main while the run is opening pull requests, after the run fetched main.
    const racingFetch: typeof fetch = async (input, init) => {
      if (!moved && init?.method === "POST" && String(input).endsWith("/pulls")) {
        moved = true;
        await f
          .as("alice")
          .pushCommit(
            FULL,
            "main",
            { "README.md": "edited by Alice\n" },
            { message: "Alice edits the readme" },
          );
      }
      return fetch(input, init);
    };
    const { result, logs } = await runInProcess(f, {
      event: ev.scheduleEvent(),
      at: MONDAY,
      options: { fetch: racingFetch },
    });
    expect(result.report?.errors).toEqual([]);
    expect(logs.some((l) => l.includes("main moved while this run worked"))).toBe(true);
    // Alice's commit kept, the run's state on top of it, in a straight line.
    const subjects = (await bareGit(f, ["log", "--format=%s", "main"])).split("\n");
    expect(subjects.indexOf("loopcast: propose 2 item(s)")).toBeLessThan(
      subjects.indexOf("Alice edits the readme"),
    );
    expect(subjects.indexOf("loopcast: propose 2 item(s)")).toBeGreaterThanOrEqual(0);
    expect(await bareGit(f, ["rev-list", "--merges", "main"])).toBe("");
    expect((await ledger(f, BLOG)).map((e) => e.type)).toEqual(["proposed"]);
    f.assertNoViolations();
  });

  it("pull requests closed, edited or deleted by people between runs are recorded as such", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const blog = await numberOf(f, BLOG);
    const social = await numberOf(f, SOCIAL);
    const path = `marketing/content/weekly-blog/${BLOG}.md`;
    const original = await bareGit(f, ["show", `loopcast/${BLOG}:${path}`]);
    await f.as("alice").pushCommit(FULL, `loopcast/${BLOG}`, {
      [path]: original.replace("Autonomy is earned", "Autonomy, earned"),
    });
    await f.as("alice").mergePull(FULL, blog);
    await f.as("alice").deleteBranch(FULL, `loopcast/${SOCIAL}`);
    clock.now = LATER;

    const { result } = await runInProcess(f, { event: ev.scheduleEvent(), at: LATER });
    expect(result.report?.recorded).toEqual(
      expect.arrayContaining([
        { cycle: BLOG, outcome: "merged with edits" },
        { cycle: SOCIAL, outcome: "rejected" },
      ]),
    );
    const merged = (await ledger(f, BLOG))[1];
    expect(merged).toMatchObject({ type: "merged", mergedBy: "alice", humanCommits: 1 });
    expect(merged?.editRatio).toBeGreaterThan(0);
    expect((await ledger(f, SOCIAL))[1]).toMatchObject({
      type: "rejected",
      reason: "closed without merging",
    });
    expect(social).toBeGreaterThan(0);
    // Their outcomes recorded, the merged branch is deleted on GitHub; open proposals keep theirs.
    const branches = await bareGit(f, ["for-each-ref", "--format=%(refname:short)", "refs/heads/loopcast/"]);
    expect(branches).not.toContain(`loopcast/${BLOG}`);
    expect(branches.split("\n").filter(Boolean).length).toBeGreaterThan(0);
    f.assertNoViolations();
  });

  it("a pull request closed by a person is recorded with who closed it and why (their closing comment), once", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const social = await numberOf(f, SOCIAL);
    await f.as("loopcast[bot]").comment(FULL, social, "A note from the bot.");
    await f.as("alice").comment(FULL, social, "Not our tone:\n too pushy.");
    await f.as("alice").closePull(FULL, social);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(
      (await ledger(f, SOCIAL)).map((e) => [e.type, e.by, "reason" in e ? e.reason : undefined]),
    ).toEqual([
      ["proposed", undefined, undefined],
      ["rejected", "alice", "closed without merging: Not our tone: too pushy."],
    ]);
    f.assertNoViolations();
  });

  it("an interrupted run (branch pushed, no pull request) is finished by the next run, without a duplicate", async () => {
    const f = await setup({ now: MONDAY });
    f.failNext({
      operationId: "pulls/create",
      status: 422,
      body: { message: "Validation Failed" },
      times: 2,
    });
    const first = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(first.result.report?.errors.map((e) => e.cycle).sort()).toEqual([SOCIAL, BLOG].sort());
    expect(await pulls(f)).toEqual([]);
    expect(await bareGit(f, ["branch", "--list", "loopcast/*"])).toContain(`loopcast/${BLOG}`);

    const second = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(second.result.report?.errors).toEqual([]);
    const open = await pulls(f, "all");
    expect(open.map((p) => p.head.ref).sort()).toEqual([`loopcast/${SOCIAL}`, `loopcast/${BLOG}`].sort());
    expect((await ledger(f, BLOG)).map((e) => e.type)).toEqual(["proposed"]);
    f.assertNoViolations();
  });

  it("two runs started at once open each pull request once and record each proposal once", async () => {
    const f = await setup({ now: MONDAY });
    const [a, b] = await Promise.allSettled([
      runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY }),
      runInProcess(f, { event: ev.scheduleEvent(), at: new Date(MONDAY.getTime() + 1000) }),
    ]);
    // At most one may stop, saying why; neither leaves anything half done.
    const failures = [a, b]
      .filter((r) => r.status === "rejected")
      .map((r) => String((r as PromiseRejectedResult).reason));
    for (const why of failures)
      expect(why).toMatch(/another Loopcast run wrote the same state files at the same time/);
    expect(failures.length).toBeLessThanOrEqual(1);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const all = await pulls(f, "all");
    expect(all.map((p) => p.head.ref).sort()).toEqual([`loopcast/${SOCIAL}`, `loopcast/${BLOG}`].sort());
    for (const cycle of [BLOG, SOCIAL])
      expect((await ledger(f, cycle)).filter((e) => e.type === "proposed")).toHaveLength(1);
    const dashboards = (
      await octokitFor(f, "alice").rest.issues.listForRepo({
        owner: OWNER,
        repo: REPO,
        labels: "loopcast:dashboard",
        state: "open",
      })
    ).data;
    expect(dashboards).toHaveLength(1);
    f.assertNoViolations();
  });

  it("a protected base: state goes to a state branch with a living pull request, and the next run reads it", async () => {
    const f = await setup({ now: MONDAY });
    // GitHub's answer to a push the branch protection refuses, as a pre-receive hook of the bare repository.
    const hook = join(f.gitDir(OWNER, REPO), "hooks", "pre-receive");
    await writeFile(
      hook,
      '#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = refs/heads/main ]; then\n    echo "error: GH006: Protected branch update failed for refs/heads/main." >&2\n    exit 1\n  fi\ndone\n',
    );
    await chmod(hook, 0o755);
    const mainBefore = await bareGit(f, ["rev-parse", "main"]);
    const first = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(first.result.report?.errors).toEqual([]);
    expect(first.result.notices.join("\n")).toContain(
      "main is protected, so state and reports went to the branch loopcast-state",
    );
    expect(await bareGit(f, ["rev-parse", "main"])).toBe(mainBefore);
    expect((await ledger(f, BLOG, "loopcast-state")).map((e) => e.type)).toEqual(["proposed"]);
    const statePull = (await pulls(f)).find((p) => p.head.ref === "loopcast-state");
    expect(statePull?.title).toBe("[loopcast] State and reports");

    const requestsBefore = f.count();
    const second = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(second.result.report?.proposed).toEqual([]);
    expect(second.result.notices.join("\n")).toContain("state is kept on loopcast-state");
    expect((await pulls(f)).filter((p) => p.head.ref === "loopcast-state")).toHaveLength(1);
    expect(f.count() - requestsBefore).toBeLessThan(10);
    f.assertNoViolations();
  });

  it("errors never carry the token: a token GitHub refuses fails the run with a clear, redacted message", async () => {
    const f = await setup({ now: MONDAY });
    const secret = "ghp_THIS_is_a_FAKE_unknown_TOKEN_000000";
    const workspace = await checkout(f);
    const run = runInProcess(f, {
      event: ev.scheduleEvent(),
      at: MONDAY,
      workspace,
      options: { auth: { kind: "token", token: secret } },
    });
    const err = (await run.catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(ForgeError);
    expect(err.message).toMatch(/git fetch from origin failed/);
    expect(err.message).not.toContain(secret);
    expect(err.message).not.toContain(Buffer.from(`x-access-token:${secret}`).toString("base64"));
    expect(BOT_TOKEN).not.toBe(secret);
    f.assertNoViolations();
  });

  it("no request leaves the configured GitHub: the client refuses any other origin", async () => {
    const { createClient } = await import("../../src/forge/github/client.ts");
    const f = await setup({ now: MONDAY });
    const client = createClient({ token: BOT_TOKEN, apiUrl: f.apiUrl, pacing: FAST });
    await expect(client.octokit.request("GET https://api.github.com/rate_limit")).rejects.toThrow(
      `refused a request to https://api.github.com: Loopcast only talks to ${f.apiUrl}`,
    );
    expect(client.requests).toBe(0);
  });

  it("a dashboard tick whose own run never came (replaced in the queue) is applied by the next run", async () => {
    const f = await setup({ now: MONDAY });
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const issues = (
      await octokitFor(f, "alice").rest.issues.listForRepo({
        owner: OWNER,
        repo: REPO,
        labels: "loopcast:dashboard",
      })
    ).data;
    const body = (issues[0]?.body ?? "").replace(
      `- [ ] <!-- approve-branch=loopcast/${BLOG} -->`,
      `- [x] <!-- approve-branch=loopcast/${BLOG} -->`,
    );
    await f.as("alice").editIssueBody(FULL, issues[0]?.number ?? 0, body);
    const { result } = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(result.applied.some((l) => l.startsWith(`approved loopcast/${BLOG} for @dashboard`))).toBe(true);
    expect(result.report?.recorded).toContainEqual({ cycle: BLOG, outcome: "merged" });
    const after = (
      await octokitFor(f, "alice").rest.issues.get({
        owner: OWNER,
        repo: REPO,
        issue_number: issues[0]?.number ?? 0,
      })
    ).data;
    expect(after.body).not.toContain(BLOG);
    f.assertNoViolations();
  });

  it("a person rewriting a proposal's description (marker gone) changes nothing: no duplicate, no edit counted", async () => {
    const clock = { now: MONDAY };
    const f = await setup(clock);
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const blog = await numberOf(f, BLOG);
    await octokitFor(f, "alice").rest.pulls.update({
      owner: OWNER,
      repo: REPO,
      pull_number: blog,
      body: "Rewritten by Alice.",
    });
    await f.as("alice").mergePull(FULL, blog);
    clock.now = LATER;
    const { result } = await runInProcess(f, { event: ev.scheduleEvent(), at: LATER });
    expect(result.report?.recorded).toContainEqual({ cycle: BLOG, outcome: "merged" });
    expect((await ledger(f, BLOG))[1]).toMatchObject({ type: "merged", humanCommits: 0, editRatio: 0 });
    expect((await pulls(f, "all")).filter((p) => p.head.ref === `loopcast/${BLOG}`)).toHaveLength(1);
    f.assertNoViolations();
  });

  it("the plan and validate commands change nothing", async () => {
    const f = await setup({ now: MONDAY });
    const head = await bareGit(f, ["rev-parse", "main"]);
    const plan = await runInProcess(f, {
      event: ev.scheduleEvent(),
      at: MONDAY,
      options: { command: "plan" },
    });
    expect(plan.result.dryRun).toBe(true);
    expect(plan.result.report?.plan.actions.filter((a) => a.kind === "propose")).toHaveLength(2);
    const valid = await runInProcess(f, {
      event: ev.scheduleEvent(),
      at: MONDAY,
      options: { command: "validate" },
    });
    expect(valid.result.applied).toEqual([expect.stringMatching(/^configuration is valid: 3 workflow\(s\)/)]);
    expect(await bareGit(f, ["rev-parse", "main"])).toBe(head);
    expect(f.requests.filter((r) => r.method !== "GET" && r.operationId !== "git-http/upload-pack")).toEqual(
      [],
    );
  });

  it("the test preload blocks any connection beyond this machine", async () => {
    const { execFile } = await import("node:child_process");
    const r = await new Promise<{ stderr: string; code: number }>((resolve) => {
      execFile(
        process.execPath,
        [
          "--import",
          join(ROOT, "test/action/no-network.ts"),
          "-e",
          "await fetch('http://example.com/').catch(() => process.exit(3))",
        ],
        (err, _stdout, stderr) => resolve({ stderr, code: typeof err?.code === "number" ? err.code : 0 }),
      );
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("no-network: blocked a connection to example.com");
  });
});
