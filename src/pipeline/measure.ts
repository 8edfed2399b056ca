// The "measure" half of the loop: metric rows in (inbox files, a dispatch payload, files named by hand),
// every row validated and matched or quarantined; then benchmarks judged and spend settled into the
// ledger. One commit holds the stored metrics, the quarantine, the ledger events and the inbox files
// that were read completely (removed, so they are never counted twice).
import { rm } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Benchmark as ConfigBenchmark } from "../config/types.ts";
import { listInboxFiles } from "../metrics/inbox.ts";
import { judgeItem } from "../metrics/judge.ts";
import type { UnreadableLine } from "../metrics/merge.ts";
import { MAX_SPEND_TOTAL, spendByItem } from "../metrics/spend.ts";
import { readItemMetrics } from "../metrics/store.ts";
import type { IngestSource, IngestSummary, PublishedItem } from "../metrics/types.ts";
import { exceptionId, raiseException } from "../state/exceptions.ts";
import { sha256 } from "../state/item.ts";
import { appendEvents, type Ledger, type LedgerEvent, lastOf } from "../state/ledger.ts";
import type { PullOptions, PullReport } from "./pull-metrics.ts";
import type { RunContext } from "./reconcile.ts";

export interface MeasureReport {
  /** What pulling from the channels did (requests, rows, skipped, failures), when it ran. */
  pulled?: PullReport;
  ingest?: IngestSummary;
  judged: Array<{ cycle: string; benchmark: string; status: string }>;
  settled: Array<{ cycle: string; amount: number }>;
  /** Spend totals not settled because they are beyond what the ledger takes (MAX_SPEND_TOTAL). */
  unsettled?: Array<{ cycle: string; amount: number; reason: string }>;
  /** Inbox files kept because reading stopped early: fix them and the next run reads them again. */
  kept: string[];
  /** Stored metric lines that are not values (`path:line`): left out, their items not judged, an exception each. */
  unreadable?: string[];
  commit?: string;
}

export function metricsDir(ctx: Pick<RunContext, "config">): string {
  return join(ctx.config.dir, "metrics");
}

/**
 * Every published item, as metrics see it: with every identifier an export may name it by (cycle id,
 * receipt id, URL, permalink, Message-ID, subject, title, send time; docs/exports.md).
 */
export function publishedItems(ledger: Ledger): PublishedItem[] {
  const items: PublishedItem[] = [];
  for (const [cycle, events] of ledger) {
    const published = lastOf(events, "published");
    const proposed = lastOf(events, "proposed");
    if (!published || !proposed) continue;
    const r = published.receipt;
    // The title as merged: a person may have edited the proposal's.
    const title = lastOf(events, "merged")?.title ?? proposed.title;
    // Receipts written before the email channel named its Message-ID and subject: its receipt id is the
    // Message-ID ("<…> queued as 4XyZ1"), and the subject it sent is the item's title.
    const messageId = r.messageId ?? /^<[^<>\s]+>/.exec(r.id)?.[0];
    const subject = r.subject ?? (messageId ? title : undefined);
    items.push({
      cycle,
      workflow: proposed.workflow,
      channel: published.channel,
      publishedAt: published.at,
      ...(r.url ? { url: r.url } : {}),
      receiptId: r.id,
      ...(r.permalink ? { permalink: r.permalink } : {}),
      ...(messageId ? { messageId } : {}),
      ...(subject ? { subject } : {}),
      ...(title ? { title } : {}),
      ...(r.sentAt ? { sentAt: r.sentAt } : {}),
    });
  }
  return items;
}

/**
 * Ingests the given sources (plus every file in marketing/metrics/inbox/ when `inbox` is set), judges
 * what changed or is still open, settles spend, and commits it all.
 */
export async function measure(
  ctx: RunContext,
  ledger: Ledger,
  opts: MeasureOptions = {},
): Promise<MeasureReport> {
  const { report, files } = await measureFiles(ctx, ledger, opts);
  if (files.length) {
    const sha = await ctx.forge.commitState(measureCommitMessage(report), files);
    if (sha) report.commit = sha;
  }
  return report;
}

