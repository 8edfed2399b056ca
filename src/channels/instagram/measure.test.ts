// Pulling insights from the stand-in: batches of 50, the request budget, per-post errors as skips.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type InstagramStandIn, startInstagramGraph } from "../../../test/stand-ins/instagram-graph.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishedItem } from "../../metrics/types.ts";
import type { MeasureRequest } from "../types.ts";
import { instagram } from "./index.ts";

const TOKEN = "FAKE-ig-measure-token-31";
let graph: InstagramStandIn;
let sleeps: number[];

beforeEach(async () => {
  graph = await startInstagramGraph({ token: TOKEN });
  sleeps = [];
});
afterEach(() => graph.close());

function published(count: number): PublishedItem[] {
  return Array.from({ length: count }, (_, i) => {
    const m = graph.seedMedia(`Post ${i}`);
    graph.setInsights(m.id, {
      views: 100 + i,
      reach: 80 + i,
      likes: i,
      comments: 2,
      shares: 1,
      saved: 3,
      total_interactions: i + 6,
    });
    return {
      cycle: `bakes@202612${String(1 + (i % 28)).padStart(2, "0")}T0900Z.${i}`,
      workflow: "bakes",
      channel: "instagram",
      publishedAt: "2026-12-01T09:00:00Z",
      receiptId: m.id,
      permalink: m.permalink,
      url: m.permalink,
    };
  });
}

function request(items: PublishedItem[], o: { maxRequests?: number; token?: string } = {}): MeasureRequest {
  return {
    channel: {
      id: "instagram",
      type: "instagram",
      igUserId: graph.igUserId,
      tokenEnv: "INSTAGRAM_TOKEN",
      mediaBaseUrl: "https://example.com/media/",
      baseUrl: graph.url,
    },
    items,
    env: { INSTAGRAM_TOKEN: o.token ?? TOKEN },
    now: new Date("2026-12-03T09:00:00Z"),
    maxRequests: o.maxRequests ?? 10,
    sleep: async (ms) => void sleeps.push(ms),
  };
}

const measure = (req: MeasureRequest) => {
  if (!instagram.measure) throw new Error("the instagram adapter measures");
  return instagram.measure(req);
};

describe("instagram measure", () => {
  it("reads 120 posts' insights in 3 batch requests and stores them under Loopcast's names", async () => {
    const items = published(120);
    const result = await measure(request(items));

    expect(result.requests).toBe(3);
    expect(graph.requests.map((r) => r.batch)).toEqual([50, 50, 20]);
    expect(result.skipped).toEqual([]);
    expect(result.rows).toHaveLength(120);
    expect(result.rows[7]).toEqual({
      cycle: items[7]?.cycle,
      channel: "instagram",
      metrics: { impressions: 107, reach: 87, likes: 7, replies: 2, reposts: 1, saves: 3, engagements: 13 },
    });
  });

  it("skips a post Meta refuses and keeps the others of the same batch", async () => {
    const items = published(3);
    const gone = { ...items[1], cycle: "bakes@20261202T0900Z", receiptId: "999" } as PublishedItem;
    const noReceipt: PublishedItem = { ...gone, cycle: "bakes@20261203T0900Z", receiptId: undefined };
    const result = await measure(
      request([items[0] as PublishedItem, gone, noReceipt, items[2] as PublishedItem]),
    );

    expect(result.rows.map((r) => r.cycle)).toEqual([items[0]?.cycle, items[2]?.cycle]);
    expect(result.skipped).toEqual([
      { cycle: "bakes@20261203T0900Z", reason: "its receipt names no Instagram media id" },
      {
        cycle: "bakes@20261202T0900Z",
        reason: expect.stringContaining(
          "Meta refused reading its insights (400, code 100/33: Unsupported get request. Object with ID '999' does not exist",
        ),
      },
    ]);
    expect(result.requests).toBe(1);
  });

  it("stays inside the request budget: what is beyond it waits for the next run", async () => {
    const items = published(120);
    const result = await measure(request(items, { maxRequests: 2 }));
    expect(result.requests).toBe(2);
    expect(result.rows).toHaveLength(100);
    expect(result.skipped).toHaveLength(20);
    expect(result.skipped[0]?.reason).toBe(
      "the run's request budget for this channel is spent; measured next run",
    );
  });

  it("retries a failing batch with backoff, and fails as a whole on a refused token", async () => {
    const items = published(2);
    graph.failNext(1, 429);
    const retried = await measure(request(items));
    expect(retried.rows).toHaveLength(2);
    expect(retried.requests).toBe(2);
    expect(sleeps).toEqual([7000]);

    const err = await measure(request(items, { token: "wrong" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(false);
    expect((err as Error).message).toContain(
      "Meta refused the access token in INSTAGRAM_TOKEN (400, code 190",
    );
  });

  it("skips a post with no insights yet (Meta answers an empty data set)", async () => {
    const m = graph.seedMedia("Fresh");
    const item: PublishedItem = {
      cycle: "bakes@20261201T0900Z",
      workflow: "bakes",
      channel: "instagram",
      publishedAt: "2026-12-01T09:00:00Z",
      receiptId: m.id,
    };
    const result = await measure(request([item]));
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([
      { cycle: item.cycle, reason: "Instagram reports no insights for it yet" },
    ]);
  });
});
