// Planning is pure: from the configuration, the ledger and what the forge reports, decide what one run
// does. `loopcast plan` prints this; `apply` carries it out through the ports.
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { type Config, channelById, type Level, levelNumber } from "../config/types.ts";
import type { Proposal } from "../forge/types.ts";
import { capCrossed, commitments, describeCap, reservationFor } from "../guardrails/budget.ts";
import { blackoutAt, maxPerDay } from "../guardrails/calendar-limits.ts";
import { cycleStatus, type Ledger, lastOf } from "../state/ledger.ts";
import { cycleFromBranch, proposalBranch } from "../state/paths.ts";
import { localDate } from "./calendar.ts";
import { cycleId, parseCycleId, parseDuration, slotsBetween } from "./time.ts";

export const MAX_PUBLISH_ATTEMPTS = 3;
/** A person merged with this label: guardrail errors do not block publishing. */
export const OVERRIDE_LABEL = "loopcast:override";
const DEFAULT_LEAD_TIME = "24h";

export interface WorldState {
  config: Config;
  now: Date;
  ledger: Ledger;
  /** For each cycle the ledger shows as proposed without an outcome: its proposal now (undefined: gone). */
  pending: Map<string, Proposal | undefined>;
  /** Open proposals on the forge, to adopt those an interrupted run did not record. */
  open: Proposal[];
}

export type Action =
  | { kind: "record-merge"; cycle: string; proposal: Proposal }
  | { kind: "record-reject"; cycle: string; reason: string; by?: string }
  | { kind: "adopt"; cycle: string; proposal: Proposal }
  | {
      kind: "publish";
      cycle: string;
      channel: string;
      attempt: number;
      override: boolean;
      blockedHash?: string;
    }
  | { kind: "hold"; cycle: string; reason: string }
  | { kind: "wait"; cycle: string; reason: string }
  | { kind: "propose"; cycle: string; workflow: string; slot: string; level: Level; reservation: number }
  | {
      kind: "refuse";
      cycle: string;
      workflow: string;
      slot: string;
      guardrail: Guardrail;
      reason: string;
      reservation?: number;
    }
  | { kind: "skip"; workflow: string; reason: string };

export type Guardrail = "budget" | "blackout" | "channel-limit" | "channel-blocked";

export interface Plan {
  at: string;
  actions: Action[];
}

