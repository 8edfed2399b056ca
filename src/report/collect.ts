// Reads the repository state the reports show into one ReportData: ledger, metrics, exceptions,
// decisions, existing weekly reports and the titles of the items the reports will list. Nothing here
// reads the clock: without `now`, the report's time is the latest time recorded in the state.
import { closeSync, openSync, readSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";
import { validator } from "../config/schemas.ts";
import type { Config } from "../config/types.ts";
import { parseCycleId } from "../core/time.ts";
import { listExceptions } from "../state/exceptions.ts";
import { cycleStatus, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { listFiles, readEach } from "../state/read-files.ts";
import type { CycleRecord, DecisionEntry, MetricPoint, ReportData } from "./types.ts";
import { addWeeks, weekOf, weekOfMs, weeksToWrite } from "./weeks.ts";

export const REPORTS_DIR = "reports";
export const WEEKLY_DIR = "reports/weekly";

export interface CollectOptions {
  config: Config;
  repoDir: string;
  now?: Date;
}

export async function collect(opts: CollectOptions): Promise<ReportData> {
  const { config, repoDir } = opts;
  const dir = config.dir;
  const configRel = relative(repoDir, dir).split(sep).join("/") || ".";
  const problems: string[] = [];
  const ledger = await readLedger(dir);
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
  const metrics = await readMetrics(join(dir, "metrics"), problems);
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
  for (const c of cycles) {
    if (!wanted.has(c.week)) continue;
    const status = cycleStatus(c.events);
    if (!status || status === "proposed" || status === "rejected" || status === "skipped") continue;
    const title = ledgerTitle(c.events) ?? readTitleOf(c.events, repoDir);
    if (title !== undefined) titles.set(c.cycle, title);
  }
  return {
    config,
    configRel,
    ...(now ? { now } : {}),
    cycles,
    metrics,
    titles,
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
  metrics: Map<string, MetricPoint[]>,
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
  for (const list of metrics.values()) for (const m of list) see(m.receivedAt);
  return Number.isFinite(best) ? new Date(best).toISOString() : undefined;
}

/** Decision files, validated against schemas/decision.schema.json; an invalid one becomes a problem. */
async function readDecisions(dir: string, configRel: string, problems: string[]): Promise<DecisionEntry[]> {
  const root = join(dir, "decisions");
  const validate = validator("decision");
  const out: DecisionEntry[] = [];
  await readEach(root, listFiles(root, ".json"), (file, text) => {
    const path = `${configRel}/decisions/${file}`;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      problems.push(`${path}: not JSON (${(err as Error).message}); fix or remove the file`);
      return;
    }
    if (!validate(data)) {
      const e = validate.errors?.[0];
      problems.push(`${path}: not a valid decision (${e?.instancePath || "decision"} ${e?.message})`);
      return;
    }
    const d = data as DecisionEntry;
    if (!file.endsWith(`/${d.id}.json`) && file !== `${d.id}.json`) {
      problems.push(`${path}: the file name must be the decision's id (${d.id}.json)`);
      return;
    }
    out.push({ ...d, path });
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

const ITEM_FILE = /^\d{4}\/\d{2}\/[^/]+\.jsonl$/;

/** Stored metric values (`metrics/<yyyy>/<mm>/<cycle>.jsonl`); inbox and quarantine are not values. */
async function readMetrics(root: string, problems: string[]): Promise<Map<string, MetricPoint[]>> {
  const out = new Map<string, MetricPoint[]>();
  const files = listFiles(root, ".jsonl").filter((f) => ITEM_FILE.test(f));
  await readEach(root, files, (file, text) => {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.trim()) continue;
      let r: {
        cycle?: unknown;
        date?: unknown;
        metric?: unknown;
        value?: unknown;
        receivedAt?: unknown;
        replaced?: Array<{ value: number; receivedAt: string }>;
      };
      try {
        r = JSON.parse(line);
      } catch {
        problems.push(`metrics/${file}:${i + 1}: not JSON; the line was left out of the reports`);
        continue;
      }
      if (typeof r.cycle !== "string" || typeof r.metric !== "string" || typeof r.value !== "number") {
        problems.push(`metrics/${file}:${i + 1}: no cycle, metric or value; the line was left out`);
        continue;
      }
      const point: MetricPoint = {
        metric: r.metric,
        value: r.value,
        receivedAt: typeof r.receivedAt === "string" ? r.receivedAt : "1970-01-01T00:00:00.000Z",
      };
      if (typeof r.date === "string") point.date = r.date;
      if (Array.isArray(r.replaced) && r.replaced.length)
        point.replaced = r.replaced.map((x) => ({ value: x.value, receivedAt: x.receivedAt }));
      const list = out.get(r.cycle);
      if (list) list.push(point);
      else out.set(r.cycle, [point]);
    }
  });
  return out;
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
