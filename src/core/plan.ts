// Planning is pure: from the configuration, the ledger and what the forge reports, decide what one run
// does. `loopcast plan` prints this; `apply` carries it out through the ports.

import type { LearnerContext } from "../adapt/choose.ts";
import { learnerContext, planPeriods, withVariants } from "../adapt/plan-items.ts";
import { periodsBetween, rhythmOf } from "../adapt/rhythm.ts";
import { type LevelDecision, levelDecisions } from "../autonomy/effective-level.ts";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { type Config, channelById, type Level, levelNumber, type Workflow } from "../config/types.ts";
import type { Proposal } from "../forge/types.ts";
import { blackoutAt } from "../guardrails/calendar-limits.ts";
import { createWalls, type Wall, type Walls } from "../guardrails/walls.ts";
import type { AutonomyLog } from "../state/autonomy.ts";
import { cycleStatus, type EventOf, type Ledger, type LedgerEvent, lastOf } from "../state/ledger.ts";
import { cycleFromBranch, proposalBranch } from "../state/paths.ts";
import {
  DEFAULT_LEAD_TIME,
  DEFAULT_PUBLISH_WITHIN,
  DEFAULT_REVIEW_WINDOW,
  MAX_LEAD_MS,
  MAX_PROPOSALS_PER_RUN,
} from "./limits.ts";
import { cycleId, parseCycleId, parseDuration, slotsBetween } from "./time.ts";

export const MAX_PUBLISH_ATTEMPTS = 3;
/** A person merged with this label: guardrail errors do not block publishing. */
export const OVERRIDE_LABEL = "loopcast:override";

export interface WorldState {
  config: Config;
  now: Date;
  ledger: Ledger;
  /** For each cycle the ledger shows as proposed without an outcome: its proposal now (undefined: gone). */
  pending: Map<string, Proposal | undefined>;
  /** Open proposals on the forge, to adopt those an interrupted run did not record. */
  open: Proposal[];
  /** Human-written items waiting in marketing/queue/<workflow>/ (file names, in publishing order), for L2. */
  queue: Map<string, string[]>;
  /** Per-workflow autonomy history (demotions, promotions). */
  autonomy: AutonomyLog;
  /**
   * Cycles with a ledger line set aside (invalid now, or in the quarantine with its exception still open):
   * the line may have been the one that said the item went out, so the item is held until a person looks.
   */
  setAside?: ReadonlySet<string>;
}

export type Action =
  | { kind: "record-merge"; cycle: string; proposal: Proposal }
  | {
      kind: "record-reject";
      cycle: string;
      reason: string;
      by?: string;
      /** What was merged is not Loopcast's item: its branch was rewritten. Raises a tamper exception. */
      tamper?: boolean;
    }
  | { kind: "adopt"; cycle: string; proposal: Proposal }
  | { kind: "auto-merge"; cycle: string; proposal: Proposal; reason: string }
  | {
      kind: "publish";
      cycle: string;
      channel: string;
      attempt: number;
      override: boolean;
      blockedHash?: string;
    }
  | {
      kind: "hold";
      cycle: string;
      reason: string;
      /** The item may have gone out on a channel that cannot take it back: a person must say whether. */
      unknown?: boolean;
      /** Publishing failed MAX_PUBLISH_ATTEMPTS times: it waits for a person's `loopcast retry`. */
      gaveUp?: { attempts: number; retries: number; lastError: string };
    }
  /**
   * An item not out within its workflow's `publishWithin` after the slot: skipped for good. `proposal`: the
   * branch of a proposal still open (nobody reviewed it in time), which is closed with the reason.
   */
  | { kind: "expire"; cycle: string; reason: string; proposal?: string }
  /** A slot of the cadence that passed with no item proposed for it: recorded, so the reports show it. */
  | { kind: "miss"; cycle: string; workflow: string; slot: string; reason: string }
  | { kind: "wait"; cycle: string; reason: string }
  | {
      kind: "propose";
      cycle: string;
      workflow: string;
      slot: string;
      level: Level;
      reservation: number;
      /** The learner's options for the item (slot, pillar, title, hook, cta). */
      arms?: Record<string, string>;
      /** How the learner chose them, with the evidence: recorded on the ledger's proposed event. */
      learned?: { seed: string; period?: string; why: string[] };
    }
  | {
      kind: "refuse";
      cycle: string;
      workflow: string;
      slot: string;
      guardrail: Guardrail;
      reason: string;
      reservation?: number;
    }
  | { kind: "enqueue"; cycle: string; workflow: string; slot: string; file: string; reservation: number }
  | { kind: "skip"; workflow: string; reason: string };

