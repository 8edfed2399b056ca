// What a year left in the repository, judged from the repository alone: the ledger, the exception queue
// and the reports. Each check returns what breaks its rule (empty when the year held), so a failing test
// names the cycles, exceptions or weeks. The rules are written from docs/life-cycle.md, not from the code
// that implements them: week boundaries and counts are computed here independently of src/report/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { rhythmOf } from "../../../src/adapt/rhythm.ts";
import type { Config } from "../../../src/config/types.ts";
import { DEFAULT_PUBLISH_WITHIN } from "../../../src/core/limits.ts";
import { cycleId, parseCycleId, parseDuration, slotsBetween } from "../../../src/core/time.ts";
import type { ExceptionItem } from "../../../src/state/exceptions.ts";
import { cycleStatus, type Ledger, type LedgerEvent } from "../../../src/state/ledger.ts";

/** The repository as the checks read it. */
export interface YearState {
  config: Config;
  ledger: Ledger;
  exceptions: ExceptionItem[];
  /** Weekly reports by week ("2026-W15") → their Markdown. */
  weekly: Map<string, string>;
  /** The dashboard (reports/dashboard.md): its "This week" is the week of the last run. */
  dashboard: { week: string; markdown: string };
}

/** The reports as the last run, at `end`, left them. */
export function readReports(
  configDir: string,
  end: Date,
  tz: string,
): Pick<YearState, "weekly" | "dashboard"> {
  return {
    weekly: readWeeklyReports(configDir),
    dashboard: {
      week: isoWeekOf(end, tz),
      markdown: readFileSync(join(configDir, "reports", "dashboard.md"), "utf8"),
    },
  };
}

function readWeeklyReports(configDir: string): Map<string, string> {
  const dir = join(configDir, "reports", "weekly");
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((n) => /^\d{4}-W\d{2}\.md$/.test(n))
    .sort())
    out.set(name.slice(0, -".md".length), readFileSync(join(dir, name), "utf8"));
  return out;
}

/** How a cycle's life may end: no exception needed once it is in one of these. */
const TERMINAL = new Set(["published", "rejected", "skipped", "expired", "missed"]);

function publishWithin(config: Config, workflow: string): number {
  const w = config.workflows.find((x) => x.id === workflow);
  return parseDuration(w?.publishWithin ?? DEFAULT_PUBLISH_WITHIN);
}

/**
 * Cycles lost without an exception: not in a terminal state, not still legitimately on their way at `end`
 * (proposed or merged, with their slot less than publishWithin ago), and named by no open exception.
 */
export function lostCycles(
  state: YearState,
  end: Date,
): Array<{ cycle: string; status: string; slot: string }> {
  const named = new Set(state.exceptions.filter((e) => e.status === "open").map((e) => e.cycle));
  const lost: Array<{ cycle: string; status: string; slot: string }> = [];
  for (const [cycle, events] of state.ledger) {
    const status = cycleStatus(events) ?? "unknown";
    if (TERMINAL.has(status) || named.has(cycle)) continue;
    const { workflow, slot } = parseCycleId(cycle);
    const onItsWay =
      (status === "proposed" || status === "merged") &&
      end.getTime() <= slot.getTime() + publishWithin(state.config, workflow);
    if (!onItsWay) lost.push({ cycle, status, slot: slot.toISOString() });
  }
  return lost;
}

/**
 * Slots with nothing in the ledger: for a workflow on a plain cadence, each firing in [from, until); for a
 * workflow whose items the learner places in a week (slots, frequency), each local ISO week wholly inside
 * [from, until) without a single cycle. A slot the runs never reached must still be recorded (missed).
 */
export function unrecordedSlots(state: YearState, from: Date, until: Date): string[] {
  const tz = state.config.strategy.timezone;
  const out: string[] = [];
  for (const w of state.config.workflows) {
    const cycles = [...state.ledger.keys()].filter((c) => c.startsWith(`${w.id}@`));
    if (rhythmOf(w) === "cadence") {
      for (const slot of slotsBetween(w.cadence, tz, from, until))
        if (slot < until && !state.ledger.has(cycleId(w.id, slot))) out.push(cycleId(w.id, slot));
      continue;
    }
    const weeks = new Set(cycles.map((c) => isoWeekOf(parseCycleId(c).slot, tz)));
    // Local Mondays at midnight: a week is [one, the next), counted when it ends by `until`.
    const mondays = slotsBetween("0 0 * * 1", tz, from, new Date(until.getTime() + 8 * DAY_MS));
    mondays.forEach((monday, i) => {
      const next = mondays[i + 1];
      const week = isoWeekOf(monday, tz);
      if (next && next <= until && !weeks.has(week)) out.push(`${w.id}#${week}`);
    });
  }
  return out;
}

