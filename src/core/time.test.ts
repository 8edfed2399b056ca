import { describe, expect, it } from "vitest";
import { cycleId, formatInZone, parseCycleId, parseDuration, parseInstant, slotsBetween } from "./time.ts";

describe("cycle ids", () => {
  it("are the workflow and the UTC slot, safe as a ref and a file name, and round-trip", () => {
    const slot = new Date("2026-12-01T08:00:00Z");
    const id = cycleId("weekly-blog", slot);
    expect(id).toBe("weekly-blog@20261201T0800Z");
    expect(id).not.toMatch(/[:\\/*?"<>| ]/);
    expect(parseCycleId(id)).toEqual({ workflow: "weekly-blog", slot });
  });

  it("refuses malformed ids", () => {
    expect(() => parseCycleId("weekly-blog@2026-12-01")).toThrow(/invalid cycle id/);
  });
});

describe("cadence slots", () => {
  it("are evaluated in the strategy's time zone, across a daylight-saving change", () => {
    // Tuesdays at 09:00 in Berlin: 07:00Z in summer time, 08:00Z in winter time (DST ends 25 Oct 2026).
    const slots = slotsBetween(
      "0 9 * * 2",
      "Europe/Berlin",
      new Date("2026-10-19T00:00:00Z"),
      new Date("2026-11-04T00:00:00Z"),
    );
    expect(slots.map((d) => d.toISOString())).toEqual([
      "2026-10-20T07:00:00.000Z",
      "2026-10-27T08:00:00.000Z",
      "2026-11-03T08:00:00.000Z",
    ]);
  });

  it("include a slot exactly at the start of the window", () => {
    const at = new Date("2026-12-01T08:00:00Z");
    expect(slotsBetween("0 8 * * *", "UTC", at, new Date("2026-12-01T09:00:00Z"))).toEqual([at]);
  });

  it("stop at a limit when given one: the first slots of the window, however many more there are", () => {
    const from = new Date("2026-12-01T00:00:00Z");
    const to = new Date("2026-12-01T23:59:00Z");
    const first = slotsBetween("* * * * *", "UTC", from, to, 3);
    expect(first.map((d) => d.toISOString())).toEqual([
      "2026-12-01T00:00:00.000Z",
      "2026-12-01T00:01:00.000Z",
      "2026-12-01T00:02:00.000Z",
    ]);
    expect(slotsBetween("0 8,20 * * *", "UTC", from, to, 5)).toHaveLength(2);
  });
});

describe("durations and instants", () => {
  it("parse m, h and d", () => {
    expect(parseDuration("90m")).toBe(90 * 60_000);
    expect(parseDuration("48h")).toBe(48 * 3_600_000);
    expect(parseDuration("7d")).toBe(7 * 86_400_000);
    expect(() => parseDuration("1w")).toThrow(/invalid duration/);
  });

  it("requires an offset on command-line times", () => {
    expect(parseInstant("2026-12-01T09:00:00+01:00").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(() => parseInstant("2026-12-01T09:00:00")).toThrow(/has no offset/);
  });

  it("formats in a zone with its offset", () => {
    expect(formatInZone(new Date("2026-12-01T08:00:00Z"), "Europe/Berlin")).toBe("2026-12-01T09:00:00+01:00");
    expect(formatInZone(new Date("2026-07-01T08:00:00Z"), "America/New_York")).toBe(
      "2026-07-01T04:00:00-04:00",
    );
  });
});
