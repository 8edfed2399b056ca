import { describe, expect, it } from "vitest";
import { isoWeek, localDate, localMonth, localParts } from "./calendar.ts";

describe("calendar in a time zone", () => {
  it("gives the local date, which may differ from the UTC date", () => {
    const lateSaturdayUtc = new Date("2026-12-05T23:30:00Z"); // already Sunday in Berlin
    expect(localDate(lateSaturdayUtc, "UTC")).toBe("2026-12-05");
    expect(localDate(lateSaturdayUtc, "Europe/Berlin")).toBe("2026-12-06");
    expect(localParts(lateSaturdayUtc, "Europe/Berlin").weekday).toBe(7);
    expect(localMonth(new Date("2026-11-30T23:30:00Z"), "Europe/Berlin")).toBe("2026-12");
  });

  it("numbers ISO weeks, including the weeks that straddle a new year", () => {
    expect(isoWeek(new Date("2026-12-01T12:00:00Z"), "UTC")).toBe("2026-W49");
    expect(isoWeek(new Date("2026-12-31T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(isoWeek(new Date("2027-01-04T12:00:00Z"), "UTC")).toBe("2027-W01");
    expect(isoWeek(new Date("2024-12-30T12:00:00Z"), "UTC")).toBe("2025-W01");
  });
});
