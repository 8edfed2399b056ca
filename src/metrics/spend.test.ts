import { describe, expect, it } from "vitest";
import { spendByItem } from "./spend.ts";
import type { MetricValue } from "./types.ts";

describe("spendByItem", () => {
  it("sums daily spend, prefers a lifetime total, keeps currencies apart and ignores other metrics", () => {
    const rows: MetricValue[] = [
      { cycle: "b@20261202T0800Z", date: "2026-12-02", metric: "spend", value: 0.1, currency: "EUR" },
      { cycle: "b@20261202T0800Z", date: "2026-12-03", metric: "spend", value: 0.2, currency: "EUR" },
      { cycle: "a@20261201T0900Z", date: "2026-12-01", metric: "spend", value: 5, currency: "EUR" },
      { cycle: "a@20261201T0900Z", metric: "spend", value: 12.5, currency: "EUR" },
      { cycle: "a@20261201T0900Z", metric: "spend", value: 3, currency: "USD" },
      { cycle: "c@20261203T0900Z", metric: "spend", value: 2 },
      { cycle: "a@20261201T0900Z", metric: "clicks", value: 99 },
    ];
    expect(spendByItem(rows)).toEqual([
      { cycle: "a@20261201T0900Z", amount: 12.5, currency: "EUR" },
      { cycle: "a@20261201T0900Z", amount: 3, currency: "USD" },
      { cycle: "b@20261202T0800Z", amount: 0.3, currency: "EUR" },
      { cycle: "c@20261203T0900Z", amount: 2 },
    ]);
  });

  it("never turns a large daily spend into Infinity while rounding (1e303 once reached the ledger as null)", () => {
    const rows: MetricValue[] = [
      { cycle: "a@20261201T0900Z", date: "2026-12-01", metric: "spend", value: 1e303 },
    ];
    expect(spendByItem(rows)).toEqual([{ cycle: "a@20261201T0900Z", amount: 1e303 }]);
  });
});
