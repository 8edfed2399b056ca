// Real exports of the tools small businesses use, matched to published items without a hand-added column:
// each sample under test/fixtures/exports/ keeps its tool's own header and formats, and every row must
// find its item through what the ledger's receipts recorded (docs/exports.md).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishedItems } from "../pipeline/measure.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { ingest } from "./ingest.ts";
import { readItemMetrics } from "./store.ts";
import { put, tempDir } from "./test-helpers.ts";
import type { PublishedItem } from "./types.ts";

const EXPORTS = new URL("../../test/fixtures/exports/", import.meta.url).pathname;

type Receipt = Extract<LedgerEvent, { type: "published" }>["receipt"];

function history(
  cycle: string,
  channel: string,
  at: string,
  receipt: Receipt,
  title?: string,
): LedgerEvent[] {
  return [
    {
      type: "proposed",
      at: "2026-11-30T12:00:00.000Z",
      cycle,
      workflow: cycle.split("@")[0] as string,
      channel,
      slot: at,
      level: "L3",
      branch: `loopcast/${cycle}`,
      proposal: { id: cycle },
      contentPath: "x",
      contentHash: "0".repeat(64),
      arms: {},
      generator: "template",
      reservation: 0,
      ...(title ? { title } : {}),
    },
    { type: "merged", at: "2026-11-30T13:00:00.000Z", cycle, mergedSha: "m", editRatio: 0, humanCommits: 0 },
    { type: "published", at, cycle, channel, idempotencyKey: `k-${cycle}`, receipt },
  ];
}

const NL1 = "weekly-newsletter@20261201T0900Z";
const NL2 = "weekly-newsletter@20261208T0900Z";
const NL3 = "weekly-newsletter@20261215T0900Z";
const BLOG = ["weekly-blog@20261202T0800Z", "weekly-blog@20261209T0800Z", "weekly-blog@20261211T0800Z"];
const TOOT = ["daily-toot@20261202T1200Z", "daily-toot@20261203T1200Z", "daily-toot@20261204T1200Z"];
const INSTA = ["daily-insta@20261201T1700Z", "daily-insta@20261203T1700Z", "daily-insta@20261205T1700Z"];
const SITE = "https://rosasbakery.example";
const INSTA_CODES = ["DC1aBcDeFgH", "DC7xYzAbCdE", "DDC3fGhIjKl"];
const INSTA_IDS = ["17912345678901234", "17912345678905678", "17912345678909012"];
const STATUS_IDS = ["113617890123456789", "113623456789012345", "113629012345678901"];

