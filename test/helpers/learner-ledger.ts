// Ledger events of measured items, for tests of the learner's bookkeeping (decisions, explain, demotion):
// each item proposed, merged, published at its slot and judged on its workflow's primary benchmark when
// its window closed, with the successes and trials the test gives.
import { cycleId } from "../../src/core/time.ts";
import type { LedgerEvent } from "../../src/state/ledger.ts";

export interface MeasuredItem {
  slot: Date;
  arms: Record<string, string>;
  successes: number;
  trials: number;
}

export function measuredEvents(
  workflow: { id: string; channel: string; benchmark: string; metric: string },
  items: readonly MeasuredItem[],
  windowMs = 3 * 86_400_000,
  opts: { judged?: boolean } = {},
): LedgerEvent[] {
  return items.flatMap((item): LedgerEvent[] => {
    const cycle = cycleId(workflow.id, item.slot);
    const proposedAt = new Date(item.slot.getTime() - 86_400_000).toISOString();
    const slot = item.slot.toISOString();
    return [
      {
        type: "proposed",
        at: proposedAt,
        cycle,
        workflow: workflow.id,
        channel: workflow.channel,
        slot,
        level: "L3",
        branch: `loopcast/${cycle}`,
        proposal: { id: `loopcast/${cycle}` },
        contentPath: `marketing/content/${workflow.id}/${cycle}.md`,
        contentHash: "0".repeat(64),
        arms: item.arms,
        generator: "template",
        title: cycle,
        reservation: 0,
      },
      {
        type: "merged",
        at: proposedAt,
        cycle,
        mergedSha: "0".repeat(40),
        humanCommits: 0,
        editRatio: 0,
      },
      {
        type: "published",
        at: slot,
        cycle,
        channel: workflow.channel,
        receipt: { id: cycle },
        idempotencyKey: cycle,
      },
      ...(opts.judged === false ? [] : [judged(workflow, item, cycle, windowMs)]),
    ];
  });
}

function judged(
  workflow: { benchmark: string; metric: string },
  item: MeasuredItem,
  cycle: string,
  windowMs: number,
): LedgerEvent {
  return {
    type: "judged",
    at: new Date(item.slot.getTime() + windowMs).toISOString(),
    cycle,
    benchmark: workflow.benchmark,
    metric: workflow.metric,
    status: "met",
    value: item.successes / item.trials,
    sample: item.trials,
    primary: true,
  };
}

/** Weekly slots from Tuesday 6 January 2026 08:00 UTC (or Thursday with `thursday`), `weeks` of them. */
export function weeklySlots(weeks: number, thursday = false): Date[] {
  const first = Date.parse(thursday ? "2026-01-08T08:00:00Z" : "2026-01-06T08:00:00Z");
  return Array.from({ length: weeks }, (_, i) => new Date(first + i * 7 * 86_400_000));
}
