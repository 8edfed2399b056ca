import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMetricsFile } from "./read.ts";
import { brief, collect, fixture, put, tempDir } from "./test-helpers.ts";
import type { ColumnReport, ReadResult } from "./types.ts";

const rows = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [r.row] : []));

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe("exports of common tools", () => {
  it("Mailchimp campaign report: per-item rows, percentages, receipt from Unique Id, subject and send time", async () => {
    let columns: ColumnReport | undefined;
    const results = await collect(
      readMetricsFile(fixture("mailchimp-campaigns.csv"), { onColumns: (c) => (columns = c) }),
    );
    expect(brief(results)).toEqual(["ok 2", "ok 3", "ok 4"]);
    expect(rows(results)[0]).toEqual({
      receiptId: "a1b2c3d4e5",
      title: "Loopcast weekly #48",
      subject: "GitOps for marketing, explained",
      sentAt: "Dec 01, 2026 09:00 am",
      metrics: {
        sent: 1250,
        delivered: 1238,
        bounces: 12,
        unique_opens: 511,
        open_rate: 0.4128,
        opens: 803,
        unique_clicks: 62,
        click_rate: 0.0501,
        clicks: 97,
        unsubscribes: 4,
      },
    });
    // Send Date says when the campaign went out, not a measured day: the row is a lifetime total.
    expect(rows(results)[0]?.date).toBeUndefined();
    expect(columns?.mapped["Send Date"]).toBe("sentAt");
    expect(columns?.ignored).toContain("Soft Bounces (not a known column)");
  });

  it("Buttondown-style export: URL with tracking parameters, snake_case columns", async () => {
    const [first] = rows(await collect(readMetricsFile(fixture("buttondown-emails.csv"))));
    expect(first).toMatchObject({
      url: "https://loopcast.dev/newsletter/2026-12-01/?utm_source=buttondown&utm_medium=email",
      metrics: { sent: 1250, delivered: 1238, unique_opens: 511, unsubscribes: 4 },
    });
  });

  it("ConvertKit-style export: rates with a space before %", async () => {
    const [first] = rows(await collect(readMetricsFile(fixture("convertkit-broadcasts.csv"))));
    expect(first).toMatchObject({
      cycle: "weekly-newsletter@20261201T0900Z",
      metrics: { open_rate: 0.413, click_rate: 0.05 },
    });
  });

  it("Buffer export: multi-line quoted post text keeps physical line numbers", async () => {
    const results = await collect(readMetricsFile(fixture("buffer-posts.csv")));
    // Row 1 starts on line 2 and spans 2 lines; row 2 starts on line 4 and spans 3 (one blank inside).
    expect(brief(results)).toEqual(["ok 2", "ok 4", "ok 7"]);
    expect(rows(results)[1]).toMatchObject({
      metrics: { reposts: 18, replies: 9, likes: 70, engagement_rate: 0.0752 },
    });
  });

  it("Hootsuite-style daily export: one row per item and day", async () => {
    const r = rows(await collect(readMetricsFile(fixture("hootsuite-daily.csv"))));
    expect(r.map((x) => x.date)).toEqual(["2026-12-03", "2026-12-04", "2026-12-05"]);
    expect(r[0]).toMatchObject({ receiptId: "113623456789012345", metrics: { likes: 54, clicks: 31 } });
  });

  it("GA4 page export: skips the # preamble and counts its lines", async () => {
    const results = await collect(readMetricsFile(fixture("ga4-pages.csv")));
    expect(brief(results)).toEqual(["ok 11", "ok 12", "ok 13"]);
    expect(rows(results)[0]).toEqual({
      url: "/blog/gitops-for-marketing/",
      metrics: { views: 1843, visitors: 1290, avg_time_s: 72.4 },
    });
  });

  it("Plausible page export and the plain Loopcast shape", async () => {
    expect(rows(await collect(readMetricsFile(fixture("plausible-pages.csv"))))[0]).toEqual({
      url: "/blog/gitops-for-marketing",
      metrics: { visitors: 1204, views: 1791, avg_time_s: 71 },
    });
    expect(rows(await collect(readMetricsFile(fixture("loopcast-daily.csv"))))[3]).toEqual({
      cycle: "weekly-blog@20261209T0800Z",
      date: "2026-12-09",
      metrics: { views: 540, visitors: 402, clicks: 19, signups: 2 },
    });
  });
});

