// Hostile and broken input through the CLI (issue 14, items 2 and 11): a huge spend is refused at the
// door, one bad ledger line never stops later commands, `run` and `ingest` agree on exit codes, a
// truncated export says what was kept, an alias bomb is a file:line problem, and reports never print
// "Infinity".
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { beforeAll, describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const BLOG = "weekly-blog@20261201T0800Z";
const LEDGER = `marketing/ledger/2026/12/${BLOG}.jsonl`;
const AT = "2026-12-02T09:00:00Z";

let published: string;

/** A repository whose weekly blog post was proposed, approved and published (made once, copied per test). */
beforeAll(async () => {
  const repo = await tempRepo();
  await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd: repo.dir });
  await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
  const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
  if (!run.stdout.includes(`published  ${BLOG}`))
    throw new Error(`not published: ${run.stdout}${run.stderr}`);
  published = repo.dir;
}, 60_000);

async function copy(): Promise<TempRepo> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-hostile-"));
  await cp(published, dir, { recursive: true });
  const git = simpleGit({ baseDir: dir });
  return {
    dir,
    git,
    write: (path, content) => writeFile(join(dir, path), content),
    read: (path) => readFile(join(dir, path), "utf8"),
    commitAll: async (message) => {
      await git.add(".");
      await git.commit(message);
    },
  };
}

