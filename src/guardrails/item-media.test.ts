// An item's images in the item check (the same check a draft, `loopcast check` and publishing run): files
// against the channel kind's limits, alt text against the voice lock, findings at the front matter line.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { type ItemMedia, renderItem } from "../state/item.ts";
import { checkItemText, findingLines } from "./check-item.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURES = join(ROOT, "test/fixtures/media");
const FILE = "marketing/content/daily-social/x.md";
let config: Config;

beforeAll(async () => {
  const base = await requireConfig(`${ROOT}/marketing`);
  // The example configuration with a media folder of its own.
  const dir = mkdtempSync(join(tmpdir(), "loopcast-item-media-"));
  mkdirSync(join(dir, "media"));
  copyFileSync(join(FIXTURES, "croissants.jpg"), join(dir, "media/croissants.jpg"));
  copyFileSync(join(FIXTURES, "bread.png"), join(dir, "media/bread.png"));
  // Just over an e-mail's 2 MB: a JPEG header and padding.
  const big = Buffer.alloc(CHANNEL_KINDS.email.media.maxBytes + 1);
  big.set([0xff, 0xd8, 0xff, 0xe0]);
  writeFileSync(join(dir, "media/big.jpg"), big);
  config = { ...base, dir };
});

function itemText(media: ItemMedia[], channel = "mastodon"): string {
  return renderItem({
    meta: {
      cycle: "daily-social@20261201T1130Z",
      workflow: "daily-social",
      channel,
      slot: "2026-12-01T11:30:00.000Z",
      title: "A post",
      summary: "A post",
      arms: {},
      generator: "template",
      media,
    },
    body: "Review your marketing like code.",
  });
}

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("item images in checkItemText", () => {
  it("passes images that exist, fit the channel and say what they show", () => {
    const check = checkItemText(
      config,
      itemText([
        { file: "croissants.jpg", alt: "Three croissants on a wooden board" },
        { file: "bread.png", alt: "A rye loaf, cut open" },
      ]),
      FILE,
    );
    expect(check.findings).toEqual([]);
  });

  it("refuses a missing file, a file outside media/ and empty alt text, each at its line", () => {
    const text = itemText([
      { file: "gone.jpg", alt: "A loaf" },
      { file: "../strategy.yaml", alt: "Our strategy" },
      { file: "bread.png", alt: "" },
    ]);
    const check = checkItemText(config, text, FILE);
    expect(check.errors).toBe(3);
    expect(findingLines(check.findings, FILE)).toEqual([
      `${FILE}:${lineOf(text, "gone.jpg")}:11  error  marketing/media/gone.jpg does not exist; add the file or remove it from the item's media  [loopcast.media]`,
      `${FILE}:${lineOf(text, "../strategy.yaml")}:11  error  "../strategy.yaml" points outside marketing/media/; name a file inside it  [loopcast.media]`,
      `${FILE}:${lineOf(text, 'alt: ""')}:10  error  media[2] (bread.png) has no alt text. Say what the image shows for someone who cannot see it.  [loopcast.alt-text]`,
    ]);
  });

  it("holds each channel kind to its own limits", () => {
    const big = [{ file: "big.jpg", alt: "The bakery's front window at dawn" }];
    // 2 MB and a byte is too large for e-mail, fine for Mastodon (16 MB).
    expect(checkItemText(config, itemText(big, "mastodon"), FILE).errors).toBe(0);
    const email = checkItemText(config, itemText(big, "newsletter"), FILE);
    expect(email.findings.filter((f) => f.ruleId === "loopcast.media").map((f) => f.message)).toEqual([
      'marketing/media/big.jpg is 2000001 bytes; the email channel "newsletter" takes at most 2000000 bytes per image',
    ]);
    const five = Array.from({ length: 5 }, () => ({ file: "bread.png", alt: "A rye loaf, cut open" }));
    const mastodon = checkItemText(config, itemText(five, "mastodon"), FILE);
    expect(mastodon.findings).toMatchObject([
      {
        ruleId: "loopcast.media",
        line: lineOf(itemText(five), "media:") + 1,
        message:
          'the mastodon channel "mastodon" takes at most 4 image(s) per item and this item has 5; remove 1',
      },
    ]);
  });

  it("applies the voice's banned terms to alt text", () => {
    const banned = config.guardrails.voice?.bannedTerms?.[0]?.term;
    expect(banned).toBeDefined();
    const text = itemText([{ file: "bread.png", alt: `A loaf that is ${banned}` }]);
    const check = checkItemText(config, text, FILE);
    expect(check.findings).toMatchObject([
      { ruleId: "loopcast.banned-term", line: lineOf(text, "alt: A loaf") },
    ]);
  });

  it("reports a malformed media list as a finding at its line, not a crash", () => {
    const text = itemText([]).replace("media: []", "media:\n  - bread.png");
    const check = checkItemText(config, text, FILE);
    expect(check.errors).toBe(1);
    expect(check.findings[0]).toMatchObject({ ruleId: "loopcast.media", line: lineOf(text, "- bread.png") });
    expect(check.findings[0]?.message).toMatch(/^media\[0\] must be a mapping with "file" and "alt"/);
  });
});