/** What the channels recorded: receipts as the email, blog, Mastodon and Instagram channels return them. */
function ledger(): Ledger {
  const entries: Array<[string, LedgerEvent[]]> = [
    [
      NL1,
      history(
        NL1,
        "newsletter",
        "2026-12-01T09:00:04.000Z",
        {
          id: "<weekly-newsletter=4020261201T0900Z.k1@rosasbakery.example> queued as 4XyZ1",
          messageId: "<weekly-newsletter=4020261201T0900Z.k1@rosasbakery.example>",
          subject: "Advent opening hours",
        },
        "Advent opening hours",
      ),
    ],
    // A receipt from before the email channel named subject and Message-ID: both are recovered.
    [
      NL2,
      history(
        NL2,
        "newsletter",
        "2026-12-08T09:00:02.000Z",
        { id: "<weekly-newsletter=4020261208T0900Z.k2@rosasbakery.example>" },
        "Stollen is back",
      ),
    ],
    // Sent through a newsletter provider: its campaign id is the receipt, the send was scheduled.
    [
      NL3,
      history(
        NL3,
        "newsletter",
        "2026-12-15T08:30:00.000Z",
        { id: "7a6b5c4d3e", subject: "Christmas pre-orders are open", sentAt: "2026-12-15T09:01:57.000Z" },
        "Christmas pre-orders are open",
      ),
    ],
    ...BLOG.map((cycle, i): [string, LedgerEvent[]] => {
      const slug = ["advent-opening-hours", "stollen-is-back", "christmas-pre-orders"][i] as string;
      return [
        cycle,
        history(cycle, "blog", `2026-12-0${2 + i}T08:00:00.000Z`, { id: slug, url: `${SITE}/blog/${slug}` }),
      ];
    }),
    ...TOOT.map((cycle, i): [string, LedgerEvent[]] => {
      const id = STATUS_IDS[i] as string;
      return [
        cycle,
        history(cycle, "mastodon", `2026-12-0${2 + i}T12:00:00.000Z`, {
          id,
          url: `https://mastodon.social/@rosasbakery/${id}`,
        }),
      ];
    }),
    ...INSTA.map((cycle, i): [string, LedgerEvent[]] => [
      cycle,
      history(cycle, "instagram", `2026-12-0${1 + 2 * i}T17:00:00.000Z`, {
        id: INSTA_IDS[i] as string,
        permalink: `https://www.instagram.com/p/${INSTA_CODES[i]}/`,
      }),
    ]),
  ];
  return new Map(entries);
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** Ingests one sample; returns the summary and, per cycle, its stored values as `metric=value`. */
async function ingestSample(file: string, items: PublishedItem[] = publishedItems(ledger())) {
  const summary = await ingest({
    dir,
    sources: [{ path: `${EXPORTS}${file}`, name: file }],
    items,
    receivedAt: "2026-12-20T00:00:00.000Z",
  });
  const stored = async (cycle: string) =>
    (await readItemMetrics(dir, cycle))
      .map((v) => `${v.metric}${v.date ? `@${v.date}` : ""}=${v.value}`)
      .sort();
  return { summary, stored };
}

describe("the ledger keeps every identifier an export may use", () => {
  it("reads receipts, titles and send times into published items", () => {
    const items = new Map(publishedItems(ledger()).map((i) => [i.cycle, i]));
    expect(items.get(NL1)).toMatchObject({
      messageId: "<weekly-newsletter=4020261201T0900Z.k1@rosasbakery.example>",
      subject: "Advent opening hours",
    });
    // An older email receipt: Message-ID from the id, subject from the title.
    expect(items.get(NL2)).toMatchObject({
      messageId: "<weekly-newsletter=4020261208T0900Z.k2@rosasbakery.example>",
      subject: "Stollen is back",
      title: "Stollen is back",
    });
    expect(items.get(NL3)).toMatchObject({ receiptId: "7a6b5c4d3e", sentAt: "2026-12-15T09:01:57.000Z" });
    expect(items.get(INSTA[0] as string)).toMatchObject({
      receiptId: INSTA_IDS[0],
      permalink: "https://www.instagram.com/p/DC1aBcDeFgH/",
    });
    // A blog post has no subject: a newsletter with the same words must not be matched to it.
    expect(items.get(BLOG[0] as string)).not.toHaveProperty("subject");
  });
});

describe("every row of each tool's sample matches an item, with no hand-added column", () => {
  it.each([
    ["mailchimp.csv", [NL1, NL2, NL3]],
    ["buttondown.csv", [NL1, NL2, NL3]],
    ["convertkit.csv", [NL1, NL2, NL3]],
    ["buffer.csv", INSTA],
    ["instagram.csv", INSTA],
    ["hootsuite.csv", TOOT],
    ["ga4.csv", BLOG],
    ["plausible.csv", BLOG],
  ])("%s", async (file, cycles) => {
    const { summary } = await ingestSample(file);
    expect(summary.bySource[file]).toMatchObject({ rows: 3, accepted: 3, quarantined: 0, complete: true });
    expect(summary.bySource[file]?.quarantineFile).toBeUndefined();
    expect([...summary.changedCycles].sort()).toEqual([...cycles].sort());
  });

  it("Mailchimp: by campaign id, else by subject and the send time in the account's zone", async () => {
    const { stored } = await ingestSample("mailchimp.csv");
    expect(await stored(NL1)).toEqual([
      "bounces=12",
      "click_rate=0.0501",
      "clicks=97",
      "delivered=1238",
      "open_rate=0.4128",
      "opens=803",
      "sent=1250",
      "unique_clicks=62",
      "unique_opens=511",
      "unsubscribes=4",
    ]);
    expect(await stored(NL3)).toContain("open_rate=0.4499");
  });

  it("Kit: thousands separators and spaced percentages", async () => {
    const { stored } = await ingestSample("convertkit.csv");
    expect(await stored(NL2)).toEqual([
      "click_rate=0.057",
      "clicks=110",
      "open_rate=0.432",
      "sent=1262",
      "unsubscribes=2",
    ]);
  });

  it("Buttondown: by subject and publish date, although its archive URL is not the ledger's", async () => {
    const { stored } = await ingestSample("buttondown.csv");
    expect(await stored(NL3)).toEqual([
      "clicks=121",
      "delivered=1258",
      "opens=902",
      "sent=1270",
      "unique_clicks=80",
      "unique_opens=566",
      "unsubscribes=3",
    ]);
  });

  it("Buffer: Instagram posts by permalink, whatever the www. and the igsh= parameter", async () => {
    const { stored } = await ingestSample("buffer.csv");
    expect(await stored(INSTA[1] as string)).toEqual([
      "clicks=44",
      "engagement_rate=0.0752",
      "engagements=141",
      "impressions=1875",
      "likes=70",
      "reach=1402",
      "replies=9",
      "reposts=18",
      "saves=30",
    ]);
  });

  it("Instagram (Meta Business Suite): by Post ID and Permalink; a Lifetime date is a lifetime total", async () => {
    const { stored } = await ingestSample("instagram.csv");
    expect(await stored(INSTA[0] as string)).toEqual([
      "followers_gained=4",
      "likes=96",
      "reach=1650",
      "replies=11",
      "reposts=23",
      "saves=41",
      "views=2140",
    ]);
  });

  it("Hootsuite: by Post ID and Post Permalink, one day per row", async () => {
    const { stored } = await ingestSample("hootsuite.csv");
    expect(await stored(TOOT[0] as string)).toEqual([
      "clicks@2026-12-02=31",
      "engagement_rate@2026-12-02=0.0851",
      "impressions@2026-12-02=1210",
      "likes@2026-12-02=54",
      "replies@2026-12-02=6",
      "reposts@2026-12-02=12",
    ]);
  });

  it("GA4 and Plausible: by page path, with or without a trailing slash and utm_ parameters", async () => {
    const ga4 = await ingestSample("ga4.csv");
    expect(await ga4.stored(BLOG[1] as string)).toEqual(["avg_time_s=65.1", "views=977", "visitors=741"]);
    const plausible = await ingestSample("plausible.csv");
    expect(await plausible.stored(BLOG[1] as string)).toEqual(["avg_time_s=63", "views=940", "visitors=702"]);
  });
});

describe("rows that cannot be told apart, or match nothing, are quarantined with the reason", () => {
  const HEADER = "Subject,Send Date,Unique Opens\n";

  /** The ledger plus a second newsletter with NL1's subject, sent the same day at 17:00 UTC. */
  function withTwin(): PublishedItem[] {
    const l = ledger();
    const twin = "evening-newsletter@20261201T1700Z";
    l.set(
      twin,
      history(twin, "newsletter", "2026-12-01T17:00:00.000Z", {
        id: "<twin@rosasbakery.example>",
        subject: "Advent opening hours",
      }),
    );
    return publishedItems(l);
  }

  async function quarantined(csv: string, items?: PublishedItem[]) {
    const path = await put(dir, "export.csv", csv);
    const summary = await ingest({
      dir,
      sources: [{ path, name: "export.csv" }],
      items: items ?? publishedItems(ledger()),
      receivedAt: "2026-12-20T00:00:00.000Z",
    });
    const file = summary.bySource["export.csv"]?.quarantineFile;
    const { readFile } = await import("node:fs/promises");
    const reasons = file
      ? (await readFile(file, "utf8"))
          .trim()
          .split("\n")
          .map((l) => (JSON.parse(l) as { reason: string }).reason)
      : [];
    return { summary, reasons };
  }

  it("two items with the same subject the same day, and a send time without a zone", async () => {
    const { summary, reasons } = await quarantined(
      `${HEADER}Advent opening hours,"Dec 01, 2026 10:00 am",511\n`,
      withTwin(),
    );
    expect(summary.accepted).toBe(0);
    expect(reasons).toEqual([
      'subject="Advent opening hours" sent Dec 01, 2026 10:00 am matches 2 published items (weekly-newsletter@20261201T0900Z, evening-newsletter@20261201T1700Z); add a cycle column to say which',
    ]);
  });

  it("a send time with its zone tells them apart", async () => {
    const { summary } = await quarantined(
      `${HEADER}Advent opening hours,2026-12-01T17:00:09Z,90\n`,
      withTwin(),
    );
    expect(summary).toMatchObject({
      accepted: 1,
      quarantined: 0,
      changedCycles: ["evening-newsletter@20261201T1700Z"],
    });
  });

  it("a known subject sent another week, an unreadable send time, and identifiers that disagree", async () => {
    const { reasons } = await quarantined(
      `${HEADER}Advent opening hours,"Dec 24, 2026 10:00 am",5\nStollen is back,next Tuesday,5\n`,
    );
    expect(reasons[0]).toBe(
      "no published item matches subject=\"Advent opening hours\" sent Dec 24, 2026 10:00 am (weekly-newsletter@20261201T0900Z has that name but went out at 2026-12-01T09:00:04.000Z, outside the row's send time: 3 h either way, or any time zone's reading of it when the export names no zone)",
    );
    expect(reasons[1]).toMatch(/^send time "next Tuesday" is not a date and time like 2026-12-01T09:00:00Z/);
    expect(reasons).toHaveLength(2);
    const conflict = await quarantined("Unique Id,Subject,Opens\n7a6b5c4d3e,Stollen is back,5\n");
    expect(conflict.reasons).toEqual([
      'the row\'s identifiers point at different items (receiptId=7a6b5c4d3e → weekly-newsletter@20261215T0900Z; subject="Stollen is back" → weekly-newsletter@20261208T0900Z)',
    ]);
  });

  it("a GA4 page Loopcast never published is no item's", async () => {
    const { reasons } = await quarantined("Page path and screen class,Views\n/,4312\n");
    expect(reasons).toEqual(["no published item matches url=/"]);
  });
});
