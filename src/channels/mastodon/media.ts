// An item's images on Mastodon: each is uploaded with POST /api/v2/media (the file and its alt text as the
// description) before the status that names them in media_ids[]. A 202 means the server is still processing
// the file; GET /api/v1/media/:id answers 206 until it is done, so we poll, a bounded number of times, and
// leave the rest to the next run. Uploads are not idempotent, and need not be: an attachment no status names
// is removed by Mastodon's own clean-up, and the status carries the Idempotency-Key, so a retry that uploads
// again still posts once.
import { basename } from "node:path";
import { ChannelError } from "../../errors.ts";
import { CHANNEL_KINDS } from "../catalogue.ts";
import { type LoadedMedia, networkReason, scrub, TIMEOUT_MS } from "../kit/index.ts";
import { type ErrorContext, mastodonHttpError } from "./http-errors.ts";

export interface MediaTiming {
  /** Waits between polls of an image still processing; tests pass one that costs no wall time. */
  sleep: (ms: number) => Promise<void>;
  /** The wait before each poll; their number bounds the polling. */
  pollDelaysMs: readonly number[];
}

/** About half a minute in all: images are processed in seconds; a server slower than that is tried next run. */
export const MEDIA_TIMING: MediaTiming = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  pollDelaysMs: [500, 1000, 2000, 4000, 8000, 8000, 8000],
};

export interface UploadContext extends ErrorContext {
  /** The instance's address, without a trailing slash. */
  base: string;
  token: string;
}

/** Uploads the images in order and returns their attachment ids, once each is ready to attach. */
export async function uploadImages(
  ctx: UploadContext,
  images: readonly LoadedMedia[],
  timing: MediaTiming,
): Promise<string[]> {
  const most = CHANNEL_KINDS.mastodon.media.maxCount;
  if (images.length > most) {
    throw new ChannelError(
      ctx.channelId,
      `the item has ${images.length} images and a Mastodon status takes at most ${most}; remove some from its media`,
    );
  }
  const ids: string[] = [];
  for (const image of images) ids.push(await uploadOne(ctx, image, timing));
  return ids;
}

async function uploadOne(ctx: UploadContext, image: LoadedMedia, timing: MediaTiming): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(image.bytes)], { type: image.type }), basename(image.file));
  if (image.alt) form.append("description", image.alt);
  const res = await call(ctx, image, `${ctx.base}/api/v2/media`, { method: "POST", body: form });
  if (!res.ok) throw await mastodonHttpError({ ...ctx, image: image.file }, res);
  let attachment = await attachmentOf(ctx, image, res);
  for (const delay of timing.pollDelaysMs) {
    if (typeof attachment.url === "string") break;
    await timing.sleep(delay);
    const poll = await call(ctx, image, `${ctx.base}/api/v1/media/${encodeURIComponent(attachment.id)}`, {
      method: "GET",
    });
    // 206: still processing. Anything else that is not a success is the server's refusal or failure.
    if (!poll.ok) throw await mastodonHttpError({ ...ctx, image: image.file }, poll);
    attachment = poll.status === 206 ? attachment : await attachmentOf(ctx, image, poll);
  }
  if (typeof attachment.url !== "string") {
    const waited = timing.pollDelaysMs.reduce((a, b) => a + b, 0) / 1000;
    throw new ChannelError(
      ctx.channelId,
      `Mastodon was still processing marketing/media/${image.file} after ${waited} s; the publish will be retried`,
      true,
    );
  }
  return attachment.id;
}

async function call(
  ctx: UploadContext,
  image: LoadedMedia,
  url: string,
  init: RequestInit,
): Promise<Response> {
  try {
    return await fetch(url, {
      ...init,
      headers: { Authorization: `Bearer ${ctx.token}`, Accept: "application/json" },
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new ChannelError(
      ctx.channelId,
      `could not reach ${new URL(ctx.base).origin} while uploading marketing/media/${image.file}: ${scrub(networkReason(err), ctx.secrets)}; the publish will be retried`,
      true,
    );
  }
}

async function attachmentOf(
  ctx: UploadContext,
  image: LoadedMedia,
  res: Response,
): Promise<{ id: string; url: string | null }> {
  const body = (await res.json().catch(() => undefined)) as { id?: unknown; url?: unknown } | undefined;
  if (typeof body?.id !== "string" || body.id === "") {
    throw new ChannelError(
      ctx.channelId,
      `Mastodon answered ${res.status} to the upload of marketing/media/${image.file} without an attachment id; the publish will be retried`,
      true,
    );
  }
  return { id: body.id, url: typeof body.url === "string" ? body.url : null };
}
