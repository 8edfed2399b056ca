// A workflow's rhythm in periods, in the strategy's time zone: ISO weeks for weekday slots or a frequency,
// the days the cadence fires for time-of-day slots, and no periods at all for a plain cadence.
import { describe, expect, it } from "vitest";
import type { Workflow } from "../config/types.ts";
import { periodsBetween, rhythmOf } from "./rhythm.ts";

const TZ = "Europe/Berlin";

function workflow(change: Partial<Workflow>): Workflow {
  return {
    id: "letter",
    name: "Letter",
    channel: "newsletter",
    level: "L3",
    cadence: "0 8 * * 4",
    format: "email",
    pillars: ["p"],
    ...change,
  } as Workflow;
}

/** Each period as key → "slot=instant" for its candidates. */
const shown = (periods: ReturnType<typeof periodsBetween>) =>
  periods.map((p) => ({
    key: p.key,
    items: p.items,
    candidates: p.candidates.map((c) => `${c.slot}=${c.at.toISOString()}`),
  }));

describe("rhythmOf", () => {
  it("is the cadence without slots or frequency, weekly with weekday slots or a frequency, daily with times of day", () => {
    expect(rhythmOf({})).toBe("cadence");
    expect(rhythmOf({ slots: [] })).toBe("cadence");
    expect(rhythmOf({ slots: ["Tue 08:00"] })).toBe("weekly");
    expect(rhythmOf({ frequency: { min: 1, max: 2 } })).toBe("weekly");
    expect(rhythmOf({ slots: ["08:00", "12:30"] })).toBe("daily");
  });
});

describe("periodsBetween", () => {
  it("makes one period per ISO week in the strategy's time zone, with one candidate per label", () => {
    const w = workflow({ slots: ["Sat 10:00", "Tue 08:00", "Thu 08:00"] });
    // Tuesday 1 December 2026 10:00 in Berlin to Thursday 10 December: the week of 30 November (already
    // begun) and the week of 7 December.
    const periods = periodsBetween(w, TZ, new Date("2026-12-01T09:00:00Z"), new Date("2026-12-10T00:00:00Z"));
    expect(shown(periods)).toEqual([
      {
        key: "letter#2026-11-30",
        items: 1,
        candidates: [
          "Tue 08:00=2026-12-01T07:00:00.000Z",
          "Thu 08:00=2026-12-03T07:00:00.000Z",
          "Sat 10:00=2026-12-05T09:00:00.000Z",
        ],
      },
      {
        key: "letter#2026-12-07",
        items: 1,
        candidates: [
          "Tue 08:00=2026-12-08T07:00:00.000Z",
          "Thu 08:00=2026-12-10T07:00:00.000Z",
          "Sat 10:00=2026-12-12T09:00:00.000Z",
        ],
      },
    ]);
    // A week starts at local midnight on Monday (23:00 UTC on Sunday in winter) and ends where the next begins.
    expect(periods[0]?.start.toISOString()).toBe("2026-11-29T23:00:00.000Z");
    expect(periods[0]?.end).toEqual(periods[1]?.start);
  });

  it("plans as many items a week as the cadence fires, at most one per candidate", () => {
    const slots = ["Mon 08:00", "Wed 08:00", "Fri 08:00"];
    const week = (cadence: string, s = slots) =>
      periodsBetween(
        workflow({ cadence, slots: s }),
        TZ,
        new Date("2026-12-01T00:00:00Z"),
        new Date("2026-12-02T00:00:00Z"),
      )[0]?.items;
    expect(week("0 8 * * 4")).toBe(1);
    expect(week("0 8 * * 2,4")).toBe(2);
    expect(week("0 8 * * *")).toBe(3);
    expect(week("0 8 * * *", ["Mon 08:00"])).toBe(1);
  });

  it("names the cadence's own firings as candidates for a frequency without slots", () => {
    const w = workflow({ cadence: "0 9 * * 1-5", frequency: { min: 1, max: 3 } });
    const [p] = periodsBetween(w, TZ, new Date("2026-12-01T09:00:00Z"), new Date("2026-12-03T00:00:00Z"));
    expect(p?.candidates.map((c) => c.slot)).toEqual([
      "Mon 09:00",
      "Tue 09:00",
      "Wed 09:00",
      "Thu 09:00",
      "Fri 09:00",
    ]);
    expect(p?.candidates[0]?.at.toISOString()).toBe("2026-11-30T08:00:00.000Z");
  });

  it("keeps local times through a change to summer time in Europe/Berlin", () => {
    // Summer time starts on Sunday 29 March 2026: that week is 167 hours long.
    const w = workflow({ slots: ["Mon 08:00", "Sun 08:00"] });
    const periods = periodsBetween(w, TZ, new Date("2026-03-24T00:00:00Z"), new Date("2026-03-31T00:00:00Z"));
    expect(shown(periods).map((p) => p.candidates)).toEqual([
      ["Mon 08:00=2026-03-23T07:00:00.000Z", "Sun 08:00=2026-03-29T06:00:00.000Z"],
      ["Mon 08:00=2026-03-30T06:00:00.000Z", "Sun 08:00=2026-04-05T06:00:00.000Z"],
    ]);
    const [dst] = periods;
    expect(dst?.key).toBe("letter#2026-03-23");
    expect(dst?.start.toISOString()).toBe("2026-03-22T23:00:00.000Z");
    expect(dst?.end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("makes a daily period only on the local days the cadence fires, one item each", () => {
    // Weekdays only: Friday 4, Monday 7 and Tuesday 8 December (Berlin), no weekend.
    const w = workflow({ cadence: "30 12 * * 1-5", slots: ["18:00", "08:00", "12:30"] });
    const periods = periodsBetween(w, TZ, new Date("2026-12-04T09:00:00Z"), new Date("2026-12-08T00:00:00Z"));
    expect(shown(periods)).toEqual([
      {
        key: "letter#2026-12-04",
        items: 1,
        candidates: [
          "08:00=2026-12-04T07:00:00.000Z",
          "12:30=2026-12-04T11:30:00.000Z",
          "18:00=2026-12-04T17:00:00.000Z",
        ],
      },
      {
        key: "letter#2026-12-07",
        items: 1,
        candidates: [
          "08:00=2026-12-07T07:00:00.000Z",
          "12:30=2026-12-07T11:30:00.000Z",
          "18:00=2026-12-07T17:00:00.000Z",
        ],
      },
      {
        key: "letter#2026-12-08",
        items: 1,
        candidates: [
          "08:00=2026-12-08T07:00:00.000Z",
          "12:30=2026-12-08T11:30:00.000Z",
          "18:00=2026-12-08T17:00:00.000Z",
        ],
      },
    ]);
  });

  it("has no periods for a plain cadence: every firing is its own item", () => {
    const w = workflow({ cadence: "0 8 * * *" });
    expect(periodsBetween(w, TZ, new Date("2026-12-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z"))).toEqual(
      [],
    );
  });
});
