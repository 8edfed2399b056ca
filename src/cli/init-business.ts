// The business `loopcast init --business …` writes a starter configuration for, read from the flags and
// checked before anything is written: a real IANA time zone, channels the starter knows, a web address.
// Each refusal names the flag, the value and what to write instead.
import { closest } from "../core/closest.ts";
import { UsageError } from "../errors.ts";
import type { Parsed } from "./command.ts";

/** The channels a starter can set up: the id it gets in strategy.yaml, and the kind of channel it is. */
export const STARTER_CHANNELS = {
  blog: { type: "blog", also: [] },
  newsletter: { type: "email", also: ["email"] },
  mailchimp: { type: "mailchimp", also: [] },
  mastodon: { type: "mastodon", also: [] },
  bluesky: { type: "bluesky", also: ["bsky"] },
  webhook: { type: "webhook", also: [] },
} as const satisfies Record<string, { type: string; also: readonly string[] }>;

export type StarterChannel = keyof typeof STARTER_CHANNELS;

/** Levels a starter may begin at: anything above L3 is earned, never configured on day one. */
export const STARTER_LEVELS = ["L0", "L1", "L2", "L3"] as const;
export type StarterLevel = (typeof STARTER_LEVELS)[number];

export interface Business {
  name: string;
  /** Canonical IANA name, e.g. Europe/Lisbon. */
  timezone: string;
  /** In the order the starter writes them (blog, newsletter, mailchimp, mastodon, bluesky, webhook), each once. */
  channels: StarterChannel[];
  /** Home page; undefined when not given (the starter writes a placeholder and says so). */
  url?: string;
  audience?: string;
  description?: string;
  level: StarterLevel;
}

/** The flags that describe a business; any of them without --business is a mistake worth naming. */
export const BUSINESS_FLAGS = ["timezone", "channels", "url", "audience", "description", "level"] as const;

export const DEFAULT_CHANNELS = "blog";

/** Reads the business from init's flags; undefined when --business is absent (init then writes only the workflow). */
export function businessFromFlags(values: Parsed["values"], machineZone = localZone()): Business | undefined {
  const given = (flag: string) => (values[flag] === undefined ? undefined : String(values[flag]));
  const name = given("business");
  if (name === undefined) {
    const stray = BUSINESS_FLAGS.filter((f) => given(f) !== undefined);
    if (stray.length)
      throw new UsageError(
        `${stray.map((f) => `--${f}`).join(", ")} describe the business of a starter configuration; add --business NAME, e.g. --business "Rosa's Bakery"`,
      );
    return undefined;
  }
  const zone = given("timezone");
  if (zone === undefined)
    throw new UsageError(
      `--timezone is needed with --business: the IANA time zone your posting times are meant in, e.g. --timezone ${machineZone && machineZone !== "UTC" ? `${machineZone} (this machine's)` : "Europe/Lisbon"}`,
    );
  const url = given("url");
  const audience = given("audience");
  const description = given("description");
  return {
    name: oneLine("business", name),
    timezone: timeZone(zone),
    channels: channels(given("channels") ?? DEFAULT_CHANNELS),
    ...(url !== undefined ? { url: webAddress(url) } : {}),
    ...(audience !== undefined ? { audience: oneLine("audience", audience) } : {}),
    ...(description !== undefined ? { description: oneLine("description", description) } : {}),
    level: level(given("level") ?? "L3"),
  };
}

function oneLine(flag: string, value: string): string {
  const text = value.trim();
  if (!text) throw new UsageError(`--${flag} is empty; write some words, e.g. --${flag} "…"`);
  if (/[\r\n]/.test(text)) throw new UsageError(`--${flag} must be one line; remove the line breaks`);
  if (text.length > 300)
    throw new UsageError(
      `--${flag} is ${text.length} characters long; keep it under 300 (edit the file later)`,
    );
  return text;
}

/** A canonical IANA zone name, or a refusal that suggests one ("Lisbon", "europe/lisbn" → Europe/Lisbon). */
export function timeZone(value: string): string {
  const text = value.trim();
  const known = Intl.supportedValuesOf("timeZone");
  if (!/^[+-]\d/.test(text)) {
    try {
      const canonical = new Intl.DateTimeFormat("en", { timeZone: text }).resolvedOptions().timeZone;
      if (canonical === "UTC" || canonical.includes("/")) return canonical;
    } catch {
      // not a zone: suggest one below
    }
  }
  const city = text.replace(/\s+/g, "_").toLowerCase();
  const byCity = known.filter((z) => z.toLowerCase().split("/").at(-1) === city);
  const near = byCity.length === 1 ? byCity[0] : closest(text, known);
  throw new UsageError(
    `--timezone "${value}" is not an IANA time zone name${near ? `; did you mean ${near}?` : "."} Write Area/City, e.g. Europe/Lisbon or America/New_York (an offset such as +01:00 would not follow summer time)`,
  );
}

/** `blog,newsletter` → the starter's channels, each once and in the starter's order. */
export function channels(value: string): StarterChannel[] {
  const names = Object.keys(STARTER_CHANNELS) as StarterChannel[];
  const words = value
    .split(/[,\s]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (!words.length)
    throw new UsageError(
      `--channels is empty; name one or more of ${names.join(", ")}, e.g. --channels blog`,
    );
  const chosen = new Set<StarterChannel>();
  for (const word of words) {
    const found = names.find(
      (n) => n === word || (STARTER_CHANNELS[n].also as readonly string[]).includes(word),
    );
    if (!found) {
      const near = closest(word, names);
      throw new UsageError(
        `--channels: unknown channel "${word}"${near ? `; did you mean ${near}?` : "."} A starter knows ${names.join(", ")} (newsletter is email); separate them with commas, e.g. --channels blog,newsletter`,
      );
    }
    chosen.add(found);
  }
  return names.filter((n) => chosen.has(n));
}

function webAddress(value: string): string {
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes("."))
    return text.replace(/\/+$/, "");
  const guess = /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(text) ? `; did you mean https://${text}?` : ".";
  throw new UsageError(
    `--url "${value}" is not a web address${guess} Write the home page with https://, e.g. https://rosasbakery.pt`,
  );
}

function level(value: string): StarterLevel {
  const text = value.trim().toUpperCase();
  if ((STARTER_LEVELS as readonly string[]).includes(text)) return text as StarterLevel;
  if (text === "L4" || text === "L5")
    throw new UsageError(
      `--level ${text}: a starter begins at L3 at most. Higher levels are earned: Loopcast proposes the promotion when a workflow's track record is there (README, "The autonomy ladder")`,
    );
  throw new UsageError(
    `--level "${value}" is not a starting level; write L0 (nothing written), L1 (drafts on request), L2 (items people write) or L3 (every item proposed for a person's merge; the default)`,
  );
}

function localZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
