// fmtTime builds its text from Intl (each local day's date) and the calendar's local parts (hour and
// minute). It must read exactly as Intl.DateTimeFormat writes the whole, in any zone and at any instant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fmtTime } from "./format.ts";

const ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/St_Johns",
  "Africa/Casablanca",
  "Europe/Dublin",
  "UTC",
];

function reference(ms: number, tz: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: tz,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

describe("fmtTime", () => {
  it("reads as Intl writes it, at any instant from 1900 to 2200 in any of the zones", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        (tz, ms) => {
          expect(fmtTime(ms, tz)).toBe(reference(ms, tz));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads as Intl writes it around the clock changes of 2026, and takes ISO text alike", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 2, 8, 7)),
        fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
        (tz, change, delta) => {
          const ms = change + delta;
          expect(fmtTime(ms, tz)).toBe(reference(ms, tz));
          expect(fmtTime(new Date(ms).toISOString(), tz)).toBe(reference(ms, tz));
        },
      ),
      { numRuns: 3000 },
    );
    expect(fmtTime("2026-12-01T08:05:00Z", "Europe/Berlin")).toBe("Tue, 1 Dec 2026, 09:05");
  });

  it("keeps apart dates a century apart, early years included", () => {
    for (const iso of [
      "0050-03-01T10:00:00Z",
      "1950-03-01T10:00:00Z",
      "0001-01-01T12:00:00Z",
      "1901-01-01T12:00:00Z",
    ])
      expect(fmtTime(iso, "UTC")).toBe(reference(Date.parse(iso), "UTC"));
  });

  it("refuses a time that is not one, as Intl does", () => {
    expect(() => fmtTime("not a time", "UTC")).toThrow(RangeError);
  });
});