export function plan(state: WorldState): Plan {
  const { config, now, ledger } = state;
  const actions: Action[] = [];
  const paused = config.guardrails.paused === true;
  /** Status of each cycle as it will be once this run's outcomes are recorded. */
  const status = new Map<string, string>();
  for (const [cycle, events] of ledger) status.set(cycle, cycleStatus(events) ?? "unknown");

  // 1. Read outcomes of pending proposals back into the ledger.
  for (const [cycle, proposal] of [...state.pending].sort(([a], [b]) => a.localeCompare(b))) {
    if (!proposal) {
      actions.push({ kind: "record-reject", cycle, reason: "the proposal no longer exists" });
      status.set(cycle, "rejected");
    } else if (proposal.state === "merged") {
      actions.push({ kind: "record-merge", cycle, proposal });
      status.set(cycle, "merged");
    } else if (proposal.state === "closed") {
      actions.push({
        kind: "record-reject",
        cycle,
        reason: "closed without merging",
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
    if (!channel) {
      actions.push({ kind: "hold", cycle, reason: `channel "${proposed?.channel}" is no longer configured` });
    } else if (paused) {
      actions.push({ kind: "hold", cycle, reason: "paused by the kill switch (guardrails.paused)" });
    } else if (config.guardrails.channels?.block?.includes(channel.id)) {
      actions.push({ kind: "hold", cycle, reason: `channel "${channel.id}" is blocked in guardrails` });
    } else if (s === "publishing" && !CHANNEL_KINDS[channel.type].idempotent) {
      actions.push({
        kind: "hold",
        cycle,
        reason: `an earlier publish to ${channel.id} (${channel.type}) started but never confirmed; it cannot be retried safely — check whether it went out and record it by hand`,
      });
    } else if (
      s === "failed" &&
      events.filter((e) => e.type === "publish-failed").length >= MAX_PUBLISH_ATTEMPTS
    ) {
      actions.push({
        kind: "hold",
        cycle,
        reason: `publishing failed ${MAX_PUBLISH_ATTEMPTS} times; see the ledger for the errors`,
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
      const attempt = events.filter((e) => e.type === "publish-failed").length + 1;
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

  // 3. Propose what is due, inside the walls: blocked channels, blackouts, items per day, budget caps.
  const openBranches = new Set(state.open.map((p) => p.branch));
  const held = commitments(config, ledger);
  const perDay = liveItemsPerDay(state, status);
  for (const workflow of config.workflows) {
    if (paused) {
      actions.push({
        kind: "skip",
        workflow: workflow.id,
        reason: "paused by the kill switch (guardrails.paused)",
      });
      continue;
    }
    if (levelNumber(workflow.level) < 3) {
      actions.push({
        kind: "skip",
        workflow: workflow.id,
        reason: `${workflow.level} does not generate on a schedule`,
      });
      continue;
    }
    const lead = parseDuration(workflow.leadTime ?? DEFAULT_LEAD_TIME);
    const slots = slotsBetween(
      workflow.cadence,
      config.strategy.timezone,
      now,
      new Date(now.getTime() + lead),
    );
    const campaign = workflow.campaign;
    for (const slot of slots) {
      const cycle = cycleId(workflow.id, slot);
      if (status.has(cycle) || openBranches.has(proposalBranch(cycle))) continue;
      const base = { cycle, workflow: workflow.id, slot: slot.toISOString() };
      const channel = workflow.channel;
      const dayKey = `${channel}/${localDate(slot, config.strategy.timezone)}`;
      const limit = maxPerDay(config, channel);
      const reservation = reservationFor(config, workflow);
      const candidate = {
        cycle,
        workflow: workflow.id,
        slot,
        amount: reservation,
        settled: false,
        ...(campaign ? { campaign } : {}),
      };
      const blackout = blackoutAt(config, channel, slot);
      const crossed = capCrossed(config, held, candidate);
      if (config.guardrails.channels?.block?.includes(channel)) {
        actions.push({
          kind: "refuse",
          ...base,
          guardrail: "channel-blocked",
          reason: `channel "${channel}" is blocked in guardrails`,
        });
      } else if (blackout) {
        actions.push({ kind: "refuse", ...base, guardrail: "blackout", reason: blackout });
      } else if (limit !== undefined && (perDay.get(dayKey) ?? 0) >= limit) {
        actions.push({
          kind: "refuse",
          ...base,
          guardrail: "channel-limit",
          reason: `channel "${channel}" already has ${limit} item(s) on ${dayKey.split("/")[1]} (maxPerDay)`,
        });
      } else if (crossed) {
        const currency = config.guardrails.budget?.currency ?? "";
        actions.push({
          kind: "refuse",
          ...base,
          guardrail: "budget",
          reason: describeCap(crossed, reservation, currency),
          reservation,
        });
      } else {
        actions.push({ kind: "propose", ...base, level: workflow.level, reservation });
        held.push(candidate);
        perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + 1);
      }
    }
  }
  return { at: now.toISOString(), actions };
}

/** Items per channel and local day that are proposed, merged or published (not rejected or skipped). */
function liveItemsPerDay(state: WorldState, status: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [cycle, events] of state.ledger) {
    const s = status.get(cycle);
    if (s === "rejected" || s === "skipped") continue;
    const channel = lastOf(events, "proposed")?.channel;
    if (!channel) continue;
    const key = `${channel}/${localDate(parseCycleId(cycle).slot, state.config.strategy.timezone)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Cycles whose proposal outcome is not yet in the ledger. */
export function pendingCycles(ledger: Ledger): string[] {
  return [...ledger].filter(([, events]) => cycleStatus(events) === "proposed").map(([cycle]) => cycle);
}
