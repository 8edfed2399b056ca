// Images a person added to a proposal by hand meet, at publish time, the check drafts meet when proposed:
// a merged item whose image is missing, outside media/ or beyond its channel kind's limits is refused
// before the channel is called, with an exception naming the file.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { ChannelAdapter, PublishRequest } from "../channels/types.ts";
import { listExceptions } from "../state/exceptions.ts";
import { type ItemMedia, renderItem } from "../state/item.ts";
import { readLedger } from "../state/ledger.ts";
import { applyPublishes } from "./apply-publishes.ts";
import { newReport } from "./reconcile.ts";

const CYCLE = "daily-social@20261201T1130Z";
const PATH = `marketing/content/daily-social/${CYCLE}.md`;
const FIXTURES = new URL("../../test/fixtures/media", import.meta.url).pathname;

async function publishWith(media: ItemMedia[]) {
  const calls: PublishRequest[] = [];
  const mastodon: ChannelAdapter = {
    type: "mastodon",
    async publish(request) {
      calls.push(request);
      return { receipt: { id: "113" }, files: [] };
    },
  };
  const ctx = await memoryContext({ now: new Date("2026-12-01T12:00:00.000Z") });
  ctx.channels = { mastodon };
  await mkdir(join(ctx.config.dir, "media"), { recursive: true });
  await copyFile(join(FIXTURES, "bread.png"), join(ctx.config.dir, "media/bread.png"));
  const file = join(ctx.repoDir, PATH);
  await mkdir(dirname(file), { recursive: true });
  const meta = {
    cycle: CYCLE,
    workflow: "daily-social",
    channel: "mastodon",
    slot: "2026-12-01T11:30:00.000Z",
  };
  await writeFile(
    file,
    renderItem({
      meta: { ...meta, title: "A post", summary: "s", arms: {}, generator: "template", media },
      body: "Review your marketing like code.",
    }),
  );
  const report = newReport({ actions: [], levels: [] } as never);
  await applyPublishes(
    ctx,
    [{ kind: "publish", cycle: CYCLE, channel: "mastodon", attempt: 1, override: false }],
    report,
  );
  const events = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
  const exceptions = await listExceptions(ctx.config.dir);
  return { ctx, calls, report, events, exceptions };
}

const alt = "A rye loaf cut open on the counter";

describe("images at publish time", () => {
  it("sends an item whose images fit, with the media folder to read them from", async () => {
    const { ctx, calls } = await publishWith([{ file: "bread.png", alt }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.mediaDir).toBe(join(ctx.config.dir, "media"));
    expect(calls[0]?.item.meta.media).toEqual([{ file: "bread.png", alt }]);
  });

  it.each([
    ["a missing file", [{ file: "menu.jpg", alt }], "marketing/media/menu.jpg does not exist"],
    ["a file outside media/", [{ file: "../strategy.yaml", alt }], "points outside marketing/media/"],
    [
      "more than Mastodon takes",
      Array.from({ length: 5 }, () => ({ file: "bread.png", alt })),
      "takes at most 4 image(s)",
    ],
    ["an image without alt text", [{ file: "bread.png", alt: "" }], "has no alt text"],
    [
      "a media list a person mistyped",
      [{ file: "bread.png", alt, caption: "x" } as ItemMedia],
      'unknown key "caption"',
    ],
  ])("refuses %s rather than send it", async (_, media, message) => {
    const { calls, report, events, exceptions } = await publishWith(media);
    expect(calls).toEqual([]);
    expect(report.held).toHaveLength(1);
    expect(events.map((e) => e.type)).toContain("blocked");
    expect(exceptions.map((e) => e.detail).join("\n")).toContain(message);
  });
});
