import { describe, expect, it } from "vitest";
import { parseDay, parseMetricValue } from "./values.ts";

describe("parseMetricValue", () => {
  it("turns percentages of rates into fractions", () => {
    expect(parseMetricValue("42%", "open_rate")).toEqual({ ok: true, value: 0.42 });
    expect(parseMetricValue("42.0 %", "open_rate")).toEqual({ ok: true, value: 0.42 });
    expect(parseMetricValue("41.28%", "open_rate")).toEqual({ ok: true, value: 0.4128 });
    expect(parseMetricValue(" 0.42 ", "open_rate")).toEqual({ ok: true, value: 0.42 });
  });

  it("keeps a rate written without % as is, for the schema to refuse when above 1", () => {
    expect(parseMetricValue("42", "open_rate")).toEqual({ ok: true, value: 42 });
  });

  it("refuses a percentage for a count", () => {
    const r = parseMetricValue("42%", "opens");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/percentage but opens is not a rate/);
  });

  it("reads thousands separators, and decimal commas only when asked", () => {
    expect(parseMetricValue("1,234", "views")).toEqual({ ok: true, value: 1234 });
    expect(parseMetricValue("1,234.5", "spend")).toEqual({ ok: true, value: 1234.5 });
    expect(parseMetricValue("0,42", "open_rate").ok).toBe(false);
    expect(parseMetricValue("0,42", "open_rate", { decimalComma: true })).toEqual({ ok: true, value: 0.42 });
    expect(parseMetricValue("1.234,5", "views", { decimalComma: true })).toEqual({ ok: true, value: 1234.5 });
    expect(parseMetricValue("1.238", "views", { decimalComma: true })).toEqual({ ok: true, value: 1238 });
    expect(parseMetricValue("0.420", "open_rate", { decimalComma: true })).toEqual({ ok: true, value: 0.42 });
  });

  it("treats empty cells and placeholders as absent, never as 0", () => {
    for (const cell of ["", "  ", "-", "N/A", "(not set)", null, undefined]) {
      expect(parseMetricValue(cell, "views")).toEqual({ ok: true, value: undefined });
    }
  });

  it("reads durations for *_s averages", () => {
    expect(parseMetricValue("1:23", "avg_time_s")).toEqual({ ok: true, value: 83 });
    expect(parseMetricValue("0:01:23", "avg_time_s")).toEqual({ ok: true, value: 83 });
    expect(parseMetricValue("1m 23s", "avg_time_s")).toEqual({ ok: true, value: 83 });
    expect(parseMetricValue("1:23", "views").ok).toBe(false);
  });

  it("explains what is not a number", () => {
    expect(parseMetricValue("four hundred", "views")).toEqual({
      ok: false,
      reason: 'views "four hundred" is not a number',
    });
    expect(parseMetricValue(true, "views").ok).toBe(false);
    expect(parseMetricValue(Number.NaN, "views").ok).toBe(false);
  });
});

describe("parseDay", () => {
  it("accepts ISO days, GA4's compact days and ISO date-times", () => {
    expect(parseDay("2026-12-01")).toEqual({ ok: true, value: "2026-12-01" });
    expect(parseDay("20261201")).toEqual({ ok: true, value: "2026-12-01" });
    expect(parseDay("2026-12-01T23:30:00+01:00")).toEqual({ ok: true, value: "2026-12-01" });
    expect(parseDay("")).toEqual({ ok: true, value: undefined });
  });

  it("reads Meta's Lifetime as no day: the row holds lifetime totals", () => {
    expect(parseDay("Lifetime")).toEqual({ ok: true, value: undefined });
    expect(parseDay("Last week")).toMatchObject({ ok: false });
  });

  it("refuses ambiguous and impossible dates", () => {
    expect(parseDay("12/01/2026").ok).toBe(false);
    expect(parseDay("2026-02-30").ok).toBe(false);
    expect(parseDay("Dec 1, 2026").ok).toBe(false);
  });
});

describe("parseMetricValue limits", () => {
  it("refuses numbers too large to be finite", () => {
    expect(parseMetricValue("1e999", "views")).toEqual({
      ok: false,
      reason: 'views "1e999" is not a number',
    });
  });
});
