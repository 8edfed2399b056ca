// One run, end to end through the ports but in memory: gather the state, plan, apply, report. And the
// L1 draft on request, which uses the same walls. The forge is in memory, the configuration a temporary
// copy of the example; no git, so this stays well under a second.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Config } from "../config/types.ts";
import type { Proposal } from "../forge/types.ts";
import { appendAutonomy } from "../state/autonomy.ts";
import { appendEvents, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { draft } from "./draft.ts";
import { gather, readRepoFile, reconcile } from "./reconcile.ts";

const AT = "2026-11-28T06:00:00.000Z";
function proposed(cycle: string): LedgerEvent {
  return {
    type: "proposed",
    at: AT,
    cycle,
    workflow: cycle.split("@")[0] as string,
    channel: "mastodon",
    slot: "2026-12-01T11:30:00.000Z",
    level: "L4",
    branch: `loopcast/${cycle}`,
    proposal: { id: cycle },
    contentPath: "x",
    contentHash: "0".repeat(64),
    arms: {},
    generator: "template",
  };
}
const openProposal = (branch: string): Proposal => ({
  id: branch,
  branch,
  title: "t",
  state: "open",
  labels: [],
  botSha: "b",
  headSha: "b",
  humanCommits: 0,
});
const atLevel = (id: string, level: Config["workflows"][number]["level"]) => (c: Config) => ({
  ...c,
  workflows: c.workflows.map((w) => (w.id === id ? { ...w, level } : w)),
});

describe("gather", () => {
  it("reads the ledger, asks the forge about pending proposals only, and lists the L2 queues in name order", async () => {
    const ctx = await memoryContext({ config: atLevel("weekly-blog", "L2") });
    const pending = "daily-social@20261201T1130Z";
    const done = "daily-social@20261130T1130Z";
    await appendEvents(ctx.config.dir, [
      proposed(pending),
      proposed(done),
      { type: "merged", at: AT, cycle: done, mergedSha: "m", editRatio: 0, humanCommits: 0 },
    ]);
    const open = openProposal(`loopcast/${pending}`);
    ctx.forge.proposals.set(open.branch, open);
    const queue = join(ctx.config.dir, "queue/weekly-blog");
    await mkdir(queue, { recursive: true });
    for (const f of ["b.md", "a.md", "notes.txt"]) await writeFile(join(queue, f), "# x\n");
    await appendAutonomy(ctx.config.dir, [
      { type: "demotion-lifted", at: AT, workflow: "daily-social", by: "exception resolved" },
    ]);

    const state = await gather(ctx);
    expect([...state.ledger.keys()].sort()).toEqual([done, pending]);
    expect([...state.pending]).toEqual([[pending, open]]);
    expect(state.open).toEqual([open]);
    expect([...state.queue]).toEqual([["weekly-blog", ["a.md", "b.md"]]]);
    expect(state.autonomy.get("daily-social")).toHaveLength(1);
    expect(state.now).toBe(ctx.now);
    expect(state.config).toBe(ctx.config);
  });

  it("has an empty queue for an L2 workflow without a queue folder, and a gone proposal as undefined", async () => {
    const ctx = await memoryContext({ config: atLevel("weekly-blog", "L2") });
    await appendEvents(ctx.config.dir, [proposed("daily-social@20261201T1130Z")]);
    const state = await gather(ctx);
    expect([...state.queue]).toEqual([["weekly-blog", []]]);
    expect([...state.pending]).toEqual([["daily-social@20261201T1130Z", undefined]]);
  });
});

describe("reconcile", () => {
  // Monday 30 November 2026, 13:00 in Berlin: daily-social's Tuesday slot is within its 24 h lead time.
  const now = new Date("2026-11-30T12:00:00Z");

  it("with dryRun only plans: no lock, no commit, nothing written", async () => {
    const ctx = await memoryContext({ now });
    const report = await reconcile({ ...ctx, dryRun: true });
    expect(report.plan.actions.some((a) => a.kind === "propose")).toBe(true);
    expect(ctx.forge.lockLog).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
    expect(ctx.forge.opened).toEqual([]);
    expect(report.measured).toBeUndefined();
  });

  it("plans and applies under the lock: proposes what is due, then commits the reports", async () => {
    const ctx = await memoryContext({ now });
    const report = await reconcile(ctx);
    expect(ctx.forge.lockLog).toEqual(["lock", "release"]);
    const cycle = "daily-social@20261201T1130Z";
    expect(report.proposed.map((p) => p.cycle)).toContain(cycle);
    expect((await readLedger(ctx.config.dir)).get(cycle)?.[0]?.type).toBe("proposed");
    expect(report.measured).toEqual({ judged: [], settled: [], kept: [] });
    const last = ctx.forge.commits.at(-1);
    expect(last?.message).toMatch(/^loopcast: reports \(\d+ file\(s\)\)$/);
    expect(last?.paths).toContain("marketing/reports/dashboard.md");
    expect(report.reports).toEqual(last?.paths);
    expect(report.commits.at(-1)).toBe("c0ffee");
  });

  it("releases the lock when a step fails", async () => {
    const ctx = await memoryContext({ now });
    ctx.forge.listOpenProposals = async () => {
      throw new Error("forge down");
    };
    await expect(reconcile(ctx)).rejects.toThrow("forge down");
    expect(ctx.forge.lockLog).toEqual(["lock", "release"]);
  });

  it("reads a file of the repository, or nothing when it is absent", async () => {
    const ctx = await memoryContext();
    expect(await readRepoFile(ctx.repoDir, "marketing/workflows/daily-social.yaml")).toContain(
      "id: daily-social",
    );
    expect(await readRepoFile(ctx.repoDir, "marketing/nothing.md")).toBeUndefined();
  });
});

describe("draft (L1: an item on request)", () => {
  const now = new Date("2026-11-30T12:00:00Z");

  it("refuses an unknown workflow, an L0 workflow and a paused repository", async () => {
    const ctx = await memoryContext({ now });
    await expect(draft({ ...ctx, workflow: "nope" })).rejects.toThrow(
      'unknown workflow "nope"; known: daily-social, weekly-blog, weekly-newsletter',
    );
    const l0 = await memoryContext({ now, config: atLevel("daily-social", "L0") });
    await expect(draft({ ...l0, workflow: "daily-social" })).rejects.toThrow(
      "daily-social is at L0: a person does everything, Loopcast drafts nothing",
    );
    const paused = await memoryContext({
      now,
      config: (c) => ({ ...c, guardrails: { ...c.guardrails, paused: true } }),
    });
    await expect(draft({ ...paused, workflow: "daily-social" })).rejects.toThrow(
      "paused by the kill switch (guardrails.paused): nothing is drafted",
    );
    expect([ctx.forge.lockLog, l0.forge.lockLog, paused.forge.lockLog]).toEqual([[], [], []]);
  });

  it("drafts the next slot that has no item and no open proposal, under the lock", async () => {
    const ctx = await memoryContext({ now, config: atLevel("daily-social", "L1") });
    // Tuesday's slot is in the ledger, Wednesday's has an open proposal: Thursday is next.
    await appendEvents(ctx.config.dir, [proposed("daily-social@20261201T1130Z")]);
    const open = openProposal("loopcast/daily-social@20261202T1130Z");
    ctx.forge.proposals.set(open.branch, open);
    const report = await draft({ ...ctx, workflow: "daily-social" });
    expect(report.plan.actions).toEqual([
      {
        kind: "propose",
        cycle: "daily-social@20261203T1130Z",
        workflow: "daily-social",
        slot: "2026-12-03T11:30:00.000Z",
        level: "L1",
        reservation: 0,
      },
    ]);
    expect(report.plan.levels).toEqual([]);
    expect(report.proposed.map((p) => p.cycle)).toEqual(["daily-social@20261203T1130Z"]);
    expect(ctx.forge.lockLog).toEqual(["lock", "release"]);
  });

  it("stays inside the walls: a blocked channel is refused and recorded", async () => {
    const ctx = await memoryContext({
      now,
      config: (c) => ({ ...c, guardrails: { ...c.guardrails, channels: { block: ["mastodon"] } } }),
    });
    const report = await draft({ ...ctx, workflow: "daily-social" });
    expect(report.refused).toEqual([
      {
        cycle: "daily-social@20261201T1130Z",
        guardrail: "channel-blocked",
        reason: 'channel "mastodon" is blocked in guardrails',
      },
    ]);
    expect(ctx.forge.opened).toEqual([]);
  });

  it("names its files relative to the repository, '.' when the configuration is the repository root", async () => {
    const ctx = await memoryContext({ now });
    const report = await draft({ ...ctx, repoDir: ctx.config.dir, workflow: "daily-social" });
    expect(report.proposed).toHaveLength(1);
    expect(ctx.forge.opened[0]?.[0]?.files[0]?.path).toBe(
      "./content/daily-social/daily-social@20261201T1130Z.md",
    );
  });
});
