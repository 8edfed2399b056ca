import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { CHANNEL_KINDS, type MediaLimits } from "../catalogue.ts";
import { checkItemMedia, checkMedia, loadMedia, mediaPath, sniffMediaType } from "./media.ts";

const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/media");

/** A media folder holding the real fixture images (a 64×48 JPEG, a 40×40 PNG) and whatever a test adds. */
function mediaDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "loopcast-media-"));
  copyFileSync(join(FIXTURES, "croissants.jpg"), join(dir, "croissants.jpg"));
  mkdirSync(join(dir, "bakery"));
  copyFileSync(join(FIXTURES, "bread.png"), join(dir, "bakery/bread.png"));
  return dir;
}

const alt = "Three croissants on a wooden board";

describe("sniffMediaType", () => {
  it("reads the type from the bytes of real files", () => {
    expect(sniffMediaType(readFileSync(join(FIXTURES, "croissants.jpg")))).toBe("image/jpeg");
    expect(sniffMediaType(readFileSync(join(FIXTURES, "bread.png")))).toBe("image/png");
    expect(sniffMediaType(Buffer.from("GIF89a"))).toBe("image/gif");
    expect(sniffMediaType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffMediaType(Buffer.from("<svg xmlns="))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});

describe("mediaPath", () => {
  it("keeps files inside the media folder", () => {
    const dir = "/repo/marketing/media";
    expect(mediaPath(dir, "bakery/bread.png")).toEqual({ path: "/repo/marketing/media/bakery/bread.png" });
    for (const bad of ["../strategy.yaml", "a/../../x.png", "/etc/passwd", "a\\b.png", "", "."]) {
      expect(mediaPath(dir, bad), bad).toHaveProperty("error");
    }
  });
});

describe("checkItemMedia", () => {
  const limits: MediaLimits = { minCount: 1, maxCount: 2, maxBytes: 300, types: ["image/png", "image/jpeg"] };

  it("accepts images that fit the kind", () => {
    const dir = mediaDir();
    expect(checkItemMedia(dir, [{ file: "bakery/bread.png", alt }], limits, "test")).toEqual([]);
  });

  it("names the file and the limit it breaks", () => {
    const dir = mediaDir();
    writeFileSync(join(dir, "menu.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    // A PNG under a .jpg name is a PNG: the bytes decide.
    copyFileSync(join(FIXTURES, "bread.png"), join(dir, "renamed.jpg"));
    const problems = checkItemMedia(
      dir,
      [
        { file: "croissants.jpg", alt },
        { file: "missing.png", alt },
        { file: "menu.png", alt },
        { file: "../guardrails.yaml", alt },
        { file: "renamed.jpg", alt },
      ],
      limits,
      "test",
    );
    expect(problems).toEqual([
      { message: "test takes at most 2 image(s) per item and this item has 5; remove 3" },
      {
        index: 0,
        message: "marketing/media/croissants.jpg is 404 bytes; test takes at most 300 bytes per image",
      },
      {
        index: 1,
        message:
          "marketing/media/missing.png does not exist; add the file or remove it from the item's media",
      },
      { index: 2, message: "marketing/media/menu.png is not an image; test takes image/png, image/jpeg" },
      { index: 3, message: `"../guardrails.yaml" points outside marketing/media/; name a file inside it` },
    ]);
  });

  it("refuses a type the kind does not take, read from the bytes", () => {
    const dir = mediaDir();
    const pngOnly: MediaLimits = { maxCount: 4, maxBytes: 1_000, types: ["image/png"] };
    expect(checkItemMedia(dir, [{ file: "croissants.jpg", alt }], pngOnly, "test")).toEqual([
      { index: 0, message: "marketing/media/croissants.jpg is image/jpeg; test takes image/png" },
    ]);
  });

  it("counts against minCount", () => {
    expect(checkItemMedia(mediaDir(), [], limits, "instagram")).toEqual([
      {
        message:
          'instagram needs at least 1 image(s) per item and this item has 0; add them under "media:" in the front matter',
      },
    ]);
    // Kinds without minCount take text-only items.
    expect(checkItemMedia(mediaDir(), [], CHANNEL_KINDS.blog.media, "blog")).toEqual([]);
  });

  it("checkMedia gives the same answer asynchronously", async () => {
    const dir = mediaDir();
    expect(await checkMedia(dir, { file: "croissants.jpg", alt }, limits, "test")).toMatch(
      /at most 300 bytes/,
    );
    expect(await checkMedia(dir, { file: "bakery/bread.png", alt }, limits, "test")).toBeUndefined();
  });
});

describe("loadMedia", () => {
  const base = {
    channel: { id: "blog", type: "blog" } as Channel,
    strategy: {} as Strategy,
    idempotencyKey: "k",
    repoDir: "/repo",
    env: {},
    now: new Date(0),
  };
  const item = (media: Array<{ file: string; alt: string }>) => ({
    meta: {
      cycle: "w@20260101T0900Z",
      workflow: "w",
      channel: "blog",
      slot: "",
      title: "t",
      summary: "",
      arms: {},
      generator: "template",
      media,
    },
    body: "text",
  });

  it("reads bytes and type; a file gone since the check is a ChannelError", async () => {
    const dir = mediaDir();
    const [loaded] = await loadMedia({
      ...base,
      mediaDir: dir,
      item: item([{ file: "bakery/bread.png", alt }]),
    });
    expect(loaded?.type).toBe("image/png");
    expect(loaded?.bytes.equals(readFileSync(join(FIXTURES, "bread.png")))).toBe(true);
    await expect(
      loadMedia({ ...base, mediaDir: dir, item: item([{ file: "gone.png", alt }]) }),
    ).rejects.toThrow(ChannelError);
    await expect(loadMedia({ ...base, item: item([{ file: "bakery/bread.png", alt }]) })).rejects.toThrow(
      /names no media folder/,
    );
  });
});
