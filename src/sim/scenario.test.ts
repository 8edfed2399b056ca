// Scenario files: defaults, normalised labels, and every kind of bad input refused at its line with a hint.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseScenario } from "./scenario.ts";
import { scenarioOf } from "./test-scenarios.ts";

const BASE = `name: s
days: 91
channels:
  newsletter:
    cadence: weekly
    audience: 2000
    baseRate: 0.03
    slots: { "Tue 09:00": 1.0, "Thu 09:00": 0.85 }
    variants:
      subject: { question: 1.15, number: 1.0 }
`;

/** The problems of BASE with `edit` applied, as "line: message" plus the hint. */
function problemsOf(text: string) {
  const { scenario, problems } = parseScenario("s.yaml", text);
  expect(scenario).toBeUndefined();
  return problems;
}

function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in the text`);
  return i + 1;
}

describe("scenario files", () => {
  it("fill in defaults and normalise slot labels", () => {
    const s = scenarioOf(`name: d
days: 14
channels:
  weekly:
    cadence: weekly
    audience: 10
    baseRate: 0.1
  daily:
    cadence: daily
    audience: 10
    baseRate: 0.1
    slots: { "9:30": 1.2 }
  thrice:
    cadence: 3
    audience: 10
    baseRate: 0.1
    slots: { "mon 9:00": 1, "WED 09:00": 1, "Fri 09:00": 1 }
  spread:
    cadence: weekly
    frequency: { min: 1, max: 2 }
    audience: 10
    baseRate: 0.1
`);
    const [weekly, daily, thrice, spread] = s.channels;
    expect(weekly).toMatchObject({
      rhythm: "weekly",
      frequency: { min: 1, max: 1 },
      slots: [{ label: "Mon 09:00", weekday: 1, minute: 540, effect: 1 }],
      variants: {},
      fatigue: 0,
      costPerItem: 0,
      window: 2,
    });
    expect(daily?.slots).toEqual([{ label: "09:30", minute: 570, effect: 1.2 }]);
    const plain = scenarioOf(
      "name: x\ndays: 1\nchannels:\n  d: { cadence: daily, audience: 1, baseRate: 0.1 }\n",
    );
    expect(plain.channels[0]?.slots).toEqual([{ label: "09:00", minute: 540, effect: 1 }]);
    expect(daily?.frequency).toEqual({ min: 1, max: 1 });
    expect(thrice?.frequency).toEqual({ min: 3, max: 3 });
    expect(thrice?.slots.map((x) => x.label)).toEqual(["Mon 09:00", "Wed 09:00", "Fri 09:00"]);
    // Without slots, a weekly channel gets one at 09:00 for each item of its busiest week.
    expect(spread?.slots.map((x) => [x.label, x.effect])).toEqual([
      ["Tue 09:00", 1],
      ["Thu 09:00", 1],
    ]);
    expect(s.reviewer).toEqual({ approve: 1, edit: 0, reject: 0 });
    expect(s.events).toEqual([]);
  });

  it("refuse an unknown key with a did-you-mean", () => {
    const text = BASE.replace("    baseRate: 0.03\n", "    baseRate: 0.03\n    windw: 3\n");
    expect(problemsOf(text)).toEqual([
      {
        file: "s.yaml",
        line: lineOf(text, "windw"),
        column: 5,
        message: 'unknown property "windw" in channels.newsletter',
        hint: 'did you mean "window"?',
      },
    ]);
  });

  it("refuse a slot label that cannot be parsed", () => {
    const text = BASE.replace('"Thu 09:00"', '"Thu 25:00"');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "Thu 25:00"),
        message: expect.stringContaining('slot "Thu 25:00" is not a slot label'),
        hint: expect.stringContaining('weekday slots ("Tue 09:00")'),
      }),
    ]);
    const weekday = BASE.replace('"Thu 09:00"', '"Thr 09:00"');
    expect(problemsOf(weekday)[0]?.message).toContain('"Thr" is not a weekday');
  });

  it("refuse weekday and time-of-day labels mixed in one channel", () => {
    const text = BASE.replace('"Thu 09:00"', '"12:00"');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "slots:"),
        message: "channels.newsletter.slots mixes weekday slots and times of day",
        hint: expect.stringContaining("a channel has one rhythm"),
      }),
    ]);
  });

  it("refuse labels that do not fit the rhythm", () => {
    const daily = BASE.replace("cadence: weekly", "cadence: daily");
    expect(problemsOf(daily)).toEqual([
      expect.objectContaining({
        line: lineOf(daily, "slots:"),
        message:
          'channels.newsletter: a daily cadence needs times of day, but slot "Tue 09:00" names a weekday',
        hint: 'write "09:00" instead of "Tue 09:00", or set cadence: weekly',
      }),
    ]);
    const weekly = BASE.replace('{ "Tue 09:00": 1.0, "Thu 09:00": 0.85 }', '{ "09:00": 1.0 }');
    expect(problemsOf(weekly)[0]).toMatchObject({
      line: lineOf(weekly, "slots:"),
      message: 'channels.newsletter: a weekly cadence needs weekday slots, but "09:00" is a time of day',
    });
  });

  it("refuse an effect of 0 or less", () => {
    const text = BASE.replace("number: 1.0", "number: 0");
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "number: 0"),
        message: "channels.newsletter.variants.subject.number must be > 0",
        hint: expect.stringContaining("greater than 0"),
      }),
    ]);
    const slot = BASE.replace('"Thu 09:00": 0.85', '"Thu 09:00": -1');
    expect(problemsOf(slot)[0]?.message).toBe("channels.newsletter.slots.Thu 09:00 must be > 0");
  });

  it("refuse a frequency whose min is above its max, or on a daily channel", () => {
    const text = BASE.replace(
      "    audience: 2000\n",
      "    frequency: { min: 2, max: 1 }\n    audience: 2000\n",
    );
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "frequency"),
        message: "channels.newsletter.frequency: min 2 is more than max 1",
      }),
    ]);
    // Each item of a week needs its own slot: bounds beyond the slots are lowered to their number.
    const many = BASE.replace(
      "    audience: 2000\n",
      "    frequency: { min: 1, max: 3 }\n    audience: 2000\n",
    );
    expect(scenarioOf(many).channels[0]?.frequency).toEqual({ min: 1, max: 2 });
    const daily = `name: d
