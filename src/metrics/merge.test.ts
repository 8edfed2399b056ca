// The merge of one item's values: corrections linear in their number, history capped per key, the file
// bounded in size (history first, then new keys refused and handed back for the quarantine).
import { describe, expect, it } from "vitest";
import { Batch } from "./batch.ts";
import { type MergeCounts, type MergeLimits, mergeItem, type RefusedRow, storedLines } from "./merge.ts";
import type { StoredMetric } from "./types.ts";

const CYCLE = "weekly-blog@20261201T0800Z";
const WIDE: MergeLimits = { maxReplaced: 100, maxFileChars: 10_000_000 };

function counts(): MergeCounts {
  return {
    rows: new Map(),
    values: { added: 0, duplicates: 0, corrections: 0, refused: 0 },
    changedCycles: [],
    written: [],
  };
}

/** Rows of one metric on one day (or on the given days), one row per value, in line order from 2. */
function batch(values: number[], opts: { src?: number; days?: string[]; metric?: string } = {}): Batch {
  const b = new Batch();
  values.forEach((v, i) => {
    b.push(i, opts.src ?? 0, opts.days?.[i] ?? "2026-12-02", opts.metric ?? "views", v, undefined, i + 2);
  });
  return b;
}

function merge(
  content: string,
  batches: Batch[],
  limits: MergeLimits = WIDE,
  c = counts(),
  onRefused?: (r: RefusedRow) => void,
  receivedAt = "2026-12-03T00:00:00Z",
): { content: string | undefined; counts: MergeCounts; lines: StoredMetric[] } {
  const out = mergeItem({
    cycle: CYCLE,
    path: "metrics/2026/12/x.jsonl",
    content,
    batches,
    sources: ["export.csv", "later.csv"],
    sourceJson: ['"export.csv"', '"later.csv"'],
    receivedAt,
    limits,
    counts: c,
    ...(onRefused ? { onRefused } : {}),
  });
  return { content: out, counts: c, lines: storedLines(out ?? content, "x").map((l) => l.record) };
}

const range = (n: number, from = 1000): number[] => Array.from({ length: n }, (_, i) => from + i);

describe("merging corrections", () => {
  it("takes 20,000 corrections of one key in linear time, keeping the newest 100 and counting the rest", () => {
    const start = performance.now();
    const r = merge("", [batch(range(20_000))]);
    const ms = performance.now() - start;
    // Quadratic (each correction copying and re-serialising the history) took tens of seconds here.
    expect(ms).toBeLessThan(2000);
    expect(r.counts.values).toEqual({ added: 1, duplicates: 0, corrections: 19_999, refused: 0 });
    expect(r.counts.rows.get(0)).toEqual({ accepted: 1, duplicate: 0, correction: 19_999, refused: 0 });
    const [line] = r.lines;
    expect(line?.value).toBe(20_999);
    expect(line?.replaced).toHaveLength(100);
    expect(line?.replaced?.[0]).toMatchObject({ value: 20_998, line: 20_000 });
    expect(line?.replaced?.[99]).toMatchObject({ value: 20_899 });
    expect(line?.replacedOmitted).toBe(19_899);
    // One line of about 10 KB, whatever the number of corrections.
    expect((r.content as string).length).toBeLessThan(12_000);
  });

  it("stays linear when the corrections come one ingest at a time onto a long history", () => {
    let content = merge("", [batch(range(500))]).content as string;
    const start = performance.now();
    for (let i = 0; i < 200; i++) content = merge(content, [batch([5000 + i])]).content as string;
    expect(performance.now() - start).toBeLessThan(1500);
    const [line] = storedLines(content, "x").map((l) => l.record);
    expect(line?.value).toBe(5199);
    expect(line?.replaced).toHaveLength(100);
    expect(line?.replacedOmitted).toBe(599);
  });

  it("counts a replay of the same rows as duplicates while the history holds them", () => {
    const first = merge("", [batch([1, 2, 3])]);
    const again = merge(
      first.content as string,
      [batch([1, 2, 3])],
      WIDE,
      counts(),
      undefined,
      "2026-12-04T00:00:00Z",
    );
    expect(again.content).toBeUndefined();
    expect(again.counts.values).toEqual({ added: 0, duplicates: 3, corrections: 0, refused: 0 });
  });

  it("ends a replay past the capped history on the file's last row, as the first ingest did", () => {
    const limits = { maxReplaced: 3, maxFileChars: 10_000_000 };
    const first = merge("", [batch(range(10))], limits);
    expect(first.lines[0]).toMatchObject({ value: 1009, replacedOmitted: 6 });
    const again = merge(first.content as string, [batch(range(10))], limits);
    // The rows older than the history are taken again, in order: the value ends where the file ends.
    expect(again.lines[0]?.value).toBe(1009);
    expect(again.lines[0]?.replaced?.map((x) => x.value)).toEqual([1008, 1007, 1006]);
  });

  it("lets a later export correct a value again, keeping its history newest first", () => {
    const first = merge("", [batch([498, 503])]);
    const later = merge(first.content as string, [batch([510], { src: 1 })]);
    expect(later.lines[0]?.value).toBe(510);
    expect(later.lines[0]?.replaced?.map((x) => `${x.value}@${x.source}:${x.line}`)).toEqual([
      "503@export.csv:3",
      "498@export.csv:2",
    ]);
    expect(later.lines[0]?.replacedOmitted).toBeUndefined();
  });
});

