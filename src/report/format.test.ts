// Figures in reports are numbers a person can read: never "Infinity" or "NaN", even for values no
// ingest accepts any more (1e308 stored by an older version) or sums that pass what a number holds.
import { describe, expect, it } from "vitest";
import { fmtChangePct, fmtMetric, fmtMoney, fmtPct } from "./format.ts";

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
