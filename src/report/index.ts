// The reports use case: read the state, render dashboard.md, index.html and the weekly reports still
// missing, write what changed and say which files those were (the caller commits them).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Config } from "../config/types.ts";
import { collect, REPORTS_DIR, WEEKLY_DIR } from "./collect.ts";
import { renderHtml } from "./html.ts";
import { renderDashboardMd, renderWeeklyMd } from "./markdown.ts";
import { dashboardViews, weekViews } from "./model.ts";
import type { ReportData } from "./types.ts";
import { weeksToWrite } from "./weeks.ts";

export { collect } from "./collect.ts";
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
  const base = `${data.configRel}/${REPORTS_DIR}`;
  const views = dashboardViews(data);
  const files = new Map<string, string>([
    [`${base}/dashboard.md`, renderDashboardMd(data, views)],
    [`${base}/index.html`, renderHtml(data, views)],
  ]);
  const weekly = new Map<string, string>();
  const due = weeksToWrite(data.cycles[0]?.week, views?.scope.week, new Set(data.weeklyReports));
  for (const week of due)
    weekly.set(`${data.configRel}/${WEEKLY_DIR}/${week}.md`, renderWeeklyMd(data, weekViews(data, week)));
  return { files, weekly };
}

/**
 * Regenerates dashboard.md and index.html and writes the weekly report of every completed ISO week
 * (strategy time zone) that has none yet — never rewriting one. Returns the repository-relative paths it
 * wrote or changed. Without `now`, "now" is the latest time recorded in the state.
 */
export async function writeReports(opts: { config: Config; repoDir: string; now?: Date }): Promise<string[]> {
  const data = await collect(opts);
  return writeRendered(opts.repoDir, renderReports(data));
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
  for (const [path, text] of rendered.weekly) {
    const abs = join(repoDir, path);
    await mkdir(dirname(abs), { recursive: true });
    try {
      // "wx": a weekly report that appeared meanwhile is never overwritten.
      await writeFile(abs, text, { flag: "wx" });
      written.push(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  return written.sort();
}
