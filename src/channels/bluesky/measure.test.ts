// Bluesky's numbers read back from an AppView stand-in whose answers are checked against the official
// lexicons: batches of 25 URIs, the four counts, a 429 with Retry-After waited for, a refusal in its words.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AppViewStandIn, startBlueskyAppView } from "../../../test/stand-ins/bluesky-appview.ts";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishedItem } from "../../metrics/types.ts";
import type { MeasureRequest } from "../types.ts";
import { bluesky } from "./index.ts";

let appView: AppViewStandIn;
beforeAll(async () => {
  appView = await startBlueskyAppView();
});
afterAll(() => appView.close());
beforeEach(() => {
  appView.posts.clear();
  appView.requests.length = 0;
});

function posts(n: number): PublishedItem[] {
  return Array.from({ length: n }, (_, i) => {
    const uri = `at://did:plc:abc123/app.bsky.feed.post/3lk${String(i).padStart(4, "0")}`;
    appView.posts.set(uri, { likeCount: i, repostCount: 1, replyCount: 2, quoteCount: 3 });
    return {
      cycle: `c${i}`,
      workflow: "w",
      channel: "sky",
      publishedAt: "2026-12-01T09:00:00Z",
      receiptId: uri,
    };
  });
}

const request = (items: PublishedItem[], waits: number[] = []): MeasureRequest => ({
  channel: {
    id: "sky",
    type: "bluesky",
    identifierEnv: "H",
    passwordEnv: "P",
    appViewUrl: appView.url,
  } as Channel,
  items,
  env: {},
  now: new Date("2026-12-02T09:00:00Z"),
  maxRequests: 40,
  sleep: async (ms) => void waits.push(ms),
});

describe("bluesky measure", () => {
  it("reads 60 posts in 3 getPosts calls of at most 25 URIs, as likes, reposts, replies and quotes", async () => {
    const items = posts(60);
    const result = await bluesky.measure?.(request(items));
    expect(appView.requests.map((r) => [r.uris.length, r.status])).toEqual([
      [25, 200],
      [25, 200],
      [10, 200],
    ]);
    expect(result?.requests).toBe(3);
    expect(result?.rows[59]).toEqual({
      cycle: "c59",
      channel: "sky",
      metrics: { likes: 59, reposts: 1, replies: 2, quotes: 3 },
    });
  });

  it("a post the AppView does not know (deleted) is skipped, not measured as zero", async () => {
    const items = posts(2);
    appView.posts.delete(items[1]?.receiptId as string);
    const result = await bluesky.measure?.(request(items));
    expect(result?.rows.map((r) => r.cycle)).toEqual(["c0"]);
    expect(result?.skipped).toEqual([{ cycle: "c1", reason: expect.stringMatching(/does not know/) }]);
  });

  it("waits what a 429's Retry-After asks, then reads; the retry counts as a request", async () => {
    const items = posts(3);
    appView.failNext(1, 429, 7);
    const waits: number[] = [];
    const result = await bluesky.measure?.(request(items, waits));
    expect(waits).toEqual([7000]);
    expect(result?.requests).toBe(2);
    expect(result?.rows).toHaveLength(3);
  });

  it("a 429 asking longer than the bounded wait is left to the next run, as retryable", async () => {
    const items = posts(1);
    appView.failNext(1, 429, 3600);
    const err = await bluesky.measure?.(request(items)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(true);
    expect((err as Error).message).toMatch(/429.*RateLimitExceeded/);
    expect(appView.requests).toHaveLength(1);
  });
});
