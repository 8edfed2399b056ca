// Cron expressions in a person's words: the field, the value as written, what the field allows and where
// it is in the file. Validity itself is cron-parser's (the planner reads cadences with it).
import { describe, expect, it } from "vitest";
import { checkReferences } from "./check-references.ts";
import { cronProblem, positionInValue } from "./cron.ts";
import { loadConfig } from "./load.ts";
import type { Config, Workflow } from "./types.ts";
import { parseYaml } from "./yaml-source.ts";

describe("cronProblem", () => {
  it("accepts what the planner accepts", () => {
    for (const ok of [
      "0 9 * * 2",
      "30 12 * * 1-5",
      "0 8 * * MON,THU",
      "*/15 8-17 * JAN-MAR SAT",
      "0 8 L * *",
    ])
      expect(cronProblem(ok), ok).toBeUndefined();
  });

  it("names the day-of-week field, the value, the allowed values and the nearest spelling (0 8 * * MONN)", () => {
    expect(cronProblem("0 8 * * MONN")).toEqual({
      message: 'day of week "MONN" is not valid; allowed: 0-7 or SUN-SAT (0 and 7 are Sunday)',
      hint: expect.stringMatching(/^did you mean MON\? write e\.g\. MON-FRI/),
      offset: 8,
    });
  });

  it("points at the entry of a list or the name in a range that is wrong", () => {
    expect(cronProblem("0 8 * * MON,TUEE")).toMatchObject({
      message: expect.stringMatching(/^day of week "TUEE" is not valid/),
      hint: expect.stringMatching(/^did you mean TUE\?/),
      offset: 12,
    });
    expect(cronProblem("0 8 * * MONN-FRI")?.hint).toMatch(/^did you mean MON-FRI\?/);
    expect(cronProblem("0 8 * JANN *")).toMatchObject({
      message: 'month "JANN" is not valid; allowed: 1-12 or JAN-DEC',
      hint: expect.stringMatching(/^did you mean JAN\?/),
      offset: 6,
    });
  });

  it("says which field is out of range, runs backwards or has an empty entry", () => {
    expect(cronProblem("61 8 * * *")).toMatchObject({
      message: 'minute "61" is out of range; allowed: 0-59',
      offset: 0,
    });
    expect(cronProblem("0 25 * * *")).toMatchObject({
      message: 'hour "25" is out of range; allowed: 0-23',
      offset: 2,
    });
    expect(cronProblem("0 8 32 * *")?.message).toMatch(/^day of month "32" is out of range; allowed: 1-31/);
    expect(cronProblem("0 8 * * FRI-MON")?.message).toMatch(
      /^day of week "FRI-MON" is a range that runs backwards/,
    );
    expect(cronProblem("0 8 * * 1,,2")?.message).toMatch(/^day of week "1,,2" has an empty entry/);
    expect(cronProblem("0 8 * * */0")?.message).toMatch(/repeats every 0/);
  });

  it("counts the fields, and names a day that never comes", () => {
    expect(cronProblem("0 0 8 * * MON")).toMatchObject({
      message: "it has 6 field(s); a cron expression has 5: minute hour day-of-month month day-of-week",
      hint: expect.stringMatching(/^remove the seconds field/),
    });
    expect(cronProblem("0 8 * *")?.message).toMatch(/^it has 4 field\(s\)/);
    expect(cronProblem("0 8 30 2 *")).toMatchObject({
      message: 'day of month "30" never comes in month "2"',
      offset: 4,
    });
  });
});

describe("positionInValue", () => {
  it("finds a part of a quoted or a plain value on its line", () => {
    const text = 'id: a\ncadence: "0 8 * * MONN" # Mondays\nother: 0 8 * * MONN\n';
    const { source } = parseYaml("w.yaml", text);
    if (!source) throw new Error("does not parse");
    // Columns are 1-based: `cadence: "` is 10 characters, so the value's first character is column 11.
    expect(positionInValue(source, ["cadence"], 8)).toEqual({ line: 2, column: 19 });
    expect(text.split("\n")[1]?.slice(18, 22)).toBe("MONN");
    expect(positionInValue(source, ["other"], 8)).toEqual({ line: 3, column: 16 });
    expect(text.split("\n")[2]?.slice(15, 19)).toBe("MONN");
  });
});

describe("validate's cadence check", () => {
  it("reports `0 8 * * MONN` at the file, line and column of MONN, with the field and what it allows", async () => {
    const { config, problems } = await loadConfig(new URL("../../marketing", import.meta.url).pathname);
    expect(problems).toEqual([]);
    const example = config as Config;
    const file = "workflows/weekly-newsletter.yaml";
    const text =
      'id: weekly-newsletter\nname: N\nchannel: newsletter\nlevel: L3\ncadence: "0 8 * * MONN"\nformat: email\npillars: [guardrails]\n';
    const { source } = parseYaml(`marketing/${file}`, text);
    if (!source) throw new Error("does not parse");
    const sources = new Map(example.sources).set(file, source);
    const workflows = example.workflows.map((w) =>
      w.id === "weekly-newsletter" ? (source.data as Workflow) : w,
    );
    const found = checkReferences({ ...example, sources, workflows }).filter((p) =>
      /cadence/.test(p.message),
    );
    expect(found).toEqual([
      {
        file: `marketing/${file}`,
        line: 5,
        column: 19,
        message:
          'invalid cadence "0 8 * * MONN": day of week "MONN" is not valid; allowed: 0-7 or SUN-SAT (0 and 7 are Sunday)',
        hint: expect.stringMatching(/^did you mean MON\?/),
      },
    ]);
  });
});
