// Pulling published items' numbers from the channels themselves (Channel.measure), as one more set of ingest
// sources: the rows go through the inbox's path (validated, matched, stored with corrections kept, judged)
// and nothing is written until measuring writes it all for one commit. The state of pulling — when each
// item was last read, and how many runs in a row each channel failed — is committed beside the metrics
// (metrics/pulls.json), so a fresh checkout in CI knows it too.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ChannelRegistry, LazyChannelAdapter } from "../channels/registry.ts";
import type { ChannelAdapter, MeasureResult } from "../channels/types.ts";
import type { Benchmark, Config } from "../config/types.ts";
import { ChannelError } from "../errors.ts";
import { validateRow } from "../metrics/row.ts";
import type { IngestSource, PublishedItem, ReadResult } from "../metrics/types.ts";
import { exceptionId, listExceptions, raiseException, writeResolved } from "../state/exceptions.ts";
import {
  DEFAULT_REQUESTS_PER_RUN,
  dueItems,
  type PulledAt,
  prunePulled,
  shareBudget,
  windowEnd,
} from "./pull-due.ts";

/** A channel failing this many runs in a row raises one exception. */
export const FAILURES_BEFORE_EXCEPTION = 3;
export const PULLS_FILE = "pulls.json";

export interface PullState {
  version: 1;
  /** When each item in a window was last pulled (ISO), by cycle. */
  items: Record<string, string>;
  /** Channels whose last pulls failed: runs in a row, the first failure, the last error, the exception raised. */
  failing: Record<string, { runs: number; since: string; lastError: string; exception?: string }>;
}

export interface PullOptions {
  channels: ChannelRegistry;
  env: Record<string, string | undefined>;
  /** Waits between retries (default: real time). */
  sleep?: (ms: number) => Promise<void>;
}

export interface PullReport {
  requests: number;
  rows: number;
  /** Per channel id: requests, rows, items skipped. */
  byChannel: Record<string, { requests: number; rows: number; skipped: number; error?: string }>;
  skipped: Array<{ cycle: string; reason: string }>;
  failures: Array<{ channel: string; message: string; unreachable: boolean }>;
  /** Exceptions raised or resolved by this pull. */
  raised: string[];
  resolved: string[];
  /** The state file could not be read: pulling started afresh. */
  warnings: string[];
}

