// Figures in reports are numbers a person can read: never "Infinity" or "NaN", even for values no
// ingest accepts any more (1e308 stored by an older version) or sums that pass what a number holds.
import { describe, expect, it } from "vitest";
import { fmtChangePct, fmtMetric, fmtMoney, fmtPct, fmtTime, fmtTimeWithZone, localTimes } from "./format.ts";

describe("number display", () => {
  it("shows huge values as numbers, and what is not a finite number as out of range", () => {
    expect(fmtMetric("views", 1e308)).toBe("1e+308");
    expect(fmtMetric("views", 1234.567)).toBe("1234.57");
    expect(fmtMetric("views", 2 ** 53)).toBe("9007199254740992");
    expect(fmtMetric("views", 1e308 + 1e308)).toBe("out of range");
    expect(fmtMetric("open_rate", 0.4234)).toBe("42.3 %");
    expect(fmtMetric("open_rate", 1e308)).toBe("1e+308 (not a fraction)");
    expect(fmtMoney(1e308, "EUR")).toBe("1e+308 EUR");
    expect(fmtMoney(Number.POSITIVE_INFINITY, "EUR")).toBe("out of range EUR");
    expect(fmtPct(1e308)).toBe("out of range");
    expect(fmtChangePct(Number.NaN)).toBe("out of range");
    for (const text of [fmtMetric("views", 1e308), fmtMetric("click_rate", 1e307), fmtMoney(1e308 * 10, "")])
      expect(text).not.toMatch(/Infinity|NaN/);
  });
});

describe("times for the command line", () => {
  it("are the dashboard's local time with the zone and that day's offset", () => {
    expect(fmtTimeWithZone("2026-12-01T08:00:00Z", "Europe/Berlin")).toBe(
      `${fmtTime("2026-12-01T08:00:00Z", "Europe/Berlin")} (Europe/Berlin, UTC+01:00)`,
    );
    expect(fmtTimeWithZone("2026-12-01T08:00:00Z", "Europe/Berlin")).toBe(
      "Tue, 1 Dec 2026, 09:00 (Europe/Berlin, UTC+01:00)",
    );
    expect(fmtTimeWithZone(new Date("2026-07-01T08:00:00Z"), "Europe/Berlin")).toBe(
      "Wed, 1 Jul 2026, 10:00 (Europe/Berlin, UTC+02:00)",
    );
    expect(fmtTimeWithZone("2026-12-01T23:30:00Z", "Asia/Kathmandu")).toBe(
      "Wed, 2 Dec 2026, 05:15 (Asia/Kathmandu, UTC+05:45)",
    );
    expect(fmtTimeWithZone("2026-12-01T08:00:00Z", "UTC")).toBe("Tue, 1 Dec 2026, 08:00 (UTC)");
  });

  it("replace the recorded UTC instants in a reason, and nothing else", () => {
    expect(localTimes("scheduled for 2026-12-01T08:00:00.000Z", "Europe/Berlin")).toBe(
      "scheduled for Tue, 1 Dec 2026, 09:00 (Europe/Berlin, UTC+01:00)",
    );
    expect(
      localTimes("between 2026-12-01T08:00:00Z and 2026-07-01T08:00:00.000Z, cycle x@20261201T0800Z", "UTC"),
    ).toBe("between Tue, 1 Dec 2026, 08:00 (UTC) and Wed, 1 Jul 2026, 08:00 (UTC), cycle x@20261201T0800Z");
    expect(localTimes("on 2026-12-01, at 08:00, 2026-12-01T08:00:00+01:00", "Europe/Berlin")).toBe(
      "on 2026-12-01, at 08:00, 2026-12-01T08:00:00+01:00",
    );
  });

  it("tell the two 02:30s of the night the clocks go back apart by their offset", () => {
    // Berlin's clocks go back from 03:00 to 02:00 on 25 Oct 2026: 00:30Z and 01:30Z are both 02:30 there.
    const first = fmtTimeWithZone("2026-10-25T00:30:00Z", "Europe/Berlin");
    const second = fmtTimeWithZone("2026-10-25T01:30:00Z", "Europe/Berlin");
    expect(first).toBe("Sun, 25 Oct 2026, 02:30 (Europe/Berlin, UTC+02:00)");
    expect(second).toBe("Sun, 25 Oct 2026, 02:30 (Europe/Berlin, UTC+01:00)");
  });
});
