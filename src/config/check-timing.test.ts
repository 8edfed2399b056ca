// A review window that ends at or after the slot is valid but makes every auto-merged item late: validate
// warns, with the place in the file and a lead time that works.
import { beforeAll, describe, expect, it } from "vitest";
import { checkTiming } from "./check-timing.ts";
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
    "level: L4",
    'cadence: "0 9 * * *"',
    "format: post",
    "pillars: [guardrails]",
    ...lines,
    "",
  ].join("\n");
  const { source } = parseYaml("marketing/workflows/social.yaml", text);
  if (!source) throw new Error("does not parse");
  const sources = new Map([...example.sources].filter(([k]) => !k.startsWith("workflows/")));
  sources.set("workflows/social.yaml", source);
  return checkTiming({ ...example, workflows: [source.data as Workflow], sources });
}

describe("checkTiming", () => {
  it("says nothing when the review window ends before the slot (the example, and 48h/24h)", () => {
    expect(checkTiming(example)).toEqual([]);
    expect(check(["leadTime: 48h", "reviewWindow: 24h"])).toEqual([]);
    expect(check(["leadTime: 25h"])).toEqual([]);
  });

  it("warns at the review window when it is as long as the lead time, the defaults included", () => {
    expect(check(["leadTime: 24h", "reviewWindow: 24h"])).toEqual([
      {
        file: "marketing/workflows/social.yaml",
        line: 9,
        column: 15,
        message:
          "at L4 the review window (24h) ends at the slot: items are proposed 24h before their slot, so every auto-merged item goes out late",
        hint: "make leadTime longer than reviewWindow, e.g. leadTime: 48h with reviewWindow: 24h",
      },
    ]);
    expect(check([])).toHaveLength(1); // 24h and 24h by default
  });

  it("says when the item cannot go out at all: the window ends past publishWithin", () => {
    const [w] = check(["leadTime: 12h", "reviewWindow: 3d", "publishWithin: 6h"]);
    expect(w?.message).toBe(
      "at L4 the review window (3d) ends 60h after the slot: items are proposed 12h before their slot, so every auto-merged item goes out late, and past publishWithin (6h) not at all",
    );
    expect(w?.line).toBe(9);
  });
});
