// The journey's simulated market: deterministic, slot- and arm-dependent with a clear best, noisy like a
// binomial, with the injected drop on one workflow only — and exported in a form the real ingest reads
// and the real judge rates against the example's benchmarks.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../scripts/journey/exports.ts";
import {
  binomial,
  type Drop,
  describeMarket,
  dropFactor,
  effect,
  localTime,
  MARKET,
  type MarketItem,
  measureItem,
} from "../../scripts/journey/market.ts";
import { requireConfig } from "../../src/config/load.ts";
import { seededRandom } from "../../src/core/random.ts";
import { cycleId } from "../../src/core/time.ts";
import { judgeItem } from "../../src/metrics/judge.ts";
import { readMetricsFile } from "../../src/metrics/read.ts";
import type { ColumnReport, MetricValue, ReadResult } from "../../src/metrics/types.ts";
import { ROOT } from "../helpers/repo.ts";

const TZ = "Europe/Berlin";
const OPTS = { timezone: TZ, seed: "test" };

/** An item at a local Berlin time (summer: UTC+2) with the given arms. */
function item(local: string, arms: Record<string, string> = {}, over: Partial<MarketItem> = {}): MarketItem {
  const slot = new Date(`${local}+02:00`);
  const workflow = over.workflow ?? "daily-social";
  return {
    cycle: cycleId(workflow, slot),
    workflow,
    channelType: "mastodon",
    slot,
    publishedAt: slot,
    arms: { hook: "0", ...arms },
    ...over,
  };
}

/** The engagement rate an item measured, over many seeds: the mean the market is built around. */
function meanRate(it: MarketItem, seeds = 60, drop?: Drop): number {
  let successes = 0;
  let trials = 0;
  for (let s = 0; s < seeds; s++) {
    const m = measureItem(it, { ...OPTS, seed: `s${s}`, ...(drop ? { drop } : {}) });
    successes += m.engagements ?? 0;
    trials += m.impressions ?? 0;
  }
  return successes / trials;
}

describe("the simulated market", () => {
  it("reads weekday and time of day in the strategy's time zone", () => {
    // Tuesday 7 April 2026, 18:00 in Berlin is 16:00 UTC.
    expect(localTime(new Date("2026-04-07T16:00:00Z"), TZ)).toEqual({ weekday: 2, minutes: 18 * 60 });
    // Across midnight: 23:30 UTC on Sunday is 01:30 on Monday in Berlin.
    expect(localTime(new Date("2026-04-05T23:30:00Z"), TZ)).toEqual({ weekday: 1, minutes: 90 });
  });

  it("has a clear best time of day and a clear best hook for the social post", () => {
    const morning = effect(item("2026-04-08T08:00:00"), TZ);
    const lunch = effect(item("2026-04-08T12:30:00"), TZ);
    const evening = effect(item("2026-04-08T18:00:00"), TZ);
    expect(evening / lunch).toBeCloseTo(1.25);
    expect(lunch / morning).toBeCloseTo(1 / 0.9);
    const hooks = ["0", "1", "2"].map((hook) => effect(item("2026-04-08T12:30:00", { hook }), TZ));
    expect(Math.max(...hooks)).toBe(hooks[1]);
    expect((hooks[1] as number) / (hooks[0] as number)).toBeCloseTo(1.2);
  });

  it("rewards Tuesday and the second subject line for the newsletter", () => {
    const email = (local: string, title: string) =>
      effect(item(local, { title }, { channelType: "email", workflow: "weekly-newsletter" }), TZ);
    expect(email("2026-04-07T08:00:00", "0") / email("2026-04-09T08:00:00", "0")).toBeCloseTo(1.25);
    expect(email("2026-04-09T08:00:00", "1") / email("2026-04-09T08:00:00", "0")).toBeCloseTo(1.3);
    // A value the market does not know is neutral, never an error.
    expect(email("2026-04-09T08:00:00", "7")).toBe(email("2026-04-09T08:00:00", "0"));
  });

  it("is deterministic per seed and cycle, and differs between seeds", () => {
    const a = measureItem(item("2026-04-08T12:30:00"), OPTS);
    expect(measureItem(item("2026-04-08T12:30:00"), OPTS)).toEqual(a);
    expect(measureItem(item("2026-04-08T12:30:00"), { ...OPTS, seed: "other" })).not.toEqual(a);
  });

  it("draws binomially: the mean is n·p and the spread that of a binomial", () => {
    const random = seededRandom("binomial");
    const draws = Array.from({ length: 400 }, () => binomial(2000, 0.025, random));
    const mean = draws.reduce((x, y) => x + y, 0) / draws.length;
    const variance = draws.reduce((x, y) => x + (y - mean) ** 2, 0) / draws.length;
    expect(mean).toBeGreaterThan(48);
    expect(mean).toBeLessThan(52);
    // n·p·(1−p) = 48.75
    expect(variance).toBeGreaterThan(38);
    expect(variance).toBeLessThan(60);
  });

  it("measures the expected rate on average, with the slot's and the hook's effects", () => {
    const base = MARKET.base.mastodon?.engagements as number;
    const lunch = meanRate(item("2026-04-08T12:30:00"));
    expect(lunch).toBeGreaterThan(base * 0.95);
    expect(lunch).toBeLessThan(base * 1.05);
    expect(meanRate(item("2026-04-08T18:00:00", { hook: "1" }))).toBeGreaterThan(lunch * 1.35);
  });

  it("drops one workflow's primary metric by 40 % from the drop on, and nothing else", () => {
    const drop: Drop = { workflow: "daily-social", from: new Date("2026-06-05T00:00:00Z"), factor: 0.6 };
    const before = item("2026-06-04T12:30:00");
    const after = item("2026-06-08T12:30:00");
    expect(dropFactor(before, drop)).toBe(1);
    expect(dropFactor(after, drop)).toBe(0.6);
    expect(dropFactor({ ...after, workflow: "weekly-blog" }, drop)).toBe(1);
    const ratio = meanRate(after, 60, drop) / meanRate(after);
    expect(ratio).toBeGreaterThan(0.55);
    expect(ratio).toBeLessThan(0.65);
    // The audience is not what drops: impressions stay as they were.
    expect(measureItem(after, { ...OPTS, drop }).impressions).toBe(measureItem(after, OPTS).impressions);
  });

  it("says what it rewards, for the summary", () => {
    expect(describeMarket("mastodon")).toBe("Tue ×1.05, 17:00–22:00 ×1.25, hook 1 ×1.2");
    expect(describeMarket("email")).toBe("Tue ×1.25, title 1 ×1.3");
  });
});

