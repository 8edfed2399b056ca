// The Instagram channel against the stateful stand-in (test/stand-ins/instagram-graph.ts), with the item's
// images served by a local static server, as Meta fetches them from mediaBaseUrl.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type InstagramStandIn, startInstagramGraph } from "../../../test/stand-ins/instagram-graph.ts";
import { startMediaServer } from "../../../test/stand-ins/media-server.ts";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { ItemMedia } from "../../state/item.ts";
import type { PublishRequest } from "../types.ts";
import { createInstagram } from "./index.ts";

const TOKEN = "FAKE-instagram-token-5d1c-DO-NOT-LEAK";
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200)]);
const CAPTION = "Morning bake is out: rye, spelt and the first stollen. #bakery #stollen @crumbandco";

let mediaDir: string;
let files: Awaited<ReturnType<typeof startMediaServer>>;
let graph: InstagramStandIn;
let sleeps: number[];
let output: string[];

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), "ig-media-"));
  for (const name of ["bread.jpg", "rye.jpg", "spelt.jpg"]) await writeFile(join(mediaDir, name), JPEG);
  await writeFile(join(mediaDir, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await writeFile(join(mediaDir, "huge.jpg"), Buffer.concat([JPEG, Buffer.alloc(8 * 1024 * 1024)]));
  files = await startMediaServer(mediaDir);
});
afterAll(async () => {
  await files.close();
  await rm(mediaDir, { recursive: true, force: true });
});
beforeEach(async () => {
  graph = await startInstagramGraph({
    token: TOKEN,
    pollsInProgress: 2,
    now: () => new Date("2026-12-01T09:00:30Z"),
  });
  sleeps = [];
  output = [];
  for (const m of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void output.push(args.join(" ")));
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  expect(output.join("\n")).not.toContain(TOKEN);
  expect(JSON.stringify(graph.requests)).not.toContain(TOKEN);
  await graph.close();
});

const instagram = () =>
  createInstagram({ sleep: async (ms) => void sleeps.push(ms), pollIntervalMs: 1500, maxPolls: 5 });

function channel(over: Partial<Extract<Channel, { type: "instagram" }>> = {}): Channel {
  return {
    id: "instagram",
    type: "instagram",
    igUserId: graph.igUserId,
    tokenEnv: "INSTAGRAM_TOKEN",
    mediaBaseUrl: `${files.url}/`,
    baseUrl: graph.url,
    ...over,
  };
}

function request(
  o: { body?: string; media?: ItemMedia[]; token?: string; channel?: Channel } = {},
): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "bakes@20261201T0900Z",
        workflow: "bakes",
        channel: "instagram",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Morning bake",
        summary: "The morning bake is out.",
        arms: {},
        generator: "template",
        media: o.media ?? [{ file: "bread.jpg", alt: "A rye loaf on a board" }],
      },
      body: o.body ?? `${CAPTION}\n`,
    },
    channel: o.channel ?? channel(),
    strategy: {} as Strategy,
    idempotencyKey: "bakes@20261201T0900Z.0123456789abcdef",
    repoDir: "/nonexistent",
    mediaDir,
    env: { INSTAGRAM_TOKEN: o.token ?? TOKEN },
    now: new Date("2026-12-01T09:00:30Z"),
  };
}

async function publishError(req: PublishRequest): Promise<ChannelError> {
  const err = await instagram()
    .publish(req)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(err).toBeInstanceOf(ChannelError);
  expect((err as Error).message).not.toContain(TOKEN);
  return err as ChannelError;
}

const calls = () => graph.requests.map((r) => `${r.method} ${r.path.replace(/\d{10,}/g, "{id}")}`);

