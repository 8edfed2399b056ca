// Adding a channel means adding a folder, a catalogue entry and a registry line; these must stay in step.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CHANNEL_KINDS } from "../../src/channels/catalogue.ts";
import { CHANNELS } from "../../src/channels/registry.ts";
import { ROOT } from "../helpers/repo.ts";

interface BranchProperties {
  type?: { const?: string };
  maxLength?: { maximum?: number };
}

/** src/channels/kit/ holds what the adapters share; every other folder is a channel kind. */
const KIT = "kit";

async function channelFolders(): Promise<string[]> {
  return (await readdir(join(ROOT, "src/channels"), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name !== KIT)
    .map((e) => e.name)
    .sort();
}

describe("channel registry", () => {
  it("names the same kinds as the catalogue and the folders under src/channels", async () => {
    const folders = await channelFolders();
    expect(folders.length).toBeGreaterThan(0);
    expect(Object.keys(CHANNELS).sort()).toEqual(folders);
    expect(Object.keys(CHANNEL_KINDS).sort()).toEqual(folders);
    for (const [kind, entry] of Object.entries(CHANNEL_KINDS)) expect(entry.type, kind).toBe(kind);
  });

  it("names the kinds of the strategy schema's channel branches, each with its catalogue line's limits", async () => {
    const schema = JSON.parse(await readFile(join(ROOT, "schemas/strategy.schema.json"), "utf8")) as {
      definitions: Record<
        string,
        { $ref?: string; oneOf?: Array<{ $ref: string }>; properties?: BranchProperties }
      >;
    };
    const defs = schema.definitions;
    const branches = (defs.channel?.oneOf ?? []).map((b) => defs[b.$ref.replace("#/definitions/", "")]);
    const types = branches.map((b) => b?.properties?.type?.const);
    expect(types.sort()).toEqual(Object.keys(CHANNEL_KINDS).sort());
    for (const branch of branches) {
      const kind = CHANNEL_KINDS[branch?.properties?.type?.const as keyof typeof CHANNEL_KINDS];
      expect(kind.maxLength, kind.type).toBeGreaterThan(0);
      // A channel may lower or raise its length within the schema's bounds; the default must lie inside them.
      const max = branch?.properties?.maxLength?.maximum;
      if (max !== undefined) expect(kind.maxLength, kind.type).toBeLessThanOrEqual(max);
    }
  });

  it("loads, under each kind, the adapter of that kind's own folder, which declares that kind", async () => {
    for (const [kind, lazyAdapter] of Object.entries(CHANNELS)) {
      const loaded = await lazyAdapter.load();
      expect(loaded, kind).not.toBe(lazyAdapter);
      expect(loaded.type, `the adapter registered as "${kind}" declares itself`).toBe(kind);
      expect(typeof loaded.publish, kind).toBe("function");
      // The loaded adapter is the one exported by src/channels/<kind>/index.ts, not another folder's.
      const folderModule: Record<string, unknown> = await import(
        pathToFileURL(join(ROOT, "src/channels", kind, "index.ts")).href
      );
      expect(Object.values(folderModule), `src/channels/${kind}/index.ts exports the adapter`).toContain(
        loaded,
      );
    }
  });
});
