// The journey's loop: day after day, the market's exports arrive, Loopcast runs (the real reconcile on
// the local forge, with the configured generator and the real channels, publishing to local stand-ins),
// and the owner reviews what waits for them. Everything the summary says is read back from the
// repository afterwards; this loop keeps only what it needs to drive the world (the market's queue of
// items to measure, the run times).
import { join } from "node:path";
import { CHANNELS } from "../../src/channels/registry.ts";
import { requireConfig } from "../../src/config/load.ts";
import type { Config } from "../../src/config/types.ts";
import { parseCycleId, slotsBetween } from "../../src/core/time.ts";
import { LocalForge } from "../../src/forge/local.ts";
import { createGenerator } from "../../src/generate/registry.ts";
import { type RunReport, reconcile } from "../../src/pipeline/reconcile.ts";
import { Market } from "./exports.ts";
import type { Drop } from "./market.ts";
import { review } from "./reviewer.ts";
import { RunQueue } from "./schedule.ts";
import { createJourney, type Journey } from "./setup.ts";

const DAY_MS = 86_400_000;
/** The first day: a Monday in spring, away from the example's holiday blackouts and clock changes. */
export const START_DATE = "2026-04-06";

export interface JourneyOptions {
  days: number;
  seed: string;
  /** Share of the journey after which the drop begins (60 of 90 days). */
  dropAt?: number;
  /** The drop's factor on the primary metric: 0.6 is a 40 % fall. */
  dropFactor?: number;
  onProgress?: (p: { day: number; published: number; open: number; news?: string }) => void;
}

export interface JourneyResult {
  journey: Journey;
  start: Date;
  end: Date;
  drop: Drop;
  runs: number;
  errors: Array<{ at: string; cycle: string; message: string }>;
  market: Market;
  /** Each workflow's configured level when the journey began. */
  startLevels: Record<string, string>;
}

/** The first instant of a local date in a time zone: the first midnight there on or after noon UTC before. */
function localMidnight(date: string, timezone: string): Date {
  const noonBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 12 * 3_600_000);
  return slotsBetween("0 0 * * *", timezone, noonBefore, new Date(noonBefore.getTime() + DAY_MS))[0] as Date;
}

/** The workflow with the most items a week: where a drop shows first and hurts most. */
function busiest(config: Config, from: Date): string {
  const week = new Date(from.getTime() + 7 * DAY_MS);
  const counts = config.workflows.map(
    (w) => [w.id, slotsBetween(w.cadence, config.strategy.timezone, from, week).length] as const,
  );
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
}

export async function runJourney(opts: JourneyOptions): Promise<JourneyResult> {
  // Day one begins at midnight in the strategy's time zone.
  const example = await requireConfig(join(new URL("../..", import.meta.url).pathname, "marketing"));
  const timezone = example.strategy.timezone;
  const start = localMidnight(START_DATE, timezone);
  const end = new Date(start.getTime() + opts.days * DAY_MS);
  // The simulated time: the Mastodon stand-in dates statuses by it.
  let clock = start;
  const journey = await createJourney({ now: () => clock, start });
  const configDir = join(journey.dir, "marketing");
  let config = await requireConfig(configDir);
  const startLevels = Object.fromEntries(config.workflows.map((w) => [w.id, w.level]));
  const drop: Drop = {
    workflow: busiest(config, start),
    // Day 60 of 90 is the first day with the lower rate.
    from: new Date(start.getTime() + (Math.round(opts.days * (opts.dropAt ?? 2 / 3)) - 1) * DAY_MS),
    factor: opts.dropFactor ?? 0.6,
  };
  const market = new Market({
    repoDir: journey.dir,
    seed: opts.seed,
    timezone,
    drop,
    onMeasured: journey.audience,
  });
  const queue = new RunQueue({ timezone, from: start, to: end });
  const seen = new Map<string, number>();
  const errors: JourneyResult["errors"] = [];
  let runs = 0;
  let published = 0;
  let news: string | undefined;
  const dayOf = (at: Date) => Math.min(opts.days, Math.floor((at.getTime() - start.getTime()) / DAY_MS) + 1);

  // Item proposals still open (at L4 they wait out their review window), for the progress line.
  const openItems = new Set<string>();
  let configChanged = false;

  try {
    for (let at = queue.next(new Date(start.getTime() - 1)); at; at = queue.next(at)) {
      clock = at;
      await market.exportDue(at);
      // Only a merged config proposal changes the configuration during the journey.
      if (configChanged) config = await requireConfig(configDir);
      const forge = await LocalForge.open({ repoDir: journey.dir, now: at });
      const report: RunReport = await reconcile({
        config,
        repoDir: journey.dir,
        now: at,
        forge,
        generator: createGenerator(config.strategy.generator, journey.env),
        channels: CHANNELS,
        env: journey.env,
        // The reports are a view rebuilt whole from the state: written by the journey's last run only.
        reports: false,
      });
      runs++;
      for (const e of report.errors) errors.push({ at: at.toISOString(), ...e });
      published += report.published.length;
      await market.published(
        config,
        report.published.map((p) => p.cycle),
      );
      const last = report.autonomy.at(-1);
      if (last) news = `${last.workflow} ${last.change}`;
      for (const r of report.recorded) openItems.delete(r.cycle);
      // Each item is published by a run at its slot (at L4 and L5 merged first by the same run).
      for (const p of report.proposed) {
        queue.add(parseCycleId(p.cycle).slot);
        openItems.add(p.cycle);
      }
      // The owner looks when something new waits for them, and daily while a config proposal is open.
      configChanged = false;
      if (report.proposed.length || report.autonomy.length || seen.size) {
        const level = (cycle: string) =>
          report.plan.levels.find((l) => cycle.startsWith(`${l.workflow}@`))?.effective ?? "L3";
        const reviewed = await review({
          forge,
          repoDir: journey.dir,
          now: at,
          seed: opts.seed,
          proposed: report.proposed.map((p) => ({ ...p, level: level(p.cycle) })),
          scanConfig: report.autonomy.length > 0,
          seen,
        });
        for (const cycle of [...reviewed.approved, ...reviewed.edited, ...reviewed.rejected])
          openItems.delete(cycle);
        if (reviewed.configMerged.length) {
          configChanged = true;
          news = `owner merged ${reviewed.configMerged.at(-1)?.replace("loopcast/config/", "")}`;
        }
      }
      opts.onProgress?.({
        day: dayOf(at),
        published,
        open: openItems.size + seen.size,
        ...(news ? { news } : {}),
      });
    }
    // The last run, at the end of the last day, as the hourly Action would make it: it also writes the
    // dashboard, index.html and the weekly reports of the whole journey.
    clock = end;
    await market.exportDue(end);
    if (configChanged) config = await requireConfig(configDir);
    const last = await reconcile({
      config,
      repoDir: journey.dir,
      now: end,
      forge: await LocalForge.open({ repoDir: journey.dir, now: end }),
      generator: createGenerator(config.strategy.generator, journey.env),
      channels: CHANNELS,
      env: journey.env,
    });
    runs++;
    for (const e of last.errors) errors.push({ at: end.toISOString(), ...e });
  } catch (err) {
    await journey.close();
    throw err;
  }
  return { journey, start, end, drop, runs, errors, market, startLevels };
}
