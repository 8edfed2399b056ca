// A week's event counts come from a binary search over sorted keys; they must be what a plain filter of
// every event by time gives, also for a ledger whose span is too wide for exact keys (a mistyped year).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CycleSpec } from "../../test/report/events.ts";
import { reportData } from "../../test/report/fixture.ts";
import { eventCounts } from "./snapshot.ts";
import type { ReportData } from "./types.ts";

const DAY = 86_400_000;

function plainCounts(data: ReportData, from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const rec of data.cycles)
    rec.events.forEach((e, i) => {
      const t = rec.times[i] as number;
      if (t >= from && t < to) out.set(e.type, (out.get(e.type) ?? 0) + 1);
    });
  return out;
}

function sorted(m: Map<string, number>): Array<[string, number]> {
  return [...m].sort(([a], [b]) => (a < b ? -1 : 1));
}

async function dataOf(slots: string[]): Promise<ReportData> {
  const specs: CycleSpec[] = slots.map((slot, i) => ({
    workflow: "weekly-blog",
    slot,
    review: i % 3 === 0 ? "rejected" : 0,
    published: i % 3 !== 0,
    spent: 1,
  }));
  return reportData({ specs });
}

describe("eventCounts", () => {
  it("counts what a plain filter counts, in any window", async () => {
    const start = Date.UTC(2026, 8, 7, 8);
    const slots = Array.from({ length: 40 }, (_, i) => new Date(start + i * 2.5 * DAY).toISOString());
    const data = await dataOf(slots);
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 120 }), fc.integer({ min: 0, max: 30 }), (fromDay, days) => {
        const from = start + fromDay * DAY;
        const to = from + days * DAY;
        expect(sorted(eventCounts(data, from, to))).toEqual(sorted(plainCounts(data, from, to)));
      }),
      { numRuns: 300 },
    );
  });

  it("counts right when the ledger spans millennia (no exact keys)", async () => {
    const data = await dataOf(["2026-09-07T08:00:00Z", "2026-09-14T08:00:00Z", "9999-01-04T08:00:00Z"]);
    const all = plainCounts(data, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    expect(sorted(eventCounts(data, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY))).toEqual(
      sorted(all),
    );
    const year9999 = Date.UTC(9998, 11, 1);
    expect(sorted(eventCounts(data, year9999, Date.UTC(9999, 11, 1)))).toEqual(
      sorted(plainCounts(data, year9999, Date.UTC(9999, 11, 1))),
    );
    expect(eventCounts(data, year9999, Date.UTC(9999, 11, 1)).get("proposed")).toBe(1);
  });
});