describe("bounded item files", () => {
  const days = (n: number): string[] =>
    Array.from({ length: n }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );

  it("drops the history of corrections first when the file would pass its limit", () => {
    const grown = merge("", [batch(range(50))]).content as string; // one line with 49 earlier values
    const limits = { maxReplaced: 100, maxFileChars: 1000 };
    const r = merge(grown, [batch([7, 8], { days: ["2026-12-03", "2026-12-04"], src: 1 })], limits);
    expect(r.lines.map((l) => [l.date, l.value, l.replaced?.length, l.replacedOmitted])).toEqual([
      ["2026-12-02", 1049, undefined, 49],
      ["2026-12-03", 7, undefined, undefined],
      ["2026-12-04", 8, undefined, undefined],
    ]);
    expect((r.content as string).length).toBeLessThanOrEqual(1000);
  });

  it("refuses values for new keys once the file is full, and hands their rows back", () => {
    const limits = { maxReplaced: 100, maxFileChars: 2000 };
    const refused: RefusedRow[] = [];
    const r = merge("", [batch(range(30), { days: days(30) })], limits, counts(), (x) => refused.push(x));
    const content = r.content as string;
    expect(content.length).toBeLessThanOrEqual(2000);
    const kept = r.lines.length;
    expect(kept).toBeGreaterThan(5);
    // The earliest days are kept, the latest refused; every row is counted once.
    expect(r.lines.at(-1)?.date).toBe(days(30)[kept - 1]);
    expect(r.counts.values.added + r.counts.values.refused).toBe(30);
    expect(r.counts.rows.get(0)).toEqual({ accepted: kept, duplicate: 0, correction: 0, refused: 30 - kept });
    expect(refused).toHaveLength(30 - kept);
    expect(refused[0]).toMatchObject({
      src: 0,
      line: kept + 2,
      cycle: CYCLE,
      values: [{ date: days(30)[kept], metric: "views", value: 1000 + kept }],
    });
    expect(refused[0]?.reason).toContain("metric file is at its 0.002 MB limit");

    // Full: a correction of a kept day is still taken, a new day is not.
    const more = merge(
      content,
      [batch([1, 2], { days: [days(30)[0] as string, "2027-06-01"], src: 1 })],
      limits,
    );
    expect(more.counts.values).toEqual({ added: 0, duplicates: 0, corrections: 1, refused: 1 });
    expect((more.content as string).length).toBeLessThanOrEqual(2000);
  });
});
