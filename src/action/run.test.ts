// The Action's own rules (reviews, the dashboard's boxes and pause label, the dashboard's content) run
// in-process against the local forge and a dashboard held in memory: no HTTP. The wire protocol with
// GitHub is proven apart, by the fake GitHub tests in test/action/.
import { describe, expect, it } from "vitest";
import { tempRepo } from "../../test/helpers/repo.ts";
import { createForge } from "../forge/create.ts";
import { PAUSE_LABEL, parseTicks } from "../forge/github/dashboard.ts";
import type { DashboardPort, Forge } from "../forge/types.ts";
import { readLedger } from "../state/ledger.ts";
import type { ActionOptions } from "./result.ts";
import { runAction } from "./run.ts";

const MONDAY = new Date("2026-11-30T12:00:00Z");
const BLOG = "loopcast/weekly-blog@20261201T0800Z";

/** A dashboard issue kept in memory: what the run found, set and wrote. */
class MemoryDashboard implements DashboardPort {
  body: string | undefined;
  labels: string[] = [];
  writes = 0;
  async find() {
    return this.body === undefined ? undefined : { body: this.body, labels: [...this.labels] };
  }
  async setPaused(paused: boolean) {
    this.labels = paused ? [...this.labels, PAUSE_LABEL] : this.labels.filter((l) => l !== PAUSE_LABEL);
  }
  async update(body: string) {
    this.writes++;
    this.body = body;
    return { url: "memory://dashboard" };
  }
}

async function setup() {
  const repo = await tempRepo();
  const dashboard = new MemoryDashboard();
  const open = async (now = MONDAY): Promise<Forge> =>
    Object.assign(await createForge({ kind: "local", repoDir: repo.dir, now }), { dashboard });
  const run = async (eventName: string, event: unknown, at = MONDAY) =>
    runAction({
      command: "run",
      workspace: repo.dir,
      configPath: "marketing",
      dryRun: false,
      at,
      eventName,
      event,
      owner: "acme",
      repo: "site",
      apiUrl: "http://127.0.0.1:9/never-called",
      auth: { kind: "token", token: "unused" },
      stateBranch: "loopcast-state",
      onProtectedBase: "pull-request",
      env: {},
      forge: await open(at),
    } satisfies ActionOptions);
  return { repo, dashboard, open, run };
}

const review = (state: string) => ({
  action: "submitted",
  pull_request: { number: 1, head: { ref: BLOG, repo: { full_name: "acme/site" } } },
  review: { state, user: { login: "alice" } },
});
const dashboardEdit = (body: string) => ({
  action: "edited",
  issue: { number: 9, body },
  sender: { login: "alice", type: "User" },
});

