// One run: gather the state of the world, plan, apply. Every run is a reconcile of what is merged on
// the base branch with what was published, so a run can always be repeated safely.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ChannelRegistry } from "../channels/registry.ts";
import type { Config } from "../config/types.ts";
import { type Plan, plan } from "../core/plan.ts";
import { StateError } from "../errors.ts";
import type { Forge } from "../forge/types.ts";
import type { Generator } from "../generate/types.ts";
import type { IngestSource } from "../metrics/index.ts";
import { readMetricsAhead, writeReports } from "../report/index.ts";
import { cycleStatus, type Ledger, LedgerCache, readLedgerCycles } from "../state/ledger.ts";
import type { SetAsideLine } from "../state/ledger-quarantine.ts";
import { cycleFromBranch } from "../state/paths.ts";
import { applyAdapt } from "./apply-adapt.ts";
import { applyAutonomy } from "./apply-autonomy.ts";
import { applyLapses, closePublished } from "./apply-lapses.ts";
import { applyOutcomes } from "./apply-outcomes.ts";
import { applyProposals, draftProposals } from "./apply-proposals.ts";
import { applyPublishes } from "./apply-publishes.ts";
import { applyQueue } from "./apply-queue.ts";
import { gather } from "./gather.ts";
import { checkHistory } from "./history-check.ts";
import { type MeasureReport, measure } from "./measure.ts";
import { setAsideLedger } from "./set-aside-ledger.ts";

export { gather };

export interface RunPorts {
  forge: Forge;
  generator: Generator;
  channels: ChannelRegistry;
  env: Record<string, string | undefined>;
}

export interface RunContext extends RunPorts {
  config: Config;
  repoDir: string;
  now: Date;
  /** The configuration folder relative to the repository root (e.g. "marketing"). */
  configRel: string;
  /**
   * The ledger as this run read it: planning, the autonomy step and the reports each read the whole ledger,
   * and with the cache only the files changed in between are parsed again.
   */
  ledgerCache?: LedgerCache;
}

export interface RunReport {
  plan: Plan;
  recorded: Array<{ cycle: string; outcome: string }>;
  published: Array<{ cycle: string; url?: string }>;
  proposed: Array<{ cycle: string; branch: string; url?: string }>;
  refused: Array<{ cycle: string; guardrail: string; reason: string }>;
  held: Array<{ cycle: string; reason: string }>;
  /** Cycles whose life ended without a publish: expired (not out within publishWithin), missed (no item). */
  lapsed: Array<{ cycle: string; kind: "expired" | "missed"; reason: string }>;
  /** `unreachable`: the channel could not be reached or failed on its side; the next run tries again. */
  errors: Array<{ cycle: string; message: string; unreachable?: boolean }>;
  commits: string[];
  measured?: MeasureReport;
  /** Decisions the learner and the change detector wrote to the decision log. */
  adapted: Array<{ workflow: string; kind: string; summary: string; id: string }>;
  /** Demotions, promotions proposed or granted, demotions lifted. */
  autonomy: Array<{ workflow: string; change: string; detail: string }>;
  /** Report files regenerated and committed by the run. */
  reports?: string[];
  /** Ledger lines that were not valid events, moved to ledger/quarantine/ with an exception each. */
  setAside?: SetAsideLine[];
}

