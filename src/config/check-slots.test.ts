// A workflow's slots and frequency against its cadence and the blackouts: the example configuration,
// loaded once, with one workflow written here in its place. Each workflow is first checked against the
// schema, so what these tests feed checkSlots is what could reach it through `loopcast validate`.
import { beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../errors.ts";
import { checkSlots } from "./check-slots.ts";
import { loadConfig } from "./load.ts";
import { validateSource } from "./schemas.ts";
import type { Config, Guardrails, Workflow } from "./types.ts";
import { parseYaml } from "./yaml-source.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;
const FILE = "marketing/workflows/social.yaml";

let example: Config;
beforeAll(async () => {
  const { config, problems } = await loadConfig(EXAMPLE);
  expect(problems).toEqual([]);
  example = config as Config;
});

/** A workflow on mastodon with `lines` added, checked against the example (its blackout: Sundays). */
function check(lines: string[], opts: { cadence?: string; guardrails?: (g: Guardrails) => Guardrails } = {}) {
  const text = [
    "id: social",
    "name: Social post",
    "channel: mastodon",
    "level: L3",
    `cadence: "${opts.cadence ?? "30 12 * * 1-5"}"`,
    "format: post",
    "pillars: [guardrails]",
    ...lines,
    "",
  ].join("\n");
  const { source } = parseYaml(FILE, text);
  if (!source) throw new Error("the test's YAML does not parse");
  expect(validateSource("workflow", source)).toEqual([]);
  const sources = new Map(example.sources);
  for (const key of sources.keys()) if (key.startsWith("workflows/")) sources.delete(key);
  sources.set("workflows/social.yaml", source);
  const guardrails = opts.guardrails ? opts.guardrails(example.guardrails) : example.guardrails;
  const problems = checkSlots({ ...example, guardrails, workflows: [source.data as Workflow], sources });
  /** The position of `value` on the first line holding `needle` (by default the needle itself). */
  const at = (needle: string, value = needle) => {
    const all = text.split("\n");
    const line = all.findIndex((l) => l.includes(needle));
    if (line < 0) throw new Error(`${needle} not in the workflow`);
    const column = (all[line] as string).indexOf(value, (all[line] as string).indexOf(needle)) + 1;
    return { file: FILE, line: line + 1, column };
  };
  return { problems, at };
}

const onlySundays = (g: Guardrails): Guardrails => ({
  ...g,
  channels: { ...g.channels, blackouts: [{ days: ["sun"], reason: "no marketing on Sundays" }] },
});

describe("slot labels", () => {
  it("refuse a weekday that does not exist, at the label, with parseSlotLabel's message", () => {
    const { problems, at } = check(["slots:", '  - "Tue 09:00"', '  - "Tux 09:00"']);
    expect(problems).toEqual<Problem[]>([
      {
        ...at('"Tux 09:00"'),
        message: 'slot "Tux 09:00": "Tux" is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat or Sun',
        hint: 'slots are a weekday and a time ("Tue 09:00") or a time of day ("12:30")',
      },
    ]);
  });

  it("accept weekdays in any case and hours with one digit", () => {
    expect(check(["slots:", '  - "tue 9:00"', '  - "THU 17:30"']).problems).toEqual([]);
  });

  it("refuse weekday and time-of-day labels in one list, at the first label of the other form", () => {
    const { problems, at } = check(["slots:", '  - "Tue 09:00"', '  - "Thu 09:00"', '  - "12:30"']);
    expect(problems).toEqual<Problem[]>([
      {
        ...at('"12:30"'),
        message:
          'slot "12:30" is a time of day, but "Tue 09:00" names a weekday: slots are all one or all the other',
        hint: 'for a weekly rhythm write a weekday on every slot ("Tue 12:30"); for a daily one, none ("12:30")',
      },
    ]);
    expect(check(["slots:", '  - "09:00"', '  - "12:30"']).problems).toEqual([]);
  });

  it("refuse a label that repeats another once both are normalised, at the repeat", () => {
    // The schema's uniqueItems catches the same text twice; this is the same slot written two ways.
    const { problems, at } = check(["slots:", '  - "Tue 09:00"', '  - "Wed 09:00"', '  - "tue 9:00"']);
    expect(problems).toEqual<Problem[]>([
      {
        ...at('"tue 9:00"'),
        message: 'slot "tue 9:00" repeats "Tue 09:00" (both are Tue 09:00)',
        hint: "each slot may appear once; remove one of them",
      },
    ]);
    expect(check(["slots:", '  - "Tue 09:00"', '  - "Tue 10:00"']).problems).toEqual([]);
  });
});

describe("frequency", () => {
  const threeSlots = ["slots:", '  - "Mon 09:00"', '  - "Wed 09:00"', '  - "Fri 09:00"'];

  it("refuses min above max, at min", () => {
    const { problems, at } = check([...threeSlots, "frequency:", "  min: 3", "  max: 2"]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("min: 3", "3"),
        message: "frequency.min 3 is above frequency.max 2",
        hint: "min is the fewest items a week and max the most: lower min or raise max",
      },
    ]);
    expect(check([...threeSlots, "frequency:", "  min: 3", "  max: 3"]).problems).toEqual([]);
  });

  it("needs at least max weekday slots", () => {
    const { problems, at } = check([...threeSlots, "frequency:", "  min: 1", "  max: 4"]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("max: 4", "4"),
        message: "frequency.max is 4 but only 3 weekday slot(s) are listed",
        hint: "add slots until there are at least 4, or lower frequency.max to 3",
      },
    ]);
  });

  it("without slots, needs a cadence that fires at least max times every week", () => {
    const weekly = check(["frequency: { min: 1, max: 2 }"], { cadence: "0 9 * * 2" });
    expect(weekly.problems).toEqual<Problem[]>([
      {
        ...weekly.at("max: 2", "2"),
        message: 'frequency.max is 2 but cadence "0 9 * * 2" fires 1 time(s) in a week',
        hint: 'list at least 2 weekday slots under slots: ("Mon 09:00", "Wed 09:00", …), make the cadence fire at least 2 times every week, or lower frequency.max to 1',
      },
    ]);
    // Weekdays at 12:30 fire five times a week; the first of the month fires in some weeks only.
    expect(check(["frequency: { min: 2, max: 5 }"]).problems).toEqual([]);
    const monthly = check(["frequency: { min: 1, max: 1 }"], { cadence: "0 9 1 * *" });
    expect(monthly.problems.map((p) => p.message)).toEqual([
      'frequency.max is 1 but cadence "0 9 1 * *" fires as few as 0 time(s) in a week',
    ]);
  });

  it("does not apply to time-of-day slots, and says what to write instead", () => {
    const { problems, at } = check(["slots: ['12:30']", "frequency:", "  min: 1", "  max: 2"]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("min: 1"),
        message:
          "frequency does not apply to time-of-day slots: a daily rhythm has one item on each day the cadence fires",
        hint: 'remove frequency:, or write each slot with a weekday ("Tue 12:30") for a weekly rhythm of up to 2 items',
      },
    ]);
  });
});