export type Guardrail = Wall;

export interface Plan {
  at: string;
  actions: Action[];
  /** The level each workflow runs at in this run, and why. */
  levels: Array<
    Pick<
      LevelDecision,
      "workflow" | "configured" | "earned" | "ceiling" | "demotedTo" | "effective" | "reason"
    >
  >;
}

export function plan(state: WorldState): Plan {
  const { config, now, ledger } = state;
  const actions: Action[] = [];
  const paused = config.guardrails.paused === true;
  const levels = levelDecisions(config, ledger, state.autonomy);
  /** Status of each cycle as it will be once this run's outcomes are recorded. */
  const status = new Map<string, string>();
  for (const [cycle, events] of ledger) status.set(cycle, cycleStatus(events) ?? "unknown");

  // 1. Read outcomes of pending proposals back into the ledger.
  for (const [cycle, proposal] of [...state.pending].sort(([a], [b]) => a.localeCompare(b))) {
    if (!proposal) {
      actions.push({ kind: "record-reject", cycle, reason: "the proposal no longer exists" });
      status.set(cycle, "rejected");
    } else if (proposal.state === "merged" && proposal.rewritten) {
      // Loopcast's commit is gone from what was merged: whatever went in, it is not the item it proposed,
      // so the cycle ends here (nothing is published for it) and a person is told.
      actions.push({
        kind: "record-reject",
        cycle,
        reason: `the proposal branch was rewritten (force-pushed) before it was merged: Loopcast's commit ${proposal.botSha.slice(0, 7)} is not in what was merged, so nothing is published for this cycle`,
        ...(proposal.mergedBy ? { by: proposal.mergedBy } : {}),
        tamper: true,
      });
      status.set(cycle, "rejected");
    } else if (proposal.state === "merged") {
      actions.push({ kind: "record-merge", cycle, proposal });
      status.set(cycle, "merged");
    } else if (proposal.state === "open") {
      const why = autoMergeReason(state, levels, cycle, proposal);
      const workflowId = lastOf(ledger.get(cycle) ?? [], "proposed")?.workflow;
      const slot = parseCycleId(cycle).slot;
      if (now.getTime() > slot.getTime() + publishWithin(config, workflowId)) {
        // Nobody reviewed it in time: merging it now would only expire it. Closed, with the reason.
        actions.push({
          kind: "expire",
          cycle,
          reason: expiredReason(config, workflowId, slot, "proposed"),
          proposal: proposal.branch,
        });
        status.set(cycle, "expired");
      } else if (why) {
        actions.push({ kind: "auto-merge", cycle, proposal, reason: why });
        status.set(cycle, "merged");
      }
    } else if (proposal.state === "closed") {
      actions.push({
        kind: "record-reject",
        cycle,
        reason: proposal.closeReason
          ? `closed without merging: ${proposal.closeReason}`
          : "closed without merging",
        ...(proposal.closedBy ? { by: proposal.closedBy } : {}),
      });
      status.set(cycle, "rejected");
    }
  }
  // Proposals an interrupted run opened but never recorded.
  for (const proposal of state.open) {
    const cycle = cycleFromBranch(proposal.branch);
    if (cycle && !ledger.has(cycle)) {
      actions.push({ kind: "adopt", cycle, proposal });
      status.set(cycle, "proposed");
    }
  }

  // 2. Publish what is merged and due.
  for (const cycle of [...status.keys()].sort()) {
    const s = status.get(cycle);
    if (s !== "merged" && s !== "publishing" && s !== "failed" && s !== "blocked") continue;
    const events = ledger.get(cycle) ?? [];
    const proposed = lastOf(events, "proposed");
    const channel = proposed ? channelById(config, proposed.channel) : undefined;
    const slot = parseCycleId(cycle).slot;
    if (state.setAside?.has(cycle)) {
      actions.push({
        kind: "hold",
        cycle,
        reason:
          "a line of its ledger was set aside as invalid (see its exception): it may have recorded that the item went out, so it is not published until a person resolves the exception",
      });
    } else if (!channel) {
      actions.push({ kind: "hold", cycle, reason: `channel "${proposed?.channel}" is no longer configured` });
    } else if (paused) {
      actions.push({ kind: "hold", cycle, reason: "paused by the kill switch (guardrails.paused)" });
    } else if (config.guardrails.channels?.block?.includes(channel.id)) {
      actions.push({ kind: "hold", cycle, reason: `channel "${channel.id}" is blocked in guardrails` });
    } else if (s === "publishing" && !CHANNEL_KINDS[channel.type].idempotent) {
      actions.push({
        kind: "hold",
        cycle,
        unknown: true,
        reason: `an earlier publish to ${channel.id} (${channel.type}) started but never confirmed; it cannot be retried safely — check whether it went out, then record it: loopcast publish-outcome ${cycle} --sent | --not-sent`,
      });
    } else if (
      s === "failed" &&
      lastOf(events, "publish-failed")?.outcome === "unknown" &&
      !CHANNEL_KINDS[channel.type].idempotent
    ) {
      actions.push({
        kind: "hold",
        cycle,
        unknown: true,
        reason: `the last publish to ${channel.id} (${channel.type}) failed after the item may have gone out; it is not sent again until a person records the outcome: loopcast publish-outcome ${cycle} --sent | --not-sent`,
      });
    } else if (now.getTime() > slot.getTime() + publishWithin(config, proposed?.workflow)) {
      // A failed item retried since its last failure did not fail again: something else kept it (a blackout).
      const why = s === "failed" && !failuresSinceRetry(events).length ? "retried" : s;
      actions.push({ kind: "expire", cycle, reason: expiredReason(config, proposed?.workflow, slot, why) });
    } else if (s === "failed" && failuresSinceRetry(events).length >= MAX_PUBLISH_ATTEMPTS) {
      const failures = failuresSinceRetry(events);
      actions.push({
        kind: "hold",
        cycle,
        reason: `publishing failed ${failures.length} times; fix the cause, then: loopcast retry ${cycle}`,
        gaveUp: {
          attempts: failures.length,
          retries: events.filter((e) => e.type === "retried").length,
          lastError: failures.at(-1)?.error ?? "",
        },
      });
    } else if (slot > now) {
      actions.push({ kind: "wait", cycle, reason: `scheduled for ${slot.toISOString()}` });
    } else if (blackoutAt(config, channel.id, now)) {
      actions.push({
        kind: "wait",
        cycle,
        reason: `${blackoutAt(config, channel.id, now)}; published after it`,
      });
    } else {
      const attempt = failuresSinceRetry(events).length + 1;
      // A merge made in this run's outcomes is not in the ledger yet: its proposal carries the labels.
      const mergedNow = state.pending.get(cycle);
      const override =
        lastOf(events, "merged")?.override === true || (mergedNow?.labels.includes(OVERRIDE_LABEL) ?? false);
      const blockedHash = lastOf(events, "blocked")?.contentHash;
      actions.push({
        kind: "publish",
        cycle,
        channel: channel.id,
        attempt,
        override,
        ...(blockedHash ? { blockedHash } : {}),
      });
    }
  }

  // 3. Plan what is due, inside the walls: blocked channels, blackouts, items per day, budget caps.
  const openBranches = new Set(state.open.map((p) => p.branch));
  const walls = createWalls(config, ledger, status);
  const lastRun = latestEventAt(ledger);
  for (const configured of config.workflows) {
    const effective = levels.get(configured.id)?.effective ?? configured.level;
    const workflow = { ...configured, level: effective };
    const level = levelNumber(effective);
    if (paused) {
      actions.push({
        kind: "skip",
        workflow: workflow.id,
        reason: "paused by the kill switch (guardrails.paused)",
      });
      continue;
    }
    if (level < 2) {
      const why =
        level === 0 ? "L0: a person does everything" : "L1: drafts only on request (loopcast draft)";
      actions.push({ kind: "skip", workflow: workflow.id, reason: why });
      continue;
    }
    const lead = Math.min(MAX_LEAD_MS, parseDuration(workflow.leadTime ?? DEFAULT_LEAD_TIME));
    // L2 still takes slots up to a lead time back from the queue; later ones are proposed ahead.
    const lapse = { until: level === 2 ? new Date(now.getTime() - lead) : now, lastRun, lead };
    actions.push(
      ...(rhythmOf(workflow) === "cadence"
        ? missedSlots(config, workflow, status, lapse)
        : missedPeriods(config, workflow, status, workflowSlots(workflow.id, status, state.open), lapse)),
    );
    if (level === 2) {
      // L2 publishes items people wrote, from marketing/queue/<workflow>/, at each slot that has come
      // (within the lead time, so a long pause does not flush the whole queue at once).
      const queued = [...(state.queue.get(workflow.id) ?? [])];
      for (const slot of slotsBetween(
        workflow.cadence,
        config.strategy.timezone,
        new Date(now.getTime() - lead),
        now,
      )) {
        const cycle = cycleId(workflow.id, slot);
        if (status.has(cycle)) continue;
        const file = queued.shift();
        if (!file) {
          actions.push({
            kind: "skip",
            workflow: workflow.id,
            reason: `L2: the queue is empty at ${slot.toISOString()}; add items to queue/${workflow.id}/`,
          });
          break;
        }
        const verdict = walls.admit(workflow, cycle, slot);
        const base = { cycle, workflow: workflow.id, slot: slot.toISOString() };
        if (verdict.ok) actions.push({ kind: "enqueue", ...base, file, reservation: verdict.reservation });
        else {
          queued.unshift(file);
          actions.push({
            kind: "refuse",
            ...base,
            guardrail: verdict.guardrail,
            reason: verdict.reason,
            ...(verdict.reservation ? { reservation: verdict.reservation } : {}),
          });
        }
      }
      continue;
    }
    if (rhythmOf(workflow) !== "cadence") {
      const existing = workflowSlots(workflow.id, status, state.open);
      actions.push(
        ...planPeriods(config, ledger, workflow, now, lead, walls, existing, (cycle, slot) =>
          proposeOrRefuse(walls, workflow, cycle, slot),
        ),
      );
      continue;
    }
    let learner: LearnerContext | undefined;
    for (const slot of slotsBetween(
      workflow.cadence,
      config.strategy.timezone,
      now,
      new Date(now.getTime() + lead),
      MAX_PROPOSALS_PER_RUN + 1,
    )) {
      const cycle = cycleId(workflow.id, slot);
      if (status.has(cycle) || openBranches.has(proposalBranch(cycle))) continue;
      learner ??= learnerContext(config, ledger, workflow, now);
      actions.push(withVariants(proposeOrRefuse(walls, workflow, cycle, slot), learner, config, workflow));
    }
  }
  capProposals(actions);
  const levelRows = [...levels.values()].map(
    ({ workflow, configured, earned, ceiling, demotedTo, effective, reason }) => ({
      workflow,
      configured,
      earned,
      ceiling,
      ...(demotedTo ? { demotedTo } : {}),
      effective,
      reason,
    }),
  );
  return { at: now.toISOString(), actions, levels: levelRows };
}

