// Issue 14 on GitHub, against the fake: (7) a person's commits on a proposal that change files beyond its
// item are found from the pull request's files, warned about at the top of its description and on the
// dashboard, and neither a dashboard box nor Loopcast merges it; (3) an email in doubt gets "it went out"
// / "it did not go out" boxes on the dashboard that record what `loopcast publish-outcome` records, with
// the person who ticked as `recordedBy`.
import { afterEach, describe, expect, it } from "vitest";
import { GitHubForge } from "../../src/forge/github/forge.ts";
import { renderItem, sha256 } from "../../src/state/item.ts";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import type { FakeGitHub } from "../fake-github/index.ts";
import { octokitFor } from "../fake-github/index.ts";
import * as ev from "./events.ts";
import { BOT, BOT_TOKEN, bareGit, checkout, FULL, OWNER, REPO, startFake } from "./harness.ts";
import { FAST, runInProcess } from "./in-process.ts";

const MONDAY = new Date("2026-11-30T12:00:00Z");
const BLOG = "loopcast/weekly-blog@20261201T0800Z";
const SOCIAL = "loopcast/daily-social@20261201T1130Z";
const GUARDRAILS = "marketing/guardrails.yaml";
const EVIL = ".github/workflows/evil.yml";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const alice = (f: FakeGitHub) => octokitFor(f, "alice");

async function pullOf(f: FakeGitHub, branch: string) {
  const all = (await alice(f).rest.pulls.list({ owner: OWNER, repo: REPO, state: "all" })).data;
  const found = all.find((p) => p.head.ref === branch);
  if (!found) throw new Error(`no pull for ${branch}`);
  return (await alice(f).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: found.number })).data;
}

async function dashboardIssue(f: FakeGitHub) {
  const found = (
    await alice(f).rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: "loopcast:dashboard" })
  ).data[0];
  if (!found) throw new Error("no dashboard issue");
  return { number: found.number, body: found.body ?? "" };
}

