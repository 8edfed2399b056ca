// Items' front matter images: parsed, refused with file:line when malformed, and rendered back unchanged.
import { describe, expect, it } from "vitest";
import { frontMatterOf, frontMatterPosition, type Item, parseItem, renderItem } from "./item.ts";

const item: Item = {
  meta: {
    cycle: "daily-social@20261201T1130Z",
    workflow: "daily-social",
    channel: "mastodon",
    slot: "2026-12-01T11:30:00.000Z",
    title: "Fresh today",
    summary: "Croissants",
    arms: { pillar: "bakes" },
    generator: "template",
    media: [
      { file: "bakery/croissants.jpg", alt: "Three croissants cooling on a wooden board" },
      { file: "counter.png", alt: "The counter at 7 am: bread: rye, spelt" },
    ],
  },
  body: "Out of the oven at seven.",
};

const FILE = "marketing/content/daily-social/daily-social@20261201T1130Z.md";

function withFront(media: string): string {
  return `---\ncycle: c@20261201T1130Z\nworkflow: w\nchannel: mastodon\ntitle: T\n${media}\n---\n\nBody\n`;
}

describe("item media", () => {
  it("round-trips through renderItem and parseItem", () => {
    const text = renderItem(item);
    expect(parseItem(text, FILE).meta).toEqual(item.meta);
    expect(renderItem(parseItem(text, FILE))).toBe(text);
  });

  it("leaves a text-only item without media", () => {
    const { media: _, ...meta } = item.meta;
    expect(parseItem(renderItem({ ...item, meta }), FILE).meta).not.toHaveProperty("media");
  });

  it.each([
    ["media: croissants.jpg", 6, /"media" must be a list of images/],
    ["media:\n  - croissants.jpg", 7, /media\[0\] must be a mapping with "file" and "alt"/],
    ["media:\n  - alt: Bread\n    file: ''", 8, /media\[0\] needs "file"/],
    ["media:\n  - file: a.jpg\n    alt: A loaf\n  - file: b.jpg", 9, /media\[1\] needs "alt"/],
    ["media:\n  - file: a.jpg\n    alt_text: A loaf", 8, /media\[0\] has an unknown key "alt_text"/],
    ["media:\n  - file: a.jpg\n    alt:", 8, /media\[0\] needs "alt"/],
  ])("refuses %j at its line, saying how to write it", (media, line, message) => {
    const run = () => parseItem(withFront(media), FILE);
    expect(run).toThrow(message);
    expect(run).toThrow(`${FILE}:${line}:1  `);
    expect(run).toThrow("alt: Three croissants cooling on a wooden board");
  });

  it("positions values of the front matter in the file", () => {
    const text = renderItem(item);
    const front = frontMatterOf(text);
    const lines = text.split("\n");
    const alt = frontMatterPosition(front, ["media", 1, "alt"]);
    expect(lines[(alt?.line ?? 0) - 1]?.slice((alt?.column ?? 0) - 1)).toMatch(/^"?The counter at 7 am/);
    const file = frontMatterPosition(front, ["media", 0, "file"]);
    expect(lines[(file?.line ?? 0) - 1]).toContain("file: bakery/croissants.jpg");
    expect(frontMatterPosition(front, ["media", 2, "alt"])).toBeUndefined();
  });
});
