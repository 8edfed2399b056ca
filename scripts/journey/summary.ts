// The closing summary: what the journey did, read back from the repository alone — the workflow YAML,
// the autonomy log, the ledger, the exceptions, the decision log — so it shows whatever the product did,
// learner or not. `collectSummary` reads; `renderSummary` (summary-text.ts) writes it out.
import { join } from "node:path";
import { levelDecisions } from "../../src/autonomy/effective-level.ts";
import { requireConfig } from "../../src/config/load.ts";
import type { Config } from "../../src/config/types.ts";
import { parseCycleId } from "../../src/core/time.ts";
import type { ChannelType } from "../../src/metrics/catalogue.ts";
import { readAutonomy } from "../../src/state/autonomy.ts";
import { listExceptions } from "../../src/state/exceptions.ts";
import { type LedgerEvent, lastOf, readLedger } from "../../src/state/ledger.ts";
import { listFiles, readEach } from "../../src/state/read-files.ts";
import { type Drop, describeMarket, localTime, MARKET } from "./market.ts";

const DAY_MS = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export interface Period {
  items: number;
  /** The primary metric over the judged items, pooled by their samples; undefined when none was judged. */
  rate?: number;
  judged: number;
  /** Published items per slot label. */
  slots: Record<string, number>;
  /** Per arm dimension the market rewards: the best value's share of the items. */
  bestArms: Record<string, { arm: string; share: number }>;
}

export interface WorkflowSummary {
  id: string;
  channelType: string;
  primary?: string;
  startLevel: string;
  configured: string;
  effective: string;
  demotedTo?: string;
  reason: string;
  /** The ladder in order: promotions proposed and granted, demotions, lifts — with the day. */
  ladder: Array<{ day: number; kind: string; text: string; to?: string }>;
  counts: { published: number; rejected: number; edited: number; autoMerged: number; skipped: number };
  first: Period;
  last: Period;
  /** For the workflow the drop hit: the days before it, as long as the other periods. */
  beforeDrop?: Period;
  /** What the market rewarded, in words (none when it does not know the channel). */
  market?: string;
}

export interface SummaryData {
  dir: string;
  days: number;
  seed: string;
  start: string;
  drop: { workflow: string; day: number; factor: number; metric?: string };
  changes: string[];
  span: number;
  workflows: WorkflowSummary[];
  exceptions: Array<{ id: string; type: string; status: string; title: string }>;
  decisions: Array<{ id: string; day: number; workflow?: string; kind: string; summary: string }>;
  runs: number;
  /** What runs reported as failed, one line each. */
  errors: string[];
  sent: { emails: number; statuses: number; webhooks: number };
  /** The CLI's command names, so the summary points only at commands that exist. */
  commands: string[];
  elapsedMs?: number;
  gitMs?: number;
}

function dayOf(at: string | Date, start: Date): number {
  return Math.floor((new Date(at).getTime() - start.getTime()) / DAY_MS) + 1;
}

function slotLabel(cycle: string, events: readonly LedgerEvent[], timezone: string, weekly: boolean): string {
  const recorded = lastOf(events, "proposed")?.arms.slot;
  if (recorded) return recorded;
  const { weekday, minutes } = localTime(parseCycleId(cycle).slot, timezone);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return weekly ? `${WEEKDAYS[weekday]} ${time}` : time;
}

function period(
  cycles: ReadonlyArray<readonly [string, readonly LedgerEvent[]]>,
  opts: { primary?: string; channelType: string; timezone: string; weekly: boolean },
): Period {
  const slots: Record<string, number> = {};
  let weighted = 0;
  let weight = 0;
  let plain = 0;
  let judged = 0;
  const rewarded = MARKET.channels[opts.channelType as ChannelType]?.arms ?? {};
  const armCounts: Record<string, number> = {};
  for (const [cycle, events] of cycles) {
    const label = slotLabel(cycle, events, opts.timezone, opts.weekly);
    slots[label] = (slots[label] ?? 0) + 1;
    const arms = lastOf(events, "proposed")?.arms ?? {};
    for (const [dimension, values] of Object.entries(rewarded)) {
      const best = Object.entries(values).sort((a, b) => b[1] - a[1])[0]?.[0];
      if (best !== undefined && arms[dimension] === best)
        armCounts[dimension] = (armCounts[dimension] ?? 0) + 1;
    }
    const verdict = [...events]
      .reverse()
      .find((e) => e.type === "judged" && e.benchmark === opts.primary && e.value !== undefined);
    if (verdict?.type !== "judged" || verdict.value === undefined) continue;
    judged++;
    plain += verdict.value;
    if (verdict.sample) {
      weighted += verdict.value * verdict.sample;
      weight += verdict.sample;
    }
  }
  const bestArms: Period["bestArms"] = {};
  for (const [dimension, values] of Object.entries(rewarded)) {
    const best = Object.entries(values).sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best !== undefined && cycles.length)
      bestArms[dimension] = { arm: best, share: (armCounts[dimension] ?? 0) / cycles.length };
  }
  const rate = weight > 0 ? weighted / weight : judged ? plain / judged : undefined;
  return { items: cycles.length, ...(rate !== undefined ? { rate } : {}), judged, slots, bestArms };
}

