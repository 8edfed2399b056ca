// The ladder step of a run, through the ports (in memory): a trigger demotes at once with an exception and
// a config proposal; a resolved exception lifts the demotion; a merged promotion is recorded as granted;
// an earned promotion is proposed with its evidence.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Config } from "../config/types.ts";
import { type AutonomyEvent, appendAutonomy, readAutonomy } from "../state/autonomy.ts";
import { listExceptions, raiseException, resolveException } from "../state/exceptions.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { applyAutonomy } from "./apply-autonomy.ts";
import { newReport } from "./reconcile.ts";

const NOW = new Date("2026-12-01T06:00:00Z");
const AT = NOW.toISOString();
const report = () => newReport({ actions: [], levels: [] } as never);
const atLevel = (level: Config["workflows"][number]["level"]) => (c: Config) => ({
  ...c,
  workflows: c.workflows.map((w) => (w.id === "daily-social" ? { ...w, level } : w)),
});

/** `n` approved daily-social cycles that met their benchmark, from 1 October 2026. */
function goodRecord(n: number): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2026, 9, 1 + i, 11, 30));
    const cycle = `daily-social@${day.toISOString().slice(0, 10).replaceAll("-", "")}T1130Z`;
    const at = day.toISOString();
    events.push(
      {
        type: "proposed",
        at,
        cycle,
        workflow: "daily-social",
        channel: "mastodon",
        slot: at,
        level: "L3",
        branch: `loopcast/${cycle}`,
        proposal: { id: cycle },
        contentPath: "x",
        contentHash: "0".repeat(64),
        arms: {},
        generator: "template",
      },
      { type: "merged", at, cycle, mergedSha: "s", editRatio: 0, humanCommits: 0 },
      {
        type: "judged",
        at,
        cycle,
        benchmark: "social-engagement",
        metric: "engagement_rate",
        status: "met",
        primary: true,
      },
    );
  }
  return events;
}

const BLOCKED = "daily-social@20261130T1130Z";
const blocked: LedgerEvent = {
  type: "blocked",
  at: "2026-11-30T11:30:00.000Z",
  cycle: BLOCKED,
  contentHash: "1".repeat(64),
  errors: 2,
};

