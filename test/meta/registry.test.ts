// Adding a channel means adding a folder and a registry line; these must stay in step.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANNEL_KINDS } from "../../src/channels/catalogue.ts";
import { CHANNELS } from "../../src/channels/registry.ts";
import { ROOT } from "../helpers/repo.ts";

describe("channel registry", () => {
  it("names the same kinds as the catalogue and the folders under src/channels", async () => {
    const folders = (await readdir(join(ROOT, "src/channels"), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(Object.keys(CHANNELS).sort()).toEqual(folders);
    expect(Object.keys(CHANNEL_KINDS).sort()).toEqual(folders);
    for (const [type, adapter] of Object.entries(CHANNELS)) expect(adapter?.type).toBe(type);
  });
});
