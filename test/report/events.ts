// Builders of ledger events for tests of the track record, the 30-day review and the reports.
import type { LedgerEvent } from "../../src/schema-types/ledger-event.generated.ts";

const HASH = "0".repeat(64);

export interface CycleSpec {
  workflow: string;
  /** Slot as ISO time; the cycle id is derived from it. */
  slot: string;
  level?: "L3" | "L4" | "L5";
  channel?: string;
  /** merged with this edit ratio, or rejected. */
  review?: number | "rejected";
  verdicts?: Array<{
    status: "met" | "missed" | "pending" | "not-enough-data";
    value?: number;
    primary?: boolean;
  }>;
  published?: boolean;
  url?: string;
  reservation?: number;
  spent?: number;
}

export function cycleIdOf(workflow: string, slot: string): string {
  const iso = new Date(slot).toISOString();
  return `${workflow}@${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** The events of one cycle: proposed a day before its slot, reviewed, published at the slot, judged later. */
export function cycleEvents(spec: CycleSpec): [string, LedgerEvent[]] {
  const cycle = cycleIdOf(spec.workflow, spec.slot);
  const channel = spec.channel ?? "blog";
  const slot = new Date(spec.slot).toISOString();
  const events: LedgerEvent[] = [
    {
      type: "proposed",
      at: shift(slot, -24),
      cycle,
      workflow: spec.workflow,
      channel,
      slot,
      level: spec.level ?? "L3",
      branch: `loopcast/${cycle}`,
      proposal: { id: `loopcast/${cycle}`, ...(spec.url ? { url: spec.url } : {}) },
      contentPath: `marketing/content/${spec.workflow}/${cycle}.md`,
      contentHash: HASH,
      arms: { hook: "0" },
      generator: "template",
      ...(spec.reservation !== undefined ? { reservation: spec.reservation } : {}),
    },
  ];
  if (spec.review === "rejected") events.push({ type: "rejected", at: shift(slot, -12), cycle });
  else if (spec.review !== undefined)
    events.push({
      type: "merged",
      at: shift(slot, -12),
      cycle,
      mergedSha: "abc",
      editRatio: spec.review,
      humanCommits: spec.review > 0 ? 1 : 0,
    });
  if (spec.published && spec.review !== "rejected") {
    const key = `${cycle}:${HASH.slice(0, 8)}`;
    events.push({ type: "publishing", at: slot, cycle, channel, idempotencyKey: key });
    events.push({
      type: "published",
      at: shift(slot, 0.01),
      cycle,
      channel,
      idempotencyKey: key,
      receipt: { id: cycle, url: `https://example.com/${cycle}` },
    });
  }
  if (spec.spent !== undefined)
    events.push({ type: "spent", at: shift(slot, 48), cycle, amount: spec.spent });
  (spec.verdicts ?? []).forEach((v, i) => {
    events.push({
      type: "judged",
      at: shift(slot, 24 * 8),
      cycle,
      benchmark: `b${i}`,
      metric: v.primary ? "click_rate" : `metric_${i}`,
      status: v.status,
      ...(v.value !== undefined ? { value: v.value } : {}),
      ...(v.primary ? { primary: true } : {}),
    });
  });
  return [cycle, events];
}

export function ledgerOf(specs: CycleSpec[]): Map<string, LedgerEvent[]> {
  return new Map(specs.map(cycleEvents));
}