/**
 * At most MAX_PROPOSALS_PER_RUN proposals in one run, the earliest slots first: the others are left for
 * the next runs (nothing is recorded for them), and each workflow that has some waiting says so.
 */
function capProposals(actions: Action[]): void {
  const proposals = actions.filter((a): a is Extract<Action, { kind: "propose" }> => a.kind === "propose");
  if (proposals.length <= MAX_PROPOSALS_PER_RUN) return;
  const kept = new Set(
    [...proposals]
      .sort((a, b) => a.slot.localeCompare(b.slot) || a.cycle.localeCompare(b.cycle))
      .slice(0, MAX_PROPOSALS_PER_RUN),
  );
  const waiting = new Set<string>();
  for (let i = actions.length - 1; i >= 0; i--) {
    const a = actions[i] as Action;
    if (a.kind !== "propose" || kept.has(a)) continue;
    actions.splice(i, 1);
    waiting.add(a.workflow);
  }
  for (const workflow of waiting)
    actions.push({
      kind: "skip",
      workflow,
      reason: `more items are due than one run opens (at most ${MAX_PROPOSALS_PER_RUN} proposals): the next runs propose the rest`,
    });
}

/** Labels a person sets to keep a proposal from being merged automatically. */
export const HOLD_LABELS = ["hold", "loopcast:hold", "loopcast:needs-human"];