/**
 * The measure commit's words: rows counted as what became of them (accepted, corrections, quarantined), so
 * a commit that only quarantines rows does not read as if it stored them.
 */
export function measureCommitMessage(report: MeasureReport): string {
  const s = report.ingest;
  const rows = [
    `${s?.accepted ?? 0} metric row(s) accepted`,
    ...(s?.corrections ? [`${s.corrections} correction(s)`] : []),
    ...(s?.quarantined ? [`${s.quarantined} quarantined`] : []),
  ];
  const pulled = report.pulled?.requests
    ? [`pulled from channels in ${report.pulled.requests} request(s)`]
    : [];
  return `loopcast: measure (${[...rows, `${report.judged.length} verdict(s)`, ...pulled].join(", ")})`;
}

export interface MeasureOptions {
  sources?: IngestSource[];
  inbox?: boolean;
  /** Pull published items' numbers from the channels first (unless strategy.yaml sets measure.pull: false). */
  pull?: PullOptions;
}

/** The same work without committing: returns the files changed, relative to the repository root. */
export async function measureFiles(
  ctx: Pick<RunContext, "config" | "repoDir" | "now">,
  ledger: Ledger,
  opts: MeasureOptions = {},
): Promise<{ report: MeasureReport; files: string[] }> {
  const dir = metricsDir(ctx);
  const items = publishedItems(ledger);
  // Pulling reads the channels and writes nothing: its rows are stored with the rest below, and its state
  // (when each item was read, failures in a row) after them, so an interrupted run never records a pull
  // whose numbers were not stored.
  const pull =
    opts.pull && ctx.config.strategy.measure?.pull !== false
      ? await (await import("./pull-metrics.ts")).pullMetrics(ctx, items, opts.pull)
      : undefined;
  const inboxFiles = opts.inbox ? await listInboxFiles(dir) : [];
  const sources: IngestSource[] = [
    ...inboxFiles.map((path) => ({
      path,
      name: relative(dir, path),
      kept: `${relative(ctx.repoDir, path)} as committed (a run removes an inbox file it read whole; git history keeps it)`,
    })),
    ...(opts.sources ?? []),
    ...(pull?.sources ?? []),
  ];
  const report: MeasureReport = {
    judged: [],
    settled: [],
    kept: [],
    // Said only when a channel had something due (or the pull state could not be read): most runs have not.
    ...(pull && (Object.keys(pull.report.byChannel).length || pull.report.warnings.length)
      ? { pulled: pull.report }
      : {}),
  };
  const changedFiles: string[] = [];
  const changed = new Set<string>();
  if (sources.length) {
    // The readers (CSV, JSON) and matching are loaded only when there is something to read: most runs
    // find the inbox empty.
    const { ingest } = await import("../metrics/ingest.ts");
    report.ingest = await ingest({ dir, sources, items, receivedAt: ctx.now.toISOString() });
    changedFiles.push(...report.ingest.written);
    for (const c of report.ingest.changedCycles) changed.add(c);
    for (const path of inboxFiles) {
      const summary = report.ingest.bySource[relative(dir, path)];
      if (summary?.complete) {
        await rm(path);
        changedFiles.push(path);
      } else report.kept.push(relative(ctx.repoDir, path));
    }
  }
  if (pull) changedFiles.push(...(await pull.commit()));
  const unreadable: Array<UnreadableLine & { cycle: string }> = [];
  const events = await judgeAndSettle(ctx, ledger, items, changed, report, unreadable);
  if (events.length) {
    changedFiles.push(...(await appendEvents(ctx.config.dir, events)).map((p) => join(ctx.config.dir, p)));
  }
  for (const u of unreadable) {
    report.unreadable ??= [];
    report.unreadable.push(relative(ctx.repoDir, u.where));
    const raised = await raiseException(ctx.config.dir, {
      id: exceptionId("anomaly", `metrics.${u.cycle}.${sha256(u.text).slice(0, 8)}`),
      type: "anomaly",
      severity: "warning",
      status: "open",
      title: `${u.cycle}: a stored metric line is not a value; the item is not judged until it is fixed`,
      detail: `${relative(ctx.repoDir, u.where)}: ${u.reason}. The line is kept as written and left out of the reports; the item's benchmarks wait. Fix the line (one JSON object per line) or remove it, commit, then resolve this exception.\nThe line: ${u.text.slice(0, 300)}`,
      cycle: u.cycle,
      raisedAt: ctx.now.toISOString(),
    });
    if (raised) changedFiles.push(join(ctx.config.dir, raised));
  }
  return { report, files: changedFiles.map((p) => relative(ctx.repoDir, p)) };
}

