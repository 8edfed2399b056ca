// A year of a small business's operations, day by day: the owner's look in the morning, the scheduled
// run at midday (the real reconcile on the local forge, the template generator, the real channels
// publishing to the stand-ins), and a run within the hour after the owner asked for a retry, as the hourly
// Action would make it. Only the runs that would act are made: the hourly runs in between would find
// nothing to do. The year's troubles are on a calendar: the Mastodon instance down for a week, then ten
// days in which no run ran. Everything the test asserts is read back from the repository afterwards;
// this loop keeps only what it needs to drive the world.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { CHANNELS } from "../../../src/channels/registry.ts";
import { requireConfig } from "../../../src/config/load.ts";
import { slotsBetween } from "../../../src/core/time.ts";
import { LocalForge } from "../../../src/forge/local.ts";
import { TemplateGenerator } from "../../../src/generate/template.ts";
import { reconcile } from "../../../src/pipeline/reconcile.ts";
import { listExceptions } from "../../../src/state/exceptions.ts";
import { morningLook, newPersonLog, type PersonLog } from "./person.ts";
import { createYearWorld, RUN_DAYS, type YearWorld } from "./world.ts";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export const TIMEZONE = "Europe/Berlin";

export interface YearCalendar {
  /** Local midnight of FIRST_DAY. */
  start: Date;
  days: number;
  /** The Mastodon instance is unreachable from `from` to `to`. */
  outage: { from: Date; to: Date };
  /** No run at all from `from` to `to` (the owner still looks). */
  gap: { from: Date; to: Date };
}

/** The first day of the year: a Monday, local date in TIMEZONE. */
export const FIRST_DAY = "2026-04-06";

/** The instant of a local time ("13:00") on the local date `day` days after FIRST_DAY. */
export function localTime(day: number, time: string): Date {
  const [h, m] = time.split(":").map(Number);
  const date = new Date(Date.parse(`${FIRST_DAY}T12:00:00Z`) + day * DAY_MS);
  // That time on that date, found in a window of a few days around it (any offset, any clock change).
  const cron = `${m} ${h} ${date.getUTCDate()} ${date.getUTCMonth() + 1} *`;
  const around = date.getTime() - 2 * DAY_MS;
  return slotsBetween(cron, TIMEZONE, new Date(around), new Date(around + 4 * DAY_MS))[0] as Date;
}

/**
 * The year of the scenario: 52 weeks from Monday 6 April 2026. The Mastodon instance is down for a week,
 * from Saturday 22 August 09:00 to Saturday 29 August 09:00; no run runs between Monday 19 October 13:00
 * and Thursday 29 October 13:00 (ten days, the clocks going back on the way).
 */
export function yearCalendar(): YearCalendar {
  return {
    start: localTime(0, "00:00"),
    days: 364,
    outage: { from: localTime(138, "09:00"), to: localTime(145, "09:00") },
    gap: { from: localTime(196, "13:30"), to: localTime(206, "12:00") },
  };
}

export interface YearResult {
  world: YearWorld;
  calendar: YearCalendar;
  end: Date;
  runs: number;
  /** Errors the runs reported (a channel down is one), with when. */
  errors: Array<{ at: string; cycle: string; message: string }>;
  person: PersonLog;
  /** Publishes the runs reported, per cycle: a second one for a cycle would be a duplicate. */
  publishedByRuns: Map<string, number>;
  /** Wall time spent in runs and in the owner's looks, in ms. */
  timing: { runs: number; looks: number };
}

/** Runs the year (or `calendar`, a shorter one to try things out) and returns the world it left. */
export async function runYear(opts: { seed: string; calendar?: YearCalendar }): Promise<YearResult> {
  const calendar = opts.calendar ?? yearCalendar();
  const { start, days, outage, gap } = calendar;
  let clock = start;
  const world = await createYearWorld({ now: () => clock, start });
  const config = await requireConfig(join(world.dir, "marketing"));
  const person = newPersonLog();
  const errors: YearResult["errors"] = [];
  const publishedByRuns = new Map<string, number>();
  const timing = { runs: 0, looks: 0 };
  let runs = 0;
  /** Something waits for the owner: a proposal opened, or a change of level proposed, since their last look. */
  let waiting = false;
  let reportedWeek = -1;
  const within = (at: Date, span: { from: Date; to: Date }) => at >= span.from && at < span.to;

  /** One run at `at`, unless no run runs then; true when a publish failed (the next hourly run retries). */
  const run = async (at: Date): Promise<boolean> => {
    if (within(at, gap)) return false;
    clock = at;
    world.mastodonDown(within(at, outage));
    // The weekly reports are written by the first run of each week, as the Action's would be.
    const week = Math.floor((at.getTime() - start.getTime()) / (7 * DAY_MS));
    const t = performance.now();
    const report = await reconcile({
      config,
      repoDir: world.dir,
      now: at,
      forge: await LocalForge.open({ repoDir: world.dir, now: at }),
      generator: new TemplateGenerator(),
      channels: CHANNELS,
      env: world.env,
      reports: week > reportedWeek,
    });
    timing.runs += performance.now() - t;
    reportedWeek = week;
    runs++;
    for (const e of report.errors) errors.push({ at: at.toISOString(), cycle: e.cycle, message: e.message });
    for (const p of report.published) publishedByRuns.set(p.cycle, (publishedByRuns.get(p.cycle) ?? 0) + 1);
    if (report.proposed.length || report.autonomy.length) waiting = true;
    return report.errors.length > 0;
  };

  try {
    for (let day = 0; day < days; day++) {
      // The owner looks in the morning when something waits: a proposal, or an open exception.
      const look = localTime(day, "10:00");
      if (waiting || (await openExceptions(world.dir)) > 0) {
        waiting = false;
        const t = performance.now();
        const asked = await morningLook({
          world,
          at: look,
          seed: opts.seed,
          mastodonUp: !within(look, outage),
          log: person,
        });
        timing.looks += performance.now() - t;
        // A retry, or a fix of a blocked item, is taken up by the next hourly run.
        if (asked) await run(new Date(look.getTime() + HOUR_MS));
      }
      if (RUN_DAYS.includes(day % 7)) {
        // The scheduled run; after a failed publish, the hourly runs that follow try again.
        let at = localTime(day, "13:00");
        for (let retries = 0; (await run(at)) && retries < 6; retries++)
          at = new Date(at.getTime() + HOUR_MS);
      }
    }
    // The last run, at the end of the year: the dashboard and every weekly report, from the state.
    const end = localTime(days, "00:00");
    reportedWeek = -1;
    await run(end);
    return { world, calendar, end, runs, errors, person, publishedByRuns, timing };
  } catch (err) {
    await world.close();
    throw err;
  }
}

async function openExceptions(dir: string): Promise<number> {
  return (await listExceptions(join(dir, "marketing"))).filter((e) => e.status === "open").length;
}
