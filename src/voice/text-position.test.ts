import { describe, expect, it } from "vitest";
import { alignValue, lineStarts, toPoint } from "./text-position.ts";

describe("lineStarts / toPoint", () => {
  it("handles \\n, \\r\\n and \\r line endings", () => {
    const text = "ab\ncd\r\nef\rg";
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 3, 7, 10]);
    expect(toPoint(starts, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(toPoint(starts, 4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(toPoint(starts, 7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(toPoint(starts, 11)).toEqual({ line: 4, column: 2, offset: 11 });
  });
});

describe("alignValue", () => {
  it("maps a value to its source one to one when nothing was dropped", () => {
    expect(Array.from(alignValue("abc", "abc", 10))).toEqual([10, 11, 12, 13]);
  });

  it("skips block-quote markers and indentation the parser dropped", () => {
    // value "one\ntwo" written as "one\n> two" inside a block quote
    expect(Array.from(alignValue("one\ntwo", "one\n> two", 0))).toEqual([0, 1, 2, 3, 6, 7, 8, 9]);
  });

  it("skips backslash escapes", () => {
    expect(Array.from(alignValue("*a*", "\\*a\\*", 5))).toEqual([6, 7, 9, 10]);
  });

  it("keeps going after a character reference it cannot find", () => {
    // "&copy; x" -> "© x": © is not in the source, the space and x are.
    expect(Array.from(alignValue("\u00a9 x", "&copy; x", 0))).toEqual([0, 6, 7, 8]);
  });
});