export interface Pulled {
  sources: IngestSource[];
  report: PullReport;
  /** Writes the pull state and the exceptions; called once the rows are stored. Returns the files written. */
  commit(): Promise<string[]>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function pullMetrics(
  ctx: { config: Config; now: Date },
  items: readonly PublishedItem[],
  opts: PullOptions,
): Promise<Pulled> {
  const metricsDir = join(ctx.config.dir, "metrics");
  const report: PullReport = {
    requests: 0,
    rows: 0,
    byChannel: {},
    skipped: [],
    failures: [],
    raised: [],
    resolved: [],
    warnings: [],
  };
  const state = await readPullState(metricsDir, report.warnings);
  const benchmarks = ctx.config.benchmarks.benchmarks as Benchmark[];
  const settings = ctx.config.strategy.measure;
  const due = dueItems({ items, benchmarks, pulled: state.items, now: ctx.now });
  // Channels in the order of their oldest due item.
  const byChannel = new Map<string, PublishedItem[]>();
  for (const d of due) byChannel.set(d.item.channel, [...(byChannel.get(d.item.channel) ?? []), d.item]);
  // Channel id → the error of its pull, or undefined when it worked.
  const outcomes = new Map<string, string | undefined>();
  const measuring: Array<{ id: string; adapter: ChannelAdapter; items: PublishedItem[] }> = [];
  for (const [id, list] of byChannel) {
    const channel = ctx.config.strategy.channels.find((c) => c.id === id);
    let adapter: ChannelAdapter | undefined;
    try {
      adapter = channel && (await realAdapter(opts.channels, channel.type));
    } catch (err) {
      // An adapter that cannot be loaded fails its own channel's pull, not the run.
      const message = `channel ${id}: its adapter could not be loaded: ${(err as Error).message}`;
      report.byChannel[id] = { requests: 0, rows: 0, skipped: list.length, error: message };
      report.failures.push({ channel: id, message, unreachable: false });
      outcomes.set(id, message);
      continue;
    }
    // A kind with nothing to read (e-mail over SMTP, a webhook) is measured by exports and pushes only.
    if (adapter?.measure) measuring.push({ id, adapter, items: list });
  }
  let remaining = settings?.requestsPerRun ?? DEFAULT_REQUESTS_PER_RUN;
  const sources: IngestSource[] = [];
  const pulledNow: Record<string, string> = {};
  for (const [index, m] of measuring.entries()) {
    const channel = ctx.config.strategy.channels.find((c) => c.id === m.id);
    if (!channel || !m.adapter.measure) continue;
    const maxRequests = shareBudget(measuring.length, remaining, index);
    const line = { requests: 0, rows: 0, skipped: 0 } as PullReport["byChannel"][string];
    report.byChannel[m.id] = line;
    if (maxRequests <= 0) {
      line.skipped = m.items.length;
      for (const i of m.items)
        report.skipped.push({
          cycle: i.cycle,
          reason: "this run's request budget ran out; the next run reads it",
        });
      continue;
    }
    let result: MeasureResult;
    try {
      result = await m.adapter.measure({
        channel,
        items: m.items,
        env: opts.env,
        now: ctx.now,
        maxRequests,
        sleep: opts.sleep ?? realSleep,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      line.error = message;
      report.failures.push({
        channel: m.id,
        message,
        unreachable: err instanceof ChannelError && err.retryable,
      });
      outcomes.set(m.id, message);
      // A failed channel may still have spent requests; without a count, it spent its share.
      remaining -= maxRequests;
      continue;
    }
    outcomes.set(m.id, undefined);
    remaining -= result.requests;
    line.requests = result.requests;
    line.rows = result.rows.length;
    line.skipped = result.skipped.length;
    report.requests += result.requests;
    report.rows += result.rows.length;
    report.skipped.push(...result.skipped);
    for (const row of result.rows) if (row.cycle) pulledNow[row.cycle] = ctx.now.toISOString();
    if (result.rows.length) sources.push({ name: `pull:${m.id}`, records: rowsAsRecords(result) });
  }

  const commit = async (): Promise<string[]> => {
    const written: string[] = [];
    const ends = new Map<string, number>();
    for (const item of items) {
      const end = windowEnd(item, benchmarks);
      if (end !== undefined) ends.set(item.cycle, end);
    }
    const next: PullState = {
      version: 1,
      items: { ...prunePulled({ ...state.items, ...pulledNow }, ends, ctx.now) },
      failing: { ...state.failing },
    };
    let open: Awaited<ReturnType<typeof listExceptions>> | undefined;
    for (const [id, error] of outcomes) {
      const before = next.failing[id];
      if (error === undefined) {
        if (!before) continue;
        delete next.failing[id];
        if (!before.exception) continue;
        open ??= await listExceptions(ctx.config.dir);
        const ex = open.find((e) => e.id === before.exception && e.status === "open");
        if (!ex) continue;
        const { path } = await writeResolved(
          ctx.config.dir,
          ex,
          "loopcast",
          ctx.now,
          `pulling metrics from ${id} worked again at ${ctx.now.toISOString()}`,
        );
        written.push(join(ctx.config.dir, path));
        report.resolved.push(ex.id);
        continue;
      }
      const failing = {
        runs: (before?.runs ?? 0) + 1,
        since: before?.since ?? ctx.now.toISOString(),
        lastError: error,
        ...(before?.exception ? { exception: before.exception } : {}),
      };
      next.failing[id] = failing;
      if (failing.runs >= FAILURES_BEFORE_EXCEPTION && !failing.exception) {
        // One exception per run of failures: its id carries when the failures began.
        const id_ = exceptionId("anomaly", `metrics-pull.${id}.${failing.since.replace(/[-:]|\.\d+/g, "")}`);
        const raised = await raiseException(ctx.config.dir, {
          id: id_,
          type: "anomaly",
          severity: "warning",
          status: "open",
          title: `pulling metrics from channel ${id} failed ${failing.runs} runs in a row`,
          detail: `Since ${failing.since}, every run's pull from ${id} failed; the last error: ${error}\nItems on ${id} are not measured until it works again (their benchmarks wait, or are judged on the numbers already stored). Fix what the error names (a token, an address, a site id); the next run that pulls successfully resolves this exception. To stop pulling, set measure.pull: false in strategy.yaml.`,
          raisedAt: ctx.now.toISOString(),
        });
        failing.exception = id_;
        if (raised) {
          written.push(join(ctx.config.dir, raised));
          report.raised.push(id_);
        }
      }
    }
    const path = join(metricsDir, PULLS_FILE);
    const text = `${JSON.stringify(next, null, 2)}\n`;
    const old = await readFile(path, "utf8").catch(() => undefined);
    if (
      old !== text &&
      (old !== undefined || Object.keys(next.items).length || Object.keys(next.failing).length)
    ) {
      await mkdir(metricsDir, { recursive: true });
      await writeFile(`${path}.tmp`, text);
      await rename(`${path}.tmp`, path);
      written.push(path);
    }
    return written;
  };
  return { sources, report, commit };
}

/** The adapter itself: the registry's lazy one is loaded, so a kind without `measure` is seen as such. */
async function realAdapter(registry: ChannelRegistry, type: keyof ChannelRegistry) {
  const adapter = registry[type];
  if (!adapter) return undefined;
  return "load" in adapter ? (adapter as LazyChannelAdapter).load() : adapter;
}

/** A channel's rows as a source's records: validated as a file's rows are. */
function rowsAsRecords(result: MeasureResult): ReadResult[] {
  return result.rows.map((row, i) => {
    const raw = JSON.stringify(row);
    const v = validateRow(row);
    return v.ok
      ? { ok: true, row: v.row, line: i + 1, raw }
      : { ok: false, line: i + 1, reason: v.reason, raw };
  });
}

/** The committed pull state; a missing file is a fresh start, an unreadable one too (with a warning). */
export async function readPullState(metricsDir: string, warnings: string[]): Promise<PullState> {
  const fresh: PullState = { version: 1, items: {}, failing: {} };
  const path = join(metricsDir, PULLS_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return fresh;
  }
  try {
    const data = JSON.parse(text) as Partial<PullState>;
    const ok =
      data.version === 1 &&
      isRecordOf(data.items, (v) => typeof v === "string" && !Number.isNaN(Date.parse(v))) &&
      isRecordOf(
        data.failing,
        (v) =>
          typeof v === "object" &&
          v !== null &&
          Number.isInteger((v as { runs?: unknown }).runs) &&
          typeof (v as { since?: unknown }).since === "string" &&
          typeof (v as { lastError?: unknown }).lastError === "string",
      );
    if (ok) return data as PullState;
  } catch {
    // fall through
  }
  warnings.push(
    `${path}: not a pull state written by Loopcast (version 1, items, failing); pulling starts afresh and this run rewrites it — the only cost is a few extra requests`,
  );
  return fresh;
}

function isRecordOf(value: unknown, check: (v: unknown) => boolean): boolean {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(check)
  );
}

export type { PulledAt };