/** The counts a weekly report's first line gives, by the words it uses for them. */
const COUNT_WORDS: Record<string, RegExp> = {
  proposed: /(\d+) proposed/,
  approved: /(\d+) approved/,
  rejected: /(\d+) rejected/,
  published: /(\d+) published/,
  refused: /(\d+) refused by guardrails/,
  failed: /(\d+) publish attempt\(s\) failed/,
  expired: /(\d+) expired \(not published in time\)/,
  missed: /(\d+) slot\(s\) missed \(no item\)/,
};

/** The ledger event each count counts. */
const COUNTED_EVENT: Record<string, LedgerEvent["type"]> = {
  proposed: "proposed",
  approved: "merged",
  rejected: "rejected",
  published: "published",
  refused: "skipped",
  failed: "publish-failed",
  expired: "expired",
  missed: "missed",
};

export type Counts = Record<string, number>;

/** The counts of a report's "**The week:**" (or "**This week:**") line; a count it leaves out is 0. */
export function reportedCounts(markdown: string): Counts {
  const line = /^\*\*(?:The|This) week:\*\* (.*)$/m.exec(markdown)?.[1];
  if (line === undefined) throw new Error("no counts line (**The week:** …) in the report");
  return Object.fromEntries(
    Object.entries(COUNT_WORDS).map(([k, re]) => [k, Number(re.exec(line)?.[1] ?? 0)]),
  );
}

/** The same counts from the ledger: events by the local ISO week in which they were recorded. */
export function ledgerCounts(ledger: Ledger, tz: string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const kinds = Object.entries(COUNTED_EVENT);
  for (const events of ledger.values())
    for (const e of events) {
      const kind = kinds.find(([, type]) => type === e.type)?.[0];
      if (!kind) continue;
      const week = isoWeekOf(new Date(e.at), tz);
      const counts = out.get(week) ?? Object.fromEntries(kinds.map(([k]) => [k, 0]));
      counts[kind] = (counts[kind] ?? 0) + 1;
      out.set(week, counts);
    }
  return out;
}

/** The report of a week: its weekly report, or the dashboard for the week in progress. */
function reportOf(state: YearState, week: string): string | undefined {
  return state.weekly.get(week) ?? (week === state.dashboard.week ? state.dashboard.markdown : undefined);
}

/**
 * Expired and missed cycles the report of the week they were recorded in does not name (in its items or
 * its exceptions): a count alone does not say which slot was lost.
 */
export function unnamedLapses(state: YearState): Array<{ cycle: string; type: string; week: string }> {
  const tz = state.config.strategy.timezone;
  const out: Array<{ cycle: string; type: string; week: string }> = [];
  for (const [cycle, events] of state.ledger)
    for (const e of events) {
      if (e.type !== "expired" && e.type !== "missed") continue;
      const week = isoWeekOf(new Date(e.at), tz);
      if (!reportOf(state, week)?.includes(cycle)) out.push({ cycle, type: e.type, week });
    }
  return out;
}

/** Weeks whose report counts differ from the ledger's, or whose events no report counts. */
export function countMismatches(
  state: YearState,
  fields: readonly string[] = Object.keys(COUNT_WORDS),
): Array<{ week: string; field: string; reported: number | "no report"; ledger: number }> {
  const fromLedger = ledgerCounts(state.ledger, state.config.strategy.timezone);
  const out: Array<{ week: string; field: string; reported: number | "no report"; ledger: number }> = [];
  const weeks = [...new Set([...fromLedger.keys(), ...state.weekly.keys()])].sort();
  for (const week of weeks) {
    const text = reportOf(state, week);
    const reported = text === undefined ? undefined : reportedCounts(text);
    for (const field of fields) {
      const ledger = fromLedger.get(week)?.[field] ?? 0;
      if (reported === undefined) {
        if (ledger) out.push({ week, field, reported: "no report", ledger });
      } else if (reported[field] !== ledger)
        out.push({ week, field, reported: reported[field] ?? 0, ledger });
    }
  }
  return out;
}

export interface ExceptionFinding {
  id: string;
  problem: string;
}

/**
 * Every resolved exception was closed by what settles it — the item published or expired (Loopcast, at that
 * moment, with the ledger event to show for it), a retry the owner asked for (a `retried` event at that
 * moment), or the owner's own resolve with a note — and no open exception outlived its cause (its item
 * published, expired, rejected or retried since).
 */