describe("broken CSV", () => {
  it("an unbalanced quote: rows before it are kept, then one record names the line and reading stops", async () => {
    const results = await collect(readMetricsFile(fixture("broken-quotes.csv")));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ ok: true, line: 2 });
    const bad = results[1];
    expect(bad).toMatchObject({ ok: false, line: 3, fatal: true });
    expect(!bad?.ok && bad?.reason).toMatch(/quoted field opened on line 3 is never closed/);
    expect(!bad?.ok && bad?.raw).toMatch(/^weekly-blog@20261202T0800Z,2026-12-03,"498,22/);
  });

  it("a wrong column count quarantines that row and carries on", async () => {
    const results = await collect(readMetricsFile(fixture("broken-columns.csv")));
    expect(brief(results)).toEqual([
      "ok 2",
      "bad 3: row has 3 fields but the header has 4 (a missing value?)",
      "bad 4: row has 5 fields but the header has 4 (an unquoted delimiter inside a value?)",
      "ok 5",
    ]);
  });

  it("non-numeric values, bad dates, rates above 1 and negatives are each explained", async () => {
    const results = await collect(readMetricsFile(fixture("broken-values.csv")));
    expect(brief(results)).toEqual([
      "ok 2",
      'bad 3: views "four hundred" is not a number',
      'bad 4: date "12/04/2026" is not a day like 2026-12-01 (ISO 8601)',
      'bad 5: click_rate 39 is above 1: rates are fractions (0.42) or percentages with a % sign ("42%")',
      "bad 6: views is -3: metrics and spend are never negative",
      'bad 7: cycle "weekly-newsletter@20261201" is not a cycle id like weekly-newsletter@20261201T0900Z',
    ]);
    expect(results[1]).toMatchObject({ raw: "weekly-blog@20261202T0800Z,2026-12-03,four hundred,4.4%,22" });
  });

  it("an empty file is one clear record", async () => {
    const results = await collect(readMetricsFile(fixture("empty.csv"), { name: "inbox/empty.csv" }));
    expect(results).toEqual([
      { ok: false, line: 1, reason: "inbox/empty.csv is empty: no header and no rows", raw: "", fatal: true },
    ]);
    const blank = await put(dir, "blank.csv", "\n\n  \n");
    expect(brief(await collect(readMetricsFile(blank, { name: "blank.csv" })))).toEqual([
      "bad 1: blank.csv is empty: no header and no rows",
    ]);
  });

  it("a header-only file yields nothing; a header without an id column stops with the fix", async () => {
    expect(await collect(readMetricsFile(await put(dir, "h.csv", "cycle,date,views\n")))).toEqual([]);
    const results = await collect(readMetricsFile(await put(dir, "noid.csv", "Notes,Opens\nHello,3\n")));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: false, line: 1, fatal: true });
    expect(!results[0]?.ok && results[0]?.reason).toMatch(
      /no column that identifies the item .*add a "cycle" column/,
    );
  });

  it("a missing file or an unknown extension is a record, not an exception", async () => {
    expect(brief(await collect(readMetricsFile(`${dir}/missing.csv`, { name: "missing.csv" })))[0]).toMatch(
      /^bad 0: cannot read missing.csv/,
    );
    expect(
      brief(await collect(readMetricsFile(await put(dir, "report.xlsx", "PK"), { name: "report.xlsx" }))),
    ).toEqual([
      'bad 0: report.xlsx: unsupported file type ".xlsx"; export the report as CSV, JSON or NDJSON (.csv, .tsv, .json, .ndjson, .jsonl)',
    ]);
  });
});

describe("CSV dialects", () => {
  it("CRLF line ends, a BOM, quoted CRLF inside a field, blank lines between rows", async () => {
    const text =
      '\uFEFFcycle,date,views,note\r\nweekly-blog@20261202T0800Z,2026-12-02,5,"a\r\nb"\r\n\r\nweekly-blog@20261202T0800Z,2026-12-03,6,x\r\n';
    const results = await collect(readMetricsFile(await put(dir, "crlf.csv", text)));
    expect(brief(results)).toEqual(["ok 2", "ok 5"]);
  });

  it("semicolons and decimal commas (European spreadsheets)", async () => {
    const text = "cycle;date;open_rate;delivered\nweekly-newsletter@20261201T0900Z;2026-12-01;41,3 %;1.238\n";
    const [r] = await collect(readMetricsFile(await put(dir, "eu.csv", text)));
    expect(r).toMatchObject({ ok: true, row: { metrics: { open_rate: 0.413, delivered: 1238 } } });
  });

  it("tabs, trailing empty columns and rows of empty cells", async () => {
    const text = "cycle\tviews\nweekly-blog@20261202T0800Z\t7\t\n\t\nweekly-blog@20261209T0800Z\t8\n";
    const results = await collect(readMetricsFile(await put(dir, "tabs.tsv", text)));
    expect(brief(results)).toEqual(["ok 2", "ok 4"]);
  });

  it("a quote inside an unquoted field is kept as text, refused where a number is due", async () => {
    const text = 'cycle,views\nweekly-blog@20261202T0800Z,5"\nweekly-blog@20261209T0800Z,8\n';
    expect(brief(await collect(readMetricsFile(await put(dir, "q.csv", text))))).toEqual([
      'bad 2: views "5"" is not a number',
      "ok 3",
    ]);
  });

  it("a row larger than the limit (a runaway quote) stops with its line", async () => {
    const text = `cycle,views\nweekly-blog@20261202T0800Z,1\nweekly-blog@20261202T0800Z,"${"x\n".repeat(500)}`;
    const results = await collect(readMetricsFile(await put(dir, "big.csv", text), { maxRecordChars: 200 }));
    expect(brief(results)[0]).toBe("ok 2");
    expect(results[1]).toMatchObject({ ok: false, line: 3, fatal: true });
  });

  it("custom metrics for webhook channels are declared as metrics.<name>", async () => {
    const text = "cycle,metrics.demo_requests,mystery\nweekly-blog@20261202T0800Z,3,9\n";
    let columns: ColumnReport | undefined;
    const [r] = await collect(
      readMetricsFile(await put(dir, "c.csv", text), { onColumns: (c) => (columns = c) }),
    );
    expect(r).toMatchObject({ ok: true, row: { metrics: { demo_requests: 3 } } });
    expect(columns?.ignored).toEqual(["mystery (not a known column)"]);
  });
});
