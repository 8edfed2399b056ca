// The Mastodon channel: posts each item as a status (POST /api/v1/statuses). The Idempotency-Key
// header carries the publish's key; Mastodon answers a repeated key within an hour with the status it
// already created, so a retry after a lost answer never posts twice.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { mastodonHttpError, scrub } from "./http-errors.ts";

type MastodonChannel = Extract<Channel, { type: "mastodon" }>;

const TIMEOUT_MS = 30_000;

export const mastodon: ChannelAdapter = {
  type: "mastodon",
  async publish(req: PublishRequest): Promise<PublishResult> {
    const channel = req.channel;
    if (channel.type !== "mastodon") throw new ChannelError(channel.id, "not a mastodon channel");
    const endpoint = statusesEndpoint(channel);
    const token = requiredEnv(channel, req.env);
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
  let base: URL;
  try {
    base = new URL(channel.instanceUrl);
  } catch {
    throw new ChannelError(
      channel.id,
      `instanceUrl "${channel.instanceUrl}" is not a URL; write e.g. https://mastodon.social`,
    );
  }
  // The token travels in a header: only TLS may carry it, except to a server on this machine (tests).
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(base.hostname);
  if (base.protocol !== "https:" && !(base.protocol === "http:" && loopback)) {
    throw new ChannelError(
      channel.id,
      `instanceUrl must use https:// so the access token is encrypted; write https://${base.host}`,
    );
  }
  return new URL(`${base.href.replace(/\/+$/, "")}/api/v1/statuses`);
}

function requiredEnv(channel: MastodonChannel, env: Record<string, string | undefined>): string {
  const value = env[channel.tokenEnv];
  if (value === undefined || value === "") {
    const name = channel.tokenEnv;
    throw new ChannelError(
      channel.id,
      `environment variable ${name} (named by tokenEnv) is not set; add the access token as an Actions secret and pass it to the Loopcast step (env: ${name}: \${{ secrets.${name} }}), or export it when running locally`,
    );
  }
  return value;
}

function networkReason(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError") return `no answer within ${TIMEOUT_MS / 1000} s`;
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
}
