// The Mastodon channel: posts each item as a status (POST /api/v1/statuses), with its images uploaded
// first (media.ts). The Idempotency-Key header carries the publish's key; Mastodon answers a repeated key
// within an hour with the status it already created, so a retry after a lost answer never posts twice.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { loadMedia, networkReason, requiredEnv, scrub, secureUrl, TIMEOUT_MS } from "../kit/index.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { mastodonHttpError } from "./http-errors.ts";
import { MEDIA_TIMING, type MediaTiming, uploadImages } from "./media.ts";

type MastodonChannel = Extract<Channel, { type: "mastodon" }>;

export const mastodon: ChannelAdapter = {
  type: "mastodon",
  measure: (req) => import("./measure.ts").then((m) => m.measureMastodon(req)),
  publish: (req: PublishRequest) => publishStatus(req, MEDIA_TIMING),
};

/** Publishes one item; `timing` bounds the wait for images still processing (tests pass a fast one). */
export async function publishStatus(req: PublishRequest, timing: MediaTiming): Promise<PublishResult> {
  const channel = req.channel;
  if (channel.type !== "mastodon") throw new ChannelError(channel.id, "not a mastodon channel");
  const base = instanceBase(channel);
  const endpoint = new URL(`${base}/api/v1/statuses`);
  const token = requiredEnv({
    channelId: channel.id,
    env: req.env,
    name: channel.tokenEnv,
    key: "tokenEnv",
    what: "the access token",
  });
  const ctx = { channelId: channel.id, tokenEnv: channel.tokenEnv, secrets: [token] };
  const mediaIds = await uploadImages({ ...ctx, base, token }, await loadMedia(req), timing);
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        Accept: "application/json",
        "Idempotency-Key": req.idempotencyKey,
      },
      body: JSON.stringify({
        status: req.item.body,
        visibility: channel.visibility ?? "public",
        ...(mediaIds.length ? { media_ids: mediaIds } : {}),
      }),
      // A redirect is reported, not followed: a POST turned into a GET would lose the status.
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new ChannelError(
      channel.id,
      `could not reach ${endpoint.origin}: ${scrub(networkReason(err), ctx.secrets)}; the publish will be retried`,
      true,
    );
  }
  if (!res.ok) throw await mastodonHttpError(ctx, res);
  const status = (await res.json().catch(() => undefined)) as
    | { id?: unknown; url?: unknown; uri?: unknown }
    | undefined;
  if (typeof status?.id !== "string" || status.id === "") {
    // Retrying is safe: the same key returns the status if one was created.
    throw new ChannelError(
      channel.id,
      `Mastodon answered ${res.status} without a status id; the publish will be retried`,
      true,
    );
  }
  const url =
    typeof status.url === "string" ? status.url : typeof status.uri === "string" ? status.uri : undefined;
  return { receipt: { id: status.id, ...(url ? { url } : {}) }, files: [] };
}

/** The instance's address without a trailing slash; only TLS may carry the token (kit/http.ts). */
function instanceBase(channel: MastodonChannel): string {
  const base = secureUrl({
    channelId: channel.id,
    key: "instanceUrl",
    value: channel.instanceUrl,
    example: "https://mastodon.social",
    secret: "the access token",
  });
  return base.href.replace(/\/+$/, "");
}
