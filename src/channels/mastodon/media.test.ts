// Images on Mastodon, against the stateful stand-in (test/stand-ins/mastodon-server.ts): each image is
// uploaded with its alt text, the status names the attachments, and exactly-once still holds.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  type MastodonStandIn,
  type MastodonStandInOptions,
  startMastodonServer,
} from "../../../test/stand-ins/mastodon-server.ts";
import type { Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { ItemMedia } from "../../state/item.ts";
import type { PublishRequest } from "../types.ts";
import { mastodon, publishStatus } from "./index.ts";

const TOKEN = "FAKE-mastodon-token-5c1d-DO-NOT-LEAK";
/** Two real images: a 40×40 PNG (212 bytes) and a 64×48 JPEG (404 bytes). */
const MEDIA = fileURLToPath(new URL("../../../test/fixtures/media", import.meta.url));
const BREAD = { file: "bread.png", alt: "A round loaf on a wooden board" };
const CROISSANTS = { file: "croissants.jpg", alt: "Six croissants cooling on a tray" };
const FAST = { sleep: async () => {}, pollDelaysMs: [1, 1, 1] };

let server: MastodonStandIn;
afterEach(() => server.close());

async function start(options: Partial<MastodonStandInOptions> = {}): Promise<void> {
  server = await startMastodonServer({ token: TOKEN, ...options });
}

function request(media: ItemMedia[], key = "social@20261201T0900Z.0123456789abcdef"): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "social@20261201T0900Z",
        workflow: "social",
        channel: "mastodon",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Fresh bread",
        summary: "Out of the oven at nine.",
        arms: {},
        generator: "template",
        media,
      },
      body: "Out of the oven at nine. #bakery",
    },
    channel: { id: "mastodon", type: "mastodon", instanceUrl: server.url, tokenEnv: "MASTODON_TOKEN" },
    strategy: {} as Strategy,
    idempotencyKey: key,
    repoDir: "/nonexistent",
    mediaDir: MEDIA,
    env: { MASTODON_TOKEN: TOKEN },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

async function publishError(req: PublishRequest, timing = FAST): Promise<ChannelError> {
  const err = await publishStatus(req, timing).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  expect((err as Error).message).not.toContain(TOKEN);
  return err as ChannelError;
}

