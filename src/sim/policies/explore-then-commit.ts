// `explore-then-commit`: the A/B test email tools offer. Rotate through the arms (as `uniform` does) for the
// first quarter of the horizon, longer if some arm has fewer than two observed sends (up to half the
// horizon); then commit for good to the arm with the best observed success rate in each dimension (slots,
// every variant dimension) and to the item count with the most successes per week. Only outcomes already
// observed count: items whose metrics are still in their window are neither wins nor losses.
import type { Outcome, PeriodRequest, PlannedItem, Policy, PolicyFactory, SimChannel } from "../types.ts";
import { channelOf, itemCount, pickSlots } from "./shared.ts";
import { type Rotations, rotate, rotationsFor } from "./uniform.ts";

/** Share of the horizon's periods that is always spent exploring. */
export const EXPLORE_SHARE = 0.25;
/** Exploration ends by this share of the horizon even when some arm still lacks observations. */
export const EXPLORE_LIMIT = 0.5;
/** Observed sends (or weeks, for an item count) each arm needs before the test is decided. */
export const MIN_SENDS = 2;

interface Stat {
  sends: number;
  trials: number;
  successes: number;
}

interface Commitment {
  slots: string[];
  variants: Record<string, string>;
  count: number;
}

class ChannelTest {
  readonly channel: SimChannel;
  readonly rotations: Rotations;
  readonly slots = new Map<string, Stat>();
  readonly variants = new Map<string, Map<string, Stat>>();
  /** Per period: items sent (after review), outcomes seen, their successes. */
  readonly weeks = new Map<number, { sent: number; seen: number; successes: number }>();
  /** Per item count: completely observed weeks and their successes. */
  readonly counts = new Map<number, { weeks: number; successes: number }>();
  /** The most items any period so far could have had (bounds and budget). */
  reachable = 0;
  committed: Commitment | undefined;
  readonly exploreUntil: number;
  readonly stopBy: number;

  constructor(channel: SimChannel) {
    this.channel = channel;
    this.rotations = rotationsFor(channel);
    for (const s of channel.slots) this.slots.set(s, stat());
    for (const [d, names] of Object.entries(channel.variants))
      this.variants.set(d, new Map(names.map((n) => [n, stat()])));
    this.exploreUntil = Math.ceil(EXPLORE_SHARE * channel.periods);
    this.stopBy = Math.max(this.exploreUntil, Math.floor(EXPLORE_LIMIT * channel.periods));
  }

  plan(req: PeriodRequest): PlannedItem[] {
    this.reachable = Math.max(this.reachable, itemCount(req, this.channel, req.maxItems));
    if (!this.committed && req.index >= this.exploreUntil && (this.#ready() || req.index >= this.stopBy))
      this.committed = this.#decide();
    const c = this.committed;
    if (!c) {
      const n = itemCount(req, this.channel, this.rotations.counts.take() ?? req.minItems);
      return rotate(this.rotations, new Set(req.candidates.map((x) => x.slot)), n);
    }
    const n = itemCount(req, this.channel, c.count);
    return pickSlots(c.slots, req, n).map((slot) => ({ slot, variants: { ...c.variants } }));
  }

  reviewed(verdict: Outcome["verdict"], period: PeriodRequest): void {
    const week = this.weeks.get(period.index) ?? { sent: 0, seen: 0, successes: 0 };
    if (verdict !== "reject") week.sent++;
    this.weeks.set(period.index, week);
  }

  observe(o: Outcome): void {
    if (o.verdict === "reject") return;
    record(this.slots.get(o.item.slot), o);
    for (const [d, name] of Object.entries(o.item.variants)) record(this.variants.get(d)?.get(name), o);
    const index = this.channel.rhythm === "daily" ? o.day : Math.floor(o.day / 7);
    const week = this.weeks.get(index);
    if (!week) return;
    week.seen++;
    week.successes += o.successes;
    if (week.seen === week.sent) {
      const count = this.counts.get(week.sent) ?? { weeks: 0, successes: 0 };
      count.weeks++;
      count.successes += week.successes;
      this.counts.set(week.sent, count);
    }
  }

  /** Every arm has its observed sends; item counts only up to what the bounds and budget have allowed. */
  #ready(): boolean {
    const enough = (stats: Iterable<Stat>) => [...stats].every((s) => s.sends >= MIN_SENDS);
    if (!enough(this.slots.values())) return false;
    for (const arms of this.variants.values()) if (!enough(arms.values())) return false;
    const { min, max } = this.channel.frequency;
    if (this.channel.rhythm === "daily" || min === max) return true;
    for (let n = min; n <= Math.min(max, this.reachable); n++)
      if ((this.counts.get(n)?.weeks ?? 0) < MIN_SENDS) return false;
    return true;
  }

  #decide(): Commitment {
    const variants: Record<string, string> = {};
    for (const [d, arms] of this.variants) variants[d] = ranked(arms)[0] as string;
    let count = this.channel.frequency.min;
    let best = Number.NEGATIVE_INFINITY;
    for (const [n, c] of [...this.counts].sort((a, b) => a[0] - b[0])) {
      const perWeek = c.successes / c.weeks;
      if (n >= this.channel.frequency.min && n <= this.channel.frequency.max && perWeek > best) {
        best = perWeek;
        count = n;
      }
    }
    return { slots: ranked(this.slots), variants, count };
  }
}

function stat(): Stat {
  return { sends: 0, trials: 0, successes: 0 };
}

function record(s: Stat | undefined, o: Outcome): void {
  if (!s) return;
  s.sends++;
  s.trials += o.trials;
  s.successes += o.successes;
}

/** Arms by observed success rate, best first; arms never observed last; ties in the order written. */
function ranked(arms: Map<string, Stat>): string[] {
  const rate = (s: Stat) => (s.trials > 0 ? s.successes / s.trials : Number.NEGATIVE_INFINITY);
  return [...arms].sort((a, b) => rate(b[1]) - rate(a[1]) || 0).map(([name]) => name);
}

export const exploreThenCommit: PolicyFactory = (setup): Policy => {
  const tests = new Map(setup.channels.map((c) => [c.id, new ChannelTest(channelOf(setup, c.id))]));
  const test = (id: string) => tests.get(id) as ChannelTest;
  return {
    name: "explore-then-commit",
    plan: (req) => test(req.channel).plan(req),
    reviewed: (channel, _item, verdict, period) => test(channel).reviewed(verdict, period),
    observe: (o) => test(o.channel).observe(o),
  };
};
