// ReportData built by hand for renderer tests: the example configuration plus ledger events, metric
// values, exceptions and decisions given by the test.
import { join } from "node:path";
import { requireConfig } from "../../src/config/load.ts";
import type { Config } from "../../src/config/types.ts";
import { MetricStore } from "../../src/report/metric-store.ts";
import type { DecisionEntry, MetricPoint, ReportData } from "../../src/report/types.ts";
import { weekOfMs } from "../../src/report/weeks.ts";
import type { ExceptionItem } from "../../src/state/exceptions.ts";
import { ROOT } from "../helpers/repo.ts";
import { type CycleSpec, ledgerOf } from "./events.ts";

let example: Config | undefined;

export async function exampleConfig(): Promise<Config> {
  example ??= await requireConfig(join(ROOT, "marketing"));
  return example;
}

export async function reportData(opts: {
  specs?: CycleSpec[];
  now?: string;
  titles?: Record<string, string>;
  metrics?: Record<string, MetricPoint[]>;
  exceptions?: ExceptionItem[];
  decisions?: DecisionEntry[];
  weeklyReports?: string[];
  config?: Config;
}): Promise<ReportData> {
  const config = opts.config ?? (await exampleConfig());
  const tz = config.strategy.timezone;
  const cycles = [...ledgerOf(opts.specs ?? [])].map(([cycle, events]) => {
    const slot = events[0]?.type === "proposed" ? events[0].slot : "";
    const slotMs = Date.parse(slot);
    return {
      cycle,
      workflow: cycle.split("@")[0] as string,
      slot: new Date(slotMs).toISOString(),
      slotMs,
      week: weekOfMs(slotMs, tz),
      events,
      times: events.map((e) => Date.parse(e.at)),
    };
  });
  cycles.sort((a, b) => a.slotMs - b.slotMs || (a.cycle < b.cycle ? -1 : 1));
  return {
    config,
    configRel: "marketing",
    ...(opts.now ? { now: opts.now } : {}),
    cycles,
    metrics: MetricStore.fromPoints(new Map(Object.entries(opts.metrics ?? {}))),
    titles: new Map(Object.entries(opts.titles ?? {})),
    exceptions: opts.exceptions ?? [],
    decisions: opts.decisions ?? [],
    problems: [],
    weeklyReports: opts.weeklyReports ?? [],
  };
}