describe("mastodon channel: images", () => {
  it("uploads an image with its alt text, then posts the status naming it, with the idempotency key", async () => {
    await start();
    const result = await mastodon.publish(request([BREAD]));

    const [status] = [...server.statuses.values()];
    expect(result.receipt.id).toBe(status?.id);
    expect(status?.text).toBe("Out of the oven at nine. #bakery");
    expect(status?.media_attachments).toEqual([
      expect.objectContaining({
        type: "image",
        description: "A round loaf on a wooden board",
        url: expect.stringMatching(/\/original\/\d+\.png$/),
        meta: { original: { width: 40, height: 40, size: "40x40", aspect: 1 } },
      }),
    ]);
    const stored = server.attachments.get(status?.media_attachments[0]?.id ?? "");
    expect(stored).toMatchObject({ contentType: "image/png", size: 212, statusId: status?.id });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /api/v2/media 200",
      "POST /api/v1/statuses 200",
    ]);
    const [upload, post] = server.requests;
    expect(upload?.file).toEqual({ name: "bread.png", type: "image/png", size: 212 });
    expect(upload?.idempotencyKey).toBeUndefined();
    expect(post?.idempotencyKey).toBe("social@20261201T0900Z.0123456789abcdef");
    expect(post?.mediaIds).toEqual([status?.media_attachments[0]?.id]);
  });

  it("attaches four images in the item's order, each with its own alt text and the file's bytes", async () => {
    await start();
    const four = [
      CROISSANTS,
      BREAD,
      { file: "croissants.jpg", alt: "The same tray from above" },
      { file: "bread.png", alt: "The loaf, sliced" },
    ];
    await mastodon.publish(request(four));

    const [status] = [...server.statuses.values()];
    expect(status?.media_attachments.map((a) => a.description)).toEqual(four.map((m) => m.alt));
    const stored = status?.media_attachments.map((a) => server.attachments.get(a.id));
    expect(stored?.map((a) => [a?.contentType, a?.size])).toEqual([
      ["image/jpeg", (await readFile(join(MEDIA, "croissants.jpg"))).length],
      ["image/png", 212],
      ["image/jpeg", 404],
      ["image/png", 212],
    ]);
    expect(status?.media_attachments[0]?.meta.original).toMatchObject({ width: 64, height: 48 });
  });

  it("refuses an image over the instance's limit with Mastodon's message, posting nothing, and no retry", async () => {
    await start({ imageLimit: 300 });
    const err = await publishError(request([BREAD, CROISSANTS]));
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      "channel mastodon: Mastodon refused marketing/media/croissants.jpg (422: Validation failed: File file size must be less than 300 Bytes); use a smaller JPEG, PNG, GIF or WebP file (the instance sets the limit), or remove it from the item's media",
    );
    expect(server.statuses.size).toBe(0);
    // The first image was uploaded; no status names it, and Mastodon removes such attachments itself.
    expect([...server.attachments.values()].map((a) => a.statusId)).toEqual([undefined]);
  });

  it("refuses more than four images before uploading any", async () => {
    await start();
    const err = await publishError(request([BREAD, BREAD, BREAD, BREAD, CROISSANTS]));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("the item has 5 images and a Mastodon status takes at most 4");
    expect(server.requests).toHaveLength(0);
  });

  it("waits for an image still processing (202, then 206) and posts once it is ready", async () => {
    await start({ processingPolls: 2 });
    const waits: number[] = [];
    await publishStatus(request([BREAD]), {
      sleep: async (ms) => void waits.push(ms),
      pollDelaysMs: [10, 20, 40, 80],
    });
    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\d+$/, ":id")} ${r.status}`)).toEqual([
      "POST /api/v2/media 202",
      "GET /api/v1/media/:id 206",
      "GET /api/v1/media/:id 206",
      "GET /api/v1/media/:id 200",
      "POST /api/v1/statuses 200",
    ]);
    expect(waits).toEqual([10, 20, 40]);
    expect([...server.statuses.values()][0]?.media_attachments).toHaveLength(1);
  });

  it("stops polling at the bound, leaves the publish to a retry, and the retry posts once", async () => {
    await start({ processingPolls: 5 });
    const err = await publishError(request([BREAD]), FAST);
    expect(err.retryable).toBe(true);
    expect(err.message).toContain("Mastodon was still processing marketing/media/bread.png");
    expect(server.requests.filter((r) => r.path.startsWith("/api/v1/media/"))).toHaveLength(3);
    expect(server.statuses.size).toBe(0);

    // The next run uploads again and posts; a third try (its answer lost) gets the same status back.
    const patient = { sleep: async () => {}, pollDelaysMs: [1, 1, 1, 1, 1, 1] };
    const first = await publishStatus(request([BREAD]), patient);
    const again = await publishStatus(request([BREAD]), patient);
    expect(again.receipt).toEqual(first.receipt);
    expect(server.statuses.size).toBe(1);
    expect([...server.statuses.values()][0]?.media_attachments).toHaveLength(1);
  });

  it("tells a status naming an image still processing apart: Mastodon's 422 is left to a retry", async () => {
    await start({ processingPolls: 1 });
    // A client that does not poll: the attachment is not processed when the status names it.
    const res = await fetch(`${server.url}/api/v2/media`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: (() => {
        const form = new FormData();
        form.append(
          "file",
          new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }),
          "x.png",
        );
        return form;
      })(),
    });
    const { id } = (await res.json()) as { id: string };
    const post = await fetch(`${server.url}/api/v1/statuses`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ status: "too soon", media_ids: [id] }),
    });
    const { mastodonHttpError } = await import("./http-errors.ts");
    const err = await mastodonHttpError(
      { channelId: "mastodon", tokenEnv: "MASTODON_TOKEN", secrets: [] },
      post,
    );
    expect(post.status).toBe(422);
    expect(err.retryable).toBe(true);
    expect(err.message).toContain("Cannot attach files that have not finished processing");
  });

  it("refuses an image file that went missing, before any request", async () => {
    await start();
    const err = await publishError(request([{ file: "gone.png", alt: "Gone" }]));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("marketing/media/gone.png is missing");
    expect(server.requests).toHaveLength(0);
  });
});
