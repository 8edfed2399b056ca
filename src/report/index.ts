// The reports use case: read the state, render dashboard.md, index.html and the weekly reports still
// missing, write what changed and say which files those were (the caller commits them).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type CollectOptions, collect, REPORTS_DIR, WEEKLY_DIR } from "./collect.ts";
import { renderHtml } from "./html.ts";
import { renderDashboardMd, renderWeeklyMd } from "./markdown.ts";
import { dashboardViews, weekViews } from "./model.ts";
import type { ReportData } from "./types.ts";
import { weeksToWrite } from "./weeks.ts";

export { collect, readMetricsAhead } from "./collect.ts";
export { renderJobSummary } from "./job-summary.ts";
export type { ReportData } from "./types.ts";

export interface RenderedReports {
  /** Repository-relative path → content: always rewritten. */
  files: Map<string, string>;
  /** Repository-relative path → content: written only when the file does not exist. */
  weekly: Map<string, string>;
}

/** Every report the state calls for, as text. Pure: the same data gives the same bytes. */
export function renderReports(data: ReportData): RenderedReports {
  const { files, weeks } = dashboardAndWeeks(data);
  const weekly = new Map<string, string>();
  for (const week of weeks) weekly.set(weeklyPath(data, week), renderWeek(data, week));
  return { files, weekly };
}

/** dashboard.md and index.html rendered, and the completed weeks that have no weekly report yet. */
function dashboardAndWeeks(data: ReportData): { files: Map<string, string>; weeks: string[] } {
  const base = `${data.configRel}/${REPORTS_DIR}`;
  const views = dashboardViews(data);
  const files = new Map<string, string>([
    [`${base}/dashboard.md`, renderDashboardMd(data, views)],
    [`${base}/index.html`, renderHtml(data, views)],
  ]);
  const weeks = weeksToWrite(data.cycles[0]?.week, views?.scope.week, new Set(data.weeklyReports));
  return { files, weeks };
}

function weeklyPath(data: ReportData, week: string): string {
  return `${data.configRel}/${WEEKLY_DIR}/${week}.md`;
}

function renderWeek(data: ReportData, week: string): string {
  return renderWeeklyMd(data, weekViews(data, week));
}

/**
 * Regenerates dashboard.md and index.html and writes the weekly report of every completed ISO week
 * (strategy time zone) that has none yet — never rewriting one. Returns the repository-relative paths it
 * wrote or changed. Without `now`, "now" is the latest time recorded in the state. A first report over a
 * year writes 51 weekly reports: each is written as soon as it is rendered, so none is held meanwhile.
 * Should rendering or writing fail, the weekly reports this run wrote are removed again.
 */
export async function writeReports(opts: CollectOptions): Promise<string[]> {
  const data = await collect(opts);
  const { files, weeks } = dashboardAndWeeks(data);
  const weekly: string[] = [];
  try {
    for (const week of weeks) {
      const path = weeklyPath(data, week);
      if (writeNew(opts.repoDir, path, renderWeek(data, week))) weekly.push(path);
    }
    // The dashboard last: it links the weekly reports, which exist by now.
    const dashboard = await writeRendered(opts.repoDir, { files, weekly: new Map() });
    return [...weekly, ...dashboard].sort();
  } catch (err) {
    // All or nothing for the weekly reports: one left behind by a failed run would never be reported
    // as written (it exists next time), so never committed. Each was new, so removing it loses nothing.
    for (const path of weekly) rmSync(join(opts.repoDir, path), { force: true });
    throw err;
  }
}

export async function writeRendered(repoDir: string, rendered: RenderedReports): Promise<string[]> {
  const written: string[] = [];
  for (const [path, text] of rendered.files) {
    const abs = join(repoDir, path);
    const current = await readFile(abs, "utf8").catch(() => undefined);
    if (current === text) continue;
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, text);
    written.push(path);
  }
  for (const [path, text] of rendered.weekly) if (writeNew(repoDir, path, text)) written.push(path);
  return written.sort();
}

/** Writes a file that must not exist yet; false when it does (it is left as it is). */
// Synchronous: a first report writes dozens, and waiting on the thread pool for each left the thread idle
// ~70 ms of a year's run (writing them concurrently instead held every text until written).
function writeNew(repoDir: string, path: string, text: string): boolean {
  const abs = join(repoDir, path);
  mkdirSync(dirname(abs), { recursive: true });
  try {
    // "wx": a weekly report that appeared meanwhile is never overwritten.
    writeFileSync(abs, text, { flag: "wx" });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return false;
  }
}
