// An item's life to its end, through the CLI on a real repository (issue 13): an e-mail that fails three
// times waits for `loopcast retry` with an exception that says so, and once the cause is fixed and the
// retry asked for, it goes out (to a real SMTP server) and its exceptions close; a merged item not out
// within publishWithin is skipped with an exception, never sent late; slots a stretch without runs left
// empty are recorded as missed; a rejection keeps the person's reason.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listExceptions, raiseException } from "../../src/state/exceptions.ts";
import { appendEvents, readLedger } from "../../src/state/ledger.ts";
import { loopcast } from "../helpers/cli.ts";
import { OWNER, type TempRepo, tempRepo } from "../helpers/repo.ts";
import { type SmtpStandIn, startSmtpServer } from "../stand-ins/smtp-server.ts";

const LETTER = "weekly-newsletter@20261203T0700Z";
const BLOG = "weekly-blog@20261201T0800Z";
const SOCIAL = "daily-social@20261201T1130Z";

let smtp: SmtpStandIn;
beforeAll(async () => {
  smtp = await startSmtpServer({ user: "u", password: "p" });
});
afterAll(() => smtp.close());

const smtpEnv = () => ({
  LOOPCAST_SMTP_HOST: "127.0.0.1",
  LOOPCAST_SMTP_PORT: String(smtp.port),
  LOOPCAST_SMTP_USER: "u",
  LOOPCAST_SMTP_PASSWORD: "p",
});

async function statusOf(repo: TempRepo, cycle: string): Promise<string[]> {
  return ((await readLedger(join(repo.dir, "marketing"))).get(cycle) ?? []).map((e) => e.type);
}

const openExceptions = async (repo: TempRepo, cycle?: string) =>
  (await listExceptions(join(repo.dir, "marketing"))).filter(
    (e) => e.status === "open" && (cycle === undefined || e.cycle === cycle),
  );

/** An open guardrail exception for the cycle, as a run that refused its earlier text raised it. */
async function heldByGuardrail(repo: TempRepo, cycle: string): Promise<void> {
  await raiseException(join(repo.dir, "marketing"), {
    id: `guardrail--${cycle}.planted`,
    type: "guardrail",
    severity: "error",
    status: "open",
    title: `${cycle}: publishing refused by the guardrails`,
    detail: "an earlier version had a banned phrase",
    cycle,
    raisedAt: "2026-11-30T12:30:00.000Z",
  });
  await repo.commitAll("an exception from an earlier run");
}

