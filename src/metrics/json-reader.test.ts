import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scanJsonRows } from "./json-scan.ts";
import { readMetricsFile } from "./read.ts";
import { brief, collect, fixture, put, tempDir } from "./test-helpers.ts";
import type { ColumnReport } from "./types.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe("JSON exports", () => {
  it("an array of flat objects as a tool exports them (Mastodon statuses)", async () => {
    let columns: ColumnReport | undefined;
    const results = await collect(
      readMetricsFile(fixture("mastodon-statuses.json"), { onColumns: (c) => (columns = c) }),
    );
    expect(brief(results)).toEqual(["ok 2", "ok 11"]);
    expect(results[0]).toMatchObject({
      row: { receiptId: "113612345678901234", metrics: { likes: 96, reposts: 23, replies: 11 } },
    });
    // created_at is the send time: it narrows a match by subject or title, and is no measured day.
    expect(results[0]).toMatchObject({ row: { sentAt: "2026-12-01T12:00:03.000Z" } });
    expect(columns?.ignored).toEqual(["content (not a known field)"]);
  });

  it("{ rows: [...] } in the canonical shape, spend and currency included", async () => {
    const results = await collect(readMetricsFile(fixture("loopcast-rows.json")));
    expect(brief(results)).toEqual(["ok 3", "ok 4", "ok 5"]);
    expect(results[2]).toMatchObject({
      row: { receiptId: "113612345678901234", channel: "mastodon", spend: 12.5, currency: "EUR" },
    });
  });

  it("NDJSON: one object per line, blank lines skipped, line numbers kept", async () => {
    expect(brief(await collect(readMetricsFile(fixture("loopcast.ndjson"))))).toEqual(["ok 1", "ok 3"]);
    const text = '{"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":1}}\n{not json}\n[1]\n';
    expect(brief(await collect(readMetricsFile(await put(dir, "x.jsonl", text))))).toEqual([
      "ok 1",
      expect.stringMatching(/^bad 2: not valid JSON/),
      "bad 3: row is an array, not an object",
    ]);
  });

  it("a bad element is quarantined and the rest still read", async () => {
    const text = `[
  {"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":1}},
  {"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":2},},
  {"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":"lots"}},
  {"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":4}}
]`;
    const results = await collect(readMetricsFile(await put(dir, "x.json", text)));
    expect(brief(results)).toEqual([
      "ok 2",
      expect.stringMatching(/^bad 3: not valid JSON/),
      'bad 4: views "lots" is not a number',
      "ok 5",
    ]);
    expect(results[1]).toMatchObject({
      raw: '{"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":2},}',
    });
  });

  it("a truncated file keeps what was complete and names where it broke", async () => {
    const text = '[{"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":1}},\n{"cycle":"weekly-blo';
    const results = await collect(readMetricsFile(await put(dir, "t.json", text)));
    expect(brief(results)[0]).toBe("ok 1");
    expect(results[1]).toMatchObject({ ok: false, line: 2, fatal: true });
    expect(!results[1]?.ok && results[1]?.reason).toMatch(
      /file ends before the row starting on line 2 is complete/,
    );
  });

  it("empty, scalar, rows-less and trailing-garbage files are explained", async () => {
    const cases: Array<[string, RegExp]> = [
      ["", /is empty: no rows/],
      ["  \n", /is empty: no rows/],
      ["42", /expected a JSON array of rows or an object with a "rows" array/],
      ['{"source":"x","data":[]}', /has no "rows" array/],
      [
        '[{"cycle":"weekly-blog@20261202T0800Z","metrics":{"views":1}}] oops',
        /unexpected text after the end/,
      ],
    ];
    for (const [text, reason] of cases) {
      const results = await collect(readMetricsFile(await put(dir, "c.json", text), { name: "c.json" }));
      const last = results[results.length - 1];
      expect(last?.ok).toBe(false);
      expect(!last?.ok && last?.reason).toMatch(reason);
    }
  });
});

describe("scanJsonRows", () => {
  async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }

  it("splits the same way whatever the chunk boundaries", async () => {
    const text =
      '\uFEFF{"source":"a [tricky] \\"string\\"","rows":[\n{"a":"]},{["},\n {"b":[1,2,{"c":3}]} ,\n"s"]}';
    const expected = [
      { kind: "element", text: '{"a":"]},{["}', line: 2 },
      { kind: "element", text: '{"b":[1,2,{"c":3}]}', line: 3 },
      { kind: "element", text: '"s"', line: 4 },
    ];
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await collect(scanJsonRows(chunksOf(text, size), 1000))).toEqual(expected);
    }
  });

  it("refuses an element larger than the limit without holding it", async () => {
    const text = `[{"a":"${"x".repeat(5000)}"},{"b":1}]`;
    const items = await collect(scanJsonRows(chunksOf(text, 64), 100));
    expect(items.map((i) => i.kind)).toEqual(["error", "element"]);
    expect(items[0]).toMatchObject({
      line: 1,
      reason: "row starting on line 1 is larger than 100 characters",
    });
    expect(items[0]?.kind === "error" && items[0].raw.length).toBeLessThanOrEqual(1000);
  });
});
