// Images on Bluesky, against a real PDS on this machine (test/stand-ins/bluesky-pds.ts): the post's record
// carries an app.bsky.embed.images embed whose blob references resolve (com.atproto.sync.getBlob answers the
// file's own bytes), with alt text and the aspect ratio read from each file's header.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AtpAgent } from "@atproto/api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type BlueskyPds, startBlueskyPds } from "../../../test/stand-ins/bluesky-pds.ts";
import type { Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { ItemMedia } from "../../state/item.ts";
import type { PublishRequest } from "../types.ts";
import { aspectRatioOf } from "./images.ts";
import { bluesky } from "./index.ts";

/** Two real images: a 40×40 PNG and a 64×48 JPEG. */
const MEDIA = fileURLToPath(new URL("../../../test/fixtures/media", import.meta.url));
const BREAD = { file: "bread.png", alt: "A round loaf on a wooden board" };
const CROISSANTS = { file: "croissants.jpg", alt: "Six croissants cooling on a tray" };

let pds: BlueskyPds;
let reader: AtpAgent;
beforeAll(async () => {
  pds = await startBlueskyPds();
  reader = new AtpAgent({ service: pds.pdsUrl });
  await reader.login({ identifier: pds.did, password: pds.appPassword });
});
afterAll(() => pds?.close());

function request(
  media: ItemMedia[],
  key: string,
  body = "Out of the oven at nine. https://bakery.test/bread",
): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "social@20261201T0900Z",
        workflow: "social",
        channel: "bsky",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Fresh bread",
        summary: "Out of the oven at nine.",
        arms: {},
        generator: "template",
        media,
      },
      body,
    },
    channel: {
      id: "bsky",
      type: "bluesky",
      serviceUrl: pds.url,
      identifierEnv: "BSKY_HANDLE",
      passwordEnv: "BSKY_APP_PASSWORD",
    },
    strategy: {} as Strategy,
    idempotencyKey: key,
    repoDir: "/nonexistent",
    mediaDir: MEDIA,
    env: { BSKY_HANDLE: pds.handle, BSKY_APP_PASSWORD: pds.appPassword },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

interface ImagesEmbed {
  $type: string;
  images: Array<{
    alt: string;
    aspectRatio?: { width: number; height: number };
    image: { mimeType: string; size: number; ref: { toString(): string } };
  }>;
}

async function record(uri: string): Promise<{ embed?: ImagesEmbed & { external?: { uri: string } } }> {
  const rkey = uri.split("/").pop() ?? "";
  const res = await reader.com.atproto.repo.getRecord({
    repo: pds.did,
    collection: "app.bsky.feed.post",
    rkey,
  });
  return res.data.value as { embed?: ImagesEmbed & { external?: { uri: string } } };
}

async function blob(cid: string): Promise<Buffer> {
  const res = await reader.com.atproto.sync.getBlob({ did: pds.did, cid });
  return Buffer.from(res.data);
}

