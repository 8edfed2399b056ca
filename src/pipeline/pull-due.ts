// Which published items a run pulls numbers for, and how a run's request budget is shared. Pure: the state
// of earlier pulls and the clock are passed in.
//
// An item is pulled while one of its benchmark windows is open, at most once per MIN_INTERVAL, and once more
// just after the last window closes so its verdict uses the final numbers. Six hours: engagement on a post
// moves within hours, not minutes, and the verdict reads only the final pull; four reads a day keep the
// dashboard's "so far" fresh while an hourly schedule costs a quarter of the requests it would otherwise.
import type { Benchmark } from "../config/types.ts";
import { parseDuration } from "../core/time.ts";
import { benchmarkApplies } from "../metrics/judge.ts";
import type { PublishedItem } from "../metrics/types.ts";

export const MIN_INTERVAL_MS = 6 * 3_600_000;
/** After its window, an item gets its final pull only this long: older ones closed before pulling began. */
export const FINAL_GRACE_MS = 7 * 86_400_000;
/** Requests one run may make to pull metrics, all channels together (strategy `measure.requestsPerRun`). */
export const DEFAULT_REQUESTS_PER_RUN = 40;

/** When each item was last pulled (ISO), by cycle: the committed state of pulling (metrics/pulls.json). */
export type PulledAt = Readonly<Record<string, string>>;

export interface DueItem {
  item: PublishedItem;
  /** When the pull became due (ms): the oldest-due is pulled first. */
  dueAt: number;
  /** The pull just after the last window closed. */
  final: boolean;
  /** End of the item's longest benchmark window (ms). */
  windowEnd: number;
}

/** The end of the longest window of the benchmarks that judge the item, or undefined when none does. */
export function windowEnd(item: PublishedItem, benchmarks: readonly Benchmark[]): number | undefined {
  const published = Date.parse(item.publishedAt);
  let end: number | undefined;
  for (const b of benchmarks) {
    if (!benchmarkApplies(b, item)) continue;
    const e = published + parseDuration(b.window);
    if (end === undefined || e > end) end = e;
  }
  return end;
}

/** The items due for a pull at `now`, oldest-due first. */
export function dueItems(opts: {
  items: readonly PublishedItem[];
  benchmarks: readonly Benchmark[];
  pulled: PulledAt;
  now: Date;
  minIntervalMs?: number;
}): DueItem[] {
  const now = opts.now.getTime();
  const interval = opts.minIntervalMs ?? MIN_INTERVAL_MS;
  const due: DueItem[] = [];
  for (const item of opts.items) {
    const end = windowEnd(item, opts.benchmarks);
    if (end === undefined) continue;
    const lastIso = opts.pulled[item.cycle];
    const last = lastIso === undefined ? undefined : Date.parse(lastIso);
    if (now >= end) {
      // The final pull: once, soon after the window closed.
      if ((last === undefined || last < end) && now - end <= FINAL_GRACE_MS)
        due.push({ item, dueAt: end, final: true, windowEnd: end });
      continue;
    }
    const dueAt = (last ?? Date.parse(item.publishedAt)) + interval;
    if (dueAt <= now) due.push({ item, dueAt, final: false, windowEnd: end });
  }
  return due.sort((a, b) => a.dueAt - b.dueAt || a.item.cycle.localeCompare(b.item.cycle));
}

/**
 * The requests each channel may make, in the order of their oldest due item: an equal share of what is
 * left, so one slow channel (an old Mastodon read one status at a time) cannot starve the others. A channel
 * that spends less leaves the rest to those after it.
 */
export function shareBudget(channels: number, remaining: number, index: number): number {
  const left = channels - index;
  return left > 0 ? Math.ceil(remaining / left) : 0;
}

/** The pull state without items whose final pull is long done (they are never due again). */
export function prunePulled(pulled: PulledAt, ends: ReadonlyMap<string, number>, now: Date): PulledAt {
  const out: Record<string, string> = {};
  for (const [cycle, at] of Object.entries(pulled)) {
    const end = ends.get(cycle);
    if (end !== undefined && now.getTime() - end <= FINAL_GRACE_MS) out[cycle] = at;
  }
  return out;
}