describe("runAction on an injected forge", () => {
  it("a schedule proposes what is due and writes the dashboard with a box for each proposal", async () => {
    const { dashboard, run } = await setup();
    const r = await run("schedule", { schedule: "17 * * * *" });
    expect(r.exitCode).toBe(0);
    expect(r.requests).toBe(0);
    const proposed = r.report?.proposed.map((p) => p.branch) ?? [];
    expect(proposed).toContain(BLOG);
    expect(r.outputs["proposals-opened"]).toBe(proposed.length);
    expect(r.dashboardUrl).toBe("memory://dashboard");
    expect(parseTicks(dashboard.body).approve).toEqual([]);
    for (const branch of proposed) expect(dashboard.body).toContain(`approve-branch=${branch}`);
    expect(dashboard.body).toContain("Exception queue");
  });

  it("a review asking for changes is recorded in the ledger and holds the proposal", async () => {
    const { repo, open, run } = await setup();
    await run("schedule", {});
    const r = await run("pull_request_review", review("changes_requested"));
    expect(r.applied.join("\n")).toContain("changes requested, so it is on hold");
    expect((await (await open()).getProposal(BLOG))?.labels).toContain("hold");
    const events = (await readLedger(`${repo.dir}/marketing`)).get(BLOG.replace("loopcast/", "")) ?? [];
    expect(events.filter((e) => e.type === "reviewed")).toEqual([
      expect.objectContaining({ by: "alice", state: "changes_requested" }),
    ]);
    // An approval is recorded too, and holds nothing.
    const approved = await run("pull_request_review", review("approved"));
    expect(approved.applied).toEqual(["review of #1 by @alice: approved"]);
  });

  it("ticking Approve merges for the person who ticked, Hold labels, Pause stops the run", async () => {
    const { dashboard, open, run } = await setup();
    const first = await run("schedule", {});
    const [approve, hold] = first.report?.proposed.map((p) => p.branch) ?? [];
    // The example's workflows are at L3, whose entries have no Hold box (nothing merges on its own);
    // the box an L4 entry carries is added to the body as a person would tick it.
    const ticked = `${(dashboard.body ?? "").replace(
      `- [ ] <!-- approve-branch=${approve} -->`,
      `- [x] <!-- approve-branch=${approve} -->`,
    )}\n  - [x] <!-- hold-branch=${hold} -->Hold: keep it from merging on its own\n`;
    const r = await run("issues", dashboardEdit(ticked));
    expect(r.applied).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^approved ${approve} for @alice: merged as`)),
        `held ${hold} for @alice: it waits for a person to merge it`,
      ]),
    );
    const forge = await open();
    expect((await forge.getProposal(approve as string))?.state).toBe("merged");
    expect((await forge.getProposal(hold as string))?.labels).toContain("hold");

    const paused = (dashboard.body ?? "").replace(
      "- [ ] <!-- loopcast-pause -->",
      "- [x] <!-- loopcast-pause -->",
    );
    const p = await run("issues", dashboardEdit(paused), new Date("2026-12-07T12:00:00Z"));
    expect(p.applied).toContain(`paused by @alice (${PAUSE_LABEL})`);
    expect(dashboard.labels).toContain(PAUSE_LABEL);
    expect(p.report?.proposed).toEqual([]);
    expect(p.report?.plan.actions.some((a) => a.kind === "skip" && a.reason.includes("kill switch"))).toBe(
      true,
    );
  });

  it("an Approve box is refused for a proposal that changes files beyond its item, which is listed apart", async () => {
    const { repo, dashboard, open, run } = await setup();
    await run("schedule", {});
    const before = dashboard.body ?? "";
    // Someone raises the budget cap on the blog post's branch.
    await repo.git.checkout(BLOG);
    await repo.write(
      "marketing/guardrails.yaml",
      (await repo.read("marketing/guardrails.yaml")).replace("weekly: 40", "weekly: 4000"),
    );
    await repo.commitAll("a bigger budget");
    await repo.git.checkout("main");
    const ticked = before.replace(
      `- [ ] <!-- approve-branch=${BLOG} -->`,
      `- [x] <!-- approve-branch=${BLOG} -->`,
    );
    const r = await run("issues", dashboardEdit(ticked));
    expect(r.applied).toContain(
      `approve ${BLOG}: NOT merged, it also changes \`marketing/guardrails.yaml\`, which is not its item; review it on GitHub and merge it there if those changes are wanted`,
    );
    expect((await (await open()).getProposal(BLOG))?.state).toBe("open");
    expect(await repo.read("marketing/guardrails.yaml")).toContain("weekly: 40\n");
    expect(dashboard.body).toContain("## Changes beyond the item (1)");
    expect(dashboard.body).not.toContain(`approve-branch=${BLOG}`);
  });

  it("an item Loopcast gave up on gets a Retry box; ticking it after the fix publishes it in that run", async () => {
    const { repo, dashboard, open, run } = await setup();
    await run("schedule", {});
    await (await open()).mergeProposal(BLOG);
    // A file where the blog's output folder belongs: every publish fails until it is gone.
    await repo.write("site", "not a folder\n");
    await repo.commitAll("a file in the way");
    const codes: number[] = [];
    for (const at of ["08:05", "08:10", "08:15", "08:20"])
      codes.push((await run("schedule", {}, new Date(`2026-12-01T${at}:00Z`))).exitCode);
    // A failure a person must fix exits 1, as the CLI does; once Loopcast holds the item, the exception waits.
    expect(codes).toEqual([1, 1, 1, 0]);
    const cycle = BLOG.replace("loopcast/", "");
    expect(dashboard.body).toContain("## Failed to publish (1)");
    expect(dashboard.body).toContain(`- [ ] <!-- retry-cycle=${cycle} -->Retry`);
    await repo.git.rm(["site"]);
    await repo.git.commit("the folder is free again");
    const ticked = (dashboard.body ?? "").replace(
      `- [ ] <!-- retry-cycle=${cycle}`,
      `- [x] <!-- retry-cycle=${cycle}`,
    );
    const r = await run("issues", dashboardEdit(ticked), new Date("2026-12-01T08:30:00Z"));
    expect(r.applied).toContain(`retry ${cycle} for @alice: it had failed 3 time(s); this run tries again`);
    expect(r.report?.published.map((p) => p.cycle)).toEqual([cycle]);
    const events = (await readLedger(`${repo.dir}/marketing`)).get(cycle) ?? [];
    expect(events.map((e) => e.type).slice(-3)).toEqual(["retried", "publishing", "published"]);
    expect(dashboard.body).not.toContain("## Failed to publish");
  });

  it("the pause label alone is the kill switch on a scheduled run", async () => {
    const { dashboard, run } = await setup();
    await dashboard.update("<!-- loopcast:dashboard -->");
    await dashboard.setPaused(true);
    const r = await run("schedule", {});
    expect(r.report?.proposed).toEqual([]);
    expect(r.outputs["proposals-opened"]).toBe(0);
  });
});