/**
 * Why an open proposal may be merged by Loopcast now, or undefined. L4 waits for the review window; L5
 * merges once every check passes. Never when a person added a commit, asked for changes or holds it,
 * when the item needs a person (topic, spend, channel), or when the workflow no longer runs at L4+.
 */
function autoMergeReason(
  state: WorldState,
  levels: Map<string, LevelDecision>,
  cycle: string,
  p: Proposal,
): string | undefined {
  const proposed = lastOf(state.ledger.get(cycle) ?? [], "proposed");
  if (!proposed) return undefined;
  const effective = levels.get(proposed.workflow)?.effective ?? "L3";
  const level = Math.min(levelNumber(effective), levelNumber(proposed.level));
  if (level < 4) return undefined;
  if (
    p.humanCommits > 0 ||
    p.foreignFiles?.length ||
    p.changesRequested ||
    p.labels.some((l) => HOLD_LABELS.includes(l))
  )
    return undefined;
  if ((proposed.needsHuman ?? []).length || (proposed.checks?.errors ?? 0) > 0) return undefined;
  if (level === 5) return "L5: every check passed";
  const workflow = state.config.workflows.find((w) => w.id === proposed.workflow);
  const window = parseDuration(workflow?.reviewWindow ?? DEFAULT_REVIEW_WINDOW);
  const waited = state.now.getTime() - Date.parse(proposed.at);
  return waited >= window
    ? `L4: the ${workflow?.reviewWindow ?? DEFAULT_REVIEW_WINDOW} review window passed with no objection`
    : undefined;
}

