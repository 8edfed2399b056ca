// Durations, cycle ids, command-line instants and zone offsets at their edges: what is refused, and why.
import { describe, expect, it } from "vitest";
import {
  cycleId,
  formatInZone,
  isCycleId,
  parseCycleId,
  parseDuration,
  parseInstant,
  slotsBetween,
} from "./time.ts";

describe("durations", () => {
  it("are a whole positive number and one unit, nothing before or after", () => {
    expect(parseDuration("1m")).toBe(60_000);
    expect(parseDuration("10d")).toBe(10 * 86_400_000);
    for (const bad of ["0h", "01h", "h", "48", "x48h", "48hx", "4.5h", "-2h", " 2h", "2 h"]) {
      expect(() => parseDuration(bad), bad).toThrow(
        `invalid duration "${bad}": use a whole number and m, h or d, e.g. 48h`,
      );
    }
  });
});

describe("cycle ids", () => {
  it("accept lower-case workflow ids of up to 63 characters, and nothing around the id", () => {
    const longest = `a${"b".repeat(62)}`;
    expect(isCycleId(`${longest}@20261201T0800Z`)).toBe(true);
    expect(isCycleId(`${longest}b@20261201T0800Z`)).toBe(false);
    expect(isCycleId("weekly-blog@20261201T0800Z")).toBe(true);
    expect(isCycleId("-blog@20261201T0800Z")).toBe(false);
    expect(isCycleId("Weekly@20261201T0800Z")).toBe(false);
    expect(isCycleId("x weekly@20261201T0800Z")).toBe(false);
    expect(isCycleId("weekly@20261201T0800Z.md")).toBe(false);
    expect(isCycleId("weekly@20261201T080Z")).toBe(false);
    expect(() => parseCycleId("weekly@20261201T0800")).toThrow(
      'invalid cycle id "weekly@20261201T0800": expected <workflow>@YYYYMMDDTHHMMZ',
    );
  });

  it("carry the minute of the slot in UTC, whatever the zone it was planned in", () => {
    const slot = new Date("2026-03-09T23:45:59.999Z");
    expect(cycleId("a", slot)).toBe("a@20260309T2345Z");
    expect(parseCycleId("a@20260309T2345Z").slot.toISOString()).toBe("2026-03-09T23:45:00.000Z");
  });
});

describe("cadence slots", () => {
  it("include a slot exactly at the end of the window, and none after it", () => {
    const from = new Date("2026-12-01T07:30:00Z");
    const to = new Date("2026-12-02T08:00:00Z");
    expect(slotsBetween("0 8 * * *", "UTC", from, to).map((d) => d.toISOString())).toEqual([
      "2026-12-01T08:00:00.000Z",
      "2026-12-02T08:00:00.000Z",
    ]);
    expect(slotsBetween("0 8 * * *", "UTC", new Date("2026-12-01T08:00:00.001Z"), to)).toHaveLength(1);
  });
});

describe("command-line instants", () => {
  it("accept Z and offsets with or without a colon", () => {
    expect(parseInstant("2026-12-01T08:00:00Z").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(parseInstant("2026-12-01T09:00:00+0100").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(parseInstant("2026-12-01T03:00:00-05:00").toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });

  it("refuse a time without an offset, or one that is not a time", () => {
    expect(() => parseInstant("2026-12-01T09:00:00")).toThrow(
      'time "2026-12-01T09:00:00" has no offset: write it as ISO 8601 with Z or +01:00, e.g. 2026-12-01T08:00:00Z',
    );
    expect(() => parseInstant("2026-12-01")).toThrow(
      '"2026-12-01" is a date without a time: write the time and its offset too, e.g. 2026-12-01T08:00:00Z',
    );
    expect(() => parseInstant("2026-12-01T09:00:00+1")).toThrow(
      '"2026-12-01T09:00:00+1" is not an ISO 8601 time with an offset, e.g. 2026-12-01T08:00:00Z',
    );
    expect(() => parseInstant("2026-12-01T09:00:00Z ")).toThrow(/is not an ISO 8601 time/);
    expect(() => parseInstant("next tuesday")).toThrow(/is not an ISO 8601 time/);
  });

  it("refuse a time that does not exist rather than roll it over (30 February is not 2 March)", () => {
    const refused = (text: string) => () => parseInstant(text);
    expect(refused("2027-02-30T08:00:00Z")).toThrow(
      '"2027-02-30T08:00:00Z" is not a time that exists: February 2027 has 28 days, not 30; e.g. 2026-12-01T08:00:00Z',
    );
    expect(refused("2027-02-29T08:00:00Z")).toThrow("February 2027 has 28 days, not 29");
    expect(refused("2026-04-31T08:00:00Z")).toThrow("April 2026 has 30 days, not 31");
    expect(refused("2026-12-00T08:00:00Z")).toThrow("December 2026 has 31 days, not 00");
    expect(refused("2026-13-01T08:00:00Z")).toThrow("month 13 is not between 01 and 12");
    expect(refused("2026-00-01T08:00:00Z")).toThrow("month 00 is not between 01 and 12");
    expect(refused("2026-12-01T25:00:00Z")).toThrow("hour 25 is not between 00 and 23");
    expect(refused("2026-12-01T24:00:00Z")).toThrow("midnight is 00:00 of the next day");
    expect(refused("2026-12-01T08:60:00Z")).toThrow("minute 60 is not between 00 and 59");
    expect(refused("2026-12-01T08:00:60Z")).toThrow("second 60 is not between 00 and 59");
    expect(refused("2026-12-01T08:00:00+24:00")).toThrow("offset 24:00 is not a UTC offset");
    expect(refused("2026-12-01T08:00:00+01:60")).toThrow("offset 01:60 is not a UTC offset");
  });

  it("take the last day of every month, 29 February of a leap year, and the edges of the day", () => {
    expect(parseInstant("2028-02-29T08:00:00Z").toISOString()).toBe("2028-02-29T08:00:00.000Z");
    expect(parseInstant("2000-02-29T00:00:00Z").toISOString()).toBe("2000-02-29T00:00:00.000Z");
    expect(() => parseInstant("2100-02-29T00:00:00Z")).toThrow("February 2100 has 28 days");
    for (const [month, last] of [
      ["01", 31],
      ["04", 30],
      ["06", 30],
      ["09", 30],
      ["11", 30],
      ["12", 31],
    ] as const) {
      expect(parseInstant(`2026-${month}-${last}T23:59:59Z`).toISOString()).toBe(
        `2026-${month}-${last}T23:59:59.000Z`,
      );
    }
    expect(parseInstant("2026-12-01T08:00Z").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(parseInstant("2026-12-01 09:30:00.25+01:30").toISOString()).toBe("2026-12-01T08:00:00.250Z");
    expect(parseInstant("2026-12-01T00:00:00+14:00").toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });
});

describe("times in a zone", () => {
  it("write UTC with +00:00, and keep seconds", () => {
    expect(formatInZone(new Date("2026-12-01T08:00:05Z"), "UTC")).toBe("2026-12-01T08:00:05+00:00");
    expect(formatInZone(new Date("2026-12-01T23:30:00Z"), "Asia/Kathmandu")).toBe(
      "2026-12-02T05:15:00+05:45",
    );
  });
});
