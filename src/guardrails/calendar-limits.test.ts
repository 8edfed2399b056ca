// blackoutAt, the one answer to "is this moment blacked out": yearly dates, ranges (a summer closure, one
// across New Year) and a country's public holidays, each judged by the local day of the strategy's time zone.
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { loadHolidayLibrary } from "../core/calendar-holidays.ts";
import { type Blackout, blackoutAt } from "./calendar-limits.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let base: Config;
beforeAll(async () => {
  base = await requireConfig(`${ROOT}/marketing`);
  // A configuration with holidays loads the library as it is loaded; these are built in place.
  await loadHolidayLibrary();
});

function config(blackouts: Blackout[], timezone = "Europe/Lisbon"): Config {
  return {
    ...base,
    strategy: { ...base.strategy, timezone },
    guardrails: { ...base.guardrails, channels: { ...base.guardrails.channels, blackouts } },
  };
}
const at = (iso: string) => new Date(iso);

describe("blackoutAt", () => {
  it("blacks out a yearly date every year, and a dated one in its year only", () => {
    const c = config([{ dates: ["12-25"], reason: "Christmas" }, { dates: ["2026-11-27"] }]);
    expect(blackoutAt(c, "blog", at("2026-12-25T10:00:00Z"))).toBe("blackout on 2026-12-25 (Christmas)");
    expect(blackoutAt(c, "blog", at("2031-12-25T10:00:00Z"))).toBe("blackout on 2031-12-25 (Christmas)");
    expect(blackoutAt(c, "blog", at("2026-12-26T10:00:00Z"))).toBeUndefined();
    expect(blackoutAt(c, "blog", at("2026-11-27T10:00:00Z"))).toBe("blackout on 2026-11-27");
    expect(blackoutAt(c, "blog", at("2027-11-27T10:00:00Z"))).toBeUndefined();
  });

  it("blacks out a summer closure every year, both ends included", () => {
    const c = config([{ ranges: [{ from: "08-01", to: "08-15" }], reason: "summer closure" }]);
    expect(blackoutAt(c, "blog", at("2027-07-31T12:00:00Z"))).toBeUndefined();
    expect(blackoutAt(c, "blog", at("2027-08-01T12:00:00Z"))).toBe("blackout on 2027-08-01 (summer closure)");
    expect(blackoutAt(c, "blog", at("2027-08-15T12:00:00Z"))).toBe("blackout on 2027-08-15 (summer closure)");
    expect(blackoutAt(c, "blog", at("2027-08-16T12:00:00Z"))).toBeUndefined();
  });

  it("blacks out a yearly range across New Year and a dated one", () => {
    const c = config([
      { ranges: [{ from: "12-24", to: "01-02" }], reason: "holidays" },
      { ranges: [{ from: "2027-04-01", to: "2027-04-03" }], reason: "moving" },
    ]);
    expect(blackoutAt(c, "blog", at("2026-12-31T12:00:00Z"))).toBe("blackout on 2026-12-31 (holidays)");
    expect(blackoutAt(c, "blog", at("2027-01-02T12:00:00Z"))).toBe("blackout on 2027-01-02 (holidays)");
    expect(blackoutAt(c, "blog", at("2027-01-03T12:00:00Z"))).toBeUndefined();
    expect(blackoutAt(c, "blog", at("2027-04-02T12:00:00Z"))).toBe("blackout on 2027-04-02 (moving)");
    expect(blackoutAt(c, "blog", at("2028-04-02T12:00:00Z"))).toBeUndefined();
  });

  it("blacks out a country's public holidays, named in the reason, and not its ordinary days", () => {
    const c = config([{ holidays: { country: "PT" }, reason: "public holiday" }]);
    expect(blackoutAt(c, "blog", at("2026-06-10T09:00:00Z"))).toBe(
      "blackout on 2026-06-10 (public holiday: Portugal Day)",
    );
    // Easter moves: Good Friday is 3 April in 2026 and 26 March in 2027.
    expect(blackoutAt(c, "blog", at("2026-04-03T09:00:00Z"))).toBe(
      "blackout on 2026-04-03 (public holiday: Good Friday)",
    );
    expect(blackoutAt(c, "blog", at("2027-03-26T09:00:00Z"))).toBe(
      "blackout on 2027-03-26 (public holiday: Good Friday)",
    );
    expect(blackoutAt(c, "blog", at("2026-06-11T09:00:00Z"))).toBeUndefined();
    // Not a public holiday in Portugal (Shrove Tuesday is an observance there).
    expect(blackoutAt(c, "blog", at("2026-02-17T09:00:00Z"))).toBeUndefined();
    expect(blackoutAt(config([{ holidays: { country: "PT" } }]), "blog", at("2026-12-25T09:00:00Z"))).toBe(
      "blackout on 2026-12-25 (Christmas Day)",
    );
  });

  it("adds a region's own holidays to the country's", () => {
    const bavaria = config([{ holidays: { country: "DE", region: "BY" } }], "Europe/Berlin");
    const germany = config([{ holidays: { country: "DE" } }], "Europe/Berlin");
    expect(blackoutAt(bavaria, "blog", at("2026-01-06T09:00:00Z"))).toBe("blackout on 2026-01-06 (Epiphany)");
    expect(blackoutAt(germany, "blog", at("2026-01-06T09:00:00Z"))).toBeUndefined();
    expect(blackoutAt(bavaria, "blog", at("2026-10-03T09:00:00Z"))).toBe(
      "blackout on 2026-10-03 (National Holiday)",
    );
  });

  it("judges holidays, dates and ranges by the local day of the strategy's time zone", () => {
    // 23:30 UTC on 9 June is 00:30 on 10 June in Lisbon (UTC+1 in summer), still 9 June in New York.
    const late = at("2026-06-09T23:30:00Z");
    const holidays = [{ holidays: { country: "PT" } }];
    expect(blackoutAt(config(holidays), "blog", late)).toBe("blackout on 2026-06-10 (Portugal Day)");
    expect(blackoutAt(config(holidays, "America/New_York"), "blog", late)).toBeUndefined();
    const yearly = [{ dates: ["06-10"] }];
    expect(blackoutAt(config(yearly), "blog", late)).toBe("blackout on 2026-06-10");
    expect(blackoutAt(config(yearly, "America/New_York"), "blog", late)).toBeUndefined();
    const range = [{ ranges: [{ from: "06-10", to: "06-12" }] }];
    expect(blackoutAt(config(range), "blog", late)).toBe("blackout on 2026-06-10");
    expect(blackoutAt(config(range, "America/New_York"), "blog", late)).toBeUndefined();
  });

  it("applies each kind to the channels its entry names", () => {
    const c = config([
      { holidays: { country: "PT" }, ranges: [{ from: "08-01", to: "08-02" }], channels: ["newsletter"] },
    ]);
    expect(blackoutAt(c, "newsletter", at("2026-06-10T09:00:00Z"))).toBe(
      "blackout on 2026-06-10 (Portugal Day)",
    );
    expect(blackoutAt(c, "mastodon", at("2026-06-10T09:00:00Z"))).toBeUndefined();
    expect(blackoutAt(c, "newsletter", at("2026-08-02T09:00:00Z"))).toBe("blackout on 2026-08-02");
    expect(blackoutAt(c, "mastodon", at("2026-08-02T09:00:00Z"))).toBeUndefined();
  });
});
