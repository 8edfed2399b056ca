// What validate says of blackouts a schema cannot judge: dates that do not exist, ranges that mix forms or
// run backwards, and holidays of a country or region date-holidays does not know; each at its file:line:col.
import { beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../errors.ts";
import { checkCalendar } from "./check-calendar.ts";
import { loadConfig } from "./load.ts";
import { validateSource } from "./schemas.ts";
import type { Config, Guardrails } from "./types.ts";
import { parseYaml } from "./yaml-source.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;
const FILE = "marketing/guardrails.yaml";

let example: Config;
beforeAll(async () => {
  const { config, problems } = await loadConfig(EXAMPLE);
  expect(problems).toEqual([]);
  example = config as Config;
});

/** guardrails.yaml with these blackout lines, checked by the schema first and then by checkCalendar. */
async function check(lines: string[]) {
  const text = ["version: 1", "channels:", "  blackouts:", ...lines, ""].join("\n");
  const { source } = parseYaml(FILE, text);
  if (!source) throw new Error("the test's YAML does not parse");
  expect(validateSource("guardrails", source)).toEqual([]);
  const sources = new Map(example.sources);
  sources.set("guardrails.yaml", source);
  const problems = await checkCalendar({ ...example, guardrails: source.data as Guardrails, sources });
  /** The position of `value` on the first line holding `needle` (by default the needle itself). */
  const at = (needle: string, value = needle) => {
    const all = text.split("\n");
    const line = all.findIndex((l) => l.includes(needle));
    if (line < 0) throw new Error(`${needle} not in the file`);
    const column = (all[line] as string).indexOf(value, (all[line] as string).indexOf(needle)) + 1;
    return { file: FILE, line: line + 1, column };
  };
  return { problems, at };
}

describe("blackout dates", () => {
  it("accept dated and yearly dates, a leap day, ranges of both kinds and holidays", async () => {
    const { problems } = await check([
      '    - { dates: ["2026-11-27", "12-25", "02-29"], reason: closed }',
      '    - ranges: [{ from: "08-01", to: "08-15" }, { from: "12-24", to: "01-02" }]',
      '    - ranges: [{ from: "2026-12-28", to: "2027-01-03" }, { from: "2027-05-01", to: "2027-05-01" }]',
      "    - holidays: { country: PT }",
      "    - holidays: { country: DE, region: BY }",
      "    - days: [sun]",
    ]);
    expect(problems).toEqual([]);
  });

  it("refuse a date that does not exist, at the date, with the forms that work", async () => {
    const { problems, at } = await check(['    - { dates: ["12-25", "02-30", "2026-02-29"] }']);
    const hint = 'write YYYY-MM-DD for one day ("2026-12-24") or MM-DD for the same day every year ("12-25")';
    expect(problems).toEqual<Problem[]>([
      { ...at('"02-30"'), message: '"02-30" is not a calendar date: February has at most 29 days', hint },
      {
        ...at('"2026-02-29"'),
        message: '"2026-02-29" is not a calendar date: February 2026 has 28 days',
        hint,
      },
    ]);
  });

  it("refuse a blackout that names no days", async () => {
    const { problems, at } = await check(["    - { reason: closed, channels: [blog] }"]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("{ reason"),
        message: "blackout names no days",
        hint: 'add days: [sun], dates: ["12-25"], ranges: [{ from: "08-01", to: "08-15" }] or holidays: { country: PT }',
      },
    ]);
  });
});

describe("blackout ranges", () => {
  it("refuse a dated range whose from is after its to, at from, suggesting the next year", async () => {
    const { problems, at } = await check(['    - ranges: [{ from: "2026-12-28", to: "2026-01-03" }]']);
    expect(problems).toEqual<Problem[]>([
      {
        ...at('"2026-12-28"'),
        message: "range starts on 2026-12-28, after it ends on 2026-01-03",
        hint: 'a range across New Year ends in the next year (to: "2027-01-03"); otherwise swap from and to',
      },
    ]);
  });

  it("refuse a range with a year on one end only", async () => {
    const { problems, at } = await check(['    - ranges: [{ from: "2026-08-01", to: "08-15" }]']);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("{ from"),
        message: 'range from "2026-08-01" to "08-15" has a year on one end only',
        hint: 'give both ends a year for a range that happens once, or neither for one that comes back every year ({ from: "08-01", to: "08-15" })',
      },
    ]);
  });

  it("refuse an impossible end, at that end", async () => {
    const { problems, at } = await check(['    - ranges: [{ from: "06-31", to: "07-10" }]']);
    expect(problems).toEqual<Problem[]>([
      {
        ...at('"06-31"'),
        message: '"06-31" is not a calendar date: June has at most 30 days',
        hint: 'write YYYY-MM-DD for one day ("2026-12-24") or MM-DD for the same day every year ("12-25")',
      },
    ]);
  });
});

describe("blackout holidays", () => {
  it("refuse a country date-holidays does not know, at the code", async () => {
    const { problems, at } = await check(["    - holidays: { country: XX }"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ...at("XX"), message: 'date-holidays knows no country "XX"' });
    expect(problems[0]?.hint).toMatch(
      /^use the country's ISO 3166-1 alpha-2 code, e\.g\. PT \(Portugal\), .*; date-holidays knows \d{3} countries$/,
    );
  });

  it("name the ISO code for a code people often write (UK for GB)", async () => {
    const { problems, at } = await check(["    - holidays: { country: UK }"]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("UK"),
        message: 'date-holidays knows no country "UK"',
        hint: 'did you mean "GB" (United Kingdom)? Countries go by their ISO 3166-1 alpha-2 code',
      },
    ]);
  });

  it("refuse a region the country does not have, listing the ones it has", async () => {
    const { problems, at } = await check(["    - holidays: { country: DE, region: BX }"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      ...at("BX"),
      message: 'date-holidays knows no region "BX" of Germany (DE)',
    });
    expect(problems[0]?.hint).toMatch(
      /^did you mean "B[BEWY]" \(.*\)\? regions of DE: BB \(Brandenburg\), BE \(Berlin\), /,
    );
    expect(problems[0]?.hint).toContain("BY (Bayern)");
  });

  it("say when a country has no regions at all", async () => {
    const { problems, at } = await check(["    - holidays: { country: PT, region: LIS }"]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("LIS"),
        message: 'date-holidays knows no region "LIS" of Portugal (PT)',
        hint: "date-holidays has no regions for Portugal: remove region to black out its national holidays",
      },
    ]);
  });

  it("leave a lower-case or spelt-out country to the schema, whose hint names the form", () => {
    const { source } = parseYaml(
      FILE,
      "version: 1\nchannels:\n  blackouts:\n    - holidays: { country: Portugal }\n",
    );
    const problems = validateSource("guardrails", source as NonNullable<typeof source>);
    expect(problems).toEqual<Problem[]>([
      {
        file: FILE,
        line: 4,
        column: "    - holidays: { country: ".length + 1,
        message: 'channels.blackouts.0.holidays.country must match pattern "^[A-Z]{2}$"',
        hint: "ISO 3166-1 alpha-2 country code in capitals, e.g. PT, DE, US or GB (not UK). `loopcast validate` refuses one date-holidays does not know.",
      },
    ]);
  });
});
