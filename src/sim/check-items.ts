// The engine's guardrail on what a policy planned: an item on a slot that is not a candidate, a second item
// on one slot, an item past maxItems, or one whose variants are not the channel's is a violation and is not
// sent; so is each item missing below minItems when the budget could have paid for it. Items the budget
// cannot pay for are sent and counted as overspend instead (the engine never blocks for money).
import type { Candidate, PeriodRequest, PlannedItem, SimChannel } from "./types.ts";

export interface CheckedItem extends PlannedItem {
  at: Date;
  day: number;
}

export function checkItems(
  planned: readonly PlannedItem[],
  req: PeriodRequest,
  channel: SimChannel,
): { items: CheckedItem[]; violations: number } {
  const bySlot = new Map<string, Candidate>(req.candidates.map((c) => [c.slot, c]));
  const used = new Set<string>();
  const items: CheckedItem[] = [];
  let violations = 0;
  for (const item of planned) {
    const candidate = bySlot.get(item.slot);
    if (!candidate || used.has(item.slot) || items.length >= req.maxItems || !validVariants(item, channel)) {
      violations++;
      continue;
    }
    used.add(item.slot);
    items.push({ slot: item.slot, variants: { ...item.variants }, at: candidate.at, day: candidate.day });
  }
  const affordable =
    req.budgetLeft === undefined || channel.costPerItem <= 0
      ? req.minItems
      : Math.floor(req.budgetLeft / channel.costPerItem + 1e-9);
  violations += Math.max(0, Math.min(req.minItems, affordable) - items.length);
  return { items, violations };
}

/** One known variant of every dimension, and nothing else. */
function validVariants(item: PlannedItem, channel: SimChannel): boolean {
  const dimensions = Object.keys(channel.variants);
  if (Object.keys(item.variants ?? {}).length !== dimensions.length) return false;
  return dimensions.every((d) => channel.variants[d]?.includes(item.variants[d] ?? "") ?? false);
}
