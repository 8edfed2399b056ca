// From a schema-valid scenario to the market's truth: defaults filled in, slot labels normalised, and the
// rules the schema cannot say checked, each refused at its place in the file with a hint.
import { labelRhythm, parseSlotLabel, type SlotLabel } from "../adapt/slot-label.ts";
import { closest } from "../config/schemas.ts";
import type { YamlSource } from "../config/yaml-source.ts";
import type { Problem } from "../errors.ts";
import type { Channel, Scenario } from "../schema-types/scenario.generated.ts";
import type { ChannelTruth, EventTruth, ScenarioModel, SlotTruth } from "./model.ts";

/**
 * The slots a channel gets when it lists none, all with effect 1: a daily channel "09:00"; a weekly one a
 * slot at 09:00 for each item of its busiest week, spread over the week ("Mon 09:00" for one item).
 */
export function defaultSlots(rhythm: "daily" | "weekly", itemsPerWeek: number): string[] {
  if (rhythm === "daily") return ["09:00"];
  const days = SPREAD[Math.min(itemsPerWeek, 7) - 1] ?? SPREAD[0];
  return (days ?? []).map((d) => `${d} 09:00`);
}
const SPREAD = [
  ["Mon"],
  ["Tue", "Thu"],
  ["Mon", "Wed", "Fri"],
  ["Mon", "Tue", "Thu", "Fri"],
  ["Mon", "Tue", "Wed", "Thu", "Fri"],
  ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
];
export const DEFAULT_WINDOW = 2;
const CHANNEL_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const LABEL_HINT = 'a weekly rhythm takes weekday slots ("Tue 09:00"), a daily one times of day ("12:00")';

export function buildModel(
  data: Scenario,
  source: YamlSource,
): { scenario?: ScenarioModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (path: Array<string | number>, message: string, hint?: string, key?: string) => {
    const pos = key === undefined ? source.position(path) : source.keyPosition(path, key);
    problems.push({ file: source.file, ...pos, message, ...(hint ? { hint } : {}) });
  };

  const channels: ChannelTruth[] = [];
  for (const [id, ch] of Object.entries(data.channels)) {
    if (!CHANNEL_ID.test(id))
      at(
        ["channels"],
        `channel id "${id}" must be lower-case letters, digits and dashes`,
        "rename it, e.g. newsletter or daily-post",
        id,
      );
    const channel = buildChannel(id, ch, at);
    if (channel) channels.push(channel);
  }

  const events: EventTruth[] = [];
  const declared = Object.keys(data.channels);
  (data.events ?? []).forEach((e, i) => {
    // An event on a channel with problems of its own is checked once those are fixed.
    if (declared.includes(e.channel) && !channels.some((c) => c.id === e.channel)) return;
    const event = buildEvent(e, i, channels, declared, at);
    if (event) events.push(event);
  });

  const reviewer = { approve: 0, edit: 0, reject: 0, ...data.reviewer };
  if (!data.reviewer) reviewer.approve = 1;
  const sum = reviewer.approve + reviewer.edit + reviewer.reject;
  if (Math.abs(sum - 1) > 1e-9)
    at(
      ["reviewer"],
      `reviewer shares sum to ${round(sum)}, not 1`,
      "approve + edit + reject must be 1, e.g. { approve: 0.92, edit: 0.05, reject: 0.03 }",
    );

  if (problems.length) return { problems };
  return {
    scenario: {
      name: data.name,
      days: data.days,
      channels,
      events,
      reviewer,
      ...(data.budget ? { budget: { ...data.budget } } : {}),
    },
    problems,
  };
}

type At = (path: Array<string | number>, message: string, hint?: string, key?: string) => void;