async function readDecisionSummaries(configDir: string, start: Date): Promise<SummaryData["decisions"]> {
  const root = join(configDir, "decisions");
  const out: Array<{ id: string; at: string; workflow?: string; kind: string; summary: string }> = [];
  await readEach(root, listFiles(root, ".json"), (file, text) => {
    try {
      const d = JSON.parse(text) as {
        id?: string;
        at?: string;
        workflow?: string;
        kind?: string;
        summary?: string;
      };
      if (d.at && d.summary)
        out.push({
          id: d.id ?? file.replace(/^.*\//, "").replace(/\.json$/, ""),
          at: d.at,
          kind: d.kind ?? "",
          summary: d.summary,
          ...(d.workflow ? { workflow: d.workflow } : {}),
        });
    } catch {
      // An unreadable decision is the reports' problem to name; the summary counts what it can read.
    }
  });
  return out
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((d) => ({ ...d, day: dayOf(d.at, start) }));
}

export async function collectSummary(opts: {
  dir: string;
  days: number;
  seed: string;
  start: Date;
  /** Day one as a local date, for people. */
  startDate: string;
  drop: Drop;
  changes: string[];
  startLevels: Record<string, string>;
  runs: number;
  errors: string[];
  sent: SummaryData["sent"];
  commands: string[];
}): Promise<SummaryData> {
  const config: Config = await requireConfig(join(opts.dir, "marketing"));
  const ledger = await readLedger(config.dir);
  const autonomy = await readAutonomy(config.dir);
  const levels = levelDecisions(config, ledger, autonomy);
  const tz = config.strategy.timezone;
  const span = Math.min(30, Math.floor(opts.days / 2));
  const firstEnd = opts.start.getTime() + span * DAY_MS;
  const lastStart = opts.start.getTime() + (opts.days - span) * DAY_MS;
  const dropStart = opts.drop.from.getTime();
  const primaryOf = (workflow: Config["workflows"][number]) =>
    config.benchmarks.benchmarks.find(
      (b) => b.primary === true && (b.workflow === workflow.id || b.channel === workflow.channel),
    );

  const workflows: WorkflowSummary[] = config.workflows.map((w) => {
    const channelType = config.strategy.channels.find((c) => c.id === w.channel)?.type ?? "";
    const primary = primaryOf(w);
    const cycles = [...ledger]
      .filter(([c]) => c.startsWith(`${w.id}@`))
      .sort(([a], [b]) => a.localeCompare(b));
    const published = cycles.filter(([, events]) => events.some((e) => e.type === "published"));
    const weekly = published.length < (opts.days / 7) * 2.5;
    const slotMs = (c: string) => parseCycleId(c).slot.getTime();
    const args = { ...(primary ? { primary: primary.id } : {}), channelType, timezone: tz, weekly };
    const merged = cycles.map(([, events]) => lastOf(events, "merged")).filter((m) => m !== undefined);
    const decision = levels.get(w.id);
    const ladder = (autonomy.get(w.id) ?? []).map((e) => {
      const step = { day: dayOf(e.at, opts.start), kind: e.type };
      switch (e.type) {
        case "promotion-proposed":
          return { ...step, text: `promotion to ${e.to} proposed` };
        case "promoted":
          return { ...step, to: e.to, text: `promoted to ${e.to} (the owner merged the proposal)` };
        case "demoted":
          return { ...step, to: e.to, text: `demoted from ${e.from} to ${e.to}: ${e.reason}` };
        default:
          return { ...step, text: `demotion lifted (${e.by})` };
      }
    });
    return {
      id: w.id,
      channelType,
      ...(primary ? { primary: primary.metric } : {}),
      startLevel: opts.startLevels[w.id] ?? "?",
      configured: w.level,
      effective: decision?.effective ?? w.level,
      ...(decision?.demotedTo ? { demotedTo: decision.demotedTo } : {}),
      reason: decision?.reason ?? "",
      ladder,
      counts: {
        published: published.length,
        rejected: cycles.filter(([, events]) => events.some((e) => e.type === "rejected")).length,
        edited: merged.filter((m) => m.humanCommits > 0).length,
        autoMerged: merged.filter((m) => m.auto === true).length,
        skipped: cycles.filter(([, events]) => events.some((e) => e.type === "skipped")).length,
      },
      first: period(
        published.filter(([c]) => slotMs(c) < firstEnd),
        args,
      ),
      last: period(
        published.filter(([c]) => slotMs(c) >= lastStart),
        args,
      ),
      ...(w.id === opts.drop.workflow && dropStart - span * DAY_MS >= firstEnd
        ? {
            beforeDrop: period(
              published.filter(([c]) => slotMs(c) >= dropStart - span * DAY_MS && slotMs(c) < dropStart),
              args,
            ),
          }
        : {}),
      ...(describeMarket(channelType as ChannelType)
        ? { market: describeMarket(channelType as ChannelType) }
        : {}),
    };
  });

  const dropWorkflow = config.workflows.find((w) => w.id === opts.drop.workflow);
  const dropMetric = dropWorkflow ? primaryOf(dropWorkflow)?.metric : undefined;
  return {
    dir: opts.dir,
    days: opts.days,
    seed: opts.seed,
    start: opts.startDate,
    drop: {
      workflow: opts.drop.workflow,
      day: dayOf(opts.drop.from, opts.start),
      factor: opts.drop.factor,
      ...(dropMetric ? { metric: dropMetric } : {}),
    },
    changes: opts.changes,
    span,
    workflows,
    exceptions: (await listExceptions(config.dir)).map((e) => ({
      id: e.id,
      type: e.type,
      status: e.status,
      title: e.title,
    })),
    decisions: await readDecisionSummaries(config.dir, opts.start),
    runs: opts.runs,
    errors: opts.errors,
    sent: opts.sent,
    commands: opts.commands,
  };
}