days: 7
channels:
  post: { cadence: daily, audience: 1, baseRate: 0.1, frequency: { min: 1, max: 2 } }
`;
    expect(problemsOf(daily)[0]?.message).toContain("applies to weekly rhythms only");
  });

  it("refuse reviewer shares that do not sum to 1", () => {
    const text = `${BASE}reviewer: { approve: 0.9, edit: 0.05, reject: 0.03 }\n`;
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "reviewer"),
        message: "reviewer shares sum to 0.98, not 1",
        hint: expect.stringContaining("approve + edit + reject must be 1"),
      }),
    ]);
  });

  it("refuse events on a channel, slot or variant that does not exist", () => {
    const text = `${BASE}events:
  - { day: 45, channel: newsleter, multiply: 0.6 }
  - { day: 50, channel: newsletter, slot: "Fri 09:00", multiply: 1.5 }
  - { day: 55, channel: newsletter, variant: { subjct: question }, multiply: 0.8 }
  - { day: 60, channel: newsletter, variant: { subject: urgency }, multiply: 0.8 }
`;
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "newsleter"),
        message: 'events[0]: no channel "newsleter" in this scenario',
        hint: 'did you mean "newsletter"? (channels: newsletter)',
      }),
      expect.objectContaining({
        line: lineOf(text, "Fri 09:00"),
        message: 'events[1]: channel newsletter has no slot "Fri 09:00"',
        hint: expect.stringContaining("slots of newsletter: Tue 09:00, Thu 09:00"),
      }),
      expect.objectContaining({
        line: lineOf(text, "subjct"),
        message: 'events[2]: channel newsletter has no variant dimension "subjct"',
        hint: 'did you mean "subject"? (dimensions of newsletter: subject)',
      }),
      expect.objectContaining({
        line: lineOf(text, "urgency"),
        message: `events[3]: newsletter's subject has no variant "urgency"`,
        hint: "variants of subject: question, number",
      }),
    ]);
  });

  it("refuse an event that names both a slot and a variant", () => {
    const text = `${BASE}events:
  - { day: 60, channel: newsletter, slot: "Tue 09:00", variant: { subject: number }, multiply: 0.8 }
`;
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, "day: 60"),
        message: "events.0: an event names a slot or a variant, not both",
      }),
    ]);
  });

  it("normalise an event's slot label to the channel's", () => {
    const s = scenarioOf(
      `${BASE}events:\n  - { day: 5, channel: newsletter, slot: "thu 9:00", multiply: 2 }\n`,
    );
    expect(s.events).toEqual([{ day: 5, channel: "newsletter", multiply: 2, slot: "Thu 09:00" }]);
  });

  it("refuse a channel id that is not lower-case", () => {
    const text = BASE.replace("  newsletter:", "  News Letter:");
    expect(problemsOf(text)[0]).toMatchObject({
      line: lineOf(text, "News Letter"),
      column: 3,
      message: 'channel id "News Letter" must be lower-case letters, digits and dashes',
    });
  });

  it("report malformed YAML with its position", () => {
    expect(problemsOf("name: [x\n")[0]?.message).toMatch(/^YAML: /);
  });
});

describe("docs/scenarios.md", () => {
  it("shows an example that loads, with the issue's bounds above the number of slots lowered to it", async () => {
    const doc = await readFile(new URL("../../docs/scenarios.md", import.meta.url), "utf8");
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const s = scenarioOf(example);
    expect(s.channels[0]).toMatchObject({ id: "newsletter", frequency: { min: 1, max: 2 }, window: 2 });
    expect(s.events).toHaveLength(3);
    expect(s.budget).toEqual({ weekly: 10 });
  });
});