describe("hostile input through the CLI", () => {
  it("refuses a spend of 1e303 at the door: quarantined with its reason, nothing settled, budget still works", async () => {
    const repo = await copy();
    await repo.write("spend.csv", `cycle,date,views,spend\n${BLOG},2026-12-01,10,1e303\n`);
    const r = await loopcast(["ingest", "spend.csv", "--at", AT], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "spend.csv: 1 row(s): 0 accepted, 0 duplicate(s), 0 correction(s), 1 quarantined",
    );
    expect(r.stdout).not.toContain("settled");
    const [q] = await readdir(join(repo.dir, "marketing/metrics/quarantine"));
    expect(await repo.read(`marketing/metrics/quarantine/${q}`)).toContain(
      "spend 1e+303 is above 1e12, the largest amount a row may carry",
    );
    expect(await repo.read(LEDGER)).not.toContain('"spent"');
    const budget = await loopcast(["budget", "--at", AT], { cwd: repo.dir });
    expect([budget.code, budget.stderr]).toEqual([0, ""]);
  });

  it("never lets one invalid ledger line stop run, report or budget: set aside once, with an exception", async () => {
    const repo = await copy();
    // The repro: what a spend of 1e303 became on main.
    const bad = `{"type":"spent","at":"2026-12-02T09:00:00.000Z","cycle":"${BLOG}","amount":null,"source":"metrics"}`;
    const before = await repo.read(LEDGER);
    await repo.write(LEDGER, `${before}${bad}\n`);
    await repo.commitAll("a bad spend line");

    const budget = await loopcast(["budget", "--at", AT], { cwd: repo.dir });
    expect(budget.code).toBe(0);
    expect(budget.stdout).toContain("all time:");
    expect(budget.stderr).toContain(
      `warning: ledger/2026/12/${BLOG}.jsonl:5: ledger event is invalid (/amount must be number); the line is left out`,
    );
    const report = await loopcast(["report", "--at", AT], { cwd: repo.dir });
    expect(report.code).toBe(0);
    expect(await repo.read("marketing/reports/dashboard.md")).toContain(
      `ledger/2026/12/${BLOG}.jsonl:5: ledger event is invalid (/amount must be number); the line was left out of the reports`,
    );
    await repo.commitAll("reports");

    const run = await loopcast(["run", "--at", "2026-12-02T10:00:00Z"], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `set aside  ledger/2026/12/${BLOG}.jsonl:5 → ledger/quarantine/2026/12/${BLOG}.jsonl  ledger event is invalid (/amount must be number) (exception anomaly--ledger.${BLOG}.`,
    );
    expect(run.stderr).toContain(
      "the run is done, with something to look at: 1 invalid ledger line(s) set aside",
    );
    expect(await repo.read(LEDGER)).toBe(before);
    expect(await repo.read(`marketing/ledger/quarantine/2026/12/${BLOG}.jsonl`)).toContain(
      JSON.stringify(bad),
    );
    const exceptions = await loopcast(["exceptions", "list"], { cwd: repo.dir });
    expect(exceptions.stdout).toContain(`ledger line set aside: ledger/2026/12/${BLOG}.jsonl:5`);
    expect((await repo.git.status()).isClean()).toBe(true);

    // Clean from then on.
    const next = await loopcast(["run", "--at", "2026-12-02T11:00:00Z"], { cwd: repo.dir });
    expect([next.code, next.stderr]).toEqual([0, ""]);
    const again = await loopcast(["budget", "--at", AT], { cwd: repo.dir });
    expect([again.code, again.stderr]).toEqual([0, ""]);
  });

  it("exits 1 from run when inbox rows are quarantined, as ingest does, and says why", async () => {
    const repo = await copy();
    await mkdir(join(repo.dir, "marketing/metrics/inbox"), { recursive: true });
    await repo.write(
      "marketing/metrics/inbox/export.csv",
      `cycle,date,views\n${BLOG},2026-12-01,7\nunknown@20261201T0800Z,2026-12-01,1\n`,
    );
    await repo.commitAll("an export");
    const run = await loopcast(["run", "--at", AT], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "inbox/export.csv: 2 row(s): 1 accepted, 0 duplicate(s), 0 correction(s), 1 quarantined",
    );
    expect(run.stderr).toContain("the run is done, with something to look at: 1 metric row(s) quarantined");
    expect((await repo.git.status()).isClean()).toBe(true);
    // The same rows by hand: the same exit code.
    await repo.write("again.csv", "cycle,date,views\nunknown@20261201T0800Z,2026-12-01,1\n");
    expect((await loopcast(["ingest", "again.csv", "--at", AT], { cwd: repo.dir })).code).toBe(1);
  });

  it("says clearly that a truncated JSON export's rows before the cut were stored, and exits 1", async () => {
    const repo = await copy();
    const rows = [1, 2, 3].map((d) => `{"cycle":"${BLOG}","date":"2026-12-0${d}","metrics":{"views":${d}}}`);
    const downloads = await mkdtemp(join(tmpdir(), "downloads-"));
    await writeFile(
      join(downloads, "cut.json"),
      `[${rows[0]},${rows[1]},${(rows[2] as string).slice(0, 30)}`,
    );
    const r = await loopcast(["ingest", join(downloads, "cut.json"), "--at", "2026-12-04T09:00:00Z"], {
      cwd: repo.dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "cut.json: 3 row(s): 2 accepted, 0 duplicate(s), 0 correction(s), 1 quarantined — reading stopped early",
    );
    expect(r.stdout).toContain(
      "The 2 row(s) read before it were stored all the same (and committed with this ingest); fix the file and ingest it again — the rows already stored then count as duplicates.",
    );
    expect(await repo.read(`marketing/metrics/2026/12/${BLOG}.jsonl`)).toContain('"date":"2026-12-02"');
    expect((await repo.git.status()).isClean()).toBe(true);
  });

  it("reports an alias bomb in the configuration at file:line, not as an unexpected error", async () => {
    const repo = await copy();
    const guardrails = await repo.read("marketing/guardrails.yaml");
    const lines = guardrails.split("\n").length;
    await repo.write(
      "marketing/guardrails.yaml",
      `${guardrails}${guardrails.endsWith("\n") ? "" : "\n"}x-a: &a ["x","x","x","x","x","x","x","x","x"]\nx-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nx-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nx-d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
    );
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).not.toContain("unexpected error");
    expect(out).toContain(`marketing/guardrails.yaml:${lines + 2}:`);
    expect(out).toContain("aliases here expand to more than 100 copies");
  });

  it("shows a stored value of 1e308 as a number in the reports, never as Infinity", async () => {
    const repo = await copy();
    await mkdir(join(repo.dir, "marketing/metrics/2026/12"), { recursive: true });
    // Stored before values were bounded at the door.
    await repo.write(
      `marketing/metrics/2026/12/${BLOG}.jsonl`,
      `{"cycle":"${BLOG}","date":"2026-12-01","metric":"views","value":1e308,"source":"old.csv","line":2,"receivedAt":"${AT}"}\n`,
    );
    await repo.commitAll("an old stored value");
    const r = await loopcast(["report", "--at", "2026-12-09T09:00:00Z"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const dashboard = await repo.read("marketing/reports/dashboard.md");
    expect(dashboard).toContain("1e+308");
    for (const file of ["dashboard.md", "index.html", "weekly/2026-W49.md"])
      expect(await repo.read(`marketing/reports/${file}`), file).not.toMatch(/Infinity|NaN/);
  });
});
