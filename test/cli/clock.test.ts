// One clock, taken from --at (issue 13, item 4): every command that writes state or asks what is due takes
// --at and uses it, a time that does not exist is refused before anything is touched, an exception is not
// resolved before it was raised, and the times printed for people are the strategy's local time with its
// zone, as on the dashboard.
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Command } from "../../src/cli/command.ts";
import { COMMANDS } from "../../src/cli.ts";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";

/** Commands with no clock of their own, and why; every other command must take --at. */
const CLOCKLESS: Record<string, string> = {
  init: "writes the GitHub workflow file; nothing in it depends on the time",
  validate: "reads the configuration only",
  check: "checks text against the guardrails; no rule depends on the time",
  status: "levels come from the ledger's events, not from the time of asking",
  explain: "recomputes from recorded events, each with its own time",
  simulate: "runs on the simulated market's own clock",
};

async function commands(): Promise<Command[]> {
  return Promise.all(COMMANDS.map((c) => c.load()));
}

async function head(repo: TempRepo): Promise<string> {
  return (await repo.git.revparse(["HEAD"])).trim();
}

/** A hand-raised exception, as a run writes it. */
async function raise(repo: TempRepo, id: string, raisedAt: string): Promise<void> {
  await mkdir(join(repo.dir, "marketing/exceptions"), { recursive: true });
  await repo.write(
    `marketing/exceptions/${id}.yaml`,
    `id: ${id}\ntype: budget\nseverity: warning\nstatus: open\ntitle: a test exception\ndetail: raised by hand\nraisedAt: ${raisedAt}\n`,
  );
  await repo.commitAll(`raise ${id}`);
}

describe("--at on every command", () => {
  it("is an option of every command that writes state or asks what is due now", async () => {
    for (const command of await commands()) {
      if (command.name in CLOCKLESS) expect(command.options?.at, command.name).toBeUndefined();
      else expect(command.options?.at, `${command.name} has no --at`).toEqual({ type: "string" });
    }
    // Every exemption names a real command: a renamed one does not keep a stale exemption.
    const names = (await commands()).map((c) => c.name);
    for (const name of Object.keys(CLOCKLESS)) expect(names).toContain(name);
  });

  it("refuses 30 February, 25:00 and a time without a zone on every command, touching nothing", async () => {
    const repo = await tempRepo();
    await raise(repo, "budget--x", "2026-11-30T12:00:00.000Z");
    const before = await head(repo);
    const calls: string[][] = [
      ["run"],
      ["plan"],
      ["draft", "weekly-blog"],
      ["budget"],
      ["audit"],
      ["ingest", "missing.csv"],
      ["measure"],
      ["exceptions", "resolve", "budget--x"],
      ["review-period"],
      ["review", "approve", BLOG],
      ["retract", BLOG],
      ["publish-outcome", BLOG, "--sent"],
      ["report"],
    ];
    const named = new Set(calls.map((c) => c[0]));
    for (const command of await commands())
      if (!(command.name in CLOCKLESS) && !["retry"].includes(command.name))
        expect(named, `add ${command.name} to this test`).toContain(command.name);
    for (const call of calls) {
      const feb30 = await loopcast([...call, "--at", "2027-02-30T08:00:00Z"], { cwd: repo.dir });
      expect([call[0], feb30.code]).toEqual([call[0], 2]);
      expect(feb30.stderr).toContain(
        'loopcast: --at: "2027-02-30T08:00:00Z" is not a time that exists: February 2027 has 28 days, not 30',
      );
    }
    const late = await loopcast(["run", "--at", "2026-12-01T25:00:00Z"], { cwd: repo.dir });
    expect([late.code, late.stderr]).toEqual([
      2,
      'loopcast: --at: "2026-12-01T25:00:00Z" is not a time that exists: hour 25 is not between 00 and 23 (midnight is 00:00 of the next day); e.g. 2026-12-01T08:00:00Z\n',
    ]);
    const zoneless = await loopcast(["plan", "--at", "2026-12-01T08:00:00"], { cwd: repo.dir });
    expect(zoneless.code).toBe(2);
    expect(zoneless.stderr).toContain('--at: time "2026-12-01T08:00:00" has no offset');
    const from = await loopcast(["review-period", "--from", "2026-02-29T00:00:00Z"], { cwd: repo.dir });
    expect([from.code, from.stderr]).toEqual([
      2,
      expect.stringContaining(
        '--from: "2026-02-29T00:00:00Z" is not a time that exists: February 2026 has 28',
      ),
    ]);
    expect(await head(repo)).toBe(before);
    expect((await repo.git.status()).isClean()).toBe(true);
  });
});

