// What the learner knows about a workflow, read from the ledger alone: every item it sent, the options
// (arms) it was sent with, and — once the primary benchmark's window has closed — its outcome as
// successes over the benchmark's sample (clicks over delivered). Items whose window is still open are
// pending: they count as sent, never as failures. `asOf` reads the ledger as it was at an earlier
// instant, which is how `loopcast explain` recomputes a past choice.
import { isoWeek } from "../core/calendar.ts";
import { parseCycleId } from "../core/time.ts";
import { cycleStatus, type EventOf, type Ledger, type LedgerEvent } from "../state/ledger.ts";

export interface Observation {
  cycle: string;
  /** The item's slot, in ms. */
  at: number;
  /** ISO week of the slot in the strategy's time zone, e.g. 2026-W49. */
  week: string;
  arms: Record<string, string>;
  /** Successes and trials of the primary benchmark; absent while its window is open (pending). */
  outcome?: { successes: number; trials: number; benchmark: string; metric: string; measuredAt: string };
  /** Whether the item was published (false: proposed or merged, not yet out). */
  published: boolean;
}

const CLOSED = new Set(["met", "missed", "not-enough-data"]);
const GONE = new Set(["rejected", "skipped", "retracted"]);

/** The workflow's items that are (or are about to be) sent, oldest slot first. */
export function observations(ledger: Ledger, workflow: string, tz: string, asOf?: string): Observation[] {
  const out: Observation[] = [];
  const prefix = `${workflow}@`;
  for (const [cycle, all] of ledger) {
    if (!cycle.startsWith(prefix)) continue;
    const events = asOf === undefined ? all : all.filter((e) => knownAt(e, asOf));
    const proposed = events.find((e): e is EventOf<"proposed"> => e.type === "proposed");
    if (!proposed) continue;
    const status = cycleStatus(events);
    if (status === undefined || GONE.has(status)) continue;
    const slot = parseCycleId(cycle).slot;
    const outcome = primaryOutcome(events);
    out.push({
      cycle,
      at: slot.getTime(),
      week: isoWeek(slot, tz),
      arms: proposed.arms,
      published: events.some((e) => e.type === "published"),
      ...(outcome ? { outcome } : {}),
    });
  }
  return out.sort((a, b) => a.at - b.at || a.cycle.localeCompare(b.cycle));
}

/**
 * Whether a run planning at `asOf` knew the event: everything before it, and the verdicts and spend the
 * same run measured before planning (they carry the run's time too; its proposals come after the plan).
 */
export function knownAt(e: LedgerEvent, asOf: string): boolean {
  return e.at < asOf || (e.at === asOf && (e.type === "judged" || e.type === "spent"));
}

/** The latest final verdict of the item's primary benchmark, as successes over its sample. */
function primaryOutcome(events: readonly LedgerEvent[]): Observation["outcome"] {
  let last: EventOf<"judged"> | undefined;
  for (const e of events) if (e.type === "judged" && e.primary === true && CLOSED.has(e.status)) last = e;
  if (!last || last.value === undefined || last.sample === undefined || !(last.sample > 0)) return undefined;
  const trials = last.sample;
  const successes = Math.min(trials, Math.max(0, last.value * trials));
  return { successes, trials, benchmark: last.benchmark, metric: last.metric, measuredAt: last.at };
}
