import { describe, expect, it } from "vitest";
import { isoWeek, performanceDelta } from "./delta.ts";
import type { Benchmark, MetricValue, PublishedItem } from "./types.ts";

describe("isoWeek", () => {
  it("follows ISO 8601 across year ends", () => {
    expect(isoWeek(new Date("2025-12-29T12:00:00Z"), "UTC")).toBe("2026-W01");
    expect(isoWeek(new Date("2026-12-31T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(isoWeek(new Date("2027-01-03T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(isoWeek(new Date("2027-01-04T12:00:00Z"), "UTC")).toBe("2027-W01");
  });

  it("uses the calendar of the given time zone", () => {
    const sundayNightUtc = new Date("2026-12-06T23:30:00Z"); // already Monday in Berlin
    expect(isoWeek(sundayNightUtc, "UTC")).toBe("2026-W49");
    expect(isoWeek(sundayNightUtc, "Europe/Berlin")).toBe("2026-W50");
    expect(isoWeek(sundayNightUtc, "America/New_York")).toBe("2026-W49");
  });
});

const item = (cycle: string, channel: string, publishedAt: string): PublishedItem => ({
  cycle,
  workflow: cycle.split("@")[0] as string,
  channel,
  publishedAt,
});
const items = [
  item("weekly-newsletter@20261201T0900Z", "newsletter", "2026-12-01T09:00:00Z"),
  item("weekly-newsletter@20261208T0900Z", "newsletter", "2026-12-08T09:00:00Z"),
  item("weekly-newsletter@20261124T0900Z", "newsletter", "2026-11-24T09:00:00Z"), // two weeks ago: not in the delta
  item("daily-toot@20261202T1200Z", "mastodon", "2026-12-02T12:00:00Z"),
  item("daily-toot@20261203T1200Z", "mastodon", "2026-12-03T12:00:00Z"),
];
const v = (cycle: string, metric: string, value: number, date?: string): MetricValue => ({
  cycle,
  metric,
  value,
  ...(date ? { date } : {}),
});
const rows: MetricValue[] = [
  v("weekly-newsletter@20261201T0900Z", "delivered", 1000),
  v("weekly-newsletter@20261201T0900Z", "unique_opens", 380),
  v("weekly-newsletter@20261208T0900Z", "delivered", 1000, "2026-12-08"),
  v("weekly-newsletter@20261208T0900Z", "unique_opens", 300, "2026-12-08"),
  v("weekly-newsletter@20261208T0900Z", "unique_opens", 120, "2026-12-09"),
  v("weekly-newsletter@20261124T0900Z", "delivered", 99_999),
  v("daily-toot@20261202T1200Z", "impressions", 1000),
  v("daily-toot@20261203T1200Z", "impressions", 3000),
];
const benchmarks: Benchmark[] = [
  { id: "open", workflow: "weekly-newsletter", metric: "open_rate", min: 0.35, window: "7d" },
  { id: "reach", channel: "mastodon", metric: "engagement_rate", min: 0.05, window: "48h" },
];

describe("performanceDelta", () => {
  const delta = performanceDelta({
    items,
    rows,
    benchmarks,
    now: "2026-12-10T12:00:00Z",
    timezone: "Europe/Berlin",
  });
  const find = (workflow: string, metric: string) =>
    delta.find((d) => d.workflow === workflow && d.metric === metric);

  it("compares this week's items with last week's, per workflow and metric", () => {
    expect(find("weekly-newsletter", "delivered")).toEqual({
      workflow: "weekly-newsletter",
      metric: "delivered",
      week: "2026-W50",
      previousWeek: "2026-W49",
      thisWeek: 1000,
      lastWeek: 1000,
      change: 0,
      changePct: 0,
      items: 1,
      lastWeekItems: 1,
    });
    const open = find("weekly-newsletter", "open_rate");
    expect(open).toMatchObject({ thisWeek: 0.42, lastWeek: 0.38, benchmark: benchmarks[0] });
    expect(open?.change).toBeCloseTo(0.04, 10);
    expect(open?.changePct).toBeCloseTo(10.526, 2);
    expect(open?.vsBenchmark?.met).toBe(true);
    expect(open?.vsBenchmark?.margin).toBeCloseTo(0.07, 10);
  });

  it("shows a week without items as missing, and a benchmark metric without data", () => {
    expect(find("daily-toot", "impressions")).toEqual({
      workflow: "daily-toot",
      metric: "impressions",
      week: "2026-W50",
      previousWeek: "2026-W49",
      lastWeek: 2000,
      items: 0,
      lastWeekItems: 2,
    });
    expect(find("daily-toot", "engagement_rate")).toMatchObject({ benchmark: benchmarks[1], items: 0 });
    expect(find("daily-toot", "engagement_rate")?.vsBenchmark).toBeUndefined();
  });

  it("is sorted plain data", () => {
    expect(delta.map((d) => `${d.workflow} ${d.metric}`)).toEqual([
      "daily-toot engagement_rate",
      "daily-toot impressions",
      "weekly-newsletter delivered",
      "weekly-newsletter open_rate",
      "weekly-newsletter unique_opens",
    ]);
    expect(JSON.parse(JSON.stringify(delta))).toEqual(delta);
  });
});
