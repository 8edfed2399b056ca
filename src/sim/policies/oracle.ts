// `oracle`: knows the truth, events in force included (through the market's private handle, never through
// SimSetup). Each period it picks the number of items, the slots and the variants with the most expected
// successes that the budget left pays for. It does not know the reviewer's verdicts, and it optimises one
// period at a time: with several channels under one budget, an earlier period may spend what a later one
// could have used better.
import { marketOf } from "../market.ts";
import type { PlannedItem, Policy, PolicyFactory } from "../types.ts";
import { affordable, channelOf } from "./shared.ts";

export const oracle: PolicyFactory = (setup): Policy => {
  const market = marketOf(setup);
  return {
    name: "oracle",
    plan(req) {
      const channel = channelOf(setup, req.channel);
      const cap = Math.min(req.maxItems, affordable(req, channel));
      const lo = Math.min(req.minItems, cap);
      // The best variants of each candidate's day; then every candidate as an item.
      const items = req.candidates.map((c) => ({
        item: { slot: c.slot, variants: market.bestVariants(channel.id, c.day) } as PlannedItem,
        day: c.day,
      }));
      let best: PlannedItem[] = [];
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let n = lo; n <= cap; n++) {
        // Fatigue is shared by the week's items, so the best n items are the n best at that fatigue.
        const ranked = items
          .map((x) => ({ ...x, p: market.p(channel.id, x.item, x.day, n) }))
          .sort((a, b) => b.p - a.p)
          .slice(0, n);
        const value = ranked.reduce((sum, x) => sum + x.p, 0);
        // Strictly better only: at a tie, fewer items cost less.
        if (value > bestValue + 1e-12) {
          bestValue = value;
          best = ranked.map((x) => x.item);
        }
      }
      return best;
    },
    observe() {},
  };
};
