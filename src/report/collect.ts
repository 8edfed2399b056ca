// Reads the repository state the reports show into one ReportData: ledger, metrics, exceptions,
// decisions, existing weekly reports and the titles of the items the reports will list. Nothing here
// reads the clock: without `now`, the report's time is the latest time recorded in the state.
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parse } from "yaml";
import type { Config } from "../config/types.ts";
import { parseCycleId } from "../core/time.ts";
import { readDecisions } from "../state/decisions.ts";
import { listExceptions } from "../state/exceptions.ts";
import type { ItemMedia } from "../state/item.ts";
import { cycleStatus, type LedgerCache, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { listFiles } from "../state/read-files.ts";
import { runTask } from "../worker-tasks.ts";
import { type MetricColumns, readMetricColumns } from "./metric-columns.ts";
import { MetricStore } from "./metric-store.ts";
import { readFirstImage } from "./thumbnails.ts";
import type { CycleRecord, DecisionEntry, ReportData } from "./types.ts";
import { addWeeks, weekOf, weekOfMs, weeksToWrite } from "./weeks.ts";

export const REPORTS_DIR = "reports";
export const WEEKLY_DIR = "reports/weekly";

export interface CollectOptions {
  config: Config;
  repoDir: string;
  now?: Date;
  /** Metric files already being read (readMetricsAhead), for the configuration folder they were read from. */
  metricsAhead?: MetricsAhead;
  /** The ledger files this run has read already: only those changed since are read again. */
  ledgerCache?: LedgerCache;
}

export interface MetricsAhead {
  configDir: string;
  columns: Promise<MetricColumns>;
}

/**
 * Starts reading the metric files of a configuration folder in a worker thread (see worker-tasks.ts), so
 * the reading overlaps with what this thread does meanwhile: loading the configuration, reading the ledger.
 */
export function readMetricsAhead(configDir: string): MetricsAhead {
  const root = join(resolve(configDir), "metrics");
  // No year folder, no stored values: nothing for a thread to read (a new repository, a repository that
  // measures nothing yet).
  const columns = hasYearFolders(root)
    ? runTask("read-metric-columns", root)
    : new Promise<MetricColumns>((done) => done(readMetricColumns(root)));
  // Also settled here, so a run that fails before collecting does not leave a rejection unhandled.
  columns.catch(() => {});
  return { configDir: resolve(configDir), columns };
}

/** Whether `root` holds a folder (or anything) named like a year: stored values live in `<yyyy>/<mm>/`. */
function hasYearFolders(root: string): boolean {
  try {
    return readdirSync(root).some((name) => /^\d{4}$/.test(name));
  } catch {
    return false;
  }
}

export async function collect(opts: CollectOptions): Promise<ReportData> {
  const { config, repoDir } = opts;
  const dir = config.dir;
  const configRel = relative(repoDir, dir).split(sep).join("/") || ".";
  const problems: string[] = [];
  const ahead = opts.metricsAhead?.configDir === resolve(dir) ? opts.metricsAhead : readMetricsAhead(dir);
  const ledger = await readLedger(dir, opts.ledgerCache);
  for (const x of ledger.invalid ?? [])
    problems.push(
      `${x.file}:${x.line}: ${x.reason}; the line was left out of the reports (the next run sets it aside in ledger/quarantine/ and raises an exception)`,
    );
  const tz = config.strategy.timezone;
  const cycles: CycleRecord[] = [];
  for (const [cycle, events] of ledger) {
    const { workflow, slot } = parseCycleId(cycle);
    const slotMs = slot.getTime();
    const week = weekOfMs(slotMs, tz);
    const times = events.map((e) => Date.parse(e.at));
    cycles.push({ cycle, workflow, slot: slot.toISOString(), slotMs, week, events, times });
  }
  cycles.sort((a, b) => a.slotMs - b.slotMs || (a.cycle < b.cycle ? -1 : 1));
  const exceptions = await listExceptions(dir);
  const decisions = await readDecisions(dir, configRel, problems);
  const columns = await ahead.columns;
  problems.push(...columns.problems);
  const metrics = new MetricStore(columns);
  const weeklyReports = listFiles(join(dir, WEEKLY_DIR), ".md")
    .map((f) => f.replace(/\.md$/, ""))
    .filter((w) => /^\d{4}-W\d{2}$/.test(w));

  const now = opts.now?.toISOString() ?? latestTime(cycles, exceptions, decisions, metrics);
  // Titles are taken only for the items a report will list: this week's and last week's (the dashboard)
  // and those of the weeks whose weekly report is still to be written. The ledger records them; only
  // cycles from older ledgers have theirs read from the content file.
  const wanted = new Set<string>();
  if (now) {
    const nowWeek = weekOf(now, tz);
    wanted.add(nowWeek).add(addWeeks(nowWeek, -1));
    const first = cycles[0]?.week;
    for (const w of weeksToWrite(first, nowWeek, new Set(weeklyReports))) wanted.add(w);
  }
  const titles = new Map<string, string>();
  const thumbnails = new Map<string, ItemMedia>();
  for (const c of cycles) {
    if (!wanted.has(c.week)) continue;
    const status = cycleStatus(c.events);
    if (!status || status === "proposed" || status === "rejected" || status === "skipped") continue;
    const title = ledgerTitle(c.events) ?? readTitleOf(c.events, repoDir);
    if (title !== undefined) titles.set(c.cycle, title);
    const path = c.events.find((e) => e.type === "proposed")?.contentPath;
    const image = path ? readFirstImage(join(repoDir, path)) : undefined;
    if (image) thumbnails.set(c.cycle, image);
  }
  return {
    config,
    configRel,
    ...(now ? { now } : {}),
    cycles,
    metrics,
    titles,
    thumbnails,
    exceptions,
    decisions,
    problems,
    weeklyReports,
  };
}

/**
 * The title the ledger recorded: the latest `merged` event's (the content as merged), else the latest
 * `proposed` event's. Undefined for ledgers written before titles were recorded.
 */
export function ledgerTitle(events: readonly LedgerEvent[]): string | undefined {
  let proposed: string | undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as LedgerEvent;
    if (e.type === "merged" && e.title !== undefined) return e.title;
    if (e.type === "proposed" && proposed === undefined) proposed = e.title;
  }
  return proposed;
}

