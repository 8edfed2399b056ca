// localParts at the places its fast path does not cover: on the UTC day a zone's offset changes (the
// hour after the change), and outside the years it serves (where Date.UTC and Intl's eras disagree).
import { describe, expect, it } from "vitest";
import { localDate, localParts } from "./calendar.ts";

describe("local time on the day the offset changes", () => {
  it("follows the change within the UTC day, in both directions", () => {
    // Berlin: summer time starts 29 March 2026 at 01:00 UTC, ends 25 October 2026 at 01:00 UTC.
    expect(localParts(new Date("2026-03-29T00:30:00Z"), "Europe/Berlin")).toMatchObject({
      hour: 1,
      minute: 30,
    });
    expect(localParts(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toMatchObject({
      hour: 3,
      minute: 30,
    });
    expect(localParts(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toMatchObject({
      hour: 2,
      minute: 30,
    });
    expect(localParts(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toMatchObject({
      hour: 2,
      minute: 30,
    });
    expect(localParts(new Date("2026-10-25T22:30:00Z"), "Europe/Berlin")).toMatchObject({
      day: 25,
      hour: 23,
    });
    // Auckland changes in the afternoon, UTC: summer time starts 26 September 2026 at 14:00 UTC.
    expect(localParts(new Date("2026-09-26T13:30:00Z"), "Pacific/Auckland")).toMatchObject({
      day: 27,
      hour: 1,
    });
    expect(localParts(new Date("2026-09-26T14:30:00Z"), "Pacific/Auckland")).toMatchObject({
      day: 27,
      hour: 3,
    });
  });
});

describe("local dates far from now", () => {
  it("are right in the first century and after 2400", () => {
    const early = new Date(Date.UTC(2000, 5, 15, 12));
    early.setUTCFullYear(50);
    expect(localParts(early, "UTC")).toEqual({
      year: 50,
      month: 6,
      day: 15,
      weekday: early.getUTCDay() || 7,
      hour: 12,
      minute: 0,
    });
    expect(localParts(new Date("2500-06-15T12:00:00Z"), "Europe/Berlin")).toMatchObject({
      year: 2500,
      month: 6,
      day: 15,
      hour: 14,
    });
  });

  it("write months and days with two digits", () => {
    expect(localDate(new Date("2026-03-05T12:00:00Z"), "Europe/Berlin")).toBe("2026-03-05");
  });
});
