import { describe, expect, it } from "vitest";
import { aggregateMetrics, poolItems } from "./aggregate.ts";
import { judgeItem } from "./judge.ts";
import type { Benchmark, MetricValue, PublishedItem } from "./types.ts";

const item: PublishedItem = {
  cycle: "weekly-newsletter@20261201T0900Z",
  workflow: "weekly-newsletter",
  channel: "newsletter",
  publishedAt: "2026-12-01T09:00:00Z",
};
const openRate: Benchmark = {
  id: "newsletter-open-rate",
  workflow: "weekly-newsletter",
  metric: "open_rate",
  min: 0.35,
  minSample: { metric: "delivered", value: 200 },
  window: "7d",
  primary: true,
};

function values(
  cycle: string,
  rows: Array<{ date?: string } & Record<string, number | string | undefined>>,
): MetricValue[] {
  return rows.flatMap(({ date, ...metrics }) =>
    Object.entries(metrics).map(([metric, value]) => ({
      cycle,
      ...(date ? { date } : {}),
      metric,
      value: value as number,
    })),
  );
}
const daily = (rows: Array<{ date?: string } & Record<string, number | string | undefined>>) =>
  values(item.cycle, rows);

describe("aggregateMetrics", () => {
  it("sums daily counts and recomputes rates from the sums instead of averaging daily rates", () => {
    const agg = aggregateMetrics(
      daily([
        { date: "2026-12-01", delivered: 900, unique_opens: 450, open_rate: 0.5 },
        { date: "2026-12-02", delivered: 100, unique_opens: 10, open_rate: 0.1 },
      ]),
    );
    expect(agg).toEqual({ delivered: 1000, unique_opens: 460, open_rate: 0.46 });
  });

  it("weights daily rates by their denominator when the numerator is missing", () => {
    const agg = aggregateMetrics(
      daily([
        { date: "2026-12-01", delivered: 900, open_rate: 0.5 },
        { date: "2026-12-02", delivered: 100, open_rate: 0.1 },
      ]),
    );
    expect(agg.open_rate).toBeCloseTo(0.46, 10);
  });

  it("derives absent rates, prefers daily values to a lifetime total and weights averages", () => {
    expect(aggregateMetrics(daily([{ impressions: 2000, engagements: 150 }]))).toEqual({
      impressions: 2000,
      engagements: 150,
      engagement_rate: 0.075,
    });
    expect(
      aggregateMetrics(
        daily([{ views: 999 }, { date: "2026-12-02", views: 10 }, { date: "2026-12-03", views: 20 }]),
      ).views,
    ).toBe(30);
    const avg = aggregateMetrics(
      daily([
        { date: "2026-12-02", views: 300, avg_time_s: 60 },
        { date: "2026-12-03", views: 100, avg_time_s: 20 },
      ]),
    );
    expect(avg.avg_time_s).toBe(50);
    // click_rate is per delivered email when delivered is known, else per blog view.
    expect(aggregateMetrics(daily([{ delivered: 1000, unique_clicks: 50, clicks: 80 }])).click_rate).toBe(
      0.05,
    );
    expect(aggregateMetrics(daily([{ views: 400, clicks: 20 }])).click_rate).toBe(0.05);
  });

  it("keeps only the days that overlap the window", () => {
    const from = Date.parse("2026-12-01T09:00:00Z");
    const agg = aggregateMetrics(
      daily([
        { date: "2026-11-30", views: 1 },
        { date: "2026-12-01", views: 10 },
        { date: "2026-12-03", views: 100 },
        { date: "2026-12-04", views: 1000 },
      ]),
      { from, to: from + 2 * 86_400_000 },
    );
    expect(agg.views).toBe(110);
  });

  it("pools several items: counts per item, rates from summed counts", () => {
    const pooled = poolItems([
      { delivered: 1000, unique_opens: 400, open_rate: 0.4 },
      { delivered: 3000, unique_opens: 600, open_rate: 0.2 },
    ]);
    expect(pooled).toEqual({
      delivered: { value: 2000, items: 2 },
      unique_opens: { value: 500, items: 2 },
      open_rate: { value: 0.25, items: 2 },
    });
    expect(poolItems([{ foo_rate: 0.2 }, { foo_rate: 0.4 }]).foo_rate?.value).toBeCloseTo(0.3, 10);
  });
});

