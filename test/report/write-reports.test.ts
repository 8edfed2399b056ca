// writeReports writes each missing weekly report as it renders it, then the dashboard. A run that fails
// part way leaves no weekly report behind: one would exist next time, never be reported as written, and
// so never be committed.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReports } from "../../src/report/index.ts";
import { cycleEvents } from "./events.ts";
import { exampleConfig } from "./fixture.ts";

async function repoWithHistory(): Promise<{ repo: string; dir: string }> {
  const repo = await mkdtemp(join(tmpdir(), "loopcast-write-reports-"));
  const dir = join(repo, "marketing");
  for (const slot of [
    "2026-11-10T08:00:00Z",
    "2026-11-17T08:00:00Z",
    "2026-11-24T08:00:00Z",
    "2026-12-01T08:00:00Z",
  ]) {
    const [cycle, events] = cycleEvents({ workflow: "weekly-blog", slot, review: 0, published: true });
    const ym = slot.slice(0, 7).replace("-", "/");
    await mkdir(join(dir, "ledger", ym), { recursive: true });
    await writeFile(
      join(dir, "ledger", ym, `${cycle}.jsonl`),
      events.map((e) => `${JSON.stringify(e)}\n`).join(""),
    );
  }
  return { repo, dir };
}

const WEEKS = ["2026-W46", "2026-W47", "2026-W48"];
const EVERYTHING = [
  "marketing/reports/dashboard.md",
  "marketing/reports/index.html",
  ...WEEKS.map((w) => `marketing/reports/weekly/${w}.md`),
];

describe("writeReports", () => {
  it("writes every missing weekly report and the dashboard, and says so", async () => {
    const config = await exampleConfig();
    const { repo, dir } = await repoWithHistory();
    const written = await writeReports({ config: { ...config, dir }, repoDir: repo });
    // "Now" is the latest time in the state (the 1 December cycle, week 49, not complete yet): the three
    // completed weeks before it get a weekly report each, in sorted order with the dashboard and the page.
    expect(written).toEqual(EVERYTHING);
    for (const p of written) expect(existsSync(join(repo, p))).toBe(true);
    expect((await readdir(join(dir, "reports/weekly"))).sort()).toEqual(WEEKS.map((w) => `${w}.md`));
    // Nothing is missing the second time: the weekly reports are never rewritten, the rest is unchanged.
    expect(await writeReports({ config: { ...config, dir }, repoDir: repo })).toEqual([]);
  });

  it("takes back the weekly reports it wrote when the run fails after them", async () => {
    const config = await exampleConfig();
    const { repo, dir } = await repoWithHistory();
    // The dashboard cannot be written: a folder stands where the file goes.
    await mkdir(join(dir, "reports/dashboard.md"), { recursive: true });
    await expect(writeReports({ config: { ...config, dir }, repoDir: repo })).rejects.toMatchObject({
      code: "EISDIR",
    });
    expect(await readdir(join(dir, "reports/weekly")).catch(() => [])).toEqual([]);
    // Fixed, the next run writes them all and reports them as written.
    await rm(join(dir, "reports/dashboard.md"), { recursive: true });
    const written = await writeReports({ config: { ...config, dir }, repoDir: repo });
    expect(written).toEqual(EVERYTHING);
  });
});
