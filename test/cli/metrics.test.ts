// Metrics in, through the CLI and the run: matched by URL or cycle id, quarantined with line numbers,
// counted once, judged against benchmarks into the ledger, spend settled.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";

/** A repository whose weekly blog post has been proposed, approved and published on Tuesday. */
async function publishedBlog(): Promise<{ repo: TempRepo; url: string }> {
  const repo = await tempRepo();
  await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
  await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
  const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
  const url = /published {2}\S+ {2}(\S+)/.exec(run.stdout)?.[1];
  if (!url) throw new Error(`not published: ${run.stdout}${run.stderr}`);
  return { repo, url };
}

async function ledger(repo: TempRepo, cycle: string): Promise<LedgerEvent[]> {
  const text = await repo.read(`marketing/ledger/2026/12/${cycle}.jsonl`);
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as LedgerEvent);
}

describe("metrics in", () => {
  it("matches an analytics export by URL, quarantines unknown rows with their line, and counts a repeat once", async () => {
    const { repo, url } = await publishedBlog();
    const path = new URL(url).pathname;
    const csv = `name,visitors,pageviews\n${path},1204,1791\n/blog/not-ours,10,12\n`;
    // An export downloaded somewhere outside the repository.
    const downloads = await mkdtemp(join(tmpdir(), "downloads-"));
    await writeFile(join(downloads, "plausible.csv"), csv);
    const first = await loopcast(
      ["ingest", join(downloads, "plausible.csv"), "--at", "2026-12-02T09:00:00Z"],
      { cwd: repo.dir },
    );
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(
      "plausible.csv: 2 row(s): 1 accepted, 0 duplicate(s), 0 correction(s), 1 quarantined",
    );
    const quarantine = await readdir(join(repo.dir, "marketing/metrics/quarantine"));
    const record = JSON.parse((await repo.read(`marketing/metrics/quarantine/${quarantine[0]}`)).trim()) as {
      line: number;
      reason: string;
    };
    expect(record.line).toBe(3);
    expect(record.reason).toContain("/blog/not-ours");
    const stored = await repo.read(`marketing/metrics/2026/12/${BLOG}.jsonl`);
    expect(stored).toContain('"metric":"views","value":1791');
    expect((await repo.git.status()).isClean()).toBe(true);

    const again = await loopcast(
      ["ingest", join(downloads, "plausible.csv"), "--at", "2026-12-02T10:00:00Z"],
      { cwd: repo.dir },
    );
    expect(again.stdout).toContain("0 accepted, 1 duplicate(s)");
    expect(await repo.read(`marketing/metrics/2026/12/${BLOG}.jsonl`)).toBe(stored);
  });

  it("takes files dropped in the inbox on the next run, removes them once read, and judges benchmarks after their window", async () => {
    const { repo } = await publishedBlog();
    await mkdir(join(repo.dir, "marketing/metrics/inbox"), { recursive: true });
    const rows = ["cycle,date,views,clicks", `${BLOG},2026-12-01,300,4`, `${BLOG},2026-12-02,100,1`].join(
      "\n",
    );
    await writeFile(join(repo.dir, "marketing/metrics/inbox/daily.csv"), `${rows}\n`);
    await repo.commitAll("metrics export");

    const run = await loopcast(["run", "--at", "2026-12-03T09:00:00Z"], { cwd: repo.dir });
    expect(run.stdout).toContain("inbox/daily.csv: 2 row(s): 2 accepted");
    expect(existsSync(join(repo.dir, "marketing/metrics/inbox/daily.csv"))).toBe(false);
    expect((await repo.git.status()).isClean()).toBe(true);
    // The blog benchmark's window is 7 days: still pending, so nothing is recorded yet.
    expect((await ledger(repo, BLOG)).some((e) => e.type === "judged")).toBe(false);

    const later = await loopcast(["run", "--at", "2026-12-09T09:00:00Z"], { cwd: repo.dir });
    expect(later.stdout).toContain(`judged     ${BLOG}  blog-click-rate: missed`);
    const verdict = (await ledger(repo, BLOG)).find((e) => e.type === "judged");
    // 5 clicks over 400 views: 1.25 %, below the 2 % minimum, with the 200-view sample reached.
    expect(verdict).toMatchObject({
      benchmark: "blog-click-rate",
      metric: "click_rate",
      status: "missed",
      value: 0.0125,
      sample: 400,
      primary: true,
    });
    const again = await loopcast(["run", "--at", "2026-12-09T10:00:00Z"], { cwd: repo.dir });
    expect(again.stdout).not.toContain("judged");
  });

  it("ingests a repository_dispatch-style payload through the same path", async () => {
    const { repo } = await publishedBlog();
    const payload = {
      source: "zapier",
      rows: [{ cycle: BLOG, date: "2026-12-01", metrics: { views: 250, clicks: 9 } }],
    };
    await writeFile(join(repo.dir, "payload.json"), JSON.stringify(payload));
    const r = await loopcast(["ingest", "payload.json", "--at", "2026-12-02T09:00:00Z"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 row(s): 1 accepted");
    expect(await repo.read(`marketing/metrics/2026/12/${BLOG}.jsonl`)).toContain(
      '"metric":"clicks","value":9',
    );
  });

  it("settles measured spend into the ledger and the budget", async () => {
    const { repo } = await publishedBlog();
    await writeFile(join(repo.dir, "spend.csv"), `cycle,date,views,spend\n${BLOG},2026-12-01,10,4.5\n`);
    const r = await loopcast(["ingest", "spend.csv", "--at", "2026-12-02T09:00:00Z"], { cwd: repo.dir });
    expect(r.stdout).toContain(`settled    ${BLOG}  spend 4.5`);
    expect((await ledger(repo, BLOG)).at(-1)).toMatchObject({ type: "spent", amount: 4.5 });
    const budget = await loopcast(["budget", "--at", "2026-12-02T09:00:00Z"], { cwd: repo.dir });
    expect(budget.stdout).toMatch(/week 2026-W49\s+4\.50 EUR of\s+40\.00 EUR/);
    expect(budget.stdout).toContain("4.50 EUR settled");
  });

  it("says what is wrong with a broken export and keeps nothing half-read", async () => {
    const { repo } = await publishedBlog();
    const broken = await readFile(
      join(new URL("../fixtures/metrics/", import.meta.url).pathname, "broken-quotes.csv"),
      "utf8",
    );
    await writeFile(join(repo.dir, "broken.csv"), broken);
    const r = await loopcast(["ingest", "broken.csv", "--at", "2026-12-02T09:00:00Z"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken\.csv: \d+ row\(s\)/);
    expect(r.stdout).toContain("quarantined rows, with line numbers and reasons");
    const empty = await loopcast(["ingest", "missing.csv"], { cwd: repo.dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("missing.csv: file not found");
  });
});
