// Mailchimp's Marketing API v3 at the boundary: the address (the API key's data centre, or baseUrl), HTTP Basic
// auth with the key as password, and its answers. Errors come as problem details (`title`, `detail`, `status`,
// and `errors` for invalid fields): they become ChannelErrors in Mailchimp's own words, with the key scrubbed.
// A 4xx is a refusal of the request as it is and is not retried; 429, 5xx and no answer may succeed later.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import {
  excerpt,
  isRetryableStatus,
  networkReason,
  requiredEnv,
  scrub,
  secureUrl,
  TIMEOUT_MS,
} from "../kit/index.ts";
import { fetchWithRetry, type RetryOptions, retryAfterMs } from "../kit/retry.ts";

export type MailchimpChannel = Extract<Channel, { type: "mailchimp" }>;

export interface MailchimpApi {
  channelId: string;
  /** The API's root without a trailing slash, e.g. https://us21.api.mailchimp.com/3.0 */
  root: string;
  apiKeyEnv: string;
  authorization: string;
  /** Never in a message. */
  secrets: string[];
}

export interface Call {
  method: "GET" | "POST" | "PUT" | "PATCH";
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  /** What the request does, for messages: "create the campaign". */
  what: string;
  /** Reads only: try again on 429/5xx within a bounded wait (measuring). */
  retry?: RetryOptions;
}

/** The channel's API: its key from the environment and its address, or a ChannelError saying what to fix. */
export function mailchimpApi(
  channel: MailchimpChannel,
  env: Record<string, string | undefined>,
): MailchimpApi {
  const key = requiredEnv({
    channelId: channel.id,
    env,
    name: channel.apiKeyEnv,
    key: "apiKeyEnv",
    what: "the Mailchimp API key",
  });
  let root: string;
  if (channel.baseUrl) {
    root = secureUrl({
      channelId: channel.id,
      key: "baseUrl",
      value: channel.baseUrl,
      example: "https://us21.api.mailchimp.com/3.0",
      secret: "the API key",
    }).href;
  } else {
    const dc = dataCentre(key);
    if (!dc)
      throw new ChannelError(
        channel.id,
        `the API key in ${channel.apiKeyEnv} does not end in its data centre (like -us21), so the API's address is unknown; copy the whole key from Mailchimp (Profile > Extras > API keys)`,
      );
    root = `https://${dc}.api.mailchimp.com/3.0`;
  }
  return {
    channelId: channel.id,
    root: root.replace(/\/+$/, ""),
    apiKeyEnv: channel.apiKeyEnv,
    // Mailchimp takes any user name with the key as password.
    authorization: `Basic ${Buffer.from(`loopcast:${key}`).toString("base64")}`,
    secrets: [key],
  };
}

/** The data centre a key names in its ending, e.g. "us21" for "…-us21". */
export function dataCentre(key: string): string | undefined {
  return /-([a-z]{2,3}\d{1,3})$/.exec(key.trim())?.[1];
}

/** One request; the parsed JSON body (undefined for 204), or a ChannelError. */
export async function call<T>(api: MailchimpApi, c: Call): Promise<T> {
  const url = new URL(`${api.root}${c.path}`);
  for (const [k, v] of Object.entries(c.query ?? {})) url.searchParams.set(k, String(v));
  const init = {
    method: c.method,
    headers: {
      Authorization: api.authorization,
      Accept: "application/json",
      ...(c.body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
    redirect: "manual" as const,
  };
  let res: Response;
  try {
    res = c.retry
      ? await fetchWithRetry(url, init, c.retry)
      : await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new ChannelError(
      api.channelId,
      `could not reach ${url.origin} to ${c.what}: ${scrub(networkReason(err), api.secrets)}; the next run tries again`,
      true,
    );
  }
  if (res.ok) {
    const text = await res.text().catch(() => "");
    try {
      return (text ? JSON.parse(text) : undefined) as T;
    } catch {
      throw new ChannelError(
        api.channelId,
        `Mailchimp answered ${res.status} to ${c.what} with something other than JSON; the next run tries again`,
        true,
      );
    }
  }
  throw await mailchimpError(api, res, c.what);
}

/** Mailchimp's answer as a ChannelError in its own words, saying what to change where a person can. */
export async function mailchimpError(api: MailchimpApi, res: Response, what: string): Promise<ChannelError> {
  const said = scrub(await problemText(res), api.secrets);
  const status = `${res.status}${said ? ` ${said}` : ""}`;
  if (isRetryableStatus(res.status)) {
    const wait = retryAfterMs(res.headers.get("retry-after"));
    return new ChannelError(
      api.channelId,
      `Mailchimp could not ${what} now (${status})${wait === undefined ? "" : `; it asked to wait ${Math.ceil(wait / 1000)} s`}; the next run tries again`,
      true,
    );
  }
  if (res.status === 401)
    return new ChannelError(
      api.channelId,
      `Mailchimp refused the API key in ${api.apiKeyEnv} (${status}); create a key under Profile > Extras > API keys and update the Actions secret`,
    );
  if (res.status === 403)
    return new ChannelError(
      api.channelId,
      `the Mailchimp account may not ${what} (${status}); check the key's user role and the account's plan`,
    );
  if (res.status >= 300 && res.status < 400)
    return new ChannelError(
      api.channelId,
      `the API redirected the request (${res.status}); set baseUrl to the API's root, or remove it to use the key's data centre`,
    );
  return new ChannelError(api.channelId, `Mailchimp refused to ${what} (${status})`);
}

/** "Title: detail (field: message; …)" from a problem-details body; "" for anything else (a proxy's page). */
async function problemText(res: Response): Promise<string> {
  const text = await res.text().catch(() => "");
  try {
    const p = JSON.parse(text) as { title?: unknown; detail?: unknown; errors?: unknown };
    const head = [p.title, p.detail].filter((v) => typeof v === "string" && v).join(": ");
    const fields = Array.isArray(p.errors)
      ? p.errors
          .map((e: { field?: unknown; message?: unknown }) =>
            [e.field, e.message].filter((v) => typeof v === "string" && v).join(": "),
          )
          .filter(Boolean)
      : [];
    return excerpt(fields.length ? `${head} (${fields.join("; ")})` : head);
  } catch {
    return "";
  }
}
