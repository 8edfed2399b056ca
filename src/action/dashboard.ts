// The dashboard issue in a run: read whether Loopcast is paused, apply the boxes a person ticked, and
// write the issue again from the state after the run.
import type { DashboardState, Ticks } from "../forge/github/dashboard.ts";
import { HOLD_LABEL, PAUSE_LABEL } from "../forge/github/dashboard.ts";
import type { DashboardPort, Forge, Proposal } from "../forge/types.ts";
import { levelOf } from "./auto-merge.ts";

/** Applies ticked boxes: approve merges (the person who ticked is the approver), hold labels, pause. */
export async function applyTicks(opts: {
  forge: Forge;
  dashboard: DashboardPort;
  ticks: Ticks;
  by: string;
  paused: boolean;
  open: Proposal[];
}): Promise<string[]> {
  const { forge, ticks, by } = opts;
  const lines: string[] = [];
  const isOpen = (branch: string) => opts.open.find((p) => p.branch === branch && p.state === "open");
  for (const branch of ticks.approve) {
    if (!isOpen(branch)) {
      lines.push(`approve ${branch}: skipped, it is no longer open`);
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
  if (ticks.pause !== undefined && ticks.pause !== opts.paused) {
    await opts.dashboard.setPaused(ticks.pause);
    lines.push(ticks.pause ? `paused by @${by} (${PAUSE_LABEL})` : `resumed by @${by}`);
  }
  return lines;
}

export function dashboardState(
  open: Proposal[],
  paused: boolean,
  notices: readonly string[],
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
        };
      }),
    paused,
    notices: [...notices],
  };
}
