// The Mastodon channel: posts each item as a status (POST /api/v1/statuses). The Idempotency-Key
// header carries the publish's key; Mastodon answers a repeated key within an hour with the status it
// already created, so a retry after a lost answer never posts twice.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { networkReason, requiredEnv, scrub, secureUrl, TIMEOUT_MS } from "../kit/index.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { mastodonHttpError } from "./http-errors.ts";

type MastodonChannel = Extract<Channel, { type: "mastodon" }>;

export const mastodon: ChannelAdapter = {
  type: "mastodon",
  async publish(req: PublishRequest): Promise<PublishResult> {
    const channel = req.channel;
    if (channel.type !== "mastodon") throw new ChannelError(channel.id, "not a mastodon channel");
    const endpoint = statusesEndpoint(channel);
    const token = requiredEnv({
      channelId: channel.id,
      env: req.env,
      name: channel.tokenEnv,
      key: "tokenEnv",
      what: "the access token",
    });
    const ctx = { channelId: channel.id, tokenEnv: channel.tokenEnv, secrets: [token] };
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
        body: JSON.stringify({ status: req.item.body, visibility: channel.visibility ?? "public" }),
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
  },
};

function statusesEndpoint(channel: MastodonChannel): URL {
  const base = secureUrl({
    channelId: channel.id,
    key: "instanceUrl",
    value: channel.instanceUrl,
    example: "https://mastodon.social",
    secret: "the access token",
  });
  return new URL(`${base.href.replace(/\/+$/, "")}/api/v1/statuses`);
}
