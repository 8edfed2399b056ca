// Adding a channel means adding a folder, a catalogue entry and a registry line; these must stay in step.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CHANNEL_KINDS } from "../../src/channels/catalogue.ts";
import { CHANNELS } from "../../src/channels/registry.ts";
import { ROOT } from "../helpers/repo.ts";

async function channelFolders(): Promise<string[]> {
  return (await readdir(join(ROOT, "src/channels"), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
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
