// The Mailchimp channel against the stateful stand-in (test/stand-ins/mailchimp-server.ts) on 127.0.0.1.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MailchimpStandIn, startMailchimpServer } from "../../../test/stand-ins/mailchimp-server.ts";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishedItem } from "../../metrics/types.ts";
import type { ItemMedia } from "../../state/item.ts";
import type { MeasureRequest, PublishRequest } from "../types.ts";
import { mailchimp } from "./index.ts";

const KEY = "FAKE0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f-us21";
const CYCLE = "weekly-newsletter@20261201T0900Z";
const SLOT = new Date("2026-12-01T09:00:00Z");

let server: MailchimpStandIn;
let clock: Date;
let dirs: string[] = [];

beforeEach(async () => {
  clock = new Date("2026-12-01T09:05:00Z");
  server = await startMailchimpServer({ apiKey: KEY, verifiedDomains: ["crumb.example"], now: () => clock });
});
afterEach(async () => {
  await server.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

function channel(extra: Record<string, unknown> = {}): Channel {
  return {
    id: "news",
    type: "mailchimp",
    apiKeyEnv: "MAILCHIMP_API_KEY",
    listId: "a1b2c3d4e5",
    fromName: "Crumb & Co",
    replyTo: "hello@crumb.example",
    baseUrl: server.url,
    ...extra,
  } as Channel;
}

function request(
  opts: { channel?: Channel; media?: ItemMedia[]; mediaDir?: string; key?: string } = {},
): PublishRequest {
  return {
    item: {
      meta: {
        cycle: CYCLE,
        workflow: "weekly-newsletter",
        channel: "news",
        slot: SLOT.toISOString(),
        title: "Advent opening hours",
        summary: "Open every day until the 24th",
        arms: {},
        generator: "template",
        ...(opts.media ? { media: opts.media } : {}),
      },
      body: "We open **every day** until the 24th.\n\n[See the hours](https://crumb.example/hours)",
    },
    channel: opts.channel ?? channel(),
    strategy: {} as Strategy,
    idempotencyKey: `${CYCLE}.0123456789abcdef`,
    repoDir: "/nonexistent",
    ...(opts.mediaDir ? { mediaDir: opts.mediaDir } : {}),
    env: { MAILCHIMP_API_KEY: opts.key ?? KEY },
    now: clock,
  };
}

const calls = () => server.requests.map((r) => `${r.method} ${r.path.replace(/^\/3\.0/, "")}`);

describe("mailchimp channel: publish", () => {
  it("creates a campaign titled with the cycle id, sets its HTML with the unsubscribe footer, and sends it", async () => {
    const result = await mailchimp.publish(request());
    const [campaign] = [...server.campaigns.values()];
    expect(server.campaigns.size).toBe(1);
    expect(campaign?.status).toBe("sent");
    expect(campaign?.settings).toEqual({
      subject_line: "Advent opening hours",
      preview_text: "Open every day until the 24th",
      title: CYCLE,
      from_name: "Crumb & Co",
      reply_to: "hello@crumb.example",
    });
    expect(campaign?.html).toContain("<strong>every day</strong>");
    expect(campaign?.html).toContain('<a href="*|UNSUB|*">Unsubscribe</a>');
    expect(result).toEqual({
      receipt: {
        id: campaign?.id,
        url: campaign?.archive_url,
        permalink: campaign?.long_archive_url,
        subject: "Advent opening hours",
        sentAt: clock.toISOString(),
      },
      files: [],
    });
    const id = campaign?.id;
    expect(calls()).toEqual([
      "GET /campaigns",
      "POST /campaigns",
      `PUT /campaigns/${id}/content`,
      `POST /campaigns/${id}/actions/send`,
    ]);
    // The lookup is bounded in time, limited to the fields used, and in the channel's audience.
    expect(server.requests[0]?.query).toMatchObject({
      list_id: "a1b2c3d4e5",
      since_create_time: "2026-11-01T09:00:00.000Z",
      count: "1000",
      sort_field: "create_time",
      sort_dir: "DESC",
    });
    expect(server.requests[0]?.query.fields).toContain("campaigns.settings.title");
    expect(server.requests.every((r) => r.authorized)).toBe(true);
  });

  it("schedules for the slot when it is ahead, and holds campaigns for holdMinutes when the channel asks", async () => {
    clock = new Date("2026-12-01T08:00:00Z");
    const ahead = await mailchimp.publish(request());
    const [first] = [...server.campaigns.values()];
    expect(first?.status).toBe("schedule");
    expect(ahead.receipt.sentAt).toBe("2026-12-01T09:00:00.000Z");
    expect(server.requests.at(-1)?.body).toEqual({ schedule_time: "2026-12-01T09:00:00.000Z" });

    await server.close();
    clock = new Date("2026-12-01T09:05:00Z");
    server = await startMailchimpServer({ apiKey: KEY, now: () => clock });
    const held = await mailchimp.publish(request({ channel: channel({ schedule: { holdMinutes: 30 } }) }));
    // 09:35 rounded up to Mailchimp's quarter hour.
    expect(held.receipt.sentAt).toBe("2026-12-01T09:45:00.000Z");
    const [second] = [...server.campaigns.values()];
    expect(second?.status).toBe("schedule");
    clock = new Date("2026-12-01T09:46:00Z");
    expect(
      (await fetch(`${server.url}/campaigns/${second?.id}`, { headers: auth() }).then((r) => r.json()))
        .status,
    ).toBe("sent");
  });

  it("sends exactly once: a retry after a crash between the send and the receipt finds the sent campaign", async () => {
    const first = await mailchimp.publish(request());
    // The run died here: its receipt was never written, so the next run publishes the item again.
    server.requests.length = 0;
    const again = await mailchimp.publish(request());
    expect(again.receipt.id).toBe(first.receipt.id);
    expect(calls()).toEqual(["GET /campaigns"]);
    expect(server.campaigns.size).toBe(1);
  });

  it("completes the draft an interrupted try left, instead of creating a second campaign", async () => {
    let failed = false;
    await server.close();
    server = await startMailchimpServer({
      apiKey: KEY,
      now: () => clock,
      onRequest: (r) => {
        // The campaign exists, then setting its content fails (a proxy in front of Mailchimp answers 503).
        if (!failed && r.method === "PUT") {
          failed = true;
          server.failNext(1, 503);
        }
      },
    });
    const error = await mailchimp.publish(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as ChannelError).retryable).toBe(true);
    expect((error as Error).message).toMatch(
      /could not set the content of campaign \w+ now \(503\); the next run tries again/,
    );
    expect([...server.campaigns.values()].map((c) => c.status)).toEqual(["save"]);

    server.requests.length = 0;
    const result = await mailchimp.publish(request());
    const id = result.receipt.id;
    expect(calls()).toEqual([
      "GET /campaigns",
      `PATCH /campaigns/${id}`,
      `PUT /campaigns/${id}/content`,
      `POST /campaigns/${id}/actions/send`,
    ]);
    expect([...server.campaigns.values()].map((c) => c.status)).toEqual(["sent"]);
  });

  it("reports a refused send with Mailchimp's words and its send checklist, and does not retry it", async () => {
    const error = await mailchimp
      .publish(request({ channel: channel({ replyTo: "hello@unverified.example" }) }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as ChannelError).retryable).toBe(false);
    expect((error as Error).message).toMatch(
      /^channel news: Mailchimp refused to send campaign \w+ \(400 Bad Request: Your Campaign is not ready to send\.\); its send checklist says: From email address: Verify the domain unverified\.example before sending from it\./,
    );
  });

  it("stops with Mailchimp's field errors when the audience does not exist", async () => {
    const error = await mailchimp
      .publish(request({ channel: channel({ listId: "nope" }) }))
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "Mailchimp refused to create the campaign for weekly-newsletter@20261201T0900Z in audience nope (400 Invalid Resource: The resource submitted could not be validated. For field-specific details, see the 'errors' array. (recipients.list_id: The list \"nope\" does not exist.))",
    );
    expect((error as ChannelError).retryable).toBe(false);
  });

  it("names the variable of a refused key, never the key, and does not retry", async () => {
    const wrong = "FAKEwrongwrongwrongwrongwrong0000-us21";
    const error = await mailchimp.publish(request({ key: wrong })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as ChannelError).retryable).toBe(false);
    expect((error as Error).message).toBe(
      "channel news: Mailchimp refused the API key in MAILCHIMP_API_KEY (401 API Key Invalid: Your API key may be invalid, or you've attempted to access the wrong datacenter.); create a key under Profile > Extras > API keys and update the Actions secret",
    );
    expect(JSON.stringify(server.requests)).not.toContain(wrong);

    // Without baseUrl, the address comes from the key's data centre: a key without one is refused unread.
    const bare = "FAKEnodatacentre0000";
    const noDc = await mailchimp
      .publish(request({ channel: channel({ baseUrl: undefined }), key: bare }))
      .catch((e: unknown) => e);
    expect((noDc as Error).message).toContain(
      "the API key in MAILCHIMP_API_KEY does not end in its data centre",
    );
    expect((noDc as Error).message).not.toContain(bare);
  });

  it("leaves a rate-limited publish to the next run, saying how long Mailchimp asked to wait", async () => {
    server.failNext(1, 429, 7);
    const error = await mailchimp.publish(request()).catch((e: unknown) => e);
    expect((error as ChannelError).retryable).toBe(true);
    expect((error as Error).message).toBe(
      "channel news: Mailchimp could not look for the item's campaign now (429 Too Many Requests: You have exceeded the limit of 10 simultaneous connections.); it asked to wait 7 s; the next run tries again",
    );
    expect(server.campaigns.size).toBe(0);
  });

  it("shows the item's images from mediaBaseUrl with their alt text, and needs mediaBaseUrl for them", async () => {
    const mediaDir = await mkdtemp(join(tmpdir(), "loopcast-mailchimp-"));
    dirs.push(mediaDir);
    // A PNG's signature is all the channel reads.
    await writeFile(
      join(mediaDir, "stollen.png"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const media = [{ file: "stollen.png", alt: 'Stollen "fresh" from the oven' }];
    const without = await mailchimp.publish(request({ media, mediaDir })).catch((e: unknown) => e);
    expect((without as Error).message).toContain("the channel has no mediaBaseUrl");
    expect(server.requests).toEqual([]);

    await mailchimp.publish(
      request({ media, mediaDir, channel: channel({ mediaBaseUrl: "https://crumb.example/media" }) }),
    );
    const [campaign] = [...server.campaigns.values()];
    expect(campaign?.html).toContain(
      '<img src="https://crumb.example/media/stollen.png" alt="Stollen &quot;fresh&quot; from the oven"',
    );
  });
});

describe("mailchimp channel: measure", () => {
  function measureRequest(items: PublishedItem[], extra: Partial<MeasureRequest> = {}): MeasureRequest {
    return {
      channel: channel(),
      items,
      env: { MAILCHIMP_API_KEY: KEY },
      now: clock,
      maxRequests: 40,
      sleep: async () => {},
      ...extra,
    };
  }

  function seed(n: number, from: Date): PublishedItem[] {
    const items: PublishedItem[] = [];
    for (let i = 0; i < n; i++) {
      const sent = new Date(from.getTime() + i * 3_600_000).toISOString();
      const cycle = `news@${sent.slice(0, 16).replace(/[-:]/g, "")}Z`;
      const c = server.seedSent({ title: cycle, subject: `Issue ${i}`, sendTime: sent });
      items.push({
        cycle,
        workflow: "news",
        channel: "news",
        publishedAt: sent,
        receiptId: c.id,
        sentAt: sent,
      });
    }
    return items;
  }

  it("reads 500 campaigns' reports in one request, as the email metrics", async () => {
    clock = new Date("2026-12-31T00:00:00Z");
    seed(40, new Date("2026-09-01T00:00:00Z")); // sent earlier: outside since_send_time
    const items = seed(500, new Date("2026-12-01T00:00:00Z"));
    const result = await mailchimp.measure?.(measureRequest(items, { now: clock }));
    expect(result?.requests).toBe(1);
    expect(result?.skipped).toEqual([]);
    expect(result?.rows).toHaveLength(500);
    expect(server.requests[0]?.query).toMatchObject({
      count: "1000",
      since_send_time: "2026-11-30T00:00:00.000Z",
    });
    // 1,000 members: 10 hard + 5 soft bounces; two days on, 45 % of 985 opened and 6 % clicked.
    expect(result?.rows.find((r) => r.cycle === items[0]?.cycle)).toEqual({
      cycle: items[0]?.cycle,
      receiptId: items[0]?.receiptId,
      channel: "news",
      metrics: {
        sent: 1000,
        delivered: 985,
        bounces: 15,
        opens: 620,
        unique_opens: 443,
        open_rate: 443 / 985,
        clicks: 100,
        unique_clicks: 59,
        click_rate: 59 / 985,
        unsubscribes: 2,
      },
    });
  });

  it("pages past 1,000 reports, waits as a 429 asks, and counts every try", async () => {
    clock = new Date("2027-03-01T00:00:00Z");
    const items = seed(1100, new Date("2026-12-01T00:00:00Z"));
    server.failNext(1, 429, 3);
    const waits: number[] = [];
    const result = await mailchimp.measure?.(
      measureRequest(items, { now: clock, sleep: async (ms) => void waits.push(ms) }),
    );
    expect(waits).toEqual([3000]);
    expect(result?.requests).toBe(3);
    expect(result?.rows).toHaveLength(1100);
    expect(server.requests.map((r) => [r.status, r.query.offset])).toEqual([
      [429, "0"],
      [200, "0"],
      [200, "1000"],
    ]);
  });

  it("skips what it cannot read, saying why, within the request budget", async () => {
    clock = new Date("2026-12-31T00:00:00Z");
    const items = seed(2, new Date("2026-12-01T00:00:00Z"));
    const unsent: PublishedItem = {
      cycle: "news@20261230T0900Z",
      workflow: "news",
      channel: "news",
      publishedAt: "2026-12-30T09:00:00Z",
      receiptId: "0000000000",
    };
    const noReceipt: PublishedItem = {
      cycle: "news@20261229T0900Z",
      workflow: "news",
      channel: "news",
      publishedAt: "2026-12-29T09:00:00Z",
    };
    const result = await mailchimp.measure?.(measureRequest([...items, unsent, noReceipt], { now: clock }));
    expect(result?.rows.map((r) => r.cycle).sort()).toEqual(items.map((i) => i.cycle));
    expect(result?.skipped).toEqual([
      { cycle: noReceipt.cycle, reason: "its receipt names no campaign id" },
      {
        cycle: unsent.cycle,
        reason: "Mailchimp has no report for campaign 0000000000 (not sent yet, or deleted)",
      },
    ]);

    server.requests.length = 0;
    const none = await mailchimp.measure?.(measureRequest(items, { now: clock, maxRequests: 0 }));
    expect(none?.requests).toBe(0);
    expect(server.requests).toEqual([]);
    expect(none?.skipped.map((s) => s.reason)).toEqual([
      "this run's request budget is spent; the next run reads it",
      "this run's request budget is spent; the next run reads it",
    ]);
  });

  it("fails as a whole on a refused key, without the key", async () => {
    const items = seed(1, new Date("2026-11-30T00:00:00Z"));
    const error = await mailchimp
      .measure?.(measureRequest(items, { env: { MAILCHIMP_API_KEY: "FAKEbad-us21" } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as Error).message).toContain("Mailchimp refused the API key in MAILCHIMP_API_KEY (401");
    expect((error as Error).message).not.toContain("FAKEbad");
  });
});

function auth(): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`x:${KEY}`).toString("base64")}` };
}