/** Alice ticks boxes on the dashboard (marker → ticked) and the Action runs on her edit. */
async function tick(f: FakeGitHub, markers: string[], at: Date) {
  const issue = await dashboardIssue(f);
  let body = issue.body;
  for (const m of markers) {
    expect(body).toContain(`- [ ] <!-- ${m} -->`);
    body = body.replace(`- [ ] <!-- ${m} -->`, `- [x] <!-- ${m} -->`);
  }
  await f.as("alice").editIssueBody(FULL, issue.number, body);
  const event = await ev.issueEditedEvent(f, issue.number, "alice", issue.body);
  return { run: await runInProcess(f, { event, at }), event };
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

describe("changes beyond the item on GitHub", () => {
  it("are found, warned on the pull request and the dashboard, refused by a box and by Loopcast, and cleared", async () => {
    const f = await startFake({ now: MONDAY });
    fake = f;
    await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    const firstDashboard = (await dashboardIssue(f)).body;
    const socialBody = (await pullOf(f, SOCIAL)).body ?? "";
    // As committed (bareGit trims the final newline, which a restored file must have again).
    const guardrails = await bareGit(f, ["show", `main:${GUARDRAILS}`]);
    const original = `${guardrails}\n`;
    const blogItem = (await bareGit(f, ["ls-tree", "-r", "--name-only", BLOG]))
      .split("\n")
      .find((p) => p.includes("weekly-blog@20261201T0800Z")) as string;

    // Alice raises the budget cap and adds a CI workflow on the social post; on the blog post she only
    // edits the item itself, which is what reviewers are meant to do.
    await f.as("alice").pushCommit(FULL, SOCIAL, {
      [GUARDRAILS]: original.replace("weekly: 40", "weekly: 4000"),
      [EVIL]: "on: push\njobs: {}\n",
    });
    await f.as("alice").pushCommit(FULL, BLOG, { [blogItem]: "# A better title\n\nEdited by Alice.\n" });

    // Alice then ticks Approve for both on the dashboard as it was before her pushes. The run on her edit
    // finds what the pushes changed, merges the blog post, and refuses the social post.
    const listed = f.count("pulls/list-files");
    const issue = await dashboardIssue(f);
    const stale = firstDashboard
      .replace(`- [ ] <!-- approve-branch=${SOCIAL} -->`, `- [x] <!-- approve-branch=${SOCIAL} -->`)
      .replace(`- [ ] <!-- approve-branch=${BLOG} -->`, `- [x] <!-- approve-branch=${BLOG} -->`);
    await f.as("alice").editIssueBody(FULL, issue.number, stale);
    const { result } = await runInProcess(f, {
      event: await ev.issueEditedEvent(f, issue.number, "alice", issue.body),
      at: MONDAY,
    });
    // Each pull someone pushed to is asked once, however often the run reads its proposals.
    expect(f.count("pulls/list-files") - listed).toBe(2);
    const social = await pullOf(f, SOCIAL);
    expect(result.applied).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^approved ${BLOG} for @alice: merged as`)),
        `approve ${SOCIAL}: NOT merged, it also changes \`${EVIL}\`, \`${GUARDRAILS}\`, which is not its item; review it on GitHub (${social.html_url}) and merge it there if those changes are wanted`,
        `${SOCIAL} changes files beyond its item (\`${EVIL}\`, \`${GUARDRAILS}\`): warned on its pull request; it is merged only by hand`,
      ]),
    );
    expect(social.merged).toBe(false);
    expect((await pullOf(f, BLOG)).body).not.toContain("loopcast:foreign-files");
    expect(await bareGit(f, ["show", `main:${GUARDRAILS}`])).toBe(guardrails);
    expect(social.body?.startsWith("<!-- loopcast:foreign-files -->\n> [!CAUTION]")).toBe(true);
    expect(social.body).toContain(`> - \`${EVIL}\`\n> - \`${GUARDRAILS}\``);
    expect(social.body?.endsWith(socialBody)).toBe(true);

    const dashboard = (await dashboardIssue(f)).body;
    expect(dashboard).toContain("## Changes beyond the item (1)");
    expect(dashboard).toContain(`also changes \`${EVIL}\`, \`${GUARDRAILS}\``);
    expect(dashboard).not.toContain(`approve-branch=${SOCIAL}`);

    // Loopcast's own merge (L4 after its window, L5 at once) refuses it and says why.
    const forge = await openForge(f);
    const proposal = await forge.getProposal(SOCIAL);
    expect(proposal).toMatchObject({ foreignFiles: [EVIL, GUARDRAILS], humanCommits: 1 });
    await expect(forge.mergeProposal(SOCIAL, { asBot: true })).rejects.toThrow(
      `someone pushed to it, and it now also changes \`${EVIL}\`, \`${GUARDRAILS}\`, which is not its item, so a person must merge it`,
    );

    // Alice takes her changes back: the warning goes from the description and the dashboard.
    await f.as("alice").pushCommit(FULL, SOCIAL, { [GUARDRAILS]: original, [EVIL]: null });
    const cleared = await runInProcess(f, { event: ev.scheduleEvent(), at: MONDAY });
    expect(cleared.result.applied).toContain(
      `${SOCIAL} no longer changes files beyond its item: the warning on its pull request is gone`,
    );
    expect((await pullOf(f, SOCIAL)).body).toBe(socialBody);
    const after = (await dashboardIssue(f)).body;
    expect(after).not.toContain("Changes beyond the item");
    expect(after).toContain(`approve-branch=${SOCIAL}`);
    f.assertNoViolations();
  }, 120_000); // four Action runs and a checkout, on a shared machine
});

const SENT = "weekly-newsletter@20261203T0700Z";
const NOT_SENT = "weekly-newsletter@20261210T0700Z";
const AT = new Date("2026-12-03T09:00:00Z");

/** Two newsletters whose send started and never confirmed, committed to main as a crashed run left them. */
async function emailsInDoubt(f: FakeGitHub): Promise<void> {
  const files: Record<string, string> = {};
  for (const cycle of [SENT, NOT_SENT]) {
    const slot = `${cycle.slice(18, 22)}-${cycle.slice(22, 24)}-${cycle.slice(24, 26)}T07:00:00.000Z`;
    const text = renderItem({
      meta: {
        cycle,
        workflow: "weekly-newsletter",
        channel: "newsletter",
        slot,
        title: "This week",
        summary: "A note.",
        arms: {},
        generator: "template",
      },
      body: "# This week\n\nOne idea.\n\nYou get this email because you subscribed at loopcast.dev. Unsubscribe with one click at any time.\n",
    });
    const content = `marketing/content/weekly-newsletter/${cycle}.md`;
    files[content] = text;
    const events: LedgerEvent[] = [
      {
        type: "proposed",
        at: "2026-12-01T08:00:00.000Z",
        cycle,
        workflow: "weekly-newsletter",
        channel: "newsletter",
        slot,
        level: "L3",
        branch: `loopcast/${cycle}`,
        proposal: { id: "1" },
        contentPath: content,
        contentHash: sha256(text),
        arms: {},
        generator: "template",
      },
      {
        type: "merged",
        at: "2026-12-01T10:00:00.000Z",
        cycle,
        mergedSha: "0",
        editRatio: 0,
        humanCommits: 0,
      },
      {
        type: "publishing",
        at: "2026-12-03T07:05:00.000Z",
        cycle,
        channel: "newsletter",
        idempotencyKey: `${cycle}.k`,
      },
    ];
    files[`marketing/ledger/2026/12/${cycle}.jsonl`] = events.map((e) => `${JSON.stringify(e)}\n`).join("");
  }
  await f.as("alice").pushCommit(FULL, "main", files, { message: "what a crashed run left" });
}

