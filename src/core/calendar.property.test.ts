// localParts takes a fast path (one offset per UTC day) around Intl; these properties hold it to exactly
// what Intl.DateTimeFormat#formatToParts says, where zones are hardest: near offset changes, in zones with
// odd offsets, and before 1900 when offsets still had seconds (local mean time).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoWeek, isoWeekOfDate, localParts } from "./calendar.ts";

const ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "Asia/Kathmandu", // +5:45
  "Australia/Lord_Howe", // 30-minute DST
  "Pacific/Chatham", // +12:45 / +13:45
  "America/St_Johns", // -3:30
  "Asia/Kolkata", // +5:30, +5:53:20 before 1942
  "America/Sao_Paulo",
  "Africa/Casablanca", // DST suspended every Ramadan
  "Europe/Dublin", // DST below standard time ("negative DST")
  "Antarctica/Troll", // +0 / +2
  "Africa/Monrovia", // -0:44:30 until 1972
  "UTC",
];

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const DATE = { hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric" } as const;
const PARTS = { ...DATE, weekday: "short", hour: "numeric", minute: "numeric" } as const;
const CLOCK = { ...DATE, hour: "numeric", minute: "numeric", second: "numeric" } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string, options: typeof PARTS | typeof CLOCK): Intl.DateTimeFormat {
  const key = `${tz} ${options === PARTS}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { ...options, timeZone: tz });
    formatters.set(key, f);
  }
  return f;
}

/** What localParts returned before it had a fast path: formatToParts on every call. */
function reference(date: Date, tz: string) {
  const p = Object.fromEntries(
    formatter(tz, PARTS)
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAYS.indexOf(String(p.weekday)) + 1,
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

function offsetAt(tz: string, ms: number): number {
  const p = Object.fromEntries(
    formatter(tz, CLOCK)
      .formatToParts(ms)
      .map((x) => [x.type, Number(x.value)]),
  );
  return Date.UTC(Number(p.year), Number(p.month) - 1, p.day, p.hour, p.minute, p.second) - ms;
}

const DAY = 86_400_000;

/** Instants (to the second) at which `tz` changes its offset, found by a weekly scan and bisection. */
function transitions(tz: string, from: number, to: number): number[] {
  const found: number[] = [];
  let before = offsetAt(tz, from);
  for (let t = from + 7 * DAY; t <= to; t += 7 * DAY) {
    const now = offsetAt(tz, t);
    if (now !== before) {
      let [a, b] = [t - 7 * DAY, t];
      while (b - a > 1000) {
        const mid = Math.floor((a + b) / 2000) * 1000;
        if (offsetAt(tz, mid) === before) a = mid;
        else b = mid;
      }
      found.push(b);
      before = now;
    }
  }
  return found;
}

const near = Object.fromEntries(
  ZONES.map((tz) => [tz, transitions(tz, Date.UTC(1890, 0, 1), Date.UTC(2060, 0, 1))] as const),
);

describe("localParts is formatToParts, only faster", () => {
  it("finds offset changes to test against in every zone that has them", () => {
    for (const tz of ZONES) if (tz !== "UTC") expect(near[tz]?.length, tz).toBeGreaterThan(0);
    expect(near["Europe/Berlin"]).toContain(Date.parse("2026-03-29T01:00:00Z"));
  });

  it("agrees at any instant from 1790 to 2410 in any of the zones", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.date({
          min: new Date("1790-01-01T00:00:00Z"),
          max: new Date("2410-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        (tz, date) => {
          expect(localParts(date, tz)).toEqual(reference(date, tz));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("agrees within two hours of every offset change", () => {
    const cases = ZONES.flatMap((tz) => (near[tz] ?? []).map((at) => [tz, at] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.integer({ min: -2 * 3_600_000, max: 2 * 3_600_000 }),
        ([tz, at], delta) => {
          const date = new Date(at + delta);
          expect(localParts(date, tz)).toEqual(reference(date, tz));
        },
      ),
      { numRuns: 5000 },
    );
    // The millisecond either side of each change, and the same instant on the neighbouring days, whose
    // offsets come from the per-day cache rather than from the exact path.
    for (const [tz, at] of cases) {
      for (const ms of [at - 1, at, at + 1, at - DAY, at + DAY, at - 2 * DAY, at + 2 * DAY]) {
        expect(localParts(new Date(ms), tz), `${tz} ${new Date(ms).toISOString()}`).toEqual(
          reference(new Date(ms), tz),
        );
      }
    }
  });

  it("keeps the seconds of local mean time (Monrovia -0:44:30, Kolkata +5:53:20)", () => {
    // 12:00:29Z is 11:15:59 in Monrovia and 12:00:30Z is 11:16:00: a minute-wide offset would slip here.
    expect(localParts(new Date("1950-06-01T12:00:29.999Z"), "Africa/Monrovia").minute).toBe(15);
    expect(localParts(new Date("1950-06-01T12:00:30Z"), "Africa/Monrovia").minute).toBe(16);
    expect(localParts(new Date("1900-06-01T00:06:40Z"), "Asia/Kolkata")).toEqual(
      reference(new Date("1900-06-01T00:06:40Z"), "Asia/Kolkata"),
    );
  });

  it("numbers ISO weeks around the turn of the year as the local date says", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1990, max: 2060 }),
        fc.integer({ min: -4 * DAY, max: 4 * DAY }),
        (tz, year, delta) => {
          const date = new Date(Date.UTC(year, 0, 1) + delta);
          const p = reference(date, tz);
          expect(isoWeek(date, tz)).toBe(isoWeekOfDate(p.year, p.month, p.day));
        },
      ),
      { numRuns: 2000 },
    );
    // Sunday 29 December 2024 in UTC is already Monday 30 December, week 1 of 2025, in Berlin.
    expect(isoWeek(new Date("2024-12-29T23:30:00Z"), "UTC")).toBe("2024-W52");
    expect(isoWeek(new Date("2024-12-29T23:30:00Z"), "Europe/Berlin")).toBe("2025-W01");
  });

  it("fails like formatToParts on an invalid date or zone", () => {
    expect(() => localParts(new Date(Number.NaN), "Europe/Berlin")).toThrow(RangeError);
    expect(() => localParts(new Date(0), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
