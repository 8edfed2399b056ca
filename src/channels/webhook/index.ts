// The webhook channel: POSTs each item as JSON to a URL the business runs (a Zapier hook, a CMS, a
// chat bot). The Idempotency-Key header lets the receiver drop a repeated delivery; with secretEnv set,
// X-Loopcast-Signature lets it check that the delivery is ours and unaltered.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { networkReason, requiredEnv, scrub, TIMEOUT_MS } from "../kit/index.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { webhookHttpError } from "./http-errors.ts";
import { SIGNATURE_HEADER, signatureOf } from "./signature.ts";

type WebhookChannel = Extract<Channel, { type: "webhook" }>;

/** What the receiver gets. Field names are part of the public contract: add, never rename. */
export interface WebhookPayload {
  cycle: string;
  workflow: string;
  channel: string;
  title: string;
  summary: string;
  body: string;
  slot: string;
  idempotencyKey: string;
}

export const webhook: ChannelAdapter = {
  type: "webhook",
  async publish(req: PublishRequest): Promise<PublishResult> {
    const channel = req.channel;
    if (channel.type !== "webhook") throw new ChannelError(channel.id, "not a webhook channel");
    const target = parseTarget(channel);
    // Only the origin appears in messages: hook URLs often carry their secret in the path or query.
    const where = target.origin;
    const secret = channel.secretEnv
      ? requiredEnv({
          channelId: channel.id,
          env: req.env,
          name: channel.secretEnv,
          key: "secretEnv",
          what: "the signing secret",
        })
      : undefined;
    const secrets = [secret ?? "", target.href];
    const { meta } = req.item;
    const payload: WebhookPayload = {
      cycle: meta.cycle,
      workflow: meta.workflow,
      channel: channel.id,
      title: meta.title,
      summary: meta.summary,
      body: req.item.body,
      slot: meta.slot,
      idempotencyKey: req.idempotencyKey,
    };
    const raw = JSON.stringify(payload);
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      Accept: "application/json",
      "Idempotency-Key": req.idempotencyKey,
      "User-Agent": "Loopcast",
    };
    if (secret) headers[SIGNATURE_HEADER] = signatureOf(secret, raw);
    let res: Response;
    try {
      res = await fetch(target, {
        method: "POST",
        headers,
        body: raw,
        // Not followed: the signed delivery goes only where the strategy says.
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new ChannelError(
        channel.id,
        `could not reach the webhook at ${where}: ${scrub(networkReason(err), secrets)}; the publish will be retried`,
        true,
      );
    }
    if (!res.ok) throw await webhookHttpError(channel.id, res, where, secrets);
    return { receipt: await receiptOf(res, req.idempotencyKey), files: [] };
  },
};

/** The receiver's own id (and link) when its JSON answer has them, else the idempotency key. */
async function receiptOf(res: Response, key: string): Promise<{ id: string; url?: string }> {
  let body: { id?: unknown; url?: unknown } | undefined;
  try {
    body = JSON.parse(await res.text()) as typeof body;
  } catch {
    body = undefined;
  }
  const id =
    typeof body?.id === "string" && body.id !== ""
      ? body.id
      : typeof body?.id === "number"
        ? String(body.id)
        : key;
  const url = typeof body?.url === "string" && /^https?:\/\//.test(body.url) ? body.url : undefined;
  return { id, ...(url ? { url } : {}) };
}

function parseTarget(channel: WebhookChannel): URL {
  let url: URL | undefined;
  try {
    url = new URL(channel.url);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new ChannelError(
      channel.id,
      "url is not an http(s) URL; write the receiver's address, e.g. https://hooks.example.com/loopcast",
    );
  }
  if (url.username || url.password) {
    throw new ChannelError(
      channel.id,
      "url contains a login; configuration must not hold secrets: remove it and let the receiver check X-Loopcast-Signature (set secretEnv)",
    );
  }
  return url;
}
