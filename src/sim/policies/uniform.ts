// `uniform`: rotation. Each channel walks round-robin through its slots, through each dimension's variants
// (independent counters) and through the item counts min..max, ignoring the outcomes.
import type { PlannedItem, Policy, PolicyFactory, SimChannel } from "../types.ts";
import { channelOf, itemCount, Rotation } from "./shared.ts";

export interface Rotations {
  slots: Rotation<string>;
  variants: Record<string, Rotation<string>>;
  counts: Rotation<number>;
}

export function rotationsFor(channel: SimChannel): Rotations {
  const counts: number[] = [];
  for (let n = channel.frequency.min; n <= channel.frequency.max; n++) counts.push(n);
  return {
    slots: new Rotation(channel.slots),
    variants: Object.fromEntries(
      Object.entries(channel.variants).map(([d, names]) => [d, new Rotation(names)]),
    ),
    counts: new Rotation(counts),
  };
}

/** `n` items on the next slots of the rotation that are candidates, each with the next variant of every dimension. */
export function rotate(r: Rotations, candidates: ReadonlySet<string>, n: number): PlannedItem[] {
  const items: PlannedItem[] = [];
  const used = new Set<string>();
  while (items.length < n) {
    const slot = r.slots.take((s) => candidates.has(s) && !used.has(s));
    if (slot === undefined) break;
    used.add(slot);
    const variants = Object.fromEntries(
      Object.entries(r.variants).map(([d, rot]) => [d, rot.take() as string]),
    );
    items.push({ slot, variants });
  }
  return items;
}

export const uniform: PolicyFactory = (setup): Policy => {
  const state = new Map(setup.channels.map((c) => [c.id, rotationsFor(c)]));
  return {
    name: "uniform",
    plan(req) {
      const channel = channelOf(setup, req.channel);
      const r = state.get(channel.id) as Rotations;
      const n = itemCount(req, channel, r.counts.take() ?? req.minItems);
      return rotate(r, new Set(req.candidates.map((c) => c.slot)), n);
    },
    observe() {},
  };
};
