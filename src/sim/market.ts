// The market's truth: the chance that one person reached by an item is a success. Only the engine and the
// oracle read it; a policy gets SimSetup (names) and outcomes (counts), never this.
import type { ChannelTruth, EventTruth, ScenarioModel } from "./model.ts";
import type { PlannedItem, SimSetup } from "./types.ts";

interface ChannelMarket {
  truth: ChannelTruth;
  slotEffect: Map<string, number>;
  events: EventTruth[];
}

export class Market {
  readonly #channels = new Map<string, ChannelMarket>();

  constructor(scenario: ScenarioModel) {
    for (const truth of scenario.channels) {
      this.#channels.set(truth.id, {
        truth,
        slotEffect: new Map(truth.slots.map((s) => [s.label, s.effect])),
        events: scenario.events.filter((e) => e.channel === truth.id),
      });
    }
  }

  /**
   * p = clamp(baseRate × slot × Π variant × (1 − fatigue × (itemsThisWeek − 1))) × Π events in force,
   * clamped to [0, 1]. `itemsThisWeek` counts the items sent on the channel in the item's ISO week.
   */
  p(channel: string, item: PlannedItem, day: number, itemsThisWeek: number): number {
    const c = this.#get(channel);
    const t = c.truth;
    let rate = t.baseRate * (c.slotEffect.get(item.slot) ?? 0);
    for (const [dimension, effects] of Object.entries(t.variants)) {
      rate *= effects[item.variants[dimension] ?? ""] ?? 0;
    }
    rate *= Math.max(0, 1 - t.fatigue * (itemsThisWeek - 1));
    rate = Math.min(1, Math.max(0, rate));
    for (const e of c.events) {
      if (e.day > day) continue;
      if (e.slot !== undefined && e.slot !== item.slot) continue;
      if (e.variant && item.variants[e.variant.dimension] !== e.variant.name) continue;
      rate *= e.multiply;
    }
    return Math.min(1, rate);
  }

  /** The variant of every dimension with the highest effect on `day`, events included (for the oracle). */
  bestVariants(channel: string, day: number): Record<string, string> {
    const c = this.#get(channel);
    const best: Record<string, string> = {};
    for (const [dimension, effects] of Object.entries(c.truth.variants)) {
      let top = -1;
      for (const [name, effect] of Object.entries(effects)) {
        let value = effect;
        for (const e of c.events)
          if (e.day <= day && e.variant?.dimension === dimension && e.variant.name === name)
            value *= e.multiply;
        if (value > top) {
          top = value;
          best[dimension] = name;
        }
      }
    }
    return best;
  }

  #get(channel: string): ChannelMarket {
    const c = this.#channels.get(channel);
    if (!c) throw new Error(`market: no channel "${channel}"`);
    return c;
  }
}

// The oracle's private handle on the truth: a setup built by world.ts is registered with its market, and
// only the oracle asks for it. A SimSetup itself carries names only.
const MARKETS = new WeakMap<SimSetup, Market>();

/** @internal for world.ts */
export function registerMarket(setup: SimSetup, market: Market): void {
  MARKETS.set(setup, market);
}

/** @internal for the oracle policy only: the truth behind a setup. */
export function marketOf(setup: SimSetup): Market {
  const market = MARKETS.get(setup);
  if (!market) throw new Error("marketOf: this setup was not built by the simulator (src/sim/world.ts)");
  return market;
}
