// Days of the year as blackouts write them: once (YYYY-MM-DD) or every year (MM-DD), and ranges of both.
import { describe, expect, it } from "vitest";
import { type CalendarDay, dayKey, inRange, isSameDay, parseCalendarDay } from "./calendar-days.ts";

const day = (text: string): CalendarDay => {
  const d = parseCalendarDay(text);
  if ("error" in d) throw new Error(d.error);
  return d;
};
const on = (text: string) => day(text) as Required<CalendarDay>;

describe("parseCalendarDay", () => {
  it("reads a dated day and a yearly one", () => {
    expect(parseCalendarDay("2026-12-25")).toEqual({ year: 2026, month: 12, day: 25 });
    expect(parseCalendarDay("12-25")).toEqual({ month: 12, day: 25 });
  });

  it("refuses days that do not exist, saying why", () => {
    expect(parseCalendarDay("02-30")).toEqual({
      error: '"02-30" is not a calendar date: February has at most 29 days',
    });
    expect(parseCalendarDay("2026-02-29")).toEqual({
      error: '"2026-02-29" is not a calendar date: February 2026 has 28 days',
    });
    expect(parseCalendarDay("04-31")).toEqual({
      error: '"04-31" is not a calendar date: April has at most 30 days',
    });
    expect(parseCalendarDay("13-01")).toEqual({ error: '"13-01" has no month 13: months run from 01 to 12' });
    expect(parseCalendarDay("2026-00-10")).toEqual({
      error: '"2026-00-10" has no month 00: months run from 01 to 12',
    });
    expect(parseCalendarDay("12-00")).toHaveProperty("error");
    expect(parseCalendarDay("25-12-2026")).toEqual({
      error: '"25-12-2026" is not a date: write YYYY-MM-DD for one day or MM-DD for every year',
    });
  });

  it("accepts a leap day: without a year (leap years only) and in a leap year", () => {
    expect(parseCalendarDay("02-29")).toEqual({ month: 2, day: 29 });
    expect(parseCalendarDay("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseCalendarDay("12-31")).toEqual({ month: 12, day: 31 });
  });

  it("writes a day back in its own form", () => {
    expect(dayKey(day("2026-03-05"))).toBe("2026-03-05");
    expect(dayKey(day("03-05"))).toBe("03-05");
  });
});

describe("isSameDay", () => {
  it("matches a yearly day in any year and a dated day in its year only", () => {
    expect(isSameDay(day("12-25"), on("2026-12-25"))).toBe(true);
    expect(isSameDay(day("12-25"), on("2031-12-25"))).toBe(true);
    expect(isSameDay(day("12-25"), on("2026-12-24"))).toBe(false);
    expect(isSameDay(day("12-25"), on("2026-11-25"))).toBe(false);
    expect(isSameDay(day("2026-12-25"), on("2026-12-25"))).toBe(true);
    expect(isSameDay(day("2026-12-25"), on("2027-12-25"))).toBe(false);
  });

  it("matches a yearly leap day only when the year has one", () => {
    expect(isSameDay(day("02-29"), on("2028-02-29"))).toBe(true);
    expect(isSameDay(day("02-29"), on("2027-02-28"))).toBe(false);
    expect(isSameDay(day("02-29"), on("2027-03-01"))).toBe(false);
  });
});

describe("inRange", () => {
  const range = (from: string, to: string, date: string) => inRange(day(from), day(to), on(date));

  it("includes both ends of a yearly range, in every year", () => {
    for (const year of [2026, 2027, 2040]) {
      expect(range("08-01", "08-15", `${year}-07-31`)).toBe(false);
      expect(range("08-01", "08-15", `${year}-08-01`)).toBe(true);
      expect(range("08-01", "08-15", `${year}-08-08`)).toBe(true);
      expect(range("08-01", "08-15", `${year}-08-15`)).toBe(true);
      expect(range("08-01", "08-15", `${year}-08-16`)).toBe(false);
    }
  });

  it("lets a yearly range cross New Year", () => {
    expect(range("12-24", "01-02", "2026-12-23")).toBe(false);
    expect(range("12-24", "01-02", "2026-12-24")).toBe(true);
    expect(range("12-24", "01-02", "2026-12-31")).toBe(true);
    expect(range("12-24", "01-02", "2027-01-01")).toBe(true);
    expect(range("12-24", "01-02", "2027-01-02")).toBe(true);
    expect(range("12-24", "01-02", "2027-01-03")).toBe(false);
    expect(range("12-24", "01-02", "2027-07-01")).toBe(false);
  });

  it("reads a one-day yearly range as that day", () => {
    expect(range("05-01", "05-01", "2026-05-01")).toBe(true);
    expect(range("05-01", "05-01", "2026-05-02")).toBe(false);
    expect(range("05-01", "05-01", "2026-04-30")).toBe(false);
  });

  it("keeps a dated range to its own days, across New Year too", () => {
    expect(range("2026-12-28", "2027-01-03", "2026-12-27")).toBe(false);
    expect(range("2026-12-28", "2027-01-03", "2026-12-28")).toBe(true);
    expect(range("2026-12-28", "2027-01-03", "2027-01-03")).toBe(true);
    expect(range("2026-12-28", "2027-01-03", "2027-01-04")).toBe(false);
    expect(range("2026-12-28", "2027-01-03", "2027-12-30")).toBe(false);
    expect(range("2027-08-01", "2027-08-15", "2026-08-05")).toBe(false);
    expect(range("2027-08-01", "2027-08-15", "2027-08-05")).toBe(true);
  });
});