describe("instagram channel", () => {
  it("publishes one image: looks for an earlier post, checks the quota, waits for the container, publishes", async () => {
    const result = await instagram().publish(request());

    expect(graph.media.size).toBe(1);
    const [post] = [...graph.media.values()];
    expect(post).toMatchObject({
      caption: CAPTION,
      media_type: "IMAGE",
      images: [{ url: `${files.url}/bread.jpg`, bytes: JPEG.length }],
    });
    expect(result).toEqual({
      receipt: { id: post?.id, url: post?.permalink, permalink: post?.permalink },
      files: [],
    });
    expect(post?.permalink).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
    expect(calls()).toEqual([
      "GET /{id}/media",
      "GET /{id}/content_publishing_limit",
      "POST /{id}/media",
      "GET /{id}",
      "GET /{id}",
      "GET /{id}",
      "POST /{id}/media_publish",
      "GET /{id}",
    ]);
    expect(graph.requests.every((r) => r.authorized)).toBe(true);
    expect(graph.requests[2]?.params).toEqual({
      image_url: `${files.url}/bread.jpg`,
      caption: CAPTION,
      alt_text: "A rye loaf on a board",
    });
    // Two IN_PROGRESS reads, each followed by the poll interval.
    expect(sleeps).toEqual([1500, 1500]);
  });

  it("publishes a carousel: one carousel item per image, then a CAROUSEL container with the caption", async () => {
    const media = ["bread.jpg", "rye.jpg", "spelt.jpg"].map((file) => ({ file, alt: `Photo ${file}` }));
    await instagram().publish(request({ media }));

    const [post] = [...graph.media.values()];
    expect(post?.media_type).toBe("CAROUSEL_ALBUM");
    expect(post?.images.map((i) => i.url)).toEqual(media.map((m) => `${files.url}/${m.file}`));
    const creates = graph.requests.filter((r) => r.method === "POST" && r.path.endsWith("/media"));
    expect(creates.map((r) => r.params.is_carousel_item ?? r.params.media_type)).toEqual([
      "true",
      "true",
      "true",
      "CAROUSEL",
    ]);
    expect(creates[3]?.params.caption).toBe(CAPTION);
    expect(creates[0]?.params.caption).toBeUndefined();
    expect(files.hits).toEqual(expect.arrayContaining(["rye.jpg", "spelt.jpg"]));
  });

  it("refuses, before any request, a caption or images over Instagram's limits", async () => {
    const cases: Array<[Partial<Parameters<typeof request>[0]>, string]> = [
      [
        { body: Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(" ") },
        "31 hashtags; Instagram takes at most 30: remove 1, from #tag30 on",
      ],
      [
        { body: Array.from({ length: 21 }, (_, i) => `@friend${i}`).join(" ") },
        "21 @-mentions; Instagram takes at most 20",
      ],
      [{ body: "a".repeat(2201) }, "2201 characters; Instagram takes at most 2200"],
      [{ media: [] }, "an Instagram post needs an image"],
      [
        { media: Array(11).fill({ file: "bread.jpg", alt: "x" }) },
        "the item has 11 images; an Instagram carousel takes at most 10",
      ],
      [
        { media: [{ file: "logo.png", alt: "Logo" }] },
        "marketing/media/logo.png is image/png; Instagram takes JPEG only",
      ],
      [
        { media: [{ file: "huge.jpg", alt: "Big" }] },
        "marketing/media/huge.jpg is 8.4 MB; Instagram takes at most 8.4 MB per image",
      ],
    ];
    for (const [over, message] of cases) {
      const err = await publishError(request(over));
      expect(err.message).toContain(message);
      expect(err.retryable).toBe(false);
    }
    expect(graph.requests).toEqual([]);
  });

  it("leaves the item to the next run when the 24-hour quota is used, creating nothing", async () => {
    graph.usedQuota(50);
    const err = await publishError(request());
    expect(err.retryable).toBe(true);
    expect(err.message).toBe(
      "channel instagram: Instagram's publishing limit is reached (50 of 50 posts in the last 24 hours); the item waits for the next run",
    );
    expect(graph.containers.size).toBe(0);
  });

  it("publishes exactly once when the receipt was lost after media_publish, and on a repeat after a crash", async () => {
    // The answer to media_publish is lost: the container says PUBLISHED, and the post is found by its caption.
    graph.dropAnswer("/media_publish");
    const first = await instagram().publish(request());
    expect(graph.media.size).toBe(1);
    const [post] = [...graph.media.values()];
    expect(first.receipt).toEqual({ id: post?.id, url: post?.permalink, permalink: post?.permalink });

    // The run crashed before committing the receipt: the next run's publish finds the post and makes nothing.
    const before = graph.requests.length;
    const again = await instagram().publish(request());
    expect(again.receipt).toEqual(first.receipt);
    expect(graph.media.size).toBe(1);
    expect(calls().slice(before)).toEqual(["GET /{id}/media"]);
  });

  it("does not take a post from before the item's slot, or with another caption, for this item", async () => {
    graph.seedMedia(CAPTION, new Date("2026-11-30T09:00:00Z"));
    graph.seedMedia(`${CAPTION} (edited)`);
    await instagram().publish(request());
    expect(graph.media.size).toBe(3);
  });

  it("retries 5xx, 429 (honouring Retry-After) and is_transient answers with backoff", async () => {
    graph.failNext(1, 500);
    graph.failNext(1, 429);
    const result = await instagram().publish(request());
    expect(graph.media.size).toBe(1);
    expect(result.receipt.id).toBe([...graph.media.keys()][0]);
    // 500 → 1 s, then the 429's Retry-After (7 s) instead of the 2 s backoff.
    expect(sleeps.slice(0, 2)).toEqual([1000, 7000]);

    sleeps = [];
    graph.failNext(1, "transient");
    await instagram().publish(request({ body: "Second bake of the day." }));
    expect(graph.media.size).toBe(2);
    expect(sleeps[0]).toBe(1000);
  });

  it("gives up after three tries of a failing request and leaves the item to the next run", async () => {
    graph.failNext(3, 503);
    const err = await publishError(request());
    expect(err.retryable).toBe(true);
    expect(err.message).toContain("Meta answered 503, code 2: An unexpected error has occurred");
    expect(err.message).toContain("left to the next run");
    expect(graph.requests).toHaveLength(3);
  });

  it("stops at a 4xx with Meta's message and no retry: an image Meta cannot fetch", async () => {
    const err = await publishError(
      request({ channel: channel({ mediaBaseUrl: `${files.url}/elsewhere/` }) }),
    );
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      "channel instagram: Meta refused creating a media container (400, code 9004/2207052: Media download has failed. The media URI doesn't meet our requirements.)",
    );
    expect(graph.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("reports a refused token by the variable that holds it, never the token", async () => {
    const err = await publishError(request({ token: `${TOKEN}-revoked` }));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain(
      "Meta refused the access token in INSTAGRAM_TOKEN (400, code 190: Invalid OAuth access token",
    );
    expect(err.message).not.toContain("revoked");
    const missing = await publishError({ ...request(), env: {} });
    expect(missing.message).toContain("environment variable INSTAGRAM_TOKEN (named by tokenEnv) is not set");
  });

  it("leaves a container that fails processing as an error to fix, and one still processing to the next run", async () => {
    graph.failNextContainer();
    const failed = await publishError(request());
    expect(failed.retryable).toBe(false);
    expect(failed.message).toMatch(
      /Instagram could not process the media \(container \d+: ERROR\); check the image/,
    );

    const slow = await startInstagramGraph({ token: TOKEN, pollsInProgress: 10 });
    try {
      const err = await publishError(
        request({ channel: channel({ baseUrl: slow.url, igUserId: slow.igUserId }) }),
      );
      expect(err.retryable).toBe(true);
      expect(err.message).toContain("is still being processed after 5 checks");
      expect(slow.media.size).toBe(0);
    } finally {
      await slow.close();
    }
  });
});
