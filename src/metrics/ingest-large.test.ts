// The 50 MB case: generated here in a temp folder (never committed), ingested with a small buffer so the
// spill path is taken (observed through onSpill), and every row accounted for. Speed and memory are
// measured by bench/ingest.ts.
import { once } from "node:events";
import { createWriteStream, existsSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "./ingest.ts";
import { readItemMetrics, type SpillInfo } from "./store.ts";
import { tempDir } from "./test-helpers.ts";
import type { IngestSummary, PublishedItem, QuarantineRecord } from "./types.ts";

const ITEMS = 100;
const DAYS = 500;
const MB = 1_000_000;
const BUFFER = 20_000;

const items: PublishedItem[] = Array.from({ length: ITEMS }, (_, i) => {
  const cycle = `daily-toot@2026${String(1 + Math.floor(i / 28)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}T1200Z`;
  return {
    cycle,
    workflow: "daily-toot",
    channel: "mastodon",
    publishedAt: "2026-01-01T12:00:00Z",
    url: `https://mastodon.social/@loopcast/${1000 + i}`,
  };
});

// A Buffer-style export: a long post text (with commas, quotes and a line break) that is not a metric.
const TEXT = `"Marketing as GitOps, ""reviewed"" like code.\n${"Every post is a pull request; merge it and it goes out. ".repeat(16)}"`;

function day(d: number): string {
  return new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
}

let dir: string;
let cleanup: () => Promise<void>;
let summary: IngestSummary;
let size: number;
const unknownLines: number[] = [];
// Each spill as it happened, with the size of its temp segment on disk right after it was written.
const spills: Array<SpillInfo & { onDisk: number }> = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const path = join(dir, "buffer-export.csv");
  const out = createWriteStream(path);
  let line = 1;
  let chunk = "Post,Date,Link,Impressions,Likes,Shares\n";
  const row = (text: string): void => {
    chunk += text;
    line += 2; // the post text spans two physical lines
    if (chunk.length > 1 << 16) {
      out.write(chunk);
      chunk = "";
    }
  };
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < ITEMS; i++)
      row(
        `${TEXT},${day(d)},https://mastodon.social/@loopcast/${1000 + i},${100 + d + i},${d % 17},${i % 5}\n`,
      );
    if (!out.writableNeedDrain) continue;
    await once(out, "drain");
  }
  for (let i = 0; i < 100; i++)
    row(`${TEXT},${day(0)},https://mastodon.social/@loopcast/${1000 + i},${100 + i},0,${i % 5}\n`); // re-sent rows
  row(`${TEXT},${day(1)},https://mastodon.social/@loopcast/1007,999,1,2\n`); // a correction of impressions
  for (let k = 0; k < 10; k++) {
    unknownLines.push(line + 1);
    row(`${TEXT},${day(2)},https://mastodon.social/@someone-else/${k},5,0,0\n`);
  }
  out.end(chunk);
  await once(out, "finish");
  size = (await stat(path)).size;
  summary = await ingest({
    dir: join(dir, "metrics"),
    sources: [path],
    items,
    receivedAt: "2026-12-15T06:00:00Z",
    maxBufferedValues: BUFFER,
    onSpill: (spill) => spills.push({ ...spill, onDisk: statSync(spill.path).size }),
  });
}, 120_000);

afterAll(() => cleanup());

describe("a 50 MB export", () => {
  it("is 50 MB, and goes through temp segments: the buffer spills every time it fills", () => {
    expect(size).toBeGreaterThanOrEqual(50 * MB);
    // Matched rows carry 3 values each; the buffer spills once it holds BUFFER values or more, i.e.
    // every ceil(BUFFER / 3) rows, and what is left at the end is merged from memory.
    const matchedRows = ITEMS * DAYS + 100 + 1;
    const rowsPerSpill = Math.ceil(BUFFER / 3);
    expect(spills).toHaveLength(Math.floor(matchedRows / rowsPerSpill));
    expect(spills.length).toBeGreaterThan(1);
    for (const spill of spills) {
      expect(spill.values).toBe(rowsPerSpill * 3);
      expect(spill.items).toBe(ITEMS);
      expect(spill.bytes).toBeGreaterThan(0);
      expect(spill.onDisk).toBe(spill.bytes);
    }
    expect(new Set(spills.map((s) => s.path)).size).toBe(spills.length);
    // and the temp segments are gone once the ingest is done
    for (const spill of spills) expect(existsSync(spill.path), spill.path).toBe(false);
  });

  it("accounts for every row: accepted, duplicate, corrected or quarantined", () => {
    const rows = ITEMS * DAYS;
    expect([
      summary.rows,
      summary.accepted,
      summary.duplicates,
      summary.corrections,
      summary.quarantined,
    ]).toEqual([rows + 111, rows, 100, 1, 10]);
    expect(summary.values).toEqual({ added: rows * 3, duplicates: 100 * 3 + 2, corrections: 1, refused: 0 });
    expect(summary.written.filter((p) => !p.includes("quarantine"))).toHaveLength(ITEMS);
  });

  it("stores every value of an item, the correction with its history", async () => {
    const stored = await readItemMetrics(join(dir, "metrics"), items[7]?.cycle as string);
    expect(stored).toHaveLength(DAYS * 3);
    const corrected = stored.find((v) => v.date === day(1) && v.metric === "impressions");
    expect(corrected).toMatchObject({ value: 999, replaced: [{ value: 108, line: 2 * (ITEMS + 7) + 2 }] });
  });

  it("quarantines the rows of unknown posts with their physical line numbers", async () => {
    const file = summary.bySource["buffer-export.csv"]?.quarantineFile as string;
    const records = (await readFile(file, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as QuarantineRecord);
    expect(records.map((r) => r.line)).toEqual(unknownLines);
    expect(records[0]?.reason).toBe("no published item matches url=https://mastodon.social/@someone-else/0");
    expect(records[0]?.raw.endsWith(",https://mastodon.social/@someone-else/0,5,0,0")).toBe(true);
  });
});
