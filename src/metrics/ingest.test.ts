import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDispatchPayload } from "./dispatch.ts";
import { ingest } from "./ingest.ts";
import { listInboxFiles } from "./read.ts";
import { fromMetricsSource, InMemoryMetricsSource } from "./source.ts";
import { itemMetricsPath, readItemMetrics } from "./store.ts";
import { collect, fixture, fixtureItems, put, tempDir } from "./test-helpers.ts";
import type { IngestSummary, MetricsSource, PublishedItem, QuarantineRecord } from "./types.ts";

const AT = "2026-12-15T06:00:00Z";
let dir: string;
let cleanup: () => Promise<void>;
let items: PublishedItem[];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  items = await fixtureItems();
});
afterEach(() => cleanup());

async function inbox(...names: string[]): Promise<string[]> {
  await mkdir(join(dir, "inbox"), { recursive: true });
  for (const n of names) await copyFile(fixture(n), join(dir, "inbox", n));
  return listInboxFiles(dir);
}

async function quarantined(path: string): Promise<QuarantineRecord[]> {
  return (await readFile(path, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as QuarantineRecord);
}

/** Nothing lost: every row read is accounted for exactly once, per source and in total. */
function expectAccounted(s: IngestSummary): void {
  for (const [name, x] of Object.entries(s.bySource)) {
    expect(x.accepted + x.duplicates + x.corrections + x.quarantined, name).toBe(x.rows);
  }
  expect(s.accepted + s.duplicates + s.corrections + s.quarantined).toBe(s.rows);
}

const counts = (s: IngestSummary) =>
  Object.fromEntries(
    Object.entries(s.bySource).map(([k, v]) => [
      k,
      [v.rows, v.accepted, v.duplicates, v.corrections, v.quarantined],
    ]),
  );

describe("ingest", () => {
  it("ingests the exports of common tools, a dispatch payload and broken files, losing nothing", async () => {
    const files = await inbox(
      "mailchimp-campaigns.csv",
      "buttondown-emails.csv",
      "buffer-posts.csv",
      "hootsuite-daily.csv",
      "ga4-pages.csv",
      "loopcast-daily.csv",
      "loopcast-rows.json",
      "loopcast.ndjson",
      "broken-quotes.csv",
      "broken-columns.csv",
      "broken-values.csv",
      "empty.csv",
    );
    const payload = JSON.parse(await readFile(fixture("dispatch-payload.json"), "utf8"));
    // listInboxFiles sorts by name; the order below is the order sources are read in.
    const s = await ingest({
      dir,
      sources: [...files, parseDispatchPayload(payload)],
      items,
      receivedAt: AT,
    });
    expectAccounted(s);
    // [rows, accepted, duplicates, corrections, quarantined]
    expect(counts(s)).toEqual({
      "inbox/broken-columns.csv": [4, 2, 0, 0, 2],
      "inbox/broken-quotes.csv": [2, 0, 1, 0, 1],
      "inbox/broken-values.csv": [6, 1, 0, 0, 5],
      "inbox/buffer-posts.csv": [3, 2, 0, 0, 1],
      "inbox/buttondown-emails.csv": [2, 2, 0, 0, 0],
      "inbox/empty.csv": [1, 0, 0, 0, 1],
      "inbox/ga4-pages.csv": [3, 2, 0, 0, 1],
      "inbox/hootsuite-daily.csv": [3, 3, 0, 0, 0],
      // Its 2026-12-02 views and clicks came already from broken-columns.csv, read earlier, but
      // visitors and signups are new: a row that adds anything is accepted.
      "inbox/loopcast-daily.csv": [4, 4, 0, 0, 0],
      "inbox/loopcast-rows.json": [3, 3, 0, 0, 0],
      "inbox/loopcast.ndjson": [2, 2, 0, 0, 0],
      // Buttondown's export had the same counts; Mailchimp adds bounces and rates.
      "inbox/mailchimp-campaigns.csv": [3, 2, 0, 0, 1],
      "dispatch:zapier": [3, 2, 0, 0, 1],
    });
    expect(s.bySource["inbox/broken-quotes.csv"]?.complete).toBe(false);
    expect(s.bySource["inbox/empty.csv"]?.complete).toBe(false);
    expect(s.bySource["inbox/mailchimp-campaigns.csv"]?.complete).toBe(true);
    expect(s.changedCycles).toEqual(items.map((i) => i.cycle).sort());

    // The unknown Mailchimp campaign is quarantined with its source, line, reason and the row as read.
    const q = s.bySource["inbox/mailchimp-campaigns.csv"]?.quarantineFile as string;
    expect(q).toMatch(/\/quarantine\/mailchimp-campaigns\.csv\.[0-9a-f]{8}\.jsonl$/);
    expect(s.written).toContain(q);
    expect(await quarantined(q)).toEqual([
      {
        source: "inbox/mailchimp-campaigns.csv",
        line: 4,
        reason:
          'no published item matches receiptId=9e8d7c6b5a / subject="20 % off, today only" sent Nov 27, 2026 07:00 am / title="Black Friday promo" sent Nov 27, 2026 07:00 am',
        raw: expect.stringMatching(/^"Black Friday promo","20 % off, today only",/),
      },
    ]);
    const empty = await quarantined(s.bySource["inbox/empty.csv"]?.quarantineFile as string);
    expect(empty[0]).toMatchObject({ line: 1, reason: "inbox/empty.csv is empty: no header and no rows" });
  });

  it("stores one line per (cycle, date, metric) with value, source and receivedAt", async () => {
    const [json] = await inbox("loopcast-rows.json");
    const s = await ingest({ dir, sources: [json as string], items, receivedAt: AT });
    expect(s.written).toEqual([
      itemMetricsPath(dir, "daily-toot@20261201T1200Z"),
      itemMetricsPath(dir, "weekly-newsletter@20261201T0900Z"),
    ]);
    expect(itemMetricsPath(dir, "daily-toot@20261201T1200Z")).toBe(
      join(dir, "2026", "12", "daily-toot@20261201T1200Z.jsonl"),
    );
    const text = await readFile(itemMetricsPath(dir, "daily-toot@20261201T1200Z"), "utf8");
    expect(text.split("\n")).toEqual([
      '{"cycle":"daily-toot@20261201T1200Z","metric":"engagements","value":187,"source":"inbox/loopcast-rows.json","line":5,"receivedAt":"2026-12-15T06:00:00Z"}',
      '{"cycle":"daily-toot@20261201T1200Z","metric":"impressions","value":2140,"source":"inbox/loopcast-rows.json","line":5,"receivedAt":"2026-12-15T06:00:00Z"}',
      '{"cycle":"daily-toot@20261201T1200Z","metric":"spend","value":12.5,"currency":"EUR","source":"inbox/loopcast-rows.json","line":5,"receivedAt":"2026-12-15T06:00:00Z"}',
      "",
    ]);
    // Lifetime values first, then days in order.
    const newsletter = await readItemMetrics(dir, "weekly-newsletter@20261201T0900Z");
    expect(newsletter.map((v) => `${v.date} ${v.metric}`)).toEqual([
      "2026-12-01 delivered",
      "2026-12-01 unique_clicks",
      "2026-12-01 unique_opens",
      "2026-12-02 unique_clicks",
      "2026-12-02 unique_opens",
    ]);
  });

  it("counts a row that arrives twice once, and lets a later correction replace the value", async () => {
    const [file] = await inbox("corrections.csv");
    const first = await ingest({ dir, sources: [file as string], items, receivedAt: AT });
    expect([first.accepted, first.duplicates, first.corrections]).toEqual([2, 1, 1]);
    expect(first.values).toEqual({ added: 4, duplicates: 3, corrections: 1, refused: 0 });
    const stored = await readItemMetrics(dir, "weekly-blog@20261202T0800Z");
    expect(stored.find((v) => v.date === "2026-12-03" && v.metric === "views")).toEqual({
      cycle: "weekly-blog@20261202T0800Z",
      date: "2026-12-03",
      metric: "views",
      value: 503,
      source: "inbox/corrections.csv",
      line: 5,
      receivedAt: AT,
      replaced: [{ value: 498, source: "inbox/corrections.csv", line: 4, receivedAt: AT }],
    });

    // The same file again changes nothing: every row is a duplicate, no file is rewritten.
    const again = await ingest({ dir, sources: [file as string], items, receivedAt: "2026-12-16T06:00:00Z" });
    expect([again.accepted, again.duplicates, again.corrections, again.written]).toEqual([0, 4, 0, []]);

    // A later export correcting the value again keeps the whole history.
    const later = await put(
      dir,
      "later.csv",
      "cycle,date,views\nweekly-blog@20261202T0800Z,2026-12-03,510\n",
    );
    const third = await ingest({ dir, sources: [later], items, receivedAt: "2026-12-17T06:00:00Z" });
    expect(third.corrections).toBe(1);
    const views = (await readItemMetrics(dir, "weekly-blog@20261202T0800Z")).find(
      (v) => v.date === "2026-12-03" && v.metric === "views",
    );
    expect(views?.value).toBe(510);
    expect(views?.replaced?.map((r) => r.value)).toEqual([503, 498]);
  });

  it("quarantines rows for unknown items, with the same file name when the same batch comes again", async () => {
    const file = await put(
      dir,
      "mixed.csv",
      "cycle,views\nweekly-blog@20261202T0800Z,10\nweekly-blog@20991231T0800Z,5\nunknown@20261202T0800Z,7\n",
    );
    const first = await ingest({ dir, sources: [file], items, receivedAt: AT });
    expect([first.accepted, first.quarantined]).toEqual([1, 2]);
    const q = first.bySource["mixed.csv"]?.quarantineFile as string;
    expect(await quarantined(q)).toEqual([
      {
        source: "mixed.csv",
        line: 3,
        reason: "no published item matches cycle=weekly-blog@20991231T0800Z",
        raw: "weekly-blog@20991231T0800Z,5",
      },
      {
        source: "mixed.csv",
        line: 4,
        reason: "no published item matches cycle=unknown@20261202T0800Z",
        raw: "unknown@20261202T0800Z,7",
      },
    ]);
    const second = await ingest({ dir, sources: [file], items, receivedAt: "2026-12-16T06:00:00Z" });
    expect(second.bySource["mixed.csv"]?.quarantineFile).toBe(q);
    expect(second.written).toEqual([]);
    expect((await readdir(join(dir, "quarantine"))).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("a dispatch payload ends in the same stored values as the same rows in a JSON file", async () => {
    const payload = JSON.parse(await readFile(fixture("dispatch-payload.json"), "utf8"));
    const viaDispatch = await ingest({
      dir: join(dir, "a"),
      sources: [parseDispatchPayload(payload)],
      items,
      receivedAt: AT,
    });
    const file = await put(dir, "rows.json", JSON.stringify({ rows: payload.client_payload.rows }, null, 2));
    const viaFile = await ingest({
      dir: join(dir, "b"),
      sources: [{ path: file, name: "dispatch:zapier" }],
      items,
      receivedAt: AT,
    });
    expect(counts(viaFile)).toEqual(counts(viaDispatch));
    const strip = (xs: Array<{ line: number }>) => xs.map(({ line: _line, ...rest }) => rest);
    expect(strip(await readItemMetrics(join(dir, "b"), "weekly-blog@20261209T0800Z"))).toEqual(
      strip(await readItemMetrics(join(dir, "a"), "weekly-blog@20261209T0800Z")),
    );
  });

  it("spilling to temp segments gives exactly what the in-memory path gives", async () => {
    const files = await inbox(
      "hootsuite-daily.csv",
      "loopcast-daily.csv",
      "corrections.csv",
      "buffer-posts.csv",
    );
    let bigSpills = 0;
    let tinySpills = 0;
    const big = await ingest({
      dir: join(dir, "mem"),
      sources: files,
      items,
      receivedAt: AT,
      onSpill: () => bigSpills++,
    });
    const tiny = await ingest({
      dir: join(dir, "spill"),
      sources: files,
      items,
      receivedAt: AT,
      maxBufferedValues: 3,
      onSpill: () => tinySpills++,
    });
    expect(bigSpills).toBe(0);
    expect(tinySpills).toBeGreaterThan(1);
    expect(counts(tiny)).toEqual(counts(big));
    expect(tiny.values).toEqual(big.values);
    for (const item of items) {
      expect(await readItemMetrics(join(dir, "spill"), item.cycle)).toEqual(
        await readItemMetrics(join(dir, "mem"), item.cycle),
      );
    }
  });

  it("reads a MetricsSource through the same validation, and survives one that throws", async () => {
    const good = new InMemoryMetricsSource("mastodon", [
      { receiptId: "113612345678901234", date: "2026-12-01", metrics: { impressions: 900, engagements: 80 } },
      { receiptId: "113612345678901234", date: "2026-11-01", metrics: { impressions: 1 } },
      { receiptId: "113612345678901234", metrics: { engagement_rate: 4.2 } },
    ]);
    const broken: MetricsSource = {
      id: "flaky",
      // biome-ignore lint/correctness/useYield: a source that fails before its first row
      async *fetch() {
        throw new Error("HTTP 503 from the API");
      },
    };
    const s = await ingest({
      dir,
      sources: [
        fromMetricsSource(good, items, "2026-12-01T00:00:00Z"),
        fromMetricsSource(broken, items, "2026-12-01T00:00:00Z"),
      ],
      items,
      receivedAt: AT,
    });
    expect(counts(s)).toEqual({ "source:mastodon": [2, 1, 0, 0, 1], "source:flaky": [1, 0, 0, 0, 1] });
    expect(s.bySource["source:flaky"]?.complete).toBe(false);
    const q = await quarantined(s.bySource["source:flaky"]?.quarantineFile as string);
    expect(q[0]?.reason).toBe("metrics source flaky failed after 0 row(s): HTTP 503 from the API");
    expect(await collect(good.fetch(items, "2026-12-02T00:00:00Z"))).toHaveLength(1);
  });

  it("merges into a stored file with a line it cannot read: keeps the line as written, leaves no temp files", async () => {
    const path = itemMetricsPath(dir, "weekly-blog@20261202T0800Z");
    await mkdir(join(dir, "2026", "12"), { recursive: true });
    await writeFile(path, '{"cycle":"weekly-blog@20261202T0800Z","metric":"views","value":1}\n{broken\n');
    const file = await put(
      dir,
      "x.csv",
      "cycle,views\nweekly-blog@20261202T0800Z,10\nweekly-blog@20991231T0800Z,5\n",
    );
    const summary = await ingest({ dir, sources: [file], items, receivedAt: AT });
    expect(summary.corrections).toBe(1);
    const lines = (await readFile(path, "utf8")).split("\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ metric: "views", value: 10 });
    expect(lines[1]).toBe("{broken");
    expect(await readdir(join(dir, "2026", "12"))).toEqual(["weekly-blog@20261202T0800Z.jsonl"]);
  });
});

describe("hostile input", () => {
  const BLOG = "weekly-blog@20261202T0800Z";

  it("quarantines a spend or a metric too large to add up, from a file and a dispatch payload alike", async () => {
    const rows = [
      { cycle: BLOG, date: "2026-12-02", metrics: { views: 10 }, spend: 1e303 },
      { cycle: BLOG, date: "2026-12-03", metrics: { views: 1e16 } },
      { cycle: BLOG, date: "2026-12-04", metrics: { views: 1e15 }, spend: 1e12 },
    ];
    const file = await put(dir, "export.json", JSON.stringify(rows));
    const csv = await put(dir, "export.csv", `cycle,date,views,spend\n${BLOG},2026-12-05,3,1e303\n`);
    const s = await ingest({
      dir,
      sources: [file, csv, parseDispatchPayload({ source: "zapier", rows })],
      items,
      receivedAt: AT,
    });
    expectAccounted(s);
    expect(counts(s)).toEqual({
      "export.json": [3, 1, 0, 0, 2],
      "export.csv": [1, 0, 0, 0, 1],
      "dispatch:zapier": [3, 0, 1, 0, 2],
    });
    const reasons = (await quarantined(s.bySource["export.json"]?.quarantineFile as string)).map(
      (r) => r.reason,
    );
    expect(reasons).toEqual([
      "spend 1e+303 is above 1e12, the largest amount a row may carry (a unit error or corrupt data?)",
      "views 10000000000000000 is above 1e15, the largest value a row may carry (a unit error or corrupt data?)",
    ]);
    expect(
      (await readItemMetrics(dir, BLOG)).filter((v) => v.metric === "spend").map((v) => v.value),
    ).toEqual([1e12]);
  });

  it("takes 20,000 corrections of one key in linear time and keeps the file small", async () => {
    const lines = [
      "cycle,date,views",
      ...Array.from({ length: 20_000 }, (_, i) => `${BLOG},2026-12-03,${i}`),
    ];
    const file = await put(dir, "corrections.csv", `${lines.join("\n")}\n`);
    const start = performance.now();
    const s = await ingest({ dir, sources: [file], items, receivedAt: AT });
    // 50 s when every correction copied and re-serialised the whole history.
    expect(performance.now() - start).toBeLessThan(8000);
    expect([s.accepted, s.corrections]).toEqual([1, 19_999]);
    const [stored] = await readItemMetrics(dir, BLOG);
    expect(stored).toMatchObject({ value: 19_999, replacedOmitted: 19_899 });
    expect(stored?.replaced).toHaveLength(100);
    // The same file again: the value ends where the file ends.
    await ingest({ dir, sources: [file], items, receivedAt: "2026-12-16T06:00:00Z" });
    expect((await readItemMetrics(dir, BLOG))[0]?.value).toBe(19_999);
  }, 20_000);

  it("keeps an item's file under its limit and quarantines the rows it cannot take", async () => {
    const days = Array.from({ length: 200 }, (_, i) =>
      new Date(Date.UTC(2026, 11, 2) + i * 86_400_000).toISOString().slice(0, 10),
    );
    const file = await put(
      dir,
      "days.csv",
      `cycle,date,views\n${days.map((d, i) => `${BLOG},${d},${i}`).join("\n")}\n`,
    );
    const s = await ingest({ dir, sources: [file], items, receivedAt: AT, limits: { maxFileChars: 20_000 } });
    expectAccounted(s);
    const stored = await readFile(itemMetricsPath(dir, BLOG), "utf8");
    expect(stored.length).toBeLessThanOrEqual(20_000);
    const kept = stored.trim().split("\n").length;
    expect([s.accepted, s.quarantined]).toEqual([kept, 200 - kept]);
    const [first] = await quarantined(s.bySource["days.csv"]?.quarantineFile as string);
    expect(first).toMatchObject({
      line: kept + 2,
      raw: JSON.stringify({ cycle: BLOG, date: days[kept], metrics: { views: kept } }),
    });
    expect(first?.reason).toContain(`${BLOG}'s metric file is at its 0.02 MB limit`);
  });

  it("summarises a quarantine past its limit and says where the source is", async () => {
    const lines = ["cycle,views", ...Array.from({ length: 5000 }, (_, i) => `unknown@20261202T0800Z,${i}`)];
    const file = await put(dir, "unmatched.csv", `${lines.join("\n")}\n`);
    const s = await ingest({ dir, sources: [file], items, receivedAt: AT, maxQuarantineRows: 10 });
    expect(s.quarantined).toBe(5000);
    expect(s.bySource["unmatched.csv"]?.quarantineSummarised).toBe(true);
    const text = await readFile(s.bySource["unmatched.csv"]?.quarantineFile as string, "utf8");
    const all = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(all).toHaveLength(11);
    expect(all[10]).toMatchObject({
      summary: {
        rows: 5000,
        listed: 10,
        omittedLines: [12, 5001],
        byReason: { "no published item matches cycle=…": 5000 },
      },
    });
    expect(all[10].sourceKept).toContain("the file unmatched.csv as it was ingested");
  });
});