describe("judgeItem", () => {
  const rows = daily([
    { date: "2026-12-01", delivered: 1000, unique_opens: 300 },
    { date: "2026-12-02", unique_opens: 100 },
    { date: "2026-12-09", unique_opens: 500 },
  ]);

  it("is pending until the window has passed, showing the value so far", () => {
    const [j] = judgeItem(item, [openRate], rows, "2026-12-03T00:00:00Z");
    expect(j).toMatchObject({ status: "pending", value: 0.4, sample: 1000 });
    expect(j?.reason).toBe("the 7d window ends 2026-12-08T09:00:00.000Z (open_rate 40.0 % so far)");
  });

  it("judges met or missed after the window, on the data inside it", () => {
    const [met] = judgeItem(item, [openRate], rows, "2026-12-20T00:00:00Z");
    expect(met).toEqual({
      benchmark: openRate,
      status: "met",
      value: 0.4,
      sample: 1000,
      reason: "open_rate 40.0 % within 7d; benchmark ≥ 35.0 %",
    });
    const strict = { ...openRate, min: 0.45 };
    expect(judgeItem(item, [strict], rows, new Date("2026-12-20T00:00:00Z"))[0]?.status).toBe("missed");
    const unsub: Benchmark = {
      id: "unsubs",
      workflow: "weekly-newsletter",
      metric: "unsubscribes",
      max: 5,
      window: "48h",
    };
    const withUnsubs = [...rows, ...daily([{ date: "2026-12-02", unsubscribes: 7 }])];
    expect(judgeItem(item, [unsub], withUnsubs, "2026-12-20T00:00:00Z")[0]).toMatchObject({
      status: "missed",
      value: 7,
      reason: "unsubscribes 7 within 48h; benchmark ≤ 5",
    });
  });

  it("says not enough data when the minimum sample or the metric is missing", () => {
    const small = daily([{ date: "2026-12-01", delivered: 150, unique_opens: 90 }]);
    expect(judgeItem(item, [openRate], small, "2026-12-20T00:00:00Z")[0]).toMatchObject({
      status: "not-enough-data",
      value: 0.6,
      sample: 150,
      reason: "delivered 150 is below the minimum sample of 200 within 7d",
    });
    const noOpens = daily([{ date: "2026-12-01", delivered: 1000 }]);
    expect(judgeItem(item, [openRate], noOpens, "2026-12-20T00:00:00Z")[0]).toMatchObject({
      status: "not-enough-data",
      reason: "no open_rate data within the 7d window",
    });
    expect(judgeItem(item, [openRate], [], "2026-12-20T00:00:00Z")[0]?.reason).toBe(
      "delivered unknown is below the minimum sample of 200 within 7d",
    );
  });

  it("uses a lifetime export when there are no daily values", () => {
    const lifetime = daily([{ delivered: 1238, unique_opens: 511, open_rate: 0.4128 }]);
    expect(judgeItem(item, [openRate], lifetime, "2026-12-20T00:00:00Z")[0]).toMatchObject({
      status: "met",
      value: 511 / 1238,
    });
  });

  it("applies benchmarks of the item's workflow or channel only, and only its own rows", () => {
    const other: Benchmark = { ...openRate, id: "blog", workflow: "weekly-blog" };
    const byChannel: Benchmark = {
      id: "ch",
      channel: "newsletter",
      metric: "delivered",
      min: 100,
      window: "1d",
    };
    const foreign = values("weekly-newsletter@20261208T0900Z", [{ date: "2026-12-01", delivered: 5000 }]);
    const result = judgeItem(item, [other, byChannel], [...rows, ...foreign], "2026-12-20T00:00:00Z");
    expect(result.map((j) => [j.benchmark.id, j.status, j.value])).toEqual([["ch", "met", 1000]]);
  });
});
