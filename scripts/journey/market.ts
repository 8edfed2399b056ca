// The journey's simulated market: what each published item measured, as an analytics export would report
// it. Rates depend on when the item went out (weekday and time of day in the strategy's time zone, read
// from its cycle id) and on the variants recorded as its arms (the title is an email's subject line),
// with binomial noise; from `drop.day` on, one workflow's primary metric falls by `drop.factor`.
// Pure: the same item, seed and model give the same numbers. The market knows nothing of slot labels,
// so any slot the planner chooses has a rate; a learner sees only the exported counts.

import { type Random, seededRandom } from "../../src/core/random.ts";
import type { ChannelType } from "../../src/metrics/catalogue.ts";

/** One effect per weekday, Sunday first (Date#getUTCDay order). */
type Weekdays = readonly [number, number, number, number, number, number, number];

export interface ChannelMarket {
  /** The count the rates are per (impressions, delivered emails, page views) and its mean per item. */
  audience: { metric: string; mean: number };
  /** How many more people an item reaches on each weekday. */
  reach: Weekdays;
  /** Effect of the weekday on the rates. */
  weekday: Weekdays;
  /** Effect of the local time of day on the rates: [from minute of the day, effect], ascending. */
  timeOfDay: ReadonlyArray<readonly [number, number]>;
  /** Effect of each recorded arm on the rates: dimension → arm value → effect (1 when not listed). */
  arms: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Effect of arms on the audience instead (a blog title brings readers; it does not make them click). */
  audienceArms?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface MarketModel {
  channels: Readonly<Partial<Record<ChannelType, ChannelMarket>>>;
  /** Base chance that one person of the audience does each thing, per channel type. */
  base: Readonly<Partial<Record<ChannelType, Readonly<Record<string, number>>>>>;
}

const flat: Weekdays = [1, 1, 1, 1, 1, 1, 1];

/**
 * The market the journey runs in. Each channel has a clear best time and a clear best variant, none of
 * which is the example's default (social at 12:30, the newsletter on Thursday, the blog on Tuesday).
 */
export const MARKET: MarketModel = {
  channels: {
    mastodon: {
      audience: { metric: "impressions", mean: 2400 },
      reach: [0.7, 1, 1.05, 1.05, 1, 0.95, 0.75],
      weekday: [0.8, 1, 1.05, 1, 1, 0.95, 0.9],
      // Early morning is quiet, lunch is fine, the evening is best.
      timeOfDay: [
        [0, 0.9],
        [10 * 60, 1],
        [15 * 60, 1.05],
        [17 * 60, 1.25],
        [22 * 60, 0.9],
      ],
      arms: { hook: { "0": 1, "1": 1.2, "2": 0.9 } },
    },
    email: {
      audience: { metric: "delivered", mean: 1250 },
      reach: flat,
      // Tuesday mornings are read; weekends are not.
      weekday: [0.75, 0.95, 1.25, 1.05, 1, 0.9, 0.85],
      timeOfDay: [
        [0, 0.9],
        [7 * 60, 1],
        [11 * 60, 0.95],
        [17 * 60, 0.85],
      ],
      // The subject line: the second title template beats the first.
      arms: { title: { "0": 1, "1": 1.3 } },
    },
    blog: {
      audience: { metric: "views", mean: 1000 },
      reach: [0.6, 1, 1, 1.05, 1.05, 0.9, 0.6],
      weekday: [0.8, 0.95, 1, 1.1, 1.25, 0.9, 0.8],
      timeOfDay: [[0, 1]],
      arms: { cta: { "0": 1, "1": 1.25 } },
      audienceArms: { title: { "0": 1, "1": 1.2 } },
    },
    webhook: {
      audience: { metric: "impressions", mean: 1000 },
      reach: flat,
      weekday: flat,
      timeOfDay: [[0, 1]],
      arms: {},
    },
  },
  // Set so that every slot and variant meets the example's benchmarks most of the time before the drop
  // (a learner's exploration does not cost a workflow its promotion), and the best ones by a wide margin.
  base: {
    mastodon: { engagements: 0.024 },
    // Opens per delivered email; clicks per open; unsubscribes and bounces per email.
    email: { unique_opens: 0.45, clicks_per_open: 0.1, unsubscribes: 0.0015, bounces: 0.015 },
    blog: { clicks: 0.03 },
    webhook: { engagements: 0.02 },
  },
};

export interface MarketItem {
  cycle: string;
  workflow: string;
  channelType: ChannelType;
  /** When the item was scheduled (its cycle's slot). */
  slot: Date;
  /** When it went out; the drop applies from this instant. */
  publishedAt: Date;
  arms: Readonly<Record<string, string>>;
}

export interface Drop {
  workflow: string;
  /** The instant from which items measure the lower rate. */
  from: Date;
  /** 0.6: the rate falls by 40 %. */
  factor: number;
}

export interface MarketOptions {
  timezone: string;
  seed: string;
  drop?: Drop;
  model?: MarketModel;
}

const WEEKDAY = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Weekday (0 = Sunday) and minute of the day of an instant in a time zone. */
export function localTime(at: Date, timezone: string): { weekday: number; minutes: number } {
  let f = formats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: timezone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    weekday: WEEKDAY[parts.weekday as keyof typeof WEEKDAY],
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function timeEffect(table: ChannelMarket["timeOfDay"], minutes: number): number {
  let effect = 1;
  for (const [from, e] of table) if (minutes >= from) effect = e;
  return effect;
}

/** The product of the slot's and the arms' effects: 1 is an average item. */
export function effect(item: MarketItem, timezone: string, model: MarketModel = MARKET): number {
  const m = model.channels[item.channelType];
  if (!m) return 1;
  const { weekday, minutes } = localTime(item.slot, timezone);
  let e = (m.weekday[weekday] ?? 1) * timeEffect(m.timeOfDay, minutes);
  for (const [dimension, values] of Object.entries(m.arms)) {
    const arm = item.arms[dimension];
    if (arm !== undefined) e *= values[arm] ?? 1;
  }
  return e;
}

/** The primary metric's factor for this item: the drop once it has begun, else 1. */
export function dropFactor(item: MarketItem, drop: Drop | undefined): number {
  return drop && item.workflow === drop.workflow && item.publishedAt >= drop.from ? drop.factor : 1;
}

/** Successes among n trials of chance p: exact (a sum of draws) for the audiences of a small business. */
export function binomial(n: number, p: number, random: Random): number {
  const q = Math.min(1, Math.max(0, p));
  let k = 0;
  for (let i = 0; i < n; i++) if (random.next() < q) k++;
  return k;
}

/** About `mean`, ± 8 %: audiences vary from item to item. */
function audience(mean: number, random: Random): number {
  // The sum of three uniforms: a bell shape without a normal sampler.
  const u = (random.next() + random.next() + random.next()) / 3 - 0.5;
  return Math.max(1, Math.round(mean * (1 + u * 0.48)));
}

/**
 * What the item measured over its window, as the counts an export carries (rates follow from them:
 * engagement_rate = engagements / impressions, open_rate = unique_opens / delivered, …).
 */
export function measureItem(item: MarketItem, opts: MarketOptions): Record<string, number> {
  const model = opts.model ?? MARKET;
  const m = model.channels[item.channelType];
  const base = model.base[item.channelType];
  if (!m || !base) return {};
  const random = seededRandom(`${opts.seed}:market:${item.cycle}`);
  const e = effect(item, opts.timezone, model);
  const drop = dropFactor(item, opts.drop);
  const { weekday } = localTime(item.slot, opts.timezone);
  let reach = m.reach[weekday] ?? 1;
  for (const [dimension, values] of Object.entries(m.audienceArms ?? {}))
    reach *= values[item.arms[dimension] ?? ""] ?? 1;
  const n = audience(m.audience.mean * reach, random);
  switch (item.channelType) {
    case "email": {
      const sent = n;
      const bounces = binomial(sent, base.bounces ?? 0, random);
      const delivered = sent - bounces;
      const opens = binomial(delivered, (base.unique_opens ?? 0) * e, random);
      // The primary metric is the click rate: the drop lowers clicks, not opens.
      const clicks = binomial(opens, (base.clicks_per_open ?? 0) * drop, random);
      const unsubscribes = binomial(delivered, base.unsubscribes ?? 0, random);
      return { sent, delivered, bounces, unique_opens: opens, unique_clicks: clicks, unsubscribes };
    }
    case "blog":
      return { views: n, clicks: binomial(n, (base.clicks ?? 0) * e * drop, random) };
    default: {
      const engagements = binomial(n, (base.engagements ?? 0) * e * drop, random);
      const likes = binomial(engagements, 0.6, random);
      const reposts = binomial(engagements - likes, 0.55, random);
      return {
        [m.audience.metric]: n,
        engagements,
        likes,
        reposts,
        replies: engagements - likes - reposts,
      };
    }
  }
}

/** The market's truth in words, for the closing summary: what a learner could have found. */
export function describeMarket(channelType: ChannelType, model: MarketModel = MARKET): string | undefined {
  const m = model.channels[channelType];
  if (!m) return undefined;
  const days = Object.keys(WEEKDAY);
  const best = (xs: readonly number[]) => xs.indexOf(Math.max(...xs));
  const parts: string[] = [];
  const wd = best(m.weekday);
  if ((m.weekday[wd] ?? 1) > 1) parts.push(`${days[wd]} ×${m.weekday[wd]}`);
  const tod = [...m.timeOfDay].sort((a, b) => b[1] - a[1])[0];
  if (tod && tod[1] > 1) {
    const h = (x: number) =>
      `${String(Math.floor(x / 60)).padStart(2, "0")}:${String(x % 60).padStart(2, "0")}`;
    const next = m.timeOfDay.find(([from]) => from > tod[0]);
    parts.push(`${h(tod[0])}–${next ? h(next[0]) : "24:00"} ×${tod[1]}`);
  }
  for (const [dimension, values] of Object.entries(m.arms)) {
    const [arm, e] = Object.entries(values).sort((a, b) => b[1] - a[1])[0] ?? [];
    if (arm !== undefined && (e ?? 1) > 1) parts.push(`${dimension} ${arm} ×${e}`);
  }
  for (const [dimension, values] of Object.entries(m.audienceArms ?? {})) {
    const [arm, e] = Object.entries(values).sort((a, b) => b[1] - a[1])[0] ?? [];
    if (arm !== undefined && (e ?? 1) > 1) parts.push(`${dimension} ${arm} ×${e} readers`);
  }
  return parts.join(", ");
}