/** Plans and applies one run. With `dryRun`, only plans. */
export async function reconcile(
  opts: {
    config: Config;
    repoDir: string;
    now: Date;
    dryRun?: boolean;
    metrics?: IngestSource[];
    /**
     * Regenerate and commit the reports (default true). A simulation of many runs (`npm start`) writes
     * them at its end instead: they are a view of the state, rebuilt whole from it each time.
     */
    reports?: boolean;
    /** Waits between retries of a metrics pull (default real time); tests pass one that costs none. */
    sleep?: (ms: number) => Promise<void>;
  } & RunPorts,
): Promise<RunReport> {
  const ctx: RunContext = {
    ...opts,
    configRel: relative(opts.repoDir, opts.config.dir) || ".",
    ledgerCache: new LedgerCache(),
  };
  const release = opts.dryRun ? undefined : await opts.forge.lock?.();
  // Ends the drafting started below when the run ends: a run that fails before proposing drafts no more.
  const stopDrafting = new AbortController();
  // A run that throws may leave state written and not committed: the forge has the next run finish it.
  let failed = false;
  try {
    const state = await gather(ctx);
    if (opts.dryRun) return newReport(plan(state));
    requireForwardClock(state.ledger, ctx.now);
    // Deleted or rewritten history: a rewritten ledger stops the run; an edited published item is flagged.
    const history = await checkHistory(ctx, state.ledger);
    // Lines that are not valid events are left out of the state; set aside with an exception, they no
    // longer stop anything.
    const setAside = await setAsideLedger(ctx, state.ledger);
    // Measure first: verdicts and settled spend feed this run's plan (budget, publishing).
    const measured = await measure(ctx, state.ledger, {
      inbox: true,
      // The channels' own numbers for items in their benchmark windows (pipeline/pull-metrics.ts).
      pull: { channels: ctx.channels, env: ctx.env, ...(opts.sleep ? { sleep: opts.sleep } : {}) },
      ...(opts.metrics ? { sources: opts.metrics } : {}),
    });
    for (const [cycle, events] of await readLedgerCycles(ctx.config.dir, measuredCycles(measured)))
      state.ledger.set(cycle, events);
    // Only measuring writes stored metric values: the reports' reading of them starts now, beside the rest
    // of the run, rather than at the end (on a year of history it is thousands of files).
    const metricsAhead = opts.reports === false ? undefined : readMetricsAhead(ctx.config.dir);
    const thePlan = plan(state);
    const report = newReport(thePlan);
    report.measured = measured;
    if (setAside.lines.length) report.setAside = setAside.lines;
    if (setAside.commit) report.commits.push(setAside.commit);
    if (history.paths.length) {
      const sha = await ctx.forge.commitState(
        "loopcast: published items changed by hand (tamper)",
        history.paths,
      );
      if (sha) report.commits.push(sha);
    }
    // Outcomes first (so merges made since the last run publish now), then publishing, then new proposals.
    // New items are drafted (written and checked) while recording outcomes and publishing wait on git:
    // the drafts depend on the plan and the configuration only, which those steps leave as they are.
    const drafting = draftProposals(ctx, thePlan.actions, stopDrafting.signal, state.ledger);
    await applyOutcomes(ctx, thePlan.actions, report);
    await pruneBranches(ctx, state.ledger, report);
    const fromQueue = await applyQueue(ctx, thePlan.actions, report);
    await applyPublishes(ctx, [...thePlan.actions, ...fromQueue], report);
    await applyLapses(ctx, thePlan.actions, report);
    await closePublished(ctx, report);
    await applyProposals(ctx, thePlan.actions, report, drafting);
    await applyAdapt(ctx, report);
    await applyAutonomy(ctx, report);
    // The reports are regenerated from the state every run writes: the dashboard the owner reads.
    if (!metricsAhead) return report; // reports: false
    const reports = await writeReports({
      config: ctx.config,
      repoDir: ctx.repoDir,
      now: ctx.now,
      metricsAhead,
      ledgerCache: ctx.ledgerCache,
    });
    if (reports.length) {
      const sha = await ctx.forge.commitState(`loopcast: reports (${reports.length} file(s))`, reports);
      if (sha) report.commits.push(sha);
    }
    report.reports = reports;
    return report;
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    stopDrafting.abort();
    await release?.({ completed: !failed });
  }
}

/** How far behind the ledger's latest event a run may start (clocks of different machines drift). */
const CLOCK_TOLERANCE_MS = 10 * 60_000;

/**
 * A run never goes back in time: at an instant before what the ledger already records, it would propose
 * slots that have passed and judge items as if later events had not happened. `plan` may look anywhere.
 */
function requireForwardClock(ledger: Ledger, now: Date): void {
  let latest = "";
  for (const events of ledger.values()) for (const e of events) if (e.at > latest) latest = e.at;
  if (latest && Date.parse(latest) - now.getTime() > CLOCK_TOLERANCE_MS)
    throw new StateError(
      `this run's time ${now.toISOString()} is before the ledger's latest event (${latest}); a run cannot go back in time — run without --at, or with a later one (\`loopcast plan --at\` shows any time without changing anything)`,
    );
}

function measuredCycles(m: MeasureReport): string[] {
  return [...new Set([...m.judged.map((j) => j.cycle), ...m.settled.map((s) => s.cycle)])];
}

export function newReport(thePlan: Plan): RunReport {
  return {
    plan: thePlan,
    recorded: [],
    published: [],
    proposed: [],
    refused: [],
    held: [],
    lapsed: [],
    errors: [],
    commits: [],
    adapted: [],
    autonomy: [],
  };
}

export async function readRepoFile(repoDir: string, path: string): Promise<string | undefined> {
  try {
    // Synchronously: publishing reads every due item, one small file each.
    return readFileSync(join(repoDir, path), "utf8");
  } catch {
    return undefined;
  }
}

/** Proposal branches whose outcome is recorded are deleted, so they do not pile up (75 after two months). */
async function pruneBranches(ctx: RunContext, ledger: Ledger, report: RunReport): Promise<void> {
  if (!ctx.forge.pruneBranches) return;
  const recorded = new Map(report.recorded.map((r) => [r.cycle, r.outcome]));
  // Only a run that recorded an outcome has a branch to delete (and sweeps older ones then): the others
  // pay nothing (on GitHub, listing the branches is a request).
  if (![...recorded.values()].some((outcome) => outcome !== "adopted")) return;
  const done = (branch: string) => {
    const cycle = cycleFromBranch(branch);
    if (!cycle) return false;
    const outcome = recorded.get(cycle);
    if (outcome !== undefined) return outcome !== "adopted";
    const status = cycleStatus(ledger.get(cycle) ?? []);
    return status !== undefined && status !== "proposed";
  };
  try {
    await ctx.forge.pruneBranches(done);
  } catch (err) {
    report.errors.push({
      cycle: "-",
      message: `deleting finished proposal branches: ${(err as Error).message}`,
    });
  }
}