describe("an item that fails to publish", () => {
  it("gives up after three failures with an exception, and goes out after the cause is fixed and a retry is asked for", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    expect((await loopcast(["run", "--at", "2026-12-01T07:10:00Z"], { cwd })).code).toBe(0);
    expect((await loopcast(["review", "approve", LETTER], { cwd })).code).toBe(0);
    // The SMTP settings are missing: each run's attempt fails.
    for (const at of ["07:05", "07:10", "07:15"])
      await loopcast(["run", "--at", `2026-12-03T${at}:00Z`], { cwd });
    expect((await statusOf(repo, LETTER)).filter((t) => t === "publish-failed")).toHaveLength(3);
    const gaveUp = await loopcast(["run", "--at", "2026-12-03T07:20:00Z"], { cwd });
    expect(gaveUp.stdout).toContain(`loopcast retry ${LETTER}`);
    const [raised] = await openExceptions(repo, LETTER);
    expect(raised).toMatchObject({
      id: `publish-failure--${LETTER}.failed`,
      severity: "error",
      title: `${LETTER}: publishing failed 3 times; it waits for a retry`,
    });
    expect(raised?.detail).toContain("LOOPCAST_SMTP_HOST");

    // Fixing the cause alone does not send it: Loopcast gave up, and says so.
    await loopcast(["run", "--at", "2026-12-03T07:25:00Z"], { cwd, env: smtpEnv() });
    expect(smtp.accepted.filter((m) => m.cycle === LETTER)).toHaveLength(0);

    const retried = await loopcast(
      ["retry", LETTER, "--note", "set the SMTP secrets", "--at", "2026-12-03T07:30:00Z"],
      {
        cwd,
      },
    );
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain("it had failed 3 time(s)");
    expect(await openExceptions(repo, LETTER)).toEqual([]);
    const resolved = (await listExceptions(join(cwd, "marketing"))).find((e) => e.id === raised?.id);
    expect(resolved).toMatchObject({ status: "resolved", resolvedBy: OWNER.name });
    expect(resolved?.resolution).toContain("asked for a retry: set the SMTP secrets");

    expect((await loopcast(["run", "--at", "2026-12-03T07:35:00Z"], { cwd, env: smtpEnv() })).code).toBe(0);
    expect(smtp.accepted.filter((m) => m.cycle === LETTER)).toHaveLength(1);
    expect((await statusOf(repo, LETTER)).at(-1)).toBe("published");
    expect((await repo.git.branchLocal()).all).not.toContain(`loopcast/${LETTER}`);
    expect(await repo.git.status()).toMatchObject({ files: [] });
  });

  it("resolving the gave-up exception is a retry too, and says so", async () => {
    const repo = await tempRepo();
    const dir = join(repo.dir, "marketing");
    const at = "2026-12-03T07:20:00.000Z";
    await appendEvents(dir, [
      {
        type: "proposed",
        at: "2026-12-01T07:10:00.000Z",
        cycle: LETTER,
        workflow: "weekly-newsletter",
        channel: "newsletter",
        slot: "2026-12-03T07:00:00.000Z",
        level: "L3",
        branch: `loopcast/${LETTER}`,
        proposal: { id: "1" },
        contentPath: "x",
        contentHash: "0".repeat(64),
        arms: {},
        generator: "template",
      },
      {
        type: "merged",
        at: "2026-12-01T08:00:00.000Z",
        cycle: LETTER,
        mergedSha: "m",
        editRatio: 0,
        humanCommits: 0,
      },
      ...[1, 2, 3].map((attempt) => ({
        type: "publish-failed" as const,
        at,
        cycle: LETTER,
        error: "no SMTP host",
        attempt,
      })),
    ]);
    await raiseException(dir, {
      id: `publish-failure--${LETTER}.failed`,
      type: "publish-failure",
      severity: "error",
      status: "open",
      title: "t",
      detail: "d",
      cycle: LETTER,
      raisedAt: at,
    });
    await repo.commitAll("three failures, as a run records them");
    const r = await loopcast(
      [
        "exceptions",
        "resolve",
        `publish-failure--${LETTER}.failed`,
        "--note",
        "host set",
        "--at",
        "2026-12-03T08:00:00Z",
      ],
      { cwd: repo.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`the next run tries to publish ${LETTER} again, as \`loopcast retry\` does`);
    expect(((await readLedger(dir)).get(LETTER) ?? []).at(-1)).toMatchObject({
      type: "retried",
      by: "Owner",
      note: "host set",
    });
    const [resolved] = await listExceptions(dir);
    expect(resolved?.resolution).toBe(
      `host set — resolving it: the next run tries to publish ${LETTER} again, as \`loopcast retry\` does`,
    );
    expect(await repo.git.status()).toMatchObject({ files: [] });
  });

  it("waits for no run: a person's retry, resolve and retract are refused while a run holds the lock", async () => {
    const repo = await tempRepo();
    await mkdir(join(repo.dir, ".git/loopcast"), { recursive: true });
    // This test's own process: alive, on this host.
    await writeFile(
      join(repo.dir, ".git/loopcast/run.lock"),
      JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), id: "t" }),
    );
    for (const args of [
      ["retry", BLOG],
      ["retract", BLOG],
      ["exceptions", "resolve", "x"],
    ]) {
      const r = await loopcast(args, { cwd: repo.dir });
      expect([args[0], r.code, r.stderr]).toEqual([args[0], 1, expect.stringContaining("run.lock")]);
    }
  });

  it("refuses a retry of an item that did not fail, saying what it is", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", "2026-12-01T07:10:00Z"], { cwd: repo.dir });
    const r = await loopcast(["retry", BLOG], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${BLOG} is proposed: only an item whose publishing failed is retried`);
  });
});

describe("an item not out in time", () => {
  it("is skipped with an exception, not sent late, and closes the exceptions it had", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
    expect((await loopcast(["review", "approve", BLOG], { cwd })).code).toBe(0);
    await heldByGuardrail(repo, BLOG);
    // No run for four days: the 72h default is past.
    const late = await loopcast(["run", "--at", "2026-12-04T08:01:00Z"], { cwd });
    expect(late.stdout).toContain(`${BLOG}`);
    expect(await statusOf(repo, BLOG)).toEqual(["proposed", "merged", "expired"]);
    expect(existsSync(join(cwd, "site/blog"))).toBe(false);
    const [ex] = await openExceptions(repo, BLOG);
    expect(ex).toMatchObject({ id: `publish-failure--${BLOG}.expired`, severity: "warning" });
    expect(ex?.detail).toContain("not published within 72h of its slot 2026-12-01T08:00:00.000Z");
    const closed = (await listExceptions(join(cwd, "marketing"))).find(
      (e) => e.id === `guardrail--${BLOG}.planted`,
    );
    expect(closed).toMatchObject({ status: "resolved", resolvedBy: "loopcast" });
    expect(closed?.resolution).toContain("the item expired");
    // And it stays skipped: a later run does not publish it.
    await loopcast(["run", "--at", "2026-12-04T09:00:00Z"], { cwd });
    expect(await statusOf(repo, BLOG)).toEqual(["proposed", "merged", "expired"]);
    const dashboard = await repo.read("marketing/reports/dashboard.md");
    expect(dashboard).toContain("1 expired (not published in time)");
  });
});

describe("a proposal nobody reviews", () => {
  it("is closed as expired once its slot is publishWithin past, with an exception, and never merged late", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
    await loopcast(["run", "--at", "2026-12-04T08:01:00Z"], { cwd });
    expect(await statusOf(repo, BLOG)).toEqual(["proposed", "expired"]);
    const [ex] = await openExceptions(repo, BLOG);
    expect(ex?.detail).toContain("its proposal was not reviewed in time");
    const approve = await loopcast(["review", "approve", BLOG], { cwd });
    expect(approve.code).toBe(1);
    expect(approve.stderr).toContain("already closed");
  });
});

describe("an item that goes out", () => {
  it("closes the exceptions that held it, saying it was published", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
    expect((await loopcast(["review", "approve", BLOG], { cwd })).code).toBe(0);
    await heldByGuardrail(repo, BLOG);
    expect((await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd })).code).toBe(0);
    expect((await statusOf(repo, BLOG)).at(-1)).toBe("published");
    expect(await openExceptions(repo, BLOG)).toEqual([]);
    const closed = (await listExceptions(join(cwd, "marketing"))).find(
      (e) => e.id === `guardrail--${BLOG}.planted`,
    );
    expect(closed?.resolution).toMatch(/^published at 2026-12-01T08:05:00.000Z/);
    expect(await repo.git.status()).toMatchObject({ files: [] });
  });
});

describe("slots without a run", () => {
  it("are recorded as missed after a gap, with one exception per workflow, and shown in the reports", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
    // Ten days without a run.
    await loopcast(["run", "--at", "2026-12-10T12:00:00Z"], { cwd });
    const ledger = await readLedger(join(cwd, "marketing"));
    const missed = [...ledger].filter(([, events]) => events.at(-1)?.type === "missed").map(([c]) => c);
    expect(missed).toContain("daily-social@20261202T1130Z");
    expect(missed).toContain("weekly-blog@20261208T0800Z");
    expect(missed).not.toContain(SOCIAL); // proposed by the first run
    const anomalies = (await openExceptions(repo)).filter((e) => e.id.startsWith("anomaly--missed."));
    expect(anomalies.map((e) => e.workflow).sort()).toEqual([
      "daily-social",
      "weekly-blog",
      "weekly-newsletter",
    ]);
    expect(await repo.read("marketing/reports/dashboard.md")).toMatch(/\d+ slot\(s\) missed \(no item\)/);
  });
});

describe("a rejection", () => {
  it("keeps the person's reason in the ledger and the reports", async () => {
    const repo = await tempRepo();
    const cwd = repo.dir;
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd });
    expect((await loopcast(["review", "reject", BLOG, "--reason", "too salesy for us"], { cwd })).code).toBe(
      0,
    );
    await loopcast(["run", "--at", "2026-11-30T13:00:00Z"], { cwd });
    const rejected = ((await readLedger(join(cwd, "marketing"))).get(BLOG) ?? []).find(
      (e) => e.type === "rejected",
    );
    expect(rejected).toMatchObject({ reason: "closed without merging: too salesy for us" });
    // Its branch is deleted once the outcome is recorded; open proposals keep theirs.
    const branches = (await repo.git.branchLocal()).all;
    expect(branches).not.toContain(`loopcast/${BLOG}`);
    expect(branches).toContain(`loopcast/${SOCIAL}`);
  });
});