async function ledgerOf(f: FakeGitHub, cycle: string): Promise<LedgerEvent[]> {
  return (await bareGit(f, ["show", `main:marketing/ledger/2026/12/${cycle}.jsonl`]))
    .split("\n")
    .map((l) => JSON.parse(l) as LedgerEvent);
}

describe("an email in doubt on the dashboard", () => {
  it("is settled by ticking 'it went out' or 'it did not go out', recorded for the person who ticked", async () => {
    const f = await startFake({ now: AT });
    fake = f;
    await emailsInDoubt(f);
    const first = await runInProcess(f, { event: ev.scheduleEvent(), at: AT });
    expect(first.result.report?.held.map((h) => h.cycle)).toEqual(expect.arrayContaining([SENT, NOT_SENT]));
    const body = (await dashboardIssue(f)).body;
    expect(body).toContain("## Did it go out? (2)");
    expect(body).toContain(`- [ ] <!-- sent-cycle=${SENT} -->It went out`);
    expect(body).toContain(`- [ ] <!-- not-sent-cycle=${NOT_SENT} -->It did not go out`);

    const { run, event } = await tick(f, [`sent-cycle=${SENT}`, `not-sent-cycle=${NOT_SENT}`], AT);
    expect(run.result.applied).toEqual(
      expect.arrayContaining([
        `recorded for @alice: ${SENT} went out; it is not sent again`,
        `recorded for @alice: ${NOT_SENT} did not go out; it is sent again (within its attempts)`,
      ]),
    );
    expect((await ledgerOf(f, SENT)).at(-1)).toMatchObject({
      type: "published",
      recordedBy: "alice",
      receipt: { id: "recorded by alice" },
    });
    expect((await ledgerOf(f, NOT_SENT)).at(-1)).toMatchObject({
      type: "publish-failed",
      outcome: "not-sent",
      recordedBy: "alice",
    });
    const exception = await bareGit(f, [
      "show",
      `main:marketing/exceptions/publish-failure--${SENT}.unknown.yaml`,
    ]);
    expect(exception).toMatch(/status: resolved/);
    expect(exception).toMatch(/resolvedBy: alice/);
    expect(exception).toContain("sent, recorded with the dashboard");
    // Settled: the dashboard no longer asks, and NOT_SENT waits for its slot (10 December) to be sent.
    expect((await dashboardIssue(f)).body).not.toContain("Did it go out?");
    expect(run.result.report?.plan.actions).toContainEqual(
      expect.objectContaining({ kind: "wait", cycle: NOT_SENT }),
    );

    // The same edit delivered again (or a box left ticked) records nothing twice.
    const again = await runInProcess(f, { event, at: AT });
    expect(again.result.applied).toContain(
      `${SENT} went out: nothing recorded, ${SENT} is not in doubt (published): only an item whose publish to a channel that cannot take it back started or failed without a known outcome is settled this way`,
    );
    expect((await ledgerOf(f, SENT)).filter((e) => e.type === "published")).toHaveLength(1);
    f.assertNoViolations();
  }, 120_000);

  it("both boxes of one item ticked records neither", async () => {
    const f = await startFake({ now: AT });
    fake = f;
    await emailsInDoubt(f);
    await runInProcess(f, { event: ev.scheduleEvent(), at: AT });
    const { run } = await tick(f, [`sent-cycle=${SENT}`, `not-sent-cycle=${SENT}`], AT);
    expect(run.result.applied).toContain(
      `${SENT}: both "it went out" and "it did not go out" are ticked, so nothing is recorded; tick one`,
    );
    expect((await ledgerOf(f, SENT)).map((e) => e.type)).toEqual(["proposed", "merged", "publishing"]);
    expect((await dashboardIssue(f)).body).toContain(`- [ ] <!-- sent-cycle=${SENT} -->`);
    f.assertNoViolations();
  });
});
