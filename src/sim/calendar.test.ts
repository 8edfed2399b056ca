// Simulated time: day 0 is Monday 2027-01-04 UTC; daily periods are days, weekly ones ISO weeks, and a
// period's candidates are its slot instants inside the horizon.
import { describe, expect, it } from "vitest";
import { monthOf, periodsOf, weekOf } from "./calendar.ts";
import { scenarioOf } from "./test-scenarios.ts";

const scenario = scenarioOf(`name: c
days: 10
channels:
  weekly: { cadence: 2, audience: 1, baseRate: 0.1, slots: { "Sun 18:00": 1, "Tue 09:00": 1, "Thu 08:30": 1 } }
  daily: { cadence: daily, audience: 1, baseRate: 0.1, slots: { "18:00": 1, "07:15": 1 } }
`);
const [weekly, daily] = scenario.channels;

describe("the simulated calendar", () => {
  it("starts on Monday 2027-01-04 and gives a weekly channel its slots in each ISO week, Sunday last", () => {
    if (!weekly) throw new Error("no channel");
    const periods = periodsOf(weekly, 10);
    expect(periods.map((p) => [p.index, p.start.toISOString(), p.end.toISOString()])).toEqual([
      [0, "2027-01-04T00:00:00.000Z", "2027-01-11T00:00:00.000Z"],
      // The horizon ends on day 10: the last week is cut there, and only Tuesday is inside it.
      [1, "2027-01-11T00:00:00.000Z", "2027-01-14T00:00:00.000Z"],
    ]);
    expect(periods[0]?.candidates.map((c) => [c.slot, c.at.toISOString(), c.day])).toEqual([
      ["Tue 09:00", "2027-01-05T09:00:00.000Z", 1],
      ["Thu 08:30", "2027-01-07T08:30:00.000Z", 3],
      ["Sun 18:00", "2027-01-10T18:00:00.000Z", 6],
    ]);
    expect(periods[1]?.candidates.map((c) => c.slot)).toEqual(["Tue 09:00"]);
  });

  it("gives a daily channel every day, its times in order", () => {
    if (!daily) throw new Error("no channel");
    const periods = periodsOf(daily, 10);
    expect(periods).toHaveLength(10);
    expect(periods[9]?.candidates.map((c) => c.at.toISOString())).toEqual([
      "2027-01-13T07:15:00.000Z",
      "2027-01-13T18:00:00.000Z",
    ]);
  });

  it("counts weeks from Monday and months by the calendar", () => {
    expect([weekOf(0), weekOf(6), weekOf(7)]).toEqual([0, 0, 1]);
    // Day 27 is Sunday 31 January, day 28 Monday 1 February.
    expect(monthOf(28) - monthOf(27)).toBe(1);
    expect(monthOf(0)).toBe(monthOf(27));
  });
});
