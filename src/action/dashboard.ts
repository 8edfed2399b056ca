// The dashboard issue in a run: read whether Loopcast is paused, apply the boxes a person ticked, and
// write the issue again from the state after the run.
import type { Config } from "../config/types.ts";
import { StateError } from "../errors.ts";
import type { DashboardState, DoubtEntry, GaveUpEntry, Ticks } from "../forge/github/dashboard.ts";
import { HOLD_LABEL, PAUSE_LABEL } from "../forge/github/dashboard.ts";
import { pathList } from "../forge/github/foreign.ts";
import type { DashboardPort, Forge, Proposal } from "../forge/types.ts";
import { type PublishOutcome, recordPublishOutcome } from "../pipeline/publish-outcome.ts";
import { recordRetry } from "../pipeline/retry.ts";
import { levelOf } from "./auto-merge.ts";

export interface TickContext {
  forge: Forge;
  dashboard: DashboardPort;
  ticks: Ticks;
  /** Who ticked: the editor of the issue, or "dashboard" when a later run found the boxes. */
  by: string;
  paused: boolean;
  open: Proposal[];
  config: Config;
  repoDir: string;
  now: Date;
}

/**
 * Applies ticked boxes: approve merges (the person who ticked is the approver) unless the proposal
 * changes files beyond its item, hold labels, "it went out" / "it did not go out" settle an item in
 * doubt as `loopcast publish-outcome` does, pause.
 */
export async function applyTicks(c: TickContext): Promise<string[]> {
  const { forge, ticks, by } = c;
  const lines: string[] = [];
  const isOpen = (branch: string) => c.open.find((p) => p.branch === branch && p.state === "open");
  for (const branch of ticks.approve) {
    const p = isOpen(branch);
    if (!p) {
      lines.push(`approve ${branch}: skipped, it is no longer open`);
      continue;
    }
    if (p.foreignFiles?.length) {
      lines.push(
        `approve ${branch}: NOT merged, it also changes ${pathList(p.foreignFiles, 10)}, which is not its item; review it on GitHub${p.url ? ` (${p.url})` : ""} and merge it there if those changes are wanted`,
      );
      continue;
    }
    try {
      const merged = await forge.mergeProposal(branch, { by });
      lines.push(`approved ${branch} for @${by}: merged as ${merged.mergedSha?.slice(0, 7)}`);
    } catch (err) {
      lines.push(`approve ${branch}: ${(err as Error).message}`);
    }
  }
  for (const branch of ticks.hold) {
    const p = isOpen(branch);
    if (!p || p.labels.includes(HOLD_LABEL) || ticks.approve.includes(branch)) continue;
    await forge.addLabels?.(branch, [HOLD_LABEL]);
    p.labels.push(HOLD_LABEL);
    lines.push(`held ${branch} for @${by}: it waits for a person to merge it`);
  }
  lines.push(...(await applyOutcomeTicks(c)));
  for (const cycle of ticks.retry) {
    try {
      const { failures } = await recordRetry({
        config: c.config,
        repoDir: c.repoDir,
        forge: c.forge,
        cycle,
        by,
        now: c.now,
        note: "ticked Retry on the dashboard",
      });
      lines.push(`retry ${cycle} for @${by}: it had failed ${failures} time(s); this run tries again`);
    } catch (err) {
      if (!(err instanceof StateError)) throw err;
      lines.push(`retry ${cycle}: nothing recorded, ${err.message}`);
    }
  }
  if (ticks.pause !== undefined && ticks.pause !== c.paused) {
    await c.dashboard.setPaused(ticks.pause);
    lines.push(ticks.pause ? `paused by @${by} (${PAUSE_LABEL})` : `resumed by @${by}`);
  }
  return lines;
}

/** "It went out" / "it did not go out": one outcome per item; both ticked records neither. */
async function applyOutcomeTicks(c: TickContext): Promise<string[]> {
  const lines: string[] = [];
  const both = c.ticks.sent.filter((cycle) => c.ticks.notSent.includes(cycle));
  for (const cycle of both) {
    lines.push(
      `${cycle}: both "it went out" and "it did not go out" are ticked, so nothing is recorded; tick one`,
    );
  }
  const wanted: Array<[string, PublishOutcome]> = [
    ...c.ticks.sent.map((cycle): [string, PublishOutcome] => [cycle, "sent"]),
    ...c.ticks.notSent.map((cycle): [string, PublishOutcome] => [cycle, "not-sent"]),
  ].filter(([cycle]) => !both.includes(cycle));
  for (const [cycle, outcome] of wanted) {
    const said = outcome === "sent" ? "went out" : "did not go out";
    try {
      await recordPublishOutcome({
        config: c.config,
        forge: c.forge,
        cycle,
        outcome,
        by: c.by,
        now: c.now,
        via: "the dashboard",
      });
      lines.push(
        `recorded for @${c.by}: ${cycle} ${said}${outcome === "sent" ? "; it is not sent again" : "; it is sent again (within its attempts)"}`,
      );
    } catch (err) {
      if (!(err instanceof StateError)) throw err;
      lines.push(`${cycle} ${said}: nothing recorded, ${err.message}`);
    }
  }
  return lines;
}

export function dashboardState(
  open: Proposal[],
  paused: boolean,
  notices: readonly string[],
  inDoubt: DoubtEntry[] = [],
  gaveUp: GaveUpEntry[] = [],
): DashboardState {
  return {
    pending: open
      .filter((p) => p.state === "open")
      .map((p) => {
        const level = levelOf(p.labels);
        return {
          branch: p.branch,
          number: Number(p.id),
          url: p.url ?? "",
          title: p.title,
          ...(level ? { level } : {}),
          held: p.labels.includes(HOLD_LABEL),
          autoMerge: p.autoMergeEnabled === true,
          ...(p.foreignFiles?.length ? { foreignFiles: p.foreignFiles } : {}),
        };
      }),
    paused,
    ...(inDoubt.length ? { inDoubt } : {}),
    ...(gaveUp.length ? { gaveUp } : {}),
    notices: [...notices],
  };
}