describe("time-of-day slots", () => {
  it("refuse a cadence that fires more than once a day, at the cadence", () => {
    const { problems, at } = check(["slots: ['09:00', '17:00']"], { cadence: "0 9,17 * * 1-5" });
    expect(problems).toEqual<Problem[]>([
      {
        ...at('"0 9,17'),
        message:
          'cadence "0 9,17 * * 1-5" fires more than once a day (on Mon), but time-of-day slots give each day one item',
        hint: expect.stringMatching(
          /^a daily rhythm has one item per day, .* with frequency: for several items a day$/,
        ),
      },
    ]);
  });

  it("accept a cadence that fires at most once a day, whatever its times", () => {
    expect(check(["slots: ['09:00', '17:00']"], { cadence: "0 8 * * 1,3,5" }).problems).toEqual([]);
  });
});

describe("slots and blackouts", () => {
  it("refuse weekday slots that all fall on blackout days, at slots", () => {
    const { problems, at } = check(["slots:", '  - "Sun 10:00"', '  - "Sat 10:00"'], {
      guardrails: (g) => ({
        ...g,
        channels: { ...g.channels, blackouts: [{ days: ["sun"], reason: "rest" }, { days: ["sat"] }] },
      }),
    });
    expect(problems).toEqual<Problem[]>([
      {
        ...at('- "Sun 10:00"'),
        message: 'every slot of "social" is inside a blackout; nothing could be published',
        hint: "Sun 10:00 falls on a blackout day (rest), Sat 10:00 falls on a blackout day in guardrails.yaml channels.blackouts: add a slot on another day, or limit the blackout to other channels with channels:",
      },
    ]);
  });

  it("accept weekday slots of which one is free, or whose blackouts are for other channels", () => {
    expect(check(["slots: ['Sun 10:00', 'Mon 10:00']"], { guardrails: onlySundays }).problems).toEqual([]);
    const elsewhere = (g: Guardrails): Guardrails => ({
      ...g,
      channels: {
        ...g.channels,
        blackouts: [{ days: ["sun"], channels: ["blog"] }, { dates: ["2026-01-04"] }],
      },
    });
    expect(check(["slots: ['Sun 10:00']"], { guardrails: elsewhere }).problems).toEqual([]);
  });

  it("refuse time-of-day slots when every day the cadence fires is blacked out", () => {
    const { problems, at } = check(["slots: ['10:00', '18:00']"], {
      cadence: "0 8 * * 0",
      guardrails: onlySundays,
    });
    expect(problems).toEqual<Problem[]>([
      {
        ...at("['10:00'"),
        message: 'every slot of "social" is inside a blackout; nothing could be published',
        hint: "the cadence decides the days and fires only on sun (no marketing on Sundays), each a blackout day in guardrails.yaml channels.blackouts: let the cadence fire on other days, or limit the blackout to other channels with channels:",
      },
    ]);
    // The same slots on a cadence that also fires on Mondays keep the Mondays.
    const mondays = check(["slots: ['10:00', '18:00']"], { cadence: "0 8 * * 0,1", guardrails: onlySundays });
    expect(mondays.problems).toEqual([]);
  });
});
