// Runs one policy through one world: asks it for each period's items in time order, checks them, lets the
// simulated reviewer judge them, draws their outcomes from the market and delivers each outcome `window`
// days after it was sent. The engine never blocks a send for money: spending over a cap is overspend.
import { seededRandom } from "../core/random.ts";
import { binomialAt } from "./binomial.ts";
import { monthOf, type Period, weekOf } from "./calendar.ts";
import { checkItems } from "./check-items.ts";
import { DAY_MS } from "./model.ts";
import type { Outcome, PeriodRequest, Policy, SimChannel } from "./types.ts";
import type { World } from "./world.ts";

export interface RunRecord {
  policy: string;
  /** Successes of every sent item. */
  reward: number;
  /** Σ p × audience over sent items: the reward without the binomial noise. */
  expectedReward: number;
  items: number;
  rejected: number;
  violations: number;
  spend: number;
  overspend: number;
  /** Days of the sent items, per channel, in order. */
  sentDays: Record<string, number[]>;
  /** Drops the policy flagged; undefined for a policy without a detector. */
  flags?: Array<{ channel: string; day: number }>;
}

interface Pending {
  observeAt: number;
  outcome: Outcome;
}

/** The uniform number behind a draw, the same for every policy: common random numbers. */
export function drawUniform(seed: number, ...key: Array<string | number>): number {
  return seededRandom(`${seed}/${key.join("/")}`).next();
}

export function runPolicy(world: World, policy: Policy, seed: number): RunRecord {
  const { setup, scenario, market } = world;
  const channels = new Map<string, SimChannel>(setup.channels.map((c) => [c.id, c]));
  const budget = setup.budget;
  const { reviewer } = scenario;
  const horizonEnd = setup.start.getTime() + world.days * DAY_MS;

  const spentWeek = new Map<number, number>();
  const spentMonth = new Map<number, number>();
  const sentInWeek = new Map<string, number>(); // `${channel}/${week}` → items sent
  const record: RunRecord = {
    policy: policy.name,
    reward: 0,
    expectedReward: 0,
    items: 0,
    rejected: 0,
    violations: 0,
    spend: 0,
    overspend: 0,
    sentDays: Object.fromEntries(setup.channels.map((c) => [c.id, []])),
  };

  // Outcomes waiting for their window to close, kept sorted by the time they become visible.
  const pending: Pending[] = [];
  let next = 0;
  const deliverUntil = (time: number) => {
    while (next < pending.length && (pending[next] as Pending).observeAt <= time) {
      policy.observe((pending[next] as Pending).outcome);
      next++;
    }
  };
  const enqueue = (p: Pending) => {
    let i = pending.length;
    while (i > next && (pending[i - 1] as Pending).observeAt > p.observeAt) i--;
    pending.splice(i, 0, p);
  };

  for (const period of world.periods) {
    deliverUntil(period.start.getTime());
    const channel = channels.get(period.channel) as SimChannel;
    const req = request(period, channel, budgetLeft(period, budget, spentWeek, spentMonth));
    const planned = policy.plan(req);
    const checked = checkItems(planned, req, channel);
    record.violations += checked.violations;
    // What the policy gets back: the slot and variants only.
    const items = checked.items.map((c) => ({ ...c, plain: { slot: c.slot, variants: c.variants } }));

    const verdicts = items.map((_, i): Outcome["verdict"] => {
      const u = drawUniform(seed, "review", channel.id, period.index, i);
      return u < reviewer.approve ? "approve" : u < reviewer.approve + reviewer.edit ? "edit" : "reject";
    });
    items.forEach((item, i) => {
      policy.reviewed?.(channel.id, item.plain, verdicts[i] as Outcome["verdict"], req);
    });

    const sent: Array<{ item: (typeof items)[number]; verdict: Outcome["verdict"] }> = [];
    items.forEach((item, i) => {
      const verdict = verdicts[i] as Outcome["verdict"];
      if (verdict !== "reject") {
        sent.push({ item, verdict });
        return;
      }
      record.rejected++;
      policy.observe({
        channel: channel.id,
        item: item.plain,
        at: item.at,
        day: item.day,
        verdict,
        trials: 0,
        successes: 0,
      });
    });

    // Fatigue counts every item of the ISO week that is sent and planned by the time this one goes out.
    for (const { item } of sent) {
      const key = `${channel.id}/${weekOf(item.day)}`;
      sentInWeek.set(key, (sentInWeek.get(key) ?? 0) + 1);
    }
    for (const { item, verdict } of sent) {
      const p = market.p(
        channel.id,
        item.plain,
        item.day,
        sentInWeek.get(`${channel.id}/${weekOf(item.day)}`) ?? 1,
      );
      const u = drawUniform(seed, "market", channel.id, item.day, item.slot);
      const successes = binomialAt(channel.audience, p, u);
      record.reward += successes;
      record.expectedReward += p * channel.audience;
      record.items++;
      record.sentDays[channel.id]?.push(item.day);
      if (channel.costPerItem > 0) {
        record.spend += channel.costPerItem;
        add(spentWeek, weekOf(item.day), channel.costPerItem);
        add(spentMonth, monthOf(item.day), channel.costPerItem);
      }
      enqueue({
        observeAt: item.at.getTime() + channel.window * DAY_MS,
        outcome: {
          channel: channel.id,
          item: item.plain,
          at: item.at,
          day: item.day,
          verdict,
          trials: channel.audience,
          successes,
        },
      });
    }
  }
  // Outcomes still in their window at the horizon's end are never seen: the run is over.
  deliverUntil(horizonEnd - 1);

  record.overspend = round(over(spentWeek, budget?.weekly) + over(spentMonth, budget?.monthly));
  record.spend = round(record.spend);
  const flags = policy.flagged?.();
  if (flags) record.flags = flags;
  return record;
}

function request(period: Period, channel: SimChannel, budgetLeft: number | undefined): PeriodRequest {
  const n = period.candidates.length;
  return {
    channel: channel.id,
    index: period.index,
    start: period.start,
    end: period.end,
    candidates: period.candidates,
    // A last, partial week may hold fewer candidates than the bounds ask for.
    minItems: Math.min(channel.frequency.min, n),
    maxItems: Math.min(channel.frequency.max, n),
    ...(budgetLeft === undefined ? {} : { budgetLeft }),
  };
}

/** What is left of the caps over the budget week and the calendar month(s) the period's candidates fall in. */
function budgetLeft(
  period: Period,
  budget: World["setup"]["budget"],
  spentWeek: Map<number, number>,
  spentMonth: Map<number, number>,
): number | undefined {
  if (!budget || (budget.weekly === undefined && budget.monthly === undefined)) return undefined;
  let left = Number.POSITIVE_INFINITY;
  const days = new Set(period.candidates.map((c) => c.day));
  for (const day of days) {
    if (budget.weekly !== undefined) left = Math.min(left, budget.weekly - (spentWeek.get(weekOf(day)) ?? 0));
    if (budget.monthly !== undefined)
      left = Math.min(left, budget.monthly - (spentMonth.get(monthOf(day)) ?? 0));
  }
  return round(Math.max(0, left));
}

function add(map: Map<number, number>, key: number, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

function over(spent: Map<number, number>, cap: number | undefined): number {
  if (cap === undefined) return 0;
  let total = 0;
  for (const amount of spent.values()) total += Math.max(0, amount - cap);
  return total;
}

/** Money and shares to nine decimals, so 0.1 + 0.2 does not read as overspend. */
function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