/** A proposal for the cycle, or the wall that keeps it out. */
export function proposeOrRefuse(walls: Walls, workflow: Workflow, cycle: string, slot: Date): Action {
  const verdict = walls.admit(workflow, cycle, slot);
  const base = { cycle, workflow: workflow.id, slot: slot.toISOString() };
  return verdict.ok
    ? { kind: "propose", ...base, level: workflow.level, reservation: verdict.reservation }
    : {
        kind: "refuse",
        ...base,
        guardrail: verdict.guardrail,
        reason: verdict.reason,
        ...(verdict.reservation ? { reservation: verdict.reservation } : {}),
      };
}

/** Slots of a workflow's cycles the ledger knows or that are open as proposals. */
function workflowSlots(
  workflow: string,
  status: ReadonlyMap<string, string>,
  open: readonly Proposal[],
): Date[] {
  const prefix = `${workflow}@`;
  const cycles = [...status.keys(), ...open.map((p) => cycleFromBranch(p.branch) ?? "")];
  return cycles.filter((c) => c.startsWith(prefix)).map((c) => parseCycleId(c).slot);
}

/** Cycles whose proposal outcome is not yet in the ledger. */
export function pendingCycles(ledger: Ledger): string[] {
  return [...ledger].filter(([, events]) => cycleStatus(events) === "proposed").map(([cycle]) => cycle);
}

/** The publish failures since a person last asked for a retry: the attempts that count. */
export function failuresSinceRetry(events: readonly LedgerEvent[]): Array<EventOf<"publish-failed">> {
  const from = events.findLastIndex((e) => e.type === "retried") + 1;
  return events.slice(from).filter((e): e is EventOf<"publish-failed"> => e.type === "publish-failed");
}

/** How late after its slot an item of the workflow may still go out, in ms. */
function publishWithin(config: Config, workflowId: string | undefined): number {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  return Math.min(MAX_LEAD_MS, parseDuration(workflow?.publishWithin ?? DEFAULT_PUBLISH_WITHIN));
}

function expiredReason(config: Config, workflowId: string | undefined, slot: Date, status: string): string {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  const within = workflow?.publishWithin ?? DEFAULT_PUBLISH_WITHIN;
  const why =
    status === "failed"
      ? "publishing kept failing"
      : status === "retried"
        ? "it was retried, and no run published it in time"
        : status === "blocked"
          ? "it was held by the guardrails"
          : status === "publishing"
            ? "its publish never completed"
            : status === "proposed"
              ? "its proposal was not reviewed in time"
              : "no run published it in time";
  return `not published within ${within} of its slot ${slot.toISOString()} (${why}); skipped rather than sent late — raise publishWithin in workflows/${workflowId}.yaml to allow later publishing`;
}

