import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editRatio } from "./edit-ratio.ts";

describe("editRatio", () => {
  it("is 0 for an unchanged item and counts changed characters against the original", () => {
    expect(editRatio("hello world", "hello world")).toBe(0);
    expect(editRatio("hello world", "hello there world")).toBeCloseTo(6 / 11, 4);
    expect(editRatio("abcd", "")).toBe(1);
  });

  it("is never negative and is 0 exactly when nothing changed", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = editRatio(a, b);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r === 0).toBe(a === b);
      }),
    );
  });
});