function buildChannel(id: string, ch: Channel, at: At): ChannelTruth | undefined {
  const where = ["channels", id];
  const rhythm = ch.cadence === "daily" ? "daily" : "weekly";
  const perWeek = typeof ch.cadence === "number" ? ch.cadence : undefined;
  let ok = true;
  const fail: At = (...args) => {
    ok = false;
    at(...args);
  };

  const written =
    ch.slots ??
    Object.fromEntries(defaultSlots(rhythm, ch.frequency?.max ?? perWeek ?? 1).map((label) => [label, 1]));
  const slots: Array<SlotLabel & { effect: number }> = [];
  for (const [text, effect] of Object.entries(written)) {
    const parsed = parseSlotLabel(text);
    if ("error" in parsed) {
      fail([...where, "slots"], parsed.error, LABEL_HINT, text);
      continue;
    }
    const twin = slots.find((s) => s.label === parsed.label);
    if (twin) {
      fail(
        [...where, "slots"],
        `slot "${text}" is the same slot as "${twin.label}"`,
        "list each slot once",
        text,
      );
      continue;
    }
    slots.push({ ...parsed, effect });
  }
  if (slots.length && ok) {
    const found = labelRhythm(slots);
    if (found === "mixed") {
      fail(
        [...where, "slots"],
        `channels.${id}.slots mixes weekday slots and times of day`,
        `${LABEL_HINT}; a channel has one rhythm`,
      );
    } else if (found !== rhythm) {
      const first = slots[0] as SlotLabel;
      const time = first.label.slice(-5);
      fail(
        [...where, "slots"],
        rhythm === "daily"
          ? `channels.${id}: a daily cadence needs times of day, but slot "${first.label}" names a weekday`
          : `channels.${id}: a ${perWeek ? `cadence of ${perWeek} a week` : "weekly cadence"} needs weekday slots, but "${first.label}" is a time of day`,
        rhythm === "daily"
          ? `write "${time}" instead of "${first.label}", or set cadence: weekly`
          : `write a weekday and the time ("Tue ${time}"), or set cadence: daily`,
        Object.keys(written)[0],
      );
    }
  }

  let frequency = { min: perWeek ?? 1, max: perWeek ?? 1 };
  if (ch.frequency) {
    const { min, max } = ch.frequency;
    if (rhythm === "daily") {
      fail(
        [...where, "frequency"],
        `channels.${id}.frequency applies to weekly rhythms only: a daily channel sends one item a day`,
        "remove frequency, or set cadence: weekly with weekday slots",
      );
    } else if (min > max) {
      fail(
        [...where, "frequency"],
        `channels.${id}.frequency: min ${min} is more than max ${max}`,
        "min is the fewest items a week, max the most: make min ≤ max",
      );
    } else if (perWeek !== undefined && (perWeek < min || perWeek > max)) {
      fail(
        [...where, "cadence"],
        `channels.${id}.cadence: ${perWeek} a week lies outside frequency ${min}–${max}`,
        "with frequency, the cadence's number must lie between min and max (or write cadence: weekly)",
      );
    }
    frequency = { min, max };
  }
  // Each item of a week goes to its own slot: bounds above the number of slots are lowered to it.
  if (rhythm === "weekly")
    frequency = { min: Math.min(frequency.min, slots.length), max: Math.min(frequency.max, slots.length) };

  if (!ok) return undefined;
  return {
    id,
    rhythm,
    frequency,
    audience: ch.audience,
    baseRate: ch.baseRate,
    slots: slots.map(
      (s): SlotTruth => ({
        label: s.label,
        ...(s.weekday === undefined ? {} : { weekday: s.weekday }),
        minute: s.hour * 60 + s.minute,
        effect: s.effect,
      }),
    ),
    variants: ch.variants ?? {},
    fatigue: ch.fatigue ?? 0,
    costPerItem: ch.costPerItem ?? 0,
    window: ch.window ?? DEFAULT_WINDOW,
  };
}

function buildEvent(
  e: NonNullable<Scenario["events"]>[number],
  i: number,
  channels: ChannelTruth[],
  declared: string[],
  at: At,
): EventTruth | undefined {
  const where = ["events", i];
  const channel = channels.find((c) => c.id === e.channel);
  if (!channel) {
    at(
      [...where, "channel"],
      `events[${i}]: no channel "${e.channel}" in this scenario`,
      nameHint("channels", e.channel, declared),
    );
    return undefined;
  }
  const event: EventTruth = { day: e.day, channel: e.channel, multiply: e.multiply };
  const labels = channel.slots.map((s) => s.label);
  if (e.slot !== undefined) {
    const parsed = parseSlotLabel(e.slot);
    if ("error" in parsed) {
      at([...where, "slot"], `events[${i}]: ${parsed.error}`, `slots of ${channel.id}: ${labels.join(", ")}`);
      return undefined;
    }
    if (!labels.includes(parsed.label)) {
      at(
        [...where, "slot"],
        `events[${i}]: channel ${channel.id} has no slot "${e.slot}"`,
        nameHint(`slots of ${channel.id}`, parsed.label, labels),
      );
      return undefined;
    }
    event.slot = parsed.label;
  }
  if (e.variant) {
    const [dimension, name] = Object.entries(e.variant)[0] ?? ["", ""];
    const names = channel.variants[dimension];
    if (!names) {
      at(
        [...where, "variant"],
        `events[${i}]: channel ${channel.id} has no variant dimension "${dimension}"`,
        nameHint(`dimensions of ${channel.id}`, dimension, Object.keys(channel.variants)),
      );
      return undefined;
    }
    if (!(name in names)) {
      at(
        [...where, "variant", dimension],
        `events[${i}]: ${channel.id}'s ${dimension} has no variant "${name}"`,
        nameHint(`variants of ${dimension}`, name, Object.keys(names)),
      );
      return undefined;
    }
    event.variant = { dimension, name };
  }
  return event;
}

/** A did-you-mean hint, or the list of what exists. */
function nameHint(what: string, name: string, known: readonly string[]): string {
  const near = closest(name, known);
  const all = `${what}: ${known.join(", ") || "none"}`;
  return near ? `did you mean "${near}"? (${all})` : all;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
