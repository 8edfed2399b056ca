// ReportData: everything the reports show, read once from the repository by collect.ts. Renderers are
// pure functions of it (and never read the clock), so the same state always gives the same bytes.
import type { Config } from "../config/types.ts";
import type { Decision } from "../schema-types/decision.generated.ts";
import type { ExceptionItem } from "../state/exceptions.ts";
import type { ItemMedia } from "../state/item.ts";
import type { LedgerEvent } from "../state/ledger.ts";
import type { MetricStore } from "./metric-store.ts";

export type { Decision };

/** One cycle's events, in ledger order. */
export interface CycleRecord {
  cycle: string;
  workflow: string;
  /** The slot as ISO time (from the cycle id), in ms, and its ISO week in the strategy's time zone. */
  slot: string;
  slotMs: number;
  week: string;
  events: LedgerEvent[];
  /** Each event's `at` in ms (same order as events), so snapshots filter without re-parsing. */
  times: number[];
}

/** One stored metric value with when it arrived (so a weekly report can show what was known then). */
export interface MetricPoint {
  /** Absent = lifetime total. */
  date?: string;
  metric: string;
  value: number;
  /** When it arrived, in ms. */
  receivedMs: number;
  /** Earlier values this one corrected, newest first. */
  replaced?: Array<{ value: number; receivedMs: number }>;
}

export interface DecisionEntry extends Decision {
  /** Repository-relative path of the decision file. */
  path: string;
}

export interface ReportData {
  config: Config;
  /** The configuration folder relative to the repository root, with "/" (e.g. "marketing"). */
  configRel: string;
  /** The report's "now" (ISO); undefined when the repository holds no state yet. */
  now?: string;
  /** Every cycle, sorted by slot then id. */
  cycles: CycleRecord[];
  /** Stored metric values by cycle. */
  metrics: MetricStore;
  /** Item titles by cycle, for items whose content file is on the base branch (and was read). */
  titles: Map<string, string>;
  /** The first image of those items that carry one (its file under marketing/media/ and alt text), by cycle. */
  thumbnails?: Map<string, ItemMedia>;
  exceptions: ExceptionItem[];
  /** Valid decision files, oldest first. */
  decisions: DecisionEntry[];
  /** Files the reports skipped, each with the reason (shown in the dashboard, never dropped silently). */
  problems: string[];
  /** Weeks that already have a weekly report (e.g. "2026-W49"), sorted. */
  weeklyReports: string[];
}
