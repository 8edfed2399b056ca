// Mastodon's numbers read back from the stand-in: batched by 20, one status at a time on a server before
// 4.3, the refusal of a token in Mastodon's words, and the request budget respected.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MastodonStandIn, startMastodonServer } from "../../../test/stand-ins/mastodon-server.ts";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishedItem } from "../../metrics/types.ts";
import type { MeasureRequest } from "../types.ts";
import { mastodon } from "./index.ts";

const TOKEN = "secret-token-123";
let server: MastodonStandIn;
let old: MastodonStandIn;
beforeAll(async () => {
  server = await startMastodonServer({ token: TOKEN });
  old = await startMastodonServer({ token: TOKEN, multiGet: false });
});
afterAll(async () => {
  await server.close();
  await old.close();
});
beforeEach(() => {
  server.reset();
  old.reset();
});

const channel = (url: string): Channel =>
  ({ id: "masto", type: "mastodon", instanceUrl: url, tokenEnv: "MASTODON_TOKEN" }) as Channel;

/** Posts `n` statuses and gives status i (i+1) favourites, 2i boosts and i replies. */
async function post(on: MastodonStandIn, n: number): Promise<PublishedItem[]> {
  const items: PublishedItem[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${on.url}/api/v1/statuses`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ status: `post ${i}` }),
    });
    const { id } = (await res.json()) as { id: string };
    Object.assign(on.statuses.get(id) as object, {
      favourites_count: i + 1,
      reblogs_count: 2 * i,
      replies_count: i,
    });
    items.push({
      cycle: `s@2026120${(i % 9) + 1}T0900Z-${i}`,
      workflow: "w",
      channel: "masto",
      publishedAt: "2026-12-01T09:00:00Z",
      receiptId: id,
    });
  }
  on.requests.length = 0;
  return items;
}

const request = (url: string, items: PublishedItem[], maxRequests = 40, token = TOKEN): MeasureRequest => ({
  channel: channel(url),
  items,
  env: { MASTODON_TOKEN: token },
  now: new Date("2026-12-02T09:00:00Z"),
  maxRequests,
  sleep: async () => {},
});

describe("mastodon measure", () => {
  it("reads 45 statuses in 3 requests of at most 20 ids, as likes, reposts and replies", async () => {
    const items = await post(server, 45);
    const result = await mastodon.measure?.(request(server.url, items));
    expect(result?.requests).toBe(3);
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
      Array(3).fill("GET /api/v1/statuses 200"),
    );
    expect(result?.rows).toHaveLength(45);
    expect(result?.rows[7]).toEqual({
      cycle: items[7]?.cycle,
      channel: "masto",
      metrics: { likes: 8, reposts: 14, replies: 7 },
    });
    expect(result?.skipped).toEqual([]);
  });

  it("reads one status per request on a server before 4.3 (404 on the batch endpoint)", async () => {
    const items = await post(old, 3);
    const result = await mastodon.measure?.(request(old.url, items));
    expect(old.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
      "/api/v1/statuses 404",
      ...items.map((i) => `/api/v1/statuses/${i.receiptId} 200`),
    ]);
    expect(result?.requests).toBe(4);
    expect(result?.rows.map((r) => r.metrics.likes)).toEqual([1, 2, 3]);
  });

  it("stops at the request budget and says the rest waits for the next run", async () => {
    const items = await post(server, 45);
    const result = await mastodon.measure?.(request(server.url, items, 2));
    expect(result?.requests).toBe(2);
    expect(result?.rows).toHaveLength(40);
    expect(result?.skipped).toHaveLength(5);
    expect(result?.skipped[0]?.reason).toMatch(/budget ran out/);
  });

  it("a deleted status is skipped, not measured as zero", async () => {
    const items = await post(server, 2);
    await fetch(`${server.url}/api/v1/statuses/${items[1]?.receiptId}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const result = await mastodon.measure?.(request(server.url, items));
    expect(result?.rows.map((r) => r.cycle)).toEqual([items[0]?.cycle]);
    expect(result?.skipped[0]?.reason).toMatch(/gone/);
  });

  it("a refused token is a ChannelError in Mastodon's words, not retried, without the token", async () => {
    const items = await post(server, 1);
    const err = await mastodon
      .measure?.(request(server.url, items, 40, "wrong-token"))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(false);
    expect((err as Error).message).toMatch(/MASTODON_TOKEN.*401: The access token is invalid/);
    expect((err as Error).message).not.toContain("wrong-token");
    expect(server.requests).toHaveLength(1);
  });

  it("a 503 is retried with backoff; still failing, it is left to the next run (retryable)", async () => {
    const items = await post(server, 1);
    const waits: number[] = [];
    server.failNext(3, 503);
    const req = { ...request(server.url, items), sleep: async (ms: number) => void waits.push(ms) };
    const err = await mastodon.measure?.(req).catch((e: unknown) => e);
    expect(waits).toEqual([1000, 2000]);
    expect((err as ChannelError).retryable).toBe(true);
    expect(server.requests).toHaveLength(3);
  });
});
