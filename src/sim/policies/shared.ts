// What every baseline does alike: keep within the budget it is told about and within the period's bounds.
import type { PeriodRequest, SimChannel, SimSetup } from "../types.ts";

export function channelOf(setup: SimSetup, id: string): SimChannel {
  const channel = setup.channels.find((c) => c.id === id);
  if (!channel) throw new Error(`no channel "${id}" in the setup`);
  return channel;
}

/** Items the budget left in this period pays for (unbounded without a budget or a cost). */
export function affordable(req: PeriodRequest, channel: SimChannel): number {
  if (req.budgetLeft === undefined || channel.costPerItem <= 0) return Number.POSITIVE_INFINITY;
  return Math.floor(req.budgetLeft / channel.costPerItem + 1e-9);
}

/** The number of items to plan: `wanted`, kept within the period's bounds and what the budget pays for. */
export function itemCount(req: PeriodRequest, channel: SimChannel, wanted: number): number {
  const cap = Math.min(req.maxItems, affordable(req, channel));
  return Math.max(0, Math.min(cap, Math.max(req.minItems, wanted)));
}

/** The first `n` slots of `preference` that are candidates of this period, then any other candidates. */
export function pickSlots(preference: readonly string[], req: PeriodRequest, n: number): string[] {
  const candidates = new Set(req.candidates.map((c) => c.slot));
  const picked = preference.filter((s) => candidates.has(s)).slice(0, n);
  for (const c of req.candidates) if (picked.length < n && !picked.includes(c.slot)) picked.push(c.slot);
  return picked;
}

/** Round-robin through a list, skipping what the caller refuses. */
export class Rotation<T> {
  #next = 0;
  readonly #items: readonly T[];
  constructor(items: readonly T[]) {
    this.#items = items;
  }
  /** The next item `accept` takes, starting after the last one taken; undefined when it takes none. */
  take(accept: (item: T) => boolean = () => true): T | undefined {
    const n = this.#items.length;
    for (let k = 0; k < n; k++) {
      const i = (this.#next + k) % n;
      const item = this.#items[i] as T;
      if (accept(item)) {
        this.#next = (i + 1) % n;
        return item;
      }
    }
    return undefined;
  }
}
