// `fixed`: autopilot. The first slot and the first variant of every dimension, the fewest items allowed,
// every period, whatever the outcomes say.
import type { PlannedItem, Policy, PolicyFactory } from "../types.ts";
import { channelOf, itemCount, pickSlots } from "./shared.ts";

export const fixed: PolicyFactory = (setup): Policy => ({
  name: "fixed",
  plan(req) {
    const channel = channelOf(setup, req.channel);
    const variants = Object.fromEntries(
      Object.entries(channel.variants).map(([d, names]) => [d, names[0] as string]),
    );
    const n = itemCount(req, channel, req.minItems);
    return pickSlots(channel.slots, req, n).map((slot): PlannedItem => ({ slot, variants: { ...variants } }));
  },
  observe() {},
});
