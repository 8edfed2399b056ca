// One row of the output log: what a cycle produced, when, where, its proposal and its result — as it
// stood at a given time, so a weekly report shows the week as it was known when the week ended.
import { aggregateMetrics } from "../metrics/aggregate.ts";
import { type CycleStatus, cycleStatus, type LedgerEvent } from "../state/ledger.ts";
import { ledgerPath } from "../state/paths.ts";
import { fmtMetric } from "./format.ts";
import { eventsBefore } from "./snapshot.ts";
import type { CycleRecord, ReportData } from "./types.ts";

export interface Verdict {
  benchmark: string;
  metric: string;
  status: "met" | "missed" | "pending" | "not-enough-data";
  value?: number;
  primary: boolean;
}

export interface ItemRow {
  cycle: string;
  workflow: string;
  channel?: string;
  slot: string;
  level?: string;
  status: CycleStatus | "unknown";
  /** Short words for people: "published", "awaiting review", "refused: budget" … */
  statusText: string;
  title?: string;
  /** Repository-relative path of the content file, when it is on the base branch. */
  contentPath?: string;
  /** The item's first image: its repository-relative path (under marketing/media/) and alt text. */
  thumbnail?: { path: string; alt: string };
  /** Repository-relative path of the cycle's ledger file (always there). */
  ledgerPath: string;
  proposal?: { id: string; url?: string };
  publishedAt?: string;
  receiptUrl?: string;
  editRatio?: number;
  arms: Record<string, string>;
  reservation?: number;
  spent?: number;
  verdicts: Verdict[];
  /** "met", "missed" … the item's overall result against its benchmarks, when judged. */
  result?: "met" | "missed" | "pending" | "not-enough-data";
}

const STATUS_TEXT: Record<CycleStatus, string> = {
  proposed: "awaiting review",
  merged: "approved, not yet published",
  rejected: "rejected",
  publishing: "publishing (unconfirmed)",
  published: "published",
  failed: "publish failed",
  blocked: "blocked by guardrails",
  skipped: "refused",
  expired: "expired: not published in time",
  missed: "missed: no item proposed",
};

export function itemRow(data: ReportData, rec: CycleRecord, until?: number): ItemRow {
  const events = eventsBefore(rec, until);
  const status = cycleStatus(events) ?? "unknown";
  let proposed: Extract<LedgerEvent, { type: "proposed" }> | undefined;
  let published: Extract<LedgerEvent, { type: "published" }> | undefined;
  let merged: Extract<LedgerEvent, { type: "merged" }> | undefined;
  let skipped: Extract<LedgerEvent, { type: "skipped" }> | undefined;
  let rejected: Extract<LedgerEvent, { type: "rejected" }> | undefined;
  let spent: number | undefined;
  const verdicts = new Map<string, Verdict>();
  for (const e of events) {
    if (e.type === "proposed") proposed ??= e;
    else if (e.type === "published") published = e;
    else if (e.type === "merged") merged = e;
    else if (e.type === "skipped") skipped = e;
    else if (e.type === "rejected") rejected = e;
    else if (e.type === "spent") spent = e.amount;
    else if (e.type === "judged") {
      verdicts.set(e.benchmark, {
        benchmark: e.benchmark,
        metric: e.metric,
        status: e.status,
        ...(e.value !== undefined ? { value: e.value } : {}),
        primary: e.primary === true,
      });
    }
  }
  let statusText = status === "unknown" ? "unknown" : STATUS_TEXT[status];
  if (status === "skipped" && skipped) statusText = `refused: ${skipped.guardrail ?? skipped.reason}`;
  if (status === "rejected" && rejected?.reason) statusText = `rejected (${rejected.reason})`;
  if (status === "merged" && merged && merged.editRatio > 0)
    statusText = "approved with edits, not yet published";
  const list = [...verdicts.values()].sort((a, b) => (a.benchmark < b.benchmark ? -1 : 1));
  const row: ItemRow = {
    cycle: rec.cycle,
    workflow: rec.workflow,
    slot: rec.slot,
    status,
    statusText,
    ledgerPath: `${data.configRel}/${ledgerPath(rec.cycle)}`,
    arms: proposed?.arms ?? {},
    verdicts: list,
  };
  if (proposed) {
    row.channel = proposed.channel;
    row.level = proposed.level;
    row.proposal = proposed.proposal;
    if (proposed.reservation !== undefined) row.reservation = proposed.reservation;
  }
  const title = data.titles.get(rec.cycle);
  if (title !== undefined && proposed && status !== "proposed" && status !== "rejected") {
    row.title = title;
    row.contentPath = proposed.contentPath;
    const image = data.thumbnails?.get(rec.cycle);
    if (image) row.thumbnail = { path: `${data.configRel}/media/${image.file}`, alt: image.alt };
  }
  if (published) {
    row.publishedAt = published.at;
    if (published.receipt.url) row.receiptUrl = published.receipt.url;
  }
  if (merged) row.editRatio = merged.editRatio;
  if (spent !== undefined) row.spent = spent;
  const decisive = list.filter((v) => v.status === "met" || v.status === "missed");
  if (decisive.length) row.result = decisive.every((v) => v.status === "met") ? "met" : "missed";
  else if (list.some((v) => v.status === "pending")) row.result = "pending";
  else if (list.length) row.result = "not-enough-data";
  return row;
}

/** "click_rate 3.1 % ✓, open_rate 30.0 % ✗" — the item's verdicts in one line. */
export function verdictText(row: ItemRow): string {
  if (!row.verdicts.length) return row.status === "published" ? "not judged yet" : "";
  const mark = { met: "met", missed: "missed", pending: "pending", "not-enough-data": "not enough data" };
  return row.verdicts
    .map(
      (v) =>
        `${v.metric} ${v.value === undefined ? "" : `${fmtMetric(v.metric, v.value)} `}${mark[v.status]}`,
    )
    .join(", ");
}

/** An item's metrics summed over its whole life (as known at `until`). */
export function itemMetrics(data: ReportData, cycle: string, until?: number): Record<string, number> {
  return data.metrics.has(cycle) ? aggregateMetrics(data.metrics.valuesAt(cycle, until)) : {};
}
