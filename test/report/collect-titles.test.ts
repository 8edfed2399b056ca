// The output log's titles come from the ledger (the title recorded when the item was proposed or merged);
// only cycles recorded before titles were (older ledgers) have theirs read from the content file.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { collect, ledgerTitle } from "../../src/report/collect.ts";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { cycleEvents } from "./events.ts";
import { exampleConfig } from "./fixture.ts";

/** Adds `title` to the cycle's proposed and merged events (undefined: leave the event without one). */
function withTitles(events: LedgerEvent[], titles: { proposed?: string; merged?: string }): LedgerEvent[] {
  return events.map((e) => {
    if (e.type === "proposed" && titles.proposed !== undefined) return { ...e, title: titles.proposed };
    if (e.type === "merged" && titles.merged !== undefined) return { ...e, title: titles.merged };
    return e;
  });
}

describe("collect: titles", () => {
  it("prefers the merged title, then the proposed title, and reads the file only without either", async () => {
    const config = await exampleConfig();
    const repo = await mkdtemp(join(tmpdir(), "loopcast-titles-"));
    const dir = join(repo, "marketing");
    const cycles: Array<{ slot: string; titles: { proposed?: string; merged?: string }; file?: string }> = [
      // Edited in review: the merged title wins over the proposed one and over the file (changed since).
      { slot: "2026-12-01T08:00:00Z", titles: { proposed: "Draft", merged: "As merged" }, file: "Later" },
      // Merged content without a readable title: the proposed title; no file needed.
      { slot: "2026-12-02T08:00:00Z", titles: { proposed: "As proposed" } },
      // An older ledger: no titles recorded, so the file is read.
      { slot: "2026-12-03T08:00:00Z", titles: {}, file: "From the file" },
      // An older ledger and no file: no title.
      { slot: "2026-12-04T08:00:00Z", titles: {} },
    ];
    const ids: string[] = [];
    for (const c of cycles) {
      const [cycle, base] = cycleEvents({
        workflow: "weekly-blog",
        slot: c.slot,
        review: 0,
        published: true,
      });
      const events = withTitles(base, c.titles);
      ids.push(cycle);
      const ledgerFile = join(dir, "ledger/2026/12", `${cycle}.jsonl`);
      await mkdir(dirname(ledgerFile), { recursive: true });
      await writeFile(ledgerFile, events.map((e) => `${JSON.stringify(e)}\n`).join(""));
      if (c.file !== undefined) {
        const path = (events[0] as Extract<LedgerEvent, { type: "proposed" }>).contentPath;
        await mkdir(dirname(join(repo, path)), { recursive: true });
        await writeFile(join(repo, path), `---\ncycle: ${cycle}\ntitle: ${c.file}\n---\n\nBody.\n`);
      }
    }
    const data = await collect({ config: { ...config, dir }, repoDir: repo });
    expect(ids.map((id) => data.titles.get(id))).toEqual([
      "As merged",
      "As proposed",
      "From the file",
      undefined,
    ]);
  });

  it("takes the latest merged title that was recorded", () => {
    const [, events] = cycleEvents({ workflow: "weekly-blog", slot: "2026-12-01T08:00:00Z", review: 0 });
    const merged = events[1] as Extract<LedgerEvent, { type: "merged" }>;
    expect(ledgerTitle(events)).toBeUndefined();
    expect(ledgerTitle(withTitles(events, { proposed: "P" }))).toBe("P");
    expect(
      ledgerTitle([
        ...withTitles(events, { proposed: "P", merged: "M1" }),
        { ...merged, title: "M2" },
        { ...merged },
      ]),
    ).toBe("M2");
  });
});