export function exceptionFindings(state: YearState, owner: string): ExceptionFinding[] {
  const out: ExceptionFinding[] = [];
  for (const e of state.exceptions) {
    const events = e.cycle ? (state.ledger.get(e.cycle) ?? []) : [];
    const at = (type: LedgerEvent["type"], t?: string) =>
      events.some((x) => x.type === type && (t === undefined || x.at === t));
    if (e.status === "open") {
      const status = e.cycle ? cycleStatus(events) : undefined;
      const retriedSince = events.some((x) => x.type === "retried" && x.at >= e.raisedAt);
      const cycleBound = e.type === "publish-failure" || e.type === "guardrail";
      if (cycleBound && e.cycle && (status === "published" || status === "rejected"))
        out.push({ id: e.id, problem: `open, but ${e.cycle} is ${status}` });
      else if (cycleBound && status === "expired" && !e.id.endsWith(".expired"))
        out.push({ id: e.id, problem: `open, but ${e.cycle} expired` });
      else if (/\.failed(-\d+)?$/.test(e.id) && retriedSince)
        out.push({ id: e.id, problem: `open, but ${e.cycle} was retried after it was raised` });
      continue;
    }
    const resolution = e.resolution ?? "";
    const when = e.resolvedAt ?? "";
    if (when < e.raisedAt) out.push({ id: e.id, problem: `resolved at ${when}, before it was raised` });
    if (/asked for a retry/.test(resolution)) {
      // `loopcast retry`: the owner's command, recorded as a retried event by them at that moment.
      if (!events.some((x) => x.type === "retried" && x.at === when && x.by === owner))
        out.push({
          id: e.id,
          problem: `resolved as a retry at ${when}, with no retried event by ${owner} then`,
        });
      if (!/\.failed(-\d+)?$/.test(e.id))
        out.push({ id: e.id, problem: "resolved by a retry, but it is not a failed publish" });
    } else if (e.resolvedBy === "loopcast") {
      const published = /^published at (\S+)/.exec(resolution)?.[1];
      if (published !== undefined) {
        if (!at("published", published) || published !== when)
          out.push({
            id: e.id,
            problem: `resolved as "published at ${published}", which the ledger does not show`,
          });
      } else if (resolution.startsWith("the item expired")) {
        if (!at("expired", when))
          out.push({ id: e.id, problem: `resolved as expired at ${when}, which the ledger does not show` });
      } else if (resolution.startsWith("pulling metrics from ")) {
        // A channel's metrics pull failed runs in a row; the run whose pull worked again closed it.
        if (!e.id.startsWith("anomaly--metrics-pull.") || !resolution.endsWith(`worked again at ${when}`))
          out.push({ id: e.id, problem: `resolved as a working pull with "${resolution}" at ${when}` });
      } else out.push({ id: e.id, problem: `resolved by loopcast with "${resolution}"` });
    } else if (e.resolvedBy === owner) {
      if (/\.failed(-\d+)?$/.test(e.id))
        out.push({ id: e.id, problem: `a failed publish closed without a retry ("${resolution}")` });
      else if (!resolution) out.push({ id: e.id, problem: "resolved by the owner without a note" });
    } else out.push({ id: e.id, problem: `resolved by "${e.resolvedBy}"` });
  }
  return out;
}

/** What the Mastodon stand-in was asked to create, and what the SMTP stand-in accepted, per cycle. */
export interface Arrivals {
  /** Idempotency keys (`<cycle>.<content hash>`) of the requests that created a status. */
  statusKeys: string[];
  /** The X-Loopcast-Cycle header of each accepted e-mail. */
  mails: string[];
  /** The repository's folder, where the blog writes its posts (site/blog). */
  dir: string;
}

/** Deliveries per cycle at the stand-ins and in the blog's folder. */
export function deliveries(a: Arrivals): Map<string, number> {
  const out = new Map<string, number>();
  const add = (cycle: string) => out.set(cycle, (out.get(cycle) ?? 0) + 1);
  for (const key of a.statusKeys) add(key.slice(0, key.lastIndexOf(".")));
  for (const cycle of a.mails) add(cycle);
  const blog = join(a.dir, "site", "blog");
  for (const name of readdirSync(blog).filter((n) => n.endsWith(".md"))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(blog, name), "utf8"))?.[1] ?? "";
    add(String((parse(front) as { cycle?: unknown } | null)?.cycle ?? name));
  }
  return out;
}

const DAY_MS = 86_400_000;

/** The ISO week ("2026-W15") of an instant's local date in a time zone. */
export function isoWeekOf(instant: Date, tz: string): string {
  const ymd = new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(instant)
    .split("-")
    .map(Number);
  const date = Date.UTC(ymd[0] as number, (ymd[1] as number) - 1, ymd[2] as number);
  const weekday = new Date(date).getUTCDay() || 7;
  const thursday = new Date(date + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