describe("exceptions resolve", () => {
  it("records the resolution at --at, never before the exception was raised", async () => {
    const repo = await tempRepo();
    const id = "budget--weekly-blog@20261201T0800Z";
    await raise(repo, id, "2026-11-30T12:00:00.000Z");
    const before = await head(repo);

    const early = await loopcast(["exceptions", "resolve", id, "--at", "2026-11-30T11:00:00Z"], {
      cwd: repo.dir,
    });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain(
      `--at: ${id} was raised at Mon, 30 Nov 2026, 13:00 (Europe/Berlin, UTC+01:00) (2026-11-30T12:00:00.000Z); it cannot be resolved before that, at Mon, 30 Nov 2026, 12:00 (Europe/Berlin, UTC+01:00) (2026-11-30T11:00:00.000Z): give a later --at`,
    );
    expect(await head(repo)).toBe(before);

    const listed = await loopcast(["exceptions", "list"], { cwd: repo.dir });
    expect(listed.stdout).toContain(
      `${id}  [warning, budget, open]  a test exception\n    raised Mon, 30 Nov 2026, 13:00 (Europe/Berlin, UTC+01:00)`,
    );

    const AT = "2026-12-02T09:15:00Z";
    const done = await loopcast(["exceptions", "resolve", id, "--at", AT, "--note", "fine"], {
      cwd: repo.dir,
    });
    expect([done.code, done.stdout]).toEqual([
      0,
      `resolved ${id} at Wed, 2 Dec 2026, 10:15 (Europe/Berlin, UTC+01:00), by Owner\n`,
    ]);
    const file = parse(await readFile(join(repo.dir, `marketing/exceptions/${id}.yaml`), "utf8"));
    expect(file).toMatchObject({
      status: "resolved",
      resolvedAt: "2026-12-02T09:15:00.000Z",
      resolution: "fine",
    });
    // The commit carries the same time.
    expect((await repo.git.raw(["log", "-1", "--format=%aI %cI"])).trim()).toBe(
      "2026-12-02T09:15:00+00:00 2026-12-02T09:15:00+00:00",
    );
    const all = await loopcast(["exceptions", "list", "--all"], { cwd: repo.dir });
    expect(all.stdout).toContain(
      "raised Mon, 30 Nov 2026, 13:00 (Europe/Berlin, UTC+01:00), resolved Wed, 2 Dec 2026, 10:15 (Europe/Berlin, UTC+01:00)",
    );
  });

  it("without --at, refuses a clock behind the time the exception was raised, naming both", async () => {
    const repo = await tempRepo();
    await raise(repo, "budget--future", "2999-01-01T00:00:00.000Z");
    const r = await loopcast(["exceptions", "resolve", "budget--future"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /budget--future was raised at .*\(2999-01-01T00:00:00\.000Z\); it cannot be resolved before that, at .*\(\d{4}-.*Z\), this machine's clock: give --at 2999-01-01T00:00:00\.000Z or later/,
    );
  });
});

describe("times for people", () => {
  it("review-period ends at --at by default, and prints it in the strategy's zone", async () => {
    const repo = await tempRepo();
    const r = await loopcast(["review-period", "--at", "2026-07-01T00:00:00Z"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "review of the 30 day(s) to Wed, 1 Jul 2026, 02:00 (Europe/Berlin, UTC+02:00)",
    );
    const after = await loopcast(
      ["review-period", "--at", "2026-07-01T00:00:00Z", "--from", "2026-07-02T00:00:00Z"],
      { cwd: repo.dir },
    );
    expect(after.code).toBe(2);
    expect(after.stderr).toContain(
      "--from 2026-07-02T00:00:00.000Z must be before the period's end 2026-07-01T00:00:00.000Z (--at, or now)",
    );
  });

  it("plan and budget print the time they are for as local time with the zone", async () => {
    const repo = await tempRepo();
    const plan = await loopcast(["plan", "--at", MONDAY], { cwd: repo.dir });
    expect(plan.stdout).toContain("plan at Mon, 30 Nov 2026, 13:00 (Europe/Berlin, UTC+01:00):");
    expect(plan.stdout).toContain(
      `propose  ${BLOG}  (L3, slot Tue, 1 Dec 2026, 09:00 (Europe/Berlin, UTC+01:00)`,
    );
    expect(plan.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    const budget = await loopcast(["budget", "--at", MONDAY], { cwd: repo.dir });
    expect(budget.stdout).toContain("budget at Mon, 30 Nov 2026, 13:00 (Europe/Berlin, UTC+01:00)");
  });
});

describe("ingest --at", () => {
  it("records what it measures, and commits it, at --at", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
    expect(run.stdout).toContain(`published  ${BLOG}`);
    await repo.write("export.csv", `cycle,date,views\n${BLOG},2026-12-01,7\n`);
    const AT = "2026-12-09T10:00:00Z";
    const r = await loopcast(["ingest", "export.csv", "--at", AT], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const metrics = (await repo.git.raw(["show", "--name-only", "--format=", "HEAD"]))
      .split("\n")
      .filter((p) => p.startsWith("marketing/metrics/2026/"));
    expect(metrics).not.toEqual([]);
    for (const path of metrics)
      for (const line of (await repo.read(path)).trim().split("\n"))
        expect(JSON.parse(line)).toMatchObject({ receivedAt: "2026-12-09T10:00:00.000Z" });
    const ledger = (await repo.read(`marketing/ledger/2026/12/${BLOG}.jsonl`))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; at: string });
    for (const e of ledger.filter((x) => x.type === "judged")) expect(e.at).toBe("2026-12-09T10:00:00.000Z");
    expect((await repo.git.raw(["log", "-1", "--format=%cI"])).trim()).toBe("2026-12-09T10:00:00+00:00");

    // Measuring cannot go back in time: a verdict before its item went out would be nonsense.
    const before = await head(repo);
    await repo.write("late.csv", `cycle,date,views\n${BLOG},2026-12-01,9\n`);
    const back = await loopcast(["ingest", "late.csv", "--at", "2026-12-01T07:00:00Z"], { cwd: repo.dir });
    expect(back.code).toBe(1);
    expect(back.stderr).toContain(
      "loopcast: --at 2026-12-01T07:00:00.000Z is before the ledger's latest event (2026-12-09T10:00:00.000Z); measuring cannot go back in time: give --at 2026-12-09T10:00:00.000Z or later",
    );
    expect(await head(repo)).toBe(before);
    // Refused before anything was written: no note of an unfinished run for the next run to act on.
    expect(existsSync(join(repo.dir, ".git/loopcast/unfinished-run.json"))).toBe(false);
  });
});
