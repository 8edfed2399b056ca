// The bounds that keep a run finite: a cadence faster than every 30 minutes, and a lead time or review
// window beyond 60 days, are refused with their place in the file and a fix.
import { beforeAll, describe, expect, it } from "vitest";
import { checkLimits } from "./check-limits.ts";
import { loadConfig } from "./load.ts";
import type { Config, Workflow } from "./types.ts";
import { parseYaml } from "./yaml-source.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;
let example: Config;
beforeAll(async () => {
  const { config, problems } = await loadConfig(EXAMPLE);
  expect(problems).toEqual([]);
  example = config as Config;
});

function check(lines: string[]) {
  const text = [
    "id: social",
    "name: Social post",
    "channel: mastodon",
    "level: L3",
    "format: post",
    "pillars: [guardrails]",
    ...lines,
    "",
  ].join("\n");
  const { source } = parseYaml("marketing/workflows/social.yaml", text);
  if (!source) throw new Error("does not parse");
  const sources = new Map([...example.sources].filter(([k]) => !k.startsWith("workflows/")));
  sources.set("workflows/social.yaml", source);
  return checkLimits({ ...example, workflows: [source.data as Workflow], sources });
}

describe("checkLimits", () => {
  it("accepts the example and cadences down to every 30 minutes", () => {
    expect(checkLimits(example)).toEqual([]);
    expect(check(['cadence: "*/30 * * * *"', "leadTime: 60d", "reviewWindow: 24h"])).toEqual([]);
  });

  it("refuses a cadence that fires more often than every 30 minutes, at the cadence", () => {
    expect(check(['cadence: "* * * * *"'])).toEqual([
      {
        file: "marketing/workflows/social.yaml",
        line: 7,
        column: 10,
        message: 'cadence "* * * * *" fires more often than every 30 minutes',
        hint: 'one workflow publishes at most one item every 30 minutes; use e.g. "0 9 * * *" (daily at 09:00) or "0 */2 * * *" (every two hours)',
      },
    ]);
    expect(check(['cadence: "0,15 9 * * 1"']).map((p) => p.line)).toEqual([7]);
  });

  it("refuses a lead time or review window beyond 60 days", () => {
    const problems = check(['cadence: "0 9 * * *"', "leadTime: 99999999d", "reviewWindow: 61d"]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [8, "leadTime 99999999d is longer than 60 days"],
      [9, "reviewWindow 61d is longer than 60 days"],
    ]);
  });
});