describe("bluesky channel: images on a local PDS", () => {
  it("posts the images as an images embed with alt text and aspect ratios, and the blobs resolve to the files", async () => {
    const result = await bluesky.publish(request([CROISSANTS, BREAD], "images.1"));
    const post = await record(result.receipt.id);
    const embed = post.embed as ImagesEmbed;
    expect(embed.$type).toBe("app.bsky.embed.images");
    expect(embed.images.map((i) => [i.alt, i.aspectRatio, i.image.mimeType])).toEqual([
      [CROISSANTS.alt, { width: 64, height: 48 }, "image/jpeg"],
      [BREAD.alt, { width: 40, height: 40 }, "image/png"],
    ]);
    for (const [i, file] of ["croissants.jpg", "bread.png"].entries()) {
      const bytes = await readFile(join(MEDIA, file));
      const ref = embed.images[i]?.image;
      expect(ref?.size).toBe(bytes.length);
      expect((await blob(ref?.ref.toString() ?? "")).equals(bytes)).toBe(true);
    }
  });

  it("puts the link card on the thread's second post when the first carries images", async () => {
    const sentence = "Our sourdough rests for two days before it meets the oven. ";
    const body = `${sentence.repeat(6)}\n\nSee https://bakery.test/bread for the whole story.`;
    const result = await bluesky.publish(request([BREAD], "images.2", body));
    const uris = [...pds.posts.values()]
      .filter((p) => p.uri !== result.receipt.id && p.reply)
      .map((p) => p.uri);
    const first = await record(result.receipt.id);
    expect(first.embed?.$type).toBe("app.bsky.embed.images");
    const second = await record(uris.at(-1) ?? "");
    expect(second.embed).toEqual({
      $type: "app.bsky.embed.external",
      external: {
        uri: "https://bakery.test/bread",
        title: "Fresh bread",
        description: "Out of the oven at nine.",
      },
    });
  });

  it("keeps exactly-once: a retry finds the post and uploads nothing again", async () => {
    const before = pds.posts.size;
    const calls = vi.spyOn(globalThis, "fetch");
    // The channel's own requests, to the proxy (the proxy's, to the PDS, run in this process too).
    const uploads = () =>
      calls.mock.calls.filter(([input]) => {
        const url = String(input instanceof Request ? input.url : input);
        return url.startsWith(pds.url) && url.includes("uploadBlob");
      }).length;
    try {
      const first = await bluesky.publish(request([BREAD], "images.3", "One loaf."));
      expect(uploads()).toBe(1);
      const again = await bluesky.publish(request([BREAD], "images.3", "One loaf."));
      expect(again).toEqual(first);
      expect(uploads()).toBe(1);
    } finally {
      calls.mockRestore();
    }
    expect(pds.posts.size).toBe(before + 1);
  });

  it("refuses more than four images, and a missing file, without posting", async () => {
    const before = pds.posts.size;
    const five = [BREAD, BREAD, BREAD, BREAD, CROISSANTS];
    const tooMany = await bluesky.publish(request(five, "images.4", "Five.")).catch((e: unknown) => e);
    expect(tooMany).toBeInstanceOf(ChannelError);
    expect((tooMany as ChannelError).message).toContain("a Bluesky post takes at most 4");
    const missing = await bluesky
      .publish(request([{ file: "gone.png", alt: "Gone" }], "images.5", "Gone."))
      .catch((e: unknown) => e);
    expect((missing as ChannelError).message).toContain("marketing/media/gone.png is missing");
    expect(pds.posts.size).toBe(before);
  });
});

describe("aspectRatioOf", () => {
  it("reads PNG and JPEG headers, and answers nothing for bytes that are not an image", async () => {
    expect(aspectRatioOf(await readFile(join(MEDIA, "bread.png")))).toEqual({ width: 40, height: 40 });
    expect(aspectRatioOf(await readFile(join(MEDIA, "croissants.jpg")))).toEqual({ width: 64, height: 48 });
    expect(aspectRatioOf(new Uint8Array([1, 2, 3, 4]))).toBeUndefined();
  });

  it("reads GIF and WebP headers", () => {
    // GIF89a, logical screen 3×2.
    const gif = Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 3, 0, 2, 0, 0, 0, 0]);
    expect(aspectRatioOf(gif)).toEqual({ width: 3, height: 2 });
    // A lossless WebP (VP8L) header for 5×7: 14 bits of width − 1, then 14 of height − 1.
    const bits = (5 - 1) | ((7 - 1) << 14);
    const vp8l = Buffer.from([
      0x2f,
      bits & 0xff,
      (bits >> 8) & 0xff,
      (bits >> 16) & 0xff,
      (bits >> 24) & 0xff,
    ]);
    const chunk = Buffer.concat([Buffer.from("VP8L"), Buffer.from([vp8l.length, 0, 0, 0]), vp8l]);
    const webp = Buffer.concat([
      Buffer.from("RIFF"),
      Buffer.from([chunk.length + 4, 0, 0, 0]),
      Buffer.from("WEBP"),
      chunk,
    ]);
    expect(aspectRatioOf(webp)).toEqual({ width: 5, height: 7 });
  });

  it("turns a JPEG whose EXIF orientation rotates it a quarter", () => {
    // The 64×48 fixture with an APP1 Exif segment saying orientation 6 (rotate 90° clockwise).
    const tiff = Buffer.from([
      0x4d,
      0x4d,
      0x00,
      0x2a,
      0x00,
      0x00,
      0x00,
      0x08, // big-endian TIFF header, IFD at 8
      0x00,
      0x01, // one entry
      0x01,
      0x12,
      0x00,
      0x03,
      0x00,
      0x00,
      0x00,
      0x01,
      0x00,
      0x06,
      0x00,
      0x00, // Orientation = 6
      0x00,
      0x00,
      0x00,
      0x00, // no next IFD
    ]);
    const payload = Buffer.concat([Buffer.from("Exif\0\0"), tiff]);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, payload.length + 2]), payload]);
    return readFile(join(MEDIA, "croissants.jpg")).then((jpeg) => {
      const turned = Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
      expect(aspectRatioOf(turned)).toEqual({ width: 48, height: 64 });
    });
  });
});
