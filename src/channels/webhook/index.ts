// The webhook channel: POSTs each item as JSON to a URL the business runs (a Zapier or Make hook, a CMS, a
// chat bot), with its images described (and, if asked, inlined) and a paid item's reserved spend
// (payload.ts). The Idempotency-Key header lets the receiver drop a repeated delivery; with secretEnv set,
// X-Loopcast-Signature lets it check that the delivery is ours and unaltered. A hook URL is often its own
// credential, so it may come from the environment (urlEnv), and no message ever shows more than its origin.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { networkReason, requiredEnv, scrub, TIMEOUT_MS } from "../kit/index.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { webhookHttpError } from "./http-errors.ts";
import { payloadOf } from "./payload.ts";
import { SIGNATURE_HEADER, signatureOf } from "./signature.ts";

export type { WebhookMedia, WebhookPayload } from "./payload.ts";

type WebhookChannel = Extract<Channel, { type: "webhook" }>;

export const webhook: ChannelAdapter = {
  type: "webhook",
  async publish(req: PublishRequest): Promise<PublishResult> {
    const channel = req.channel;
    if (channel.type !== "webhook") throw new ChannelError(channel.id, "not a webhook channel");
    const { target, login, secrets: addressSecrets } = resolveTarget(channel, req.env);
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
    const secrets = [secret ?? "", ...addressSecrets];
    const raw = JSON.stringify(await payloadOf(req, channel));
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      Accept: "application/json",
      "Idempotency-Key": req.idempotencyKey,
      "User-Agent": "Loopcast",
    };
    if (secret) headers[SIGNATURE_HEADER] = signatureOf(secret, raw);
    if (login) headers.Authorization = login;
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

/**
 * Where deliveries go: `url` from the strategy, or the URL in the variable `urlEnv` names. A login in an
 * address from the environment becomes an Authorization header (fetch refuses a URL that carries one); in a
 * committed `url` it is refused, as `validate` refuses it. `secrets` are what no message may repeat.
 */
function resolveTarget(
  channel: WebhookChannel,
  env: Record<string, string | undefined>,
): { target: URL; login?: string; secrets: string[] } {
  const fromEnv = channel.urlEnv !== undefined;
  const value = fromEnv
    ? requiredEnv({
        channelId: channel.id,
        env,
        name: channel.urlEnv as string,
        key: "urlEnv",
        what: "the hook's URL",
      })
    : (channel.url ?? "");
  const named = fromEnv ? `the URL in ${channel.urlEnv}` : "url";
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new ChannelError(
      channel.id,
      `${named} is not an http(s) URL; write the receiver's address, e.g. https://hooks.example.com/loopcast`,
    );
  }
  // The path and query alone too: a receiver's error page may echo the path without the host.
  const secrets = [value, url.href, ...(url.pathname.length > 1 ? [url.pathname + url.search] : [])];
  if (!url.username && !url.password) return { target: url, secrets };
  if (!fromEnv) {
    throw new ChannelError(
      channel.id,
      "url contains a login; configuration must not hold secrets: move the URL into an environment variable and write urlEnv: NAME, or let the receiver check X-Loopcast-Signature (set secretEnv)",
    );
  }
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = "";
  url.password = "";
  secrets.push(url.href, password);
  return {
    target: url,
    login: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`,
    secrets,
  };
}