/** Older ledgers carry no title: read it from the head of the content file the item was proposed as. */
function readTitleOf(events: readonly LedgerEvent[], repoDir: string): string | undefined {
  const path = events.find((e) => e.type === "proposed")?.contentPath;
  return path ? readTitle(join(repoDir, path)) : undefined;
}

/** The latest instant recorded anywhere in the state; undefined for an empty repository. */
function latestTime(
  cycles: readonly CycleRecord[],
  exceptions: ReadonlyArray<{ raisedAt: string; resolvedAt?: string }>,
  decisions: readonly DecisionEntry[],
  metrics: MetricStore,
): string | undefined {
  let best = Number.NEGATIVE_INFINITY;
  const see = (iso: string | undefined) => {
    if (iso === undefined) return;
    const t = Date.parse(iso);
    if (t > best) best = t;
  };
  for (const c of cycles) for (const t of c.times) if (t > best) best = t;
  for (const e of exceptions) {
    see(e.raisedAt);
    see(e.resolvedAt);
  }
  for (const d of decisions) see(d.at);
  if (metrics.latestReceived > best) best = metrics.latestReceived;
  return Number.isFinite(best) ? new Date(best).toISOString() : undefined;
}

/** The `title:` of an item's front matter; undefined when the file is not there. */
/** Reads only the head of the item (its front matter), not the whole body: a year is ~20,000 items. */
const HEAD_BYTES = 4096;
const head = Buffer.alloc(HEAD_BYTES);

export function readTitle(path: string): string | undefined {
  let text: string;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    text = head.toString("utf8", 0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const end = text.indexOf("\n---", 4);
  const front = text.startsWith("---") && end > 0 ? text.slice(0, end) : "";
  const m = /^title:[ \t]*(.*)$/m.exec(front);
  if (!m) return "(untitled)";
  const raw = (m[1] as string).trim();
  if (raw.startsWith('"') || raw.startsWith("'")) {
    try {
      return String(parse(raw));
    } catch {
      return raw;
    }
  }
  return raw;
}
