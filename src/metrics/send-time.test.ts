import { describe, expect, it } from "vitest";
import { inWindows, sendWindows } from "./send-time.ts";

const iso = (text: string) =>
  sendWindows(text)?.map((w) => `${new Date(w.from).toISOString()}..${new Date(w.to).toISOString()}`);

describe("sendWindows", () => {
  it("a time with its zone is that instant, 3 h either way", () => {
    expect(iso("2026-12-01T09:00:12Z")).toEqual(["2026-12-01T06:00:12.000Z..2026-12-01T12:00:12.000Z"]);
    expect(iso("2026-12-01 09:00:00 UTC")).toEqual(["2026-12-01T06:00:00.000Z..2026-12-01T12:00:00.000Z"]);
    expect(iso("2026-12-01T10:00:00+01:00")).toEqual(["2026-12-01T06:00:00.000Z..2026-12-01T12:00:00.000Z"]);
  });

  it("a time without a zone is read in every zone from UTC-12 to UTC+14", () => {
    // Mailchimp writes the account's local time.
    expect(iso("Dec 01, 2026 09:00 am")).toEqual(["2026-11-30T16:00:00.000Z..2026-12-02T00:00:00.000Z"]);
    expect(iso("Tuesday, December 1, 2026 at 9:00 PM")).toEqual([
      "2026-12-01T04:00:00.000Z..2026-12-02T12:00:00.000Z",
    ]);
    expect(iso("12:00 am Dec 1 2026")).toBeUndefined();
    expect(iso("1 Dec 2026")).toEqual(["2026-11-30T07:00:00.000Z..2026-12-02T15:00:00.000Z"]);
  });

  it("a numeric date that reads both ways stands for both; one that reads one way, for that one", () => {
    expect(iso("12/01/2026 09:00")).toEqual([
      "2026-11-30T16:00:00.000Z..2026-12-02T00:00:00.000Z",
      "2026-01-11T16:00:00.000Z..2026-01-13T00:00:00.000Z",
    ]);
    expect(iso("12/13/2026 09:00")).toEqual(["2026-12-12T16:00:00.000Z..2026-12-14T00:00:00.000Z"]);
    expect(iso("01.12.2026 09:00")).toEqual(["2026-11-30T16:00:00.000Z..2026-12-02T00:00:00.000Z"]);
  });

  it("refuses what is not a date", () => {
    for (const bad of ["next Tuesday", "31/02/2026", "2026-12-01 25:00", "13:00 pm Dec 1, 2026", ""])
      expect(sendWindows(bad)).toBeUndefined();
    expect(sendWindows("Dec 01, 2026 13:00 pm")).toBeUndefined();
  });

  it("inWindows includes both ends", () => {
    const w = sendWindows("2026-12-01T09:00:00Z") ?? [];
    expect(inWindows(Date.parse("2026-12-01T12:00:00Z"), w)).toBe(true);
    expect(inWindows(Date.parse("2026-12-01T12:00:01Z"), w)).toBe(false);
  });
});