describe("the market's exports", () => {
  async function read(csv: string): Promise<{ results: ReadResult[]; columns?: ColumnReport }> {
    const dir = await mkdtemp(join(tmpdir(), "journey-export-"));
    try {
      const path = join(dir, "mastodon-20260410T1600Z.csv");
      await writeFile(path, csv);
      let columns: ColumnReport | undefined;
      const results: ReadResult[] = [];
      for await (const r of readMetricsFile(path, { onColumns: (c) => (columns = c) })) results.push(r);
      return { results, ...(columns ? { columns } : {}) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it("are CSV files the ingest reads without ignoring a column, and the example's benchmarks judge", async () => {
    const config = await requireConfig(join(ROOT, "marketing"));
    const items = [
      item("2026-04-08T18:00:00", { hook: "1" }),
      item("2026-04-09T12:30:00", {}, { channelType: "email", workflow: "weekly-newsletter" }),
      item("2026-04-07T09:00:00", { cta: "1" }, { channelType: "blog", workflow: "weekly-blog" }),
    ];
    for (const it of items) {
      const channel = { mastodon: "mastodon", email: "newsletter", blog: "blog" }[
        it.channelType as string
      ] as string;
      const counts = measureItem(it, OPTS);
      const { results, columns } = await read(toCsv([{ cycle: it.cycle, counts }]));
      expect(columns?.ignored).toEqual([]);
      expect(results).toHaveLength(1);
      const [row] = results;
      if (!row?.ok) throw new Error(`row rejected: ${JSON.stringify(row)}`);
      // A lifetime row (no date), matched by its cycle id.
      expect(row.row).toEqual({ cycle: it.cycle, metrics: counts });
      const values: MetricValue[] = Object.entries(row.row.metrics).map(([metric, value]) => ({
        cycle: it.cycle,
        metric,
        value,
      }));
      const judged = judgeItem(
        { cycle: it.cycle, workflow: it.workflow, channel, publishedAt: it.publishedAt.toISOString() },
        config.benchmarks.benchmarks,
        values,
        new Date(it.publishedAt.getTime() + 8 * 86_400_000),
      );
      expect(judged.length).toBeGreaterThan(0);
      // Every benchmark gets a verdict on its metric, with enough of a sample: none is left without data.
      for (const j of judged) expect(j.status === "met" || j.status === "missed").toBe(true);
    }
  });
});
