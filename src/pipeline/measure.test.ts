// The measure half of the loop, through the ports (in memory): inbox files in, benchmarks judged, spend
// settled, one commit; verdicts recorded once, again only when late data changes them.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import { listExceptions } from "../state/exceptions.ts";
import { appendEvents, type Ledger, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { measure, publishedItems } from "./measure.ts";

const CYCLE = "daily-social@20261201T1130Z";
// Three days after publishing: social-engagement's 48 h window has closed.
const NOW = new Date("2026-12-04T12:00:00Z");

const published: LedgerEvent[] = [
  {
    type: "proposed",
    at: "2026-11-30T12:00:00.000Z",
    cycle: CYCLE,
    workflow: "daily-social",
    channel: "mastodon",
    slot: "2026-12-01T11:30:00.000Z",
    level: "L4",
    branch: `loopcast/${CYCLE}`,
    proposal: { id: CYCLE },
    contentPath: "x",
    contentHash: "0".repeat(64),
    arms: {},
    generator: "template",
    reservation: 2,
  },
  {
    type: "merged",
    at: "2026-11-30T13:00:00.000Z",
    cycle: CYCLE,
    mergedSha: "m",
    editRatio: 0,
    humanCommits: 0,
  },
  {
    type: "published",
    at: "2026-12-01T11:30:00.000Z",
    cycle: CYCLE,
    channel: "mastodon",
    idempotencyKey: "k",
    receipt: { id: "1136", url: "https://mastodon.social/@loopcast/1136" },
  },
];

async function inbox(dir: string, name: string, rows: unknown[]): Promise<void> {
  await mkdir(join(dir, "metrics/inbox"), { recursive: true });
  await writeFile(join(dir, "metrics/inbox", name), JSON.stringify({ rows }));
}

const row = (impressions: number, engagements: number, spend?: number) => ({
  cycle: CYCLE,
  date: "2026-12-01",
  metrics: { impressions, engagements },
  ...(spend !== undefined ? { spend, currency: "EUR" } : {}),
});

async function setup() {
  const ctx = await memoryContext({ now: NOW });
  await appendEvents(ctx.config.dir, published);
  return ctx;
}

describe("measure", () => {
  it("lists each published item with its workflow, channel, time, URL and receipt", () => {
    const ledger: Ledger = new Map([
      [CYCLE, published],
      [
        "daily-social@20261202T1130Z",
        published.slice(0, 2).map((e) => ({ ...e, cycle: "daily-social@20261202T1130Z" })),
      ],
    ]);
    expect(publishedItems(ledger)).toEqual([
      {
        cycle: CYCLE,
        workflow: "daily-social",
        channel: "mastodon",
        publishedAt: "2026-12-01T11:30:00.000Z",
        url: "https://mastodon.social/@loopcast/1136",
        receiptId: "1136",
      },
    ]);
    const noUrl = published.map((e) => (e.type === "published" ? { ...e, receipt: { id: "9" } } : e));
    expect(publishedItems(new Map([[CYCLE, noUrl]]))[0]).not.toHaveProperty("url");
  });

  it("reads the inbox, judges the item, settles its spend and commits it all at once", async () => {
    const ctx = await setup();
    await inbox(ctx.config.dir, "export.json", [row(1000, 40, 1.5)]);
    const ledger = await readLedger(ctx.config.dir);
    const report = await measure(ctx, ledger, { inbox: true });

    expect(report.judged).toEqual([{ cycle: CYCLE, benchmark: "social-engagement", status: "met" }]);
    expect(report.settled).toEqual([{ cycle: CYCLE, amount: 1.5 }]);
    expect(report.kept).toEqual([]);
    expect(await readdir(join(ctx.config.dir, "metrics/inbox"))).toEqual([]);
    const events = (await readLedger(ctx.config.dir)).get(CYCLE)?.slice(published.length);
    expect(events).toEqual([
      {
        type: "judged",
        at: NOW.toISOString(),
        cycle: CYCLE,
        benchmark: "social-engagement",
        metric: "engagement_rate",
        status: "met",
        value: 0.04,
        sample: 1000,
        primary: true,
      },
      { type: "spent", at: NOW.toISOString(), cycle: CYCLE, amount: 1.5, source: "metrics" },
    ]);
    expect(ctx.forge.commits).toHaveLength(1);
    expect(ctx.forge.commits[0]?.message).toBe("loopcast: measure (1 metric row(s) accepted, 1 verdict(s))");
    expect(ctx.forge.commits[0]?.paths).toEqual(
      expect.arrayContaining([
        "marketing/metrics/inbox/export.json",
        `marketing/ledger/2026/12/${CYCLE}.jsonl`,
        expect.stringMatching(/^marketing\/metrics\/2026\/12\//),
      ]),
    );
    expect(report.commit).toBe("c0ffee");
  });

  it("records a final verdict once, and again only when late data changes it", async () => {
    const ctx = await setup();
    await inbox(ctx.config.dir, "a.json", [row(1000, 40, 1.5)]);
    await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    // Nothing new: nothing judged, nothing settled, nothing committed.
    const quiet = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect([quiet.judged, quiet.settled, quiet.commit]).toEqual([[], [], undefined]);
    expect(ctx.forge.commits).toHaveLength(1);
    // The same values sent again change nothing either.
    await inbox(ctx.config.dir, "b.json", [row(1000, 40, 1.5)]);
    const same = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect([same.judged, same.settled]).toEqual([[], []]);
    // A correction that turns the verdict and the spend: recorded.
    await inbox(ctx.config.dir, "c.json", [row(1000, 5, 2)]);
    const late = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(late.judged).toEqual([{ cycle: CYCLE, benchmark: "social-engagement", status: "missed" }]);
    expect(late.settled).toEqual([{ cycle: CYCLE, amount: 2 }]);
  });

  it("says in its commit how many rows were accepted, not how many were read", async () => {
    const ctx = await setup();
    // Two rows for an item that was never published: read, and both quarantined.
    const stranger = { ...row(1000, 40), cycle: "daily-social@20261202T1130Z" };
    await inbox(ctx.config.dir, "export.json", [stranger, { ...stranger, date: "2026-12-02" }]);
    const report = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(report.ingest).toMatchObject({ rows: 2, accepted: 0, quarantined: 2 });
    expect(ctx.forge.commits.map((c) => c.message)).toEqual([
      "loopcast: measure (0 metric row(s) accepted, 2 quarantined, 1 verdict(s))",
    ]);
    // One accepted, then the same values with one changed: a correction, counted as one.
    await inbox(ctx.config.dir, "a.json", [row(1000, 40)]);
    await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    await inbox(ctx.config.dir, "b.json", [row(1000, 50)]);
    await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(ctx.forge.commits.map((c) => c.message).slice(1)).toEqual([
      "loopcast: measure (1 metric row(s) accepted, 1 verdict(s))",
      "loopcast: measure (0 metric row(s) accepted, 1 correction(s), 1 verdict(s))",
    ]);
  });

  it("keeps a stored line that is not a value, judges nothing on part of the numbers, and raises one exception", async () => {
    const ctx = await setup();
    await inbox(ctx.config.dir, "export.json", [row(1000, 40)]);
    // The first export is stored and judged; then someone breaks a line of the item's file by hand.
    const first = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(first.judged).toHaveLength(1);
    const file = join(ctx.config.dir, "metrics/2026/12", `${CYCLE}.jsonl`);
    await writeFile(file, `${await readFile(file, "utf8")}{"cycle": "oops\n`);
    // A late correction arrives: the run neither stops nor loses the line, nor judges on part of the data.
    await inbox(ctx.config.dir, "late.json", [row(1000, 10)]);
    const report = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(report.judged).toEqual([]);
    expect(report.unreadable).toEqual([
      `marketing/metrics/2026/12/${CYCLE}.jsonl:${(await readFile(file, "utf8")).split("\n").indexOf('{"cycle": "oops') + 1}`,
    ]);
    expect(await readFile(file, "utf8")).toContain('{"cycle": "oops\n');
    expect(await readFile(file, "utf8")).toContain('"value":10');
    const exceptions = await listExceptions(ctx.config.dir);
    expect(exceptions.map((e) => e.title)).toEqual([
      `${CYCLE}: a stored metric line is not a value; the item is not judged until it is fixed`,
    ]);
    // Again on the next run: the same exception, not a second one.
    await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(await listExceptions(ctx.config.dir)).toHaveLength(1);
  });

  it("keeps a file it could not read completely, for the next run", async () => {
    const ctx = await setup();
    await mkdir(join(ctx.config.dir, "metrics/inbox"), { recursive: true });
    await writeFile(join(ctx.config.dir, "metrics/inbox/broken.json"), "{ not json");
    const report = await measure(ctx, await readLedger(ctx.config.dir), { inbox: true });
    expect(report.kept).toEqual(["marketing/metrics/inbox/broken.json"]);
    expect(await readdir(join(ctx.config.dir, "metrics/inbox"))).toEqual(["broken.json"]);
  });

  it("reads no inbox unless asked, and records nothing for an item still in its window", async () => {
    const ctx = await setup();
    await inbox(ctx.config.dir, "export.json", [row(1000, 40)]);
    const report = await measure(ctx, await readLedger(ctx.config.dir));
    expect(report.ingest).toBeUndefined();
    expect(await readdir(join(ctx.config.dir, "metrics/inbox"))).toEqual(["export.json"]);
    // One day after publishing, the 48 h window is open: the verdict is pending and not recorded.
    const early = await memoryContext({ now: new Date("2026-12-02T12:00:00Z") });
    await appendEvents(early.config.dir, published);
    await inbox(early.config.dir, "export.json", [row(1000, 40)]);
    const pending = await measure(early, await readLedger(early.config.dir), { inbox: true });
    expect(pending.judged).toEqual([]);
    expect(early.forge.commits[0]?.message).toBe(
      "loopcast: measure (1 metric row(s) accepted, 0 verdict(s))",
    );
  });
});
