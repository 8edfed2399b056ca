// Change detection on a workflow's primary metric: a CUSUM over the measured items, in slot order. Each
// item's expected successes come from a baseline — the items before the suspected change, discounted,
// adjusted for the options the item was sent with — and each item adds the log-likelihood ratio of "the
// rate fell to DROP of the baseline" against "it did not". When the sum crosses THRESHOLD, the drop is
// flagged at that item and the baseline restarts where the fall began. After a drop, the same test in the
// other direction notes a recovery, and the drop test goes on against the new level. A pure function of
// the observations: every run, `loopcast explain` and the simulator get the same flags from the same ledger.
import type { Observation } from "./evidence.ts";

/** The fall the detector is tuned to: the rate at 70 % of its baseline. */
export const DROP = 0.7;
/** Evidence (in nats) needed to flag a change. */
export const THRESHOLD = 5;
/** Items a baseline needs before anything is tested against it. */
export const MIN_BASELINE = 3;
/** Baseline items an option needs before items sent with it count as evidence of a change. */
export const MIN_OPTION_ITEMS = 2;
/** Baseline items lose half their weight after this many later items. */
const HALF_LIFE_ITEMS = 12;

export interface ChangeFlag {
  kind: "drop" | "recovery";
  /** The item whose outcome crossed the threshold. */
  cycle: string;
  /** When that item's outcome was recorded: the run that sees it raises the flag. */
  measuredAt: string;
  /** The first item of the change. */
  since: string;
  /** Rate before (the baseline) and since the change, and the items and evidence behind them. */
  baseline: number;
  observed: number;
  items: number;
  evidence: number;
  /** One line a person can read. */
  signal: string;
}

interface Measured {
  o: Observation;
  s: number;
  n: number;
}

export function detectChanges(observations: readonly Observation[], metric = "rate"): ChangeFlag[] {
  const items: Measured[] = [];
  for (const o of observations) if (o.outcome) items.push({ o, s: o.outcome.successes, n: o.outcome.trials });
  const flags: ChangeFlag[] = [];
  // One CUSUM per direction watched: a drop always; after a drop, a recovery too. Were drops not watched
  // after a drop, one false alarm would leave the workflow blind to every later drop until a recovery
  // that never comes.
  let watches = [watch("drop")];
  let baseStart = 0;
  for (let i = 0; i < items.length; i++) {
    const runs = watches.filter((w) => w.runStart >= 0).map((w) => w.runStart);
    const end = runs.length ? Math.min(...runs) : i;
    if (end - baseStart < MIN_BASELINE) continue;
    const item = items[i] as Measured;
    // An option the baseline has measured fewer than MIN_OPTION_ITEMS times (a slot tried for the first
    // time) says little about a change of the market: its rate is unknown, not fallen. Such an item adds
    // no evidence either way — a learner's exploration is not a drop.
    if (hasUnseenOption(items, baseStart, end, item.o)) continue;
    const base = baseline(items, baseStart, end);
    const expected = Math.min(0.999, base.rate * adjustment(items, baseStart, end, base.rate, item.o));
    let crossed: Watch | undefined;
    for (const w of watches) {
      const llr = logLikelihoodRatio(item.s, item.n, expected, w.ratio) / base.dispersion;
      if (w.runStart < 0 && llr <= 0) continue;
      if (w.runStart < 0) w.runStart = i;
      w.sum += llr;
      if (w.sum <= 0) {
        w.sum = 0;
        w.runStart = -1;
      } else if (w.sum >= THRESHOLD) crossed ??= w;
    }
    if (!crossed) continue;
    const { kind, runStart, sum } = crossed;
    const run = items.slice(runStart, i + 1);
    const observed = run.reduce((a, m) => a + m.s, 0) / run.reduce((a, m) => a + m.n, 0);
    const change = (observed / base.rate - 1) * 100;
    flags.push({
      kind,
      cycle: item.o.cycle,
      measuredAt: item.o.outcome?.measuredAt ?? "",
      since: (items[runStart] as Measured).o.cycle,
      baseline: base.rate,
      observed,
      items: run.length,
      evidence: sum,
      signal: `${metric} ${pct(observed)} over the last ${run.length} item(s) against ${pct(base.rate)} before (${change >= 0 ? "+" : ""}${change.toFixed(0)} %); CUSUM evidence ${sum.toFixed(1)} ≥ ${THRESHOLD}`,
    });
    watches = kind === "drop" ? [watch("recovery"), watch("drop")] : [watch("drop")];
    baseStart = runStart;
  }
  return flags;
}