/** The furthest back a run looks for slots that passed without an item. */
const MISSED_LOOKBACK_MS = MAX_LEAD_MS;

/**
 * Slots of the workflow's cadence before `until` that no item was proposed for: after its latest known
 * cycle, or — for a workflow with none yet — after what the last run (the ledger's latest event) could
 * see within the lead time. Runs stopped for longer than the lead time, or the workflow was paused or below
 * L2. Recorded as `missed`, so a gap is visible in the reports instead of silent. A repository whose ledger
 * is empty has missed nothing; at most MAX_PROPOSALS_PER_RUN are recorded per run, the earliest first.
 */
function missedSlots(
  config: Config,
  workflow: Workflow,
  status: ReadonlyMap<string, string>,
  opts: { until: Date; lastRun: Date | undefined; lead: number },
): Action[] {
  const { until } = opts;
  const prefix = `${workflow.id}@`;
  let latest: Date | undefined;
  for (const cycle of status.keys()) {
    if (!cycle.startsWith(prefix)) continue;
    const slot = parseCycleId(cycle).slot;
    if (!latest || slot > latest) latest = slot;
  }
  latest ??= opts.lastRun && new Date(opts.lastRun.getTime() + opts.lead);
  if (!latest || latest >= until) return [];
  const from = new Date(Math.max(latest.getTime() + 1, until.getTime() - MISSED_LOOKBACK_MS));
  const slots = slotsBetween(
    workflow.cadence,
    config.strategy.timezone,
    from,
    until,
    MAX_PROPOSALS_PER_RUN + 1,
  )
    .filter((slot) => slot < until)
    .slice(0, MAX_PROPOSALS_PER_RUN);
  return slots
    .map((slot) => ({ slot, cycle: cycleId(workflow.id, slot) }))
    .filter(({ cycle }) => !status.has(cycle))
    .map(({ slot, cycle }) => ({
      kind: "miss" as const,
      cycle,
      workflow: workflow.id,
      slot: slot.toISOString(),
      reason: `no item was proposed for the slot ${slot.toISOString()}: no run planned it in time (runs stopped, Loopcast was paused, or the workflow was below L2)`,
    }));
}

/**
 * The same for a workflow whose periods the learner plans (slots or a frequency): a period (a week, a day)
 * that passed with no item of the workflow in it, though it had a candidate slot outside the blackouts, is
 * recorded as missed once, named by that first candidate. A period still in progress waits.
 */
function missedPeriods(
  config: Config,
  workflow: Workflow,
  status: ReadonlyMap<string, string>,
  existing: readonly Date[],
  opts: { until: Date; lastRun: Date | undefined; lead: number },
): Action[] {
  const { until } = opts;
  let latest = existing.reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  latest ??= opts.lastRun && new Date(opts.lastRun.getTime() + opts.lead);
  if (!latest || latest >= until) return [];
  const from = new Date(Math.max(latest.getTime() + 1, until.getTime() - MISSED_LOOKBACK_MS));
  const tz = config.strategy.timezone;
  const out: Action[] = [];
  for (const period of periodsBetween(workflow, tz, from, until)) {
    if (out.length >= MAX_PROPOSALS_PER_RUN) break;
    if (existing.some((at) => at >= period.start && at < period.end)) continue;
    const viable = period.candidates.filter((c) => !blackoutAt(config, workflow.channel, c.at));
    if (!viable.length || viable.some((c) => c.at >= until)) continue;
    const first = viable.find((c) => c.at >= from);
    if (!first) continue;
    const cycle = cycleId(workflow.id, first.at);
    if (status.has(cycle)) continue;
    out.push({
      kind: "miss",
      cycle,
      workflow: workflow.id,
      slot: first.at.toISOString(),
      reason: `no item was proposed for the period ${period.key} (its first slot ${first.at.toISOString()}): no run planned it in time (runs stopped, Loopcast was paused, or the workflow was below L2)`,
    });
  }
  return out;
}

/** When the latest event in the ledger was recorded: the last run that wrote anything. */
function latestEventAt(ledger: Ledger): Date | undefined {
  let latest = "";
  for (const events of ledger.values()) for (const e of events) if (e.at > latest) latest = e.at;
  const ms = Date.parse(latest);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
