// Planning is pure: from the configuration, the ledger and what the forge reports, decide what one run
// does. `loopcast plan` prints this; `apply` carries it out through the ports.
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { type Config, channelById, type Level, levelNumber } from "../config/types.ts";
import type { Proposal } from "../forge/types.ts";
import { cycleStatus, type Ledger, lastOf } from "../state/ledger.ts";
import { cycleFromBranch, proposalBranch } from "../state/paths.ts";
import { cycleId, parseCycleId, parseDuration, slotsBetween } from "./time.ts";

export const MAX_PUBLISH_ATTEMPTS = 3;
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
  | { kind: "publish"; cycle: string; channel: string; attempt: number }
  | { kind: "hold"; cycle: string; reason: string }
  | { kind: "wait"; cycle: string; reason: string }
  | { kind: "propose"; cycle: string; workflow: string; slot: string; level: Level }
  | { kind: "skip"; workflow: string; reason: string };

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
    if (s !== "merged" && s !== "publishing" && s !== "failed") continue;
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
    } else {
      const attempt = events.filter((e) => e.type === "publish-failed").length + 1;
      actions.push({ kind: "publish", cycle, channel: channel.id, attempt });
    }
  }

  // 3. Propose what is due.
  const openBranches = new Set(state.open.map((p) => p.branch));
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
    for (const slot of slots) {
      const cycle = cycleId(workflow.id, slot);
      if (status.has(cycle) || openBranches.has(proposalBranch(cycle))) continue;
      actions.push({
        kind: "propose",
        cycle,
        workflow: workflow.id,
        slot: slot.toISOString(),
        level: workflow.level,
      });
    }
  }
  return { at: now.toISOString(), actions };
}

/** Cycles whose proposal outcome is not yet in the ledger. */
export function pendingCycles(ledger: Ledger): string[] {
  return [...ledger].filter(([, events]) => cycleStatus(events) === "proposed").map(([cycle]) => cycle);
}