describe("applyAutonomy", () => {
  it("does nothing, and commits nothing, when no trigger fires and nothing is earned", async () => {
    const ctx = await memoryContext({ now: NOW });
    const r = report();
    await applyAutonomy(ctx, r);
    expect(r.autonomy).toEqual([]);
    expect(ctx.forge.opened).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("demotes an L4 workflow at once when a trigger fires: exception, config proposal, autonomy log", async () => {
    const ctx = await memoryContext({ now: NOW });
    await appendEvents(ctx.config.dir, [...goodRecord(30), blocked]);
    const r = report();
    await applyAutonomy(ctx, r);

    const exId = `guardrail--daily-social.${BLOCKED}`;
    const branch = "loopcast/config/demote-daily-social-L3-20261201T0600Z";
    const [event] = (await readAutonomy(ctx.config.dir)).get("daily-social") ?? [];
    expect(event).toEqual({
      type: "demoted",
      at: AT,
      workflow: "daily-social",
      from: "L4",
      to: "L3",
      trigger: "guardrail-error",
      reason: `2 guardrail error(s) found at publish time on ${BLOCKED}`,
      cycle: BLOCKED,
      exception: exId,
      configBranch: branch,
    });
    const [ex] = await listExceptions(ctx.config.dir);
    expect(ex).toEqual({
      id: exId,
      type: "guardrail",
      severity: "error",
      status: "open",
      title: "daily-social demoted from L4 to L3: guardrail-error",
      detail: `2 guardrail error(s) found at publish time on ${BLOCKED}. Until a person resolves this exception, every item of daily-social needs a merge (every item is proposed and needs a person's merge).`,
      cycle: BLOCKED,
      workflow: "daily-social",
      raisedAt: AT,
    });

    const [proposal] = ctx.forge.opened[0] ?? [];
    expect(proposal).toMatchObject({
      cycle: "config:daily-social",
      branch,
      title: "[loopcast] Demote daily-social to L3: guardrail-error",
      labels: ["loopcast", "loopcast:config"],
      commitMessage: "loopcast: Demote daily-social to L3: guardrail-error",
    });
    expect(proposal?.body).toBe(
      [
        `Loopcast demoted **daily-social** from L4 to **L3** in the run of ${AT}: 2 guardrail error(s) found at publish time on ${BLOCKED}.`,
        "",
        `The demotion is already in force. Merging this proposal brings \`workflows/daily-social.yaml\` in line; closing it keeps the configured level, and the demotion stays in force until exception \`${exId}\` is resolved.`,
      ].join("\n"),
    );
    const yaml = await readFile(join(ctx.config.dir, "workflows/daily-social.yaml"), "utf8");
    expect(proposal?.files.map((f) => f.path)).toEqual(["marketing/workflows/daily-social.yaml"]);
    // The YAML with the level changed and everything else kept, comments included.
    const content = proposal?.files[0]?.content ?? "";
    expect(parse(content)).toEqual({ ...parse(yaml), level: "L3" });
    expect(content).toContain("# weekdays 12:30");

    expect(r.autonomy).toEqual([
      {
        workflow: "daily-social",
        change: "demoted to L3",
        detail: `2 guardrail error(s) found at publish time on ${BLOCKED}`,
      },
    ]);
    expect(ctx.forge.commits).toEqual([
      {
        message: "loopcast: autonomy (daily-social demoted to L3)",
        paths: [`marketing/exceptions/${exId}.yaml`, "marketing/autonomy/daily-social.jsonl"],
      },
    ]);
    expect(r.commits).toEqual(["c0ffee"]);
  });

  it("looks only at what happened since the workflow's autonomy last changed", async () => {
    const ctx = await memoryContext({ now: NOW });
    await appendEvents(ctx.config.dir, [...goodRecord(30), blocked]);
    await appendAutonomy(ctx.config.dir, [
      { type: "demotion-lifted", at: "2026-11-30T12:00:00.000Z", workflow: "daily-social", by: "owner" },
    ]);
    const r = report();
    await applyAutonomy(ctx, r);
    expect(r.autonomy).toEqual([]);
  });

  it("never demotes a workflow that already runs in approval mode", async () => {
    const ctx = await memoryContext({ now: NOW, config: atLevel("L3") });
    await appendEvents(ctx.config.dir, [...goodRecord(10), blocked]);
    const r = report();
    await applyAutonomy(ctx, r);
    expect(r.autonomy).toEqual([]);
    expect(await listExceptions(ctx.config.dir)).toEqual([]);
  });

  it("lifts a demotion when a person resolves its exception, and not before", async () => {
    const ctx = await memoryContext({ now: NOW });
    const demoted: AutonomyEvent = {
      type: "demoted",
      at: "2026-11-20T00:00:00.000Z",
      workflow: "daily-social",
      from: "L4",
      to: "L3",
      trigger: "retracted",
      reason: "r",
      exception: "anomaly--daily-social.x",
    };
    await appendAutonomy(ctx.config.dir, [demoted]);
    await raiseException(ctx.config.dir, {
      id: "anomaly--daily-social.x",
      type: "anomaly",
      severity: "error",
      status: "open",
      title: "t",
      detail: "d",
      raisedAt: "2026-11-20T00:00:00.000Z",
    });
    const open = report();
    await applyAutonomy(ctx, open);
    expect(open.autonomy).toEqual([]);

    await resolveException(ctx.config.dir, "anomaly--daily-social.x", "owner", NOW);
    const r = report();
    await applyAutonomy(ctx, r);
    expect((await readAutonomy(ctx.config.dir)).get("daily-social")?.at(-1)).toEqual({
      type: "demotion-lifted",
      at: AT,
      workflow: "daily-social",
      by: "exception resolved",
    });
    expect(r.autonomy).toEqual([
      {
        workflow: "daily-social",
        change: "demotion lifted",
        detail: "exception anomaly--daily-social.x was resolved",
      },
    ]);
    expect(ctx.forge.commits.at(-1)).toEqual({
      message: "loopcast: autonomy (daily-social demotion lifted)",
      paths: ["marketing/autonomy/daily-social.jsonl"],
    });
  });

  it("records a promotion as granted once the YAML says so, and waits while it does not", async () => {
    const proposedL4: AutonomyEvent = {
      type: "promotion-proposed",
      at: "2026-11-20T00:00:00.000Z",
      workflow: "daily-social",
      from: "L3",
      to: "L4",
      branch: "loopcast/config/promote-daily-social-L4-x",
    };
    const waiting = await memoryContext({ now: NOW, config: atLevel("L3") });
    await appendAutonomy(waiting.config.dir, [proposedL4]);
    const w = report();
    await applyAutonomy(waiting, w);
    expect(w.autonomy).toEqual([]);

    const ctx = await memoryContext({ now: NOW, config: atLevel("L4") });
    await appendAutonomy(ctx.config.dir, [proposedL4]);
    const ready = {
      id: "promotion-ready--daily-social.L4",
      type: "promotion-ready" as const,
      severity: "info" as const,
      status: "open" as const,
      title: "daily-social is ready for L4",
      detail: "Review and merge it.",
      workflow: "daily-social",
      raisedAt: "2026-11-20T00:00:00.000Z",
    };
    await raiseException(ctx.config.dir, ready);
    const r = report();
    await applyAutonomy(ctx, r);
    // The queue's "ready" item is done once the grant is merged, and the commit carries it.
    expect((await listExceptions(ctx.config.dir)).find((e) => e.id === ready.id)).toMatchObject({
      status: "resolved",
      resolvedBy: "loopcast",
      resolution: "granted: loopcast/config/promote-daily-social-L4-x was merged",
    });
    expect(ctx.forge.commits.at(-1)?.paths).toContain(
      "marketing/exceptions/promotion-ready--daily-social.L4.yaml",
    );
    expect((await readAutonomy(ctx.config.dir)).get("daily-social")?.at(-1)).toEqual({
      type: "promoted",
      at: AT,
      workflow: "daily-social",
      to: "L4",
      branch: "loopcast/config/promote-daily-social-L4-x",
    });
    expect(r.autonomy).toEqual([
      {
        workflow: "daily-social",
        change: "promoted to L4",
        detail: "loopcast/config/promote-daily-social-L4-x was merged",
      },
    ]);
  });

  it("proposes an earned promotion with the evidence, and an exception that says it is ready", async () => {
    const ctx = await memoryContext({ now: NOW, config: atLevel("L3") });
    await appendEvents(ctx.config.dir, goodRecord(30));
    const r = report();
    await applyAutonomy(ctx, r);
    const branch = "loopcast/config/promote-daily-social-L4-20261201T0600Z";
    const [proposal] = ctx.forge.opened[0] ?? [];
    expect(proposal).toMatchObject({ branch, title: "[loopcast] Promote daily-social to L4" });
    expect(proposal?.body).toBe(
      [
        "**daily-social** has earned **L4**. Merging this proposal is the grant; closing it keeps L3.",
        "",
        "| evidence | value |",
        "|---|---|",
        "| reviewed cycles | 30 |",
        "| merged unchanged / with edits / rejected | 30 / 0 / 0 |",
        "| approval rate | 100 % |",
        "| median edit ratio | 0.000 |",
        "| items that met their benchmarks | 30 of 30 (100 %) |",
        "",
        "What changes once merged: items are proposed and merged automatically after the review window unless someone objects (hold, changes requested, an edit). Guardrails, the exception queue and automatic demotion stay in force.",
      ].join("\n"),
    );
    expect(proposal?.files[0]?.content).toContain("level: L4");
    expect((await readAutonomy(ctx.config.dir)).get("daily-social")).toEqual([
      { type: "promotion-proposed", at: AT, workflow: "daily-social", from: "L3", to: "L4", branch },
    ]);
    expect(await listExceptions(ctx.config.dir)).toEqual([
      {
        id: "promotion-ready--daily-social.L4",
        type: "promotion-ready",
        severity: "info",
        status: "open",
        title: "daily-social is ready for L4",
        detail: `Review and merge ${branch} to grant it.`,
        workflow: "daily-social",
        raisedAt: AT,
      },
    ]);
    expect(r.autonomy).toEqual([
      { workflow: "daily-social", change: "promotion to L4 proposed", detail: branch },
    ]);
    expect(ctx.forge.commits[0]?.paths).toEqual([
      "marketing/exceptions/promotion-ready--daily-social.L4.yaml",
      "marketing/autonomy/daily-social.jsonl",
    ]);
  });

  it("proposes L5 from a record earned at L4, saying what L5 means", async () => {
    const ctx = await memoryContext({ now: NOW });
    await appendEvents(
      ctx.config.dir,
      goodRecord(30).map((e) => (e.type === "proposed" ? { ...e, level: "L4" as const } : e)),
    );
    const r = report();
    await applyAutonomy(ctx, r);
    const [proposal] = ctx.forge.opened[0] ?? [];
    expect(proposal?.title).toBe("[loopcast] Promote daily-social to L5");
    expect(proposal?.body).toContain(
      "What changes once merged: items are merged as soon as every check passes; exceptions go to the queue. Guardrails",
    );
    expect(proposal?.body).toContain("closing it keeps L4.");
  });

  it("reports a config proposal the forge could not open, and keeps no sha the forge did not give", async () => {
    const ctx = await memoryContext({ now: NOW, config: atLevel("L3") });
    await appendEvents(ctx.config.dir, goodRecord(30));
    ctx.forge.openErrors.set(
      "loopcast/config/promote-daily-social-L4-20261201T0600Z",
      new Error("no access"),
    );
    ctx.forge.commitSha = undefined;
    const r = report();
    await applyAutonomy(ctx, r);
    expect(r.errors).toEqual([
      { cycle: "loopcast/config/promote-daily-social-L4-20261201T0600Z", message: "no access" },
    ]);
    expect(r.commits).toEqual([]);
  });
});