/** Final verdicts (met, missed, not enough data) are recorded once, and again only if late data changes them. */
async function judgeAndSettle(
  ctx: Pick<RunContext, "config" | "now">,
  ledger: Ledger,
  items: PublishedItem[],
  changed: Set<string>,
  report: MeasureReport,
  unreadable: Array<UnreadableLine & { cycle: string }>,
): Promise<LedgerEvent[]> {
  const at = ctx.now.toISOString();
  const benchmarks = ctx.config.benchmarks.benchmarks as ConfigBenchmark[];
  const events: LedgerEvent[] = [];
  for (const item of items) {
    const history = ledger.get(item.cycle) ?? [];
    const applicable = benchmarks.filter((b) => b.workflow === item.workflow || b.channel === item.channel);
    const last = new Map<string, Extract<LedgerEvent, { type: "judged" }>>();
    for (const e of history) if (e.type === "judged") last.set(e.benchmark, e);
    const open = applicable.some((b) => !last.has(b.id) || last.get(b.id)?.status === "pending");
    if (!open && !changed.has(item.cycle)) continue;
    const bad: UnreadableLine[] = [];
    const values = await readItemMetrics(metricsDir(ctx), item.cycle, bad);
    // A verdict on part of the numbers could be wrong: the item waits until its file reads whole.
    if (bad.length) {
      unreadable.push(...bad.map((u) => ({ ...u, cycle: item.cycle })));
      continue;
    }
    for (const j of judgeItem(item, applicable, values, ctx.now)) {
      if (j.status === "pending") continue;
      const previous = last.get(j.benchmark.id);
      if (previous && previous.status === j.status && previous.value === j.value) continue;
      events.push({
        type: "judged",
        at,
        cycle: item.cycle,
        benchmark: j.benchmark.id,
        metric: j.benchmark.metric,
        status: j.status,
        ...(j.value !== undefined ? { value: j.value } : {}),
        ...(j.sample !== undefined ? { sample: j.sample } : {}),
        ...(j.benchmark.primary ? { primary: true } : {}),
      });
      report.judged.push({ cycle: item.cycle, benchmark: j.benchmark.id, status: j.status });
    }
    if (changed.has(item.cycle)) {
      const spend = spendByItem(values).find((s) => s.cycle === item.cycle);
      if (spend && !(spend.amount <= MAX_SPEND_TOTAL)) {
        // Each row's spend is bounded, but many days of it could still sum past what the ledger takes: a
        // line the ledger cannot read would be set aside, so it is never written.
        report.unsettled ??= [];
        report.unsettled.push({
          cycle: item.cycle,
          amount: spend.amount,
          reason: `measured spend ${spend.amount} is above ${MAX_SPEND_TOTAL}, the most one item may settle; check the spend rows of ${item.cycle}`,
        });
      } else if (spend && spend.amount !== lastOf(history, "spent")?.amount) {
        events.push({ type: "spent", at, cycle: item.cycle, amount: spend.amount, source: "metrics" });
        report.settled.push({ cycle: item.cycle, amount: spend.amount });
      }
    }
  }
  return events;
}