function hasUnseenOption(items: readonly Measured[], from: number, to: number, o: Observation): boolean {
  for (const [dimension, arm] of Object.entries(o.arms)) {
    if (dimension === "point") continue;
    let seen = 0;
    for (let j = from; j < to && seen < MIN_OPTION_ITEMS; j++)
      if ((items[j] as Measured).o.arms[dimension] === arm) seen++;
    if (seen < MIN_OPTION_ITEMS) return true;
  }
  return false;
}

interface Watch {
  kind: ChangeFlag["kind"];
  /** The changed rate tested for, as a share of the baseline. */
  ratio: number;
  sum: number;
  /** The first item of the run being summed; -1 when none is. */
  runStart: number;
}

const watch = (kind: ChangeFlag["kind"]): Watch => ({
  kind,
  ratio: kind === "drop" ? DROP : 1 / DROP,
  sum: 0,
  runStart: -1,
});

/** log P(s | rate × ratio) − log P(s | rate) for s successes in n trials. */
function logLikelihoodRatio(s: number, n: number, rate: number, ratio: number): number {
  const changed = Math.min(0.999, rate * ratio);
  return s * Math.log(changed / rate) + (n - s) * Math.log((1 - changed) / (1 - rate));
}

/** The discounted pooled rate of items [from, to), and how much more they vary than chance alone. */
function baseline(
  items: readonly Measured[],
  from: number,
  to: number,
): { rate: number; dispersion: number } {
  let s = 0;
  let n = 0;
  for (let j = from; j < to; j++) {
    const w = 0.5 ** ((to - 1 - j) / HALF_LIFE_ITEMS);
    s += w * (items[j] as Measured).s;
    n += w * (items[j] as Measured).n;
  }
  const rate = n > 0 ? Math.max(1e-6, s / n) : 1e-6;
  // Pearson's dispersion: 1 when items vary as binomial draws would; more when they vary more (real
  // audiences do), which weakens every item's evidence alike.
  let chi = 0;
  for (let j = from; j < to; j++) {
    const m = items[j] as Measured;
    const e = m.n * rate;
    chi += (m.s - e) ** 2 / Math.max(1e-9, e * (1 - rate));
  }
  const df = to - from - 1;
  return { rate, dispersion: df > 0 ? Math.min(10, Math.max(1, chi / df)) : 1 };
}

/**
 * How much better or worse than the baseline an item's options did in the baseline, per dimension,
 * shrunk towards 1 by one item's worth of trials (so one lucky item moves nothing much).
 */
function adjustment(
  items: readonly Measured[],
  from: number,
  to: number,
  rate: number,
  o: Observation,
): number {
  let factor = 1;
  const dims = Object.keys(o.arms).filter((d) => d !== "point");
  let trials = 0;
  for (let j = from; j < to; j++) trials += (items[j] as Measured).n;
  const prior = trials / Math.max(1, to - from);
  for (const d of dims) {
    let s = 0;
    let n = 0;
    for (let j = from; j < to; j++) {
      const m = items[j] as Measured;
      if (m.o.arms[d] !== o.arms[d]) continue;
      s += m.s;
      n += m.n;
    }
    factor *= (s + prior * rate) / ((n + prior) * rate);
  }
  return Math.min(2, Math.max(0.5, factor));
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
