// `loopcast report` end to end: three weeks of real history made through the CLI, reports generated
// twice (same bytes), every link resolving, every Mermaid block parsed by Mermaid, and index.html opened in
// headless Chromium at desktop and phone widths. An empty repository gets a helpful dashboard.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, type TempRepo, tempRepo } from "../helpers/repo.ts";
import { checkPage, distinctColours, launch, mermaidBlocks, parseMermaid } from "./browser.ts";
import { cli, MEASURED_AT, REJECTED, scenario } from "./scenario.ts";

const REPORTS = "marketing/reports";
const SHOTS = join(tmpdir(), "loopcast-report-shots");

function relativeLinks(text: string, kind: "md" | "html"): string[] {
  const re = kind === "md" ? /\]\(([^)\s]+)\)/g : /href="([^"]+)"/g;
  return [...text.matchAll(re)]
    .map((m) => m[1] as string)
    .filter((t) => !/^(https?:|#|data:|mailto:)/.test(t));
}

async function brokenLinks(repo: TempRepo, files: string[]): Promise<string[]> {
  const broken: string[] = [];
  for (const f of files) {
    const text = await repo.read(f);
    for (const link of relativeLinks(text, f.endsWith(".html") ? "html" : "md")) {
      const target = resolve(dirname(join(repo.dir, f)), decodeURI(link.replace(/&amp;/g, "&")));
      if (!existsSync(target)) broken.push(`${f}: ${link}`);
    }
  }
  return broken;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe("loopcast report on three weeks of history", () => {
  let repo: TempRepo;
  let written: string[];
  let weeklyByRuns: string[];

  beforeAll(async () => {
    repo = await scenario();
    // Every `loopcast run` of the scenario wrote the weekly report of each week completed by then.
    weeklyByRuns = (await readdir(join(repo.dir, REPORTS, "weekly"))).sort();
    // The scenario adds a decision after those runs; regenerate everything from the final state.
    await rm(join(repo.dir, REPORTS), { recursive: true });
    const first = await cli(repo, "report", "--json");
    expect(first.stderr).toBe("");
    written = (JSON.parse(first.stdout) as { written: string[] }).written;
  }, 180_000);

  it("writes the dashboard, index.html and one report per completed week", () => {
    expect(weeklyByRuns).toEqual(["2026-W47.md", "2026-W48.md"]);
    expect(written).toEqual([
      `${REPORTS}/dashboard.md`,
      `${REPORTS}/index.html`,
      `${REPORTS}/weekly/2026-W47.md`,
      `${REPORTS}/weekly/2026-W48.md`,
    ]);
  });

  it("gives the same bytes for the same state, and never rewrites a weekly report", async () => {
    const files = written;
    const before = await Promise.all(files.map((f) => repo.read(f)));
    const again = await cli(repo, "report");
    expect(again.stdout.trim()).toBe("reports are current: nothing changed");
    // Regenerated from nothing but the state: the same bytes again.
    await rm(join(repo.dir, REPORTS, "dashboard.md"));
    await rm(join(repo.dir, REPORTS, "index.html"));
    await rm(join(repo.dir, REPORTS, "weekly/2026-W48.md"));
    const third = await cli(repo, "report");
    expect(third.stdout).toContain("wrote marketing/reports/weekly/2026-W48.md");
    expect(await Promise.all(files.map((f) => repo.read(f)))).toEqual(before);
    // A weekly report that exists is left alone, even when it differs.
    await writeFile(join(repo.dir, REPORTS, "weekly/2026-W47.md"), "edited by hand\n");
    await cli(repo, "report");
    expect(await repo.read(`${REPORTS}/weekly/2026-W47.md`)).toBe("edited by hand\n");
    await writeFile(join(repo.dir, REPORTS, "weekly/2026-W47.md"), before[2] as string);
  });

  it("gives the same bytes from the built CLI (dist/cli.js: chunks, and a worker thread for the metrics)", async () => {
    const before = await Promise.all(written.map((f) => repo.read(f)));
    await rm(join(repo.dir, REPORTS), { recursive: true });
    const built = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "report", "--json"], {
      cwd: repo.dir,
      encoding: "utf8",
    });
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect((JSON.parse(built.stdout) as { written: string[] }).written).toEqual(written);
    expect(await Promise.all(written.map((f) => repo.read(f)))).toEqual(before);
  });

  it("shows the five views, the ladder and the review with the history's numbers", async () => {
    const md = await repo.read(`${REPORTS}/dashboard.md`);
    for (const h of [
      "Output log",
      "Performance delta",
      "Decision log",
      "Exception queue",
      "Budget tracker",
      "Autonomy ladder",
      "30-day review",
    ])
      expect(md).toContain(`## ${h}`);
    expect(md).toContain("As of **Fri, 4 Dec 2026, 08:00** (Europe/Berlin), week 2026-W49");
    expect(md).toContain("approved, not yet published");
    expect(md).toMatch(/\| weekly-blog → blog \| L3 \| \d+ \(\d+ unchanged, 0 edited, 0 rejected\)/);
    expect(md).toMatch(
      /\| tips-blog → blog \| L4 \(ran at L3\) \| \d+ \(\d+ unchanged, 0 edited, 1 rejected\) \|/,
    );
    expect(md).toContain("/30 validated cycles for L4");
    expect(md).toContain("moved tips from 10:00 to 09:00");
    expect(md).toContain("Reserving 1.00 EUR would cross the &lt;weekly&gt; cap");
    expect(md).toContain("| week 2026-W49 |");
    expect(md).toContain("**What drove it**");
    const w47 = await repo.read(`${REPORTS}/weekly/2026-W47.md`);
    expect(w47).toContain("# Loopcast: week 2026-W47 (16 Nov 2026 – 22 Nov 2026)");
    expect(w47).toContain("rejected (closed without merging: off-topic)");
    expect(w47).toContain(`loopcast/${REJECTED}`);
    // As known when the week ended: the metrics measured on 4 December are not in it.
    expect(w47).not.toContain(MEASURED_AT.slice(0, 10));
    expect(w47).toContain("No metrics had arrived by the end of the week");
    const w48 = await repo.read(`${REPORTS}/weekly/2026-W48.md`);
    expect(w48).toContain("[← 2026-W47](2026-W47.md)");
  });

  it("every link resolves to a file in the repository", async () => {
    expect(await brokenLinks(repo, written)).toEqual([]);
    const links = relativeLinks(await repo.read(`${REPORTS}/dashboard.md`), "md");
    expect(links.some((l) => l.startsWith("../content/"))).toBe(true);
    expect(links.some((l) => l.startsWith("../ledger/"))).toBe(true);
    expect(links.some((l) => l.startsWith("../decisions/"))).toBe(true);
    expect(links.some((l) => l.startsWith("../exceptions/"))).toBe(true);
    expect(links).toContain("weekly/2026-W48.md");
  });

  it("every Mermaid block parses with Mermaid", async () => {
    const blocks = (
      await Promise.all(written.filter((f) => f.endsWith(".md")).map((f) => repo.read(f)))
    ).flatMap(mermaidBlocks);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.some((b) => b.startsWith("xychart-beta"))).toBe(true);
    expect(blocks.some((b) => b.startsWith("pie"))).toBe(true);
    expect(await parseMermaid(browser, blocks)).toEqual([]);
    // The parser is real: a broken block is refused.
    expect(await parseMermaid(browser, ["xychart-beta\n  bar [1, oops]"])).toHaveLength(1);
  });

  it("index.html loads without errors, every chart has data, and it fits a phone", async () => {
    const file = join(repo.dir, REPORTS, "index.html");
    for (const width of [1280, 390]) {
      const page = await checkPage(browser, file, width);
      expect(page.errors).toEqual([]);
      const ids = page.charts.map((c) => c.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          "output-per-week",
          "spend-per-week",
          "ladder-progress",
          "perf-tips-blog",
          "perf-weekly-blog",
        ]),
      );
      for (const c of page.charts) expect(c.bars + c.points, `chart ${c.id} is empty`).toBeGreaterThan(0);
      expect(page.scrollWidth).toBeLessThanOrEqual(width);
      await writeFile(join(SHOTS, `dashboard-${width}.png`), page.screenshot);
      expect(page.screenshot.length).toBeGreaterThan(20_000);
      expect(await distinctColours(browser, page.screenshot)).toBeGreaterThan(20);
    }
    // Repository data is escaped: no markup from the state reaches the page as markup.
    const html = await repo.read(`${REPORTS}/index.html`);
    expect(html).toContain("Reserving 1.00 EUR would cross the &lt;weekly&gt; cap");
  });

  it("--commit commits what it wrote", async () => {
    await rm(join(repo.dir, REPORTS), { recursive: true });
    const r = await cli(repo, "report", "--commit");
    expect(r.stdout).toMatch(/committed [0-9a-f]{12}/);
    expect((await repo.git.status()).files.filter((f) => f.path.startsWith(REPORTS))).toEqual([]);
  });
});

describe("loopcast report on an empty repository", () => {
  it("writes a helpful dashboard, not an error or empty tables", async () => {
    const repo = await tempRepo();
    const r = await cli(repo, "report");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${REPORTS}/dashboard.md\nwrote ${REPORTS}/index.html\n`);
    const md = await repo.read(`${REPORTS}/dashboard.md`);
    expect(md).toContain("Nothing has run yet");
    expect(md).toContain("No metrics yet — drop an export in `marketing/metrics/inbox/`");
    expect(md).toContain("No decisions yet");
    expect(md).toContain("| weekly-blog | blog | L3 | 0/30 |");
    expect(md).not.toMatch(/\| --- \|\n\n/); // no table without rows
    expect(existsSync(join(repo.dir, REPORTS, "weekly"))).toBe(false);
    expect(await brokenLinks(repo, [`${REPORTS}/dashboard.md`, `${REPORTS}/index.html`])).toEqual([]);
    const page = await checkPage(browser, join(repo.dir, REPORTS, "index.html"), 390);
    expect(page.errors).toEqual([]);
    expect(page.charts).toEqual([]);
    expect(await readFile(join(repo.dir, REPORTS, "index.html"), "utf8")).toContain("Nothing has run yet");
  });
});
