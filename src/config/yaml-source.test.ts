// A YAML file that cannot be turned into data is a problem at file:line, never an unexpected error.
import { describe, expect, it } from "vitest";
import { parseYaml } from "./yaml-source.ts";

describe("parseYaml", () => {
  it("reports an alias bomb at the alias that multiplies, instead of throwing", () => {
    const text = [
      "version: 1",
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "",
    ].join("\n");
    const { source, problems } = parseYaml("marketing/guardrails.yaml", text);
    expect(source).toBeUndefined();
    expect(problems).toEqual([
      {
        file: "marketing/guardrails.yaml",
        line: 4,
        column: 8,
        message: "YAML: aliases here expand to more than 100 copies; the file is not read (an alias bomb?)",
        hint: "write the values out, or use fewer aliases (*name) of anchors (&name) that themselves hold aliases",
      },
    ]);
  });

  it("still reads a file with a few aliases", () => {
    const { source, problems } = parseYaml("f.yaml", "a: &a [1, 2]\nb: *a\n");
    expect(problems).toEqual([]);
    expect(source?.data).toEqual({ a: [1, 2], b: [1, 2] });
  });
});
