// When the journey runs Loopcast. On GitHub the Action runs hourly, and most of those runs find nothing
// to do. The journey runs only where one of them would act: once a day in the evening (metrics in,
// tomorrow's items proposed, config proposals, reports), and at the slot of every item proposed, where
// it is published (and, at L4 and L5, merged first once its review window has passed). An item proposed
// in the evening for the next day at 08:00 has waited 14 hours by then, longer than the example's review
// windows, and weekly items are proposed two days ahead: so nothing goes out late for want of a run.
// Pure, apart from the clock it is given.
import { slotsBetween } from "../../src/core/time.ts";

/** The evening run, local time: it proposes what is due in the next day (or two, for weekly items). */
export const DAILY_RUN = "18:00";
/** The first run of the journey, local time on day one: the owner installs Loopcast in the morning. */
export const FIRST_RUN = "06:00";

function daily(at: string, timezone: string, from: Date, to: Date): Date[] {
  const [h, m] = at.split(":").map(Number);
  return slotsBetween(`${m} ${h} * * *`, timezone, from, to);
}

/** A queue of run times that grows as items are proposed for their slots. */
export class RunQueue {
  private readonly times: number[];
  private readonly end: number;

  /** The daily runs in [from, to), and the first run on day one. */
  constructor(opts: { timezone: string; from: Date; to: Date }) {
    const last = new Date(opts.to.getTime() - 1);
    const first = daily(FIRST_RUN, opts.timezone, opts.from, last)[0];
    const times = daily(DAILY_RUN, opts.timezone, opts.from, last).map((t) => t.getTime());
    this.times = [...new Set([...(first ? [first.getTime()] : []), ...times])].sort((a, b) => a - b);
    this.end = opts.to.getTime();
  }

  /** Adds a run at `at` unless there is one already or it falls outside the journey. */
  add(at: Date): void {
    const t = at.getTime();
    if (t >= this.end || this.times.includes(t)) return;
    const i = this.times.findIndex((x) => x > t);
    if (i < 0) this.times.push(t);
    else this.times.splice(i, 0, t);
  }

  /** The first run after `after`. */
  next(after: Date): Date | undefined {
    const t = this.times.find((x) => x > after.getTime());
    return t === undefined ? undefined : new Date(t);
  }
}
