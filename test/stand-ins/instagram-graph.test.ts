// The stand-in itself: the documented behaviours of the Graph API the Instagram channel's tests rely on.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type InstagramStandIn,
  MAX_IMAGE_BYTES,
  QUOTA_TOTAL,
  startInstagramGraph,
} from "./instagram-graph.ts";
import { startMediaServer } from "./media-server.ts";

const TOKEN = "FAKE-ig-standin-token-77";
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
let dir: string;
let files: Awaited<ReturnType<typeof startMediaServer>>;
let clock: Date;
let graph: InstagramStandIn;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ig-standin-"));
  await writeFile(join(dir, "bread.jpg"), JPEG);
  await writeFile(join(dir, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await writeFile(join(dir, "huge.jpg"), Buffer.concat([JPEG, Buffer.alloc(MAX_IMAGE_BYTES)]));
  files = await startMediaServer(dir);
});
afterAll(async () => {
  await files.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  clock = new Date("2026-12-01T09:00:00Z");
  graph = await startInstagramGraph({ token: TOKEN, pollsInProgress: 2, now: () => clock });
});
afterEach(() => graph.close());

async function call(method: string, path: string, params: Record<string, string> = {}, token = TOKEN) {
  const url = new URL(`${graph.url}/v23.0/${path}`);
  const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}` } };
  if (method === "GET") for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  else init.body = new URLSearchParams(params);
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}
const user = () => graph.igUserId;

// Answers are read loosely, field by field, as a client of the Graph API would.
// biome-ignore lint/suspicious/noExplicitAny: the answers' shapes vary by endpoint
type Json = Record<string, any>;

describe("instagram graph stand-in", () => {
  it("creates a container from a fetched JPEG, keeps it IN_PROGRESS for two reads, publishes it once", async () => {
    const created = await call("POST", `${user()}/media`, {
      image_url: `${files.url}/bread.jpg`,
      caption: "Fresh #bread",
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    const status = async () => (await call("GET", id, { fields: "status_code" })).body.status_code;
    expect(await status()).toBe("IN_PROGRESS");
    const early = await call("POST", `${user()}/media_publish`, { creation_id: id });
    expect(early.body.error).toMatchObject({ code: 9007, error_subcode: 2207027 });
    expect(await status()).toBe("IN_PROGRESS");
    expect(await status()).toBe("FINISHED");

    const published = await call("POST", `${user()}/media_publish`, { creation_id: id });
    expect(published.status).toBe(200);
    const mediaId = published.body.id as string;
    expect(await status()).toBe("PUBLISHED");
    const again = await call("POST", `${user()}/media_publish`, { creation_id: id });
    expect(again.status).toBe(400);
    expect(graph.media.size).toBe(1);

    const read = await call("GET", mediaId, { fields: "permalink,caption,timestamp" });
    expect(read.body).toEqual({
      id: mediaId,
      permalink: expect.stringMatching(/^https:\/\/www\.instagram\.com\/p\/[\w-]+\/$/),
      caption: "Fresh #bread",
      timestamp: "2026-12-01T09:00:00+0000",
    });
    expect(JSON.stringify(graph.requests)).not.toContain(TOKEN);
  });

  it("refuses what Meta refuses: not a JPEG, over 8 MiB, an address it cannot fetch, a bad token", async () => {
    const png = await call("POST", `${user()}/media`, { image_url: `${files.url}/logo.png` });
    expect(png.status).toBe(400);
    expect(png.body.error).toMatchObject({
      message: "Only photo or video can be accepted as media type.",
      type: "OAuthException",
      code: 9004,
      error_subcode: 2207052,
      fbtrace_id: expect.any(String),
    });
    const huge = await call("POST", `${user()}/media`, { image_url: `${files.url}/huge.jpg` });
    expect(huge.body.error).toMatchObject({
      code: 36000,
      error_subcode: 2207004,
      message: "The image size is too large.",
    });
    const missing = await call("POST", `${user()}/media`, { image_url: `${files.url}/nope.jpg` });
    expect(missing.body.error).toMatchObject({ code: 9004, error_subcode: 2207052 });
    const bad = await call("GET", `${user()}/media`, {}, "wrong");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ type: "OAuthException", code: 190 });
    expect(graph.containers.size).toBe(0);
  });

  it("builds a carousel from carousel items, at most 10, and refuses captions over the limits", async () => {
    const item = async () =>
      (
        await call("POST", `${user()}/media`, {
          image_url: `${files.url}/bread.jpg`,
          is_carousel_item: "true",
        })
      ).body.id as string;
    const children = [await item(), await item()];
    const carousel = await call("POST", `${user()}/media`, {
      media_type: "CAROUSEL",
      children: children.join(","),
      caption: "Two",
    });
    expect(carousel.status).toBe(200);
    expect(graph.containers.get(carousel.body.id)?.kind).toBe("carousel");
    const eleven = await call("POST", `${user()}/media`, {
      media_type: "CAROUSEL",
      children: Array(11).fill(children[0]).join(","),
    });
    expect(eleven.status).toBe(400);
    const tags = Array.from({ length: 31 }, (_, i) => `#t${i}`).join(" ");
    const tooMany = await call("POST", `${user()}/media`, {
      image_url: `${files.url}/bread.jpg`,
      caption: tags,
    });
    expect(tooMany.body.error.error_user_msg).toBe("A caption takes at most 30 hashtags.");
    const long = await call("POST", `${user()}/media`, {
      image_url: `${files.url}/bread.jpg`,
      caption: "a".repeat(2201),
    });
    expect(long.body.error.code).toBe(100);
  });

  it("counts the 24-hour publishing quota and refuses past it with code 9 / 2207042", async () => {
    graph.usedQuota(QUOTA_TOTAL - 1);
    const limit = await call("GET", `${user()}/content_publishing_limit`, { fields: "quota_usage,config" });
    expect(limit.body).toEqual({
      data: [{ quota_usage: 49, config: { quota_total: 50, quota_duration: 86400 } }],
    });
    const make = async () => {
      const id = (await call("POST", `${user()}/media`, { image_url: `${files.url}/bread.jpg` })).body
        .id as string;
      for (let i = 0; i < 3; i++) await call("GET", id, { fields: "status_code" });
      return call("POST", `${user()}/media_publish`, { creation_id: id });
    };
    expect((await make()).status).toBe(200);
    const over = await make();
    expect(over.body.error).toMatchObject({ code: 9, error_subcode: 2207042 });
    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000 + 1);
    expect((await make()).status).toBe(200);
  });

  it("lists media newest first with cursor paging, and answers insights and batch requests", async () => {
    const a = graph.seedMedia("first");
    const b = graph.seedMedia("second");
    graph.setInsights(a.id, { reach: 12, likes: 3 });
    const page = await call("GET", `${user()}/media`, { fields: "id,caption", limit: "1" });
    expect(page.body.data).toEqual([{ id: b.id, caption: "second" }]);
    const next = await call("GET", `${user()}/media`, {
      fields: "id,caption",
      limit: "1",
      after: page.body.paging.cursors.after,
    });
    expect(next.body.data).toEqual([{ id: a.id, caption: "first" }]);
    expect(next.body.paging.next).toBeUndefined();

    const old = await call("GET", `${a.id}/insights`, { metric: "impressions" });
    expect(old.body.error.code).toBe(100);

    const res = await fetch(`${graph.url}/v23.0/`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: new URLSearchParams({
        batch: JSON.stringify([
          { method: "GET", relative_url: `${a.id}/insights?metric=reach,likes` },
          { method: "GET", relative_url: "999/insights?metric=reach" },
        ]),
      }),
    });
    const answers = (await res.json()) as Array<{ code: number; body: string }>;
    expect(answers.map((x) => x.code)).toEqual([200, 400]);
    expect(
      JSON.parse(answers[0]?.body ?? "").data.map(
        (d: { values: Array<{ value: number }> }) => d.values[0]?.value,
      ),
    ).toEqual([12, 3]);
    expect(JSON.parse(answers[1]?.body ?? "").error).toMatchObject({ code: 100, error_subcode: 33 });
    expect(graph.requests.at(-1)).toMatchObject({ path: "/", batch: 2 });

    const tooBig = await fetch(`${graph.url}/v23.0/`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: new URLSearchParams({
        batch: JSON.stringify(Array(51).fill({ method: "GET", relative_url: a.id })),
      }),
    });
    expect(tooBig.status).toBe(400);
  });

  it("injects 500, 429 with Retry-After and is_transient faults for the next requests only", async () => {
    graph.failNext(1, 500);
    graph.failNext(1, 429);
    graph.failNext(1, "transient");
    const first = await call("GET", `${user()}/media`);
    expect(first.status).toBe(500);
    expect(first.body.error.is_transient).toBe(true);
    const second = await call("GET", `${user()}/media`);
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("7");
    const third = await call("GET", `${user()}/media`);
    expect(third.body.error).toMatchObject({ code: 1, is_transient: true });
    expect((await call("GET", `${user()}/media`)).status).toBe(200);
  });

  it("hears of each request before answering it, fetches images from imageOrigin, gives each post its own permalink, and forgets all on reset", async () => {
    const heard: Array<[string, number]> = [];
    const hooked = await startInstagramGraph({
      token: TOKEN,
      pollsInProgress: 0,
      now: () => clock,
      imageOrigin: files.url,
      onRequest: (r) => heard.push([r.path, r.status]),
    });
    const post = (path: string, params: Record<string, string>) =>
      fetch(`${hooked.url}/v23.0/${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKEN}` },
        body: new URLSearchParams(params),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Json }));
    try {
      const hits = files.hits.length;
      // The public address a configuration names; the stand-in reads the same path from the media server.
      const created = await post(`${hooked.igUserId}/media`, {
        image_url: "https://media.example.test/bread.jpg",
        caption: "Rye",
      });
      expect(created.status).toBe(200);
      expect(files.hits.slice(hits)).toEqual(["bread.jpg"]);
      const published = await post(`${hooked.igUserId}/media_publish`, { creation_id: created.body.id });
      expect(published.status).toBe(200);
      // Status 0: the hook ran before the answer was written.
      expect(heard).toEqual([
        [`/${hooked.igUserId}/media`, 0],
        [`/${hooked.igUserId}/media_publish`, 0],
      ]);
      expect([hooked.containers.size, hooked.media.size, hooked.requests.length]).toEqual([1, 1, 2]);
      // Each post has its own address (receipts and metric exports are matched by it).
      const seeded = hooked.seedMedia("by hand");
      expect(seeded.permalink).toMatch(/^https:\/\/www\.instagram\.com\/p\/[\w-]{11}\/$/);
      expect(seeded.permalink).not.toBe(hooked.media.get(published.body.id)?.permalink);

      hooked.failNext(1, 500);
      hooked.reset();
      expect([hooked.containers.size, hooked.media.size, hooked.requests.length]).toEqual([0, 0, 0]);
      const gone = await post(`${hooked.igUserId}/media_publish`, { creation_id: created.body.id });
      expect(gone.body.error).toMatchObject({ code: 100 });
    } finally {
      await hooked.close();
    }
  });
});
