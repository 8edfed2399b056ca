// The Graph API as the Instagram channel speaks it: form-encoded requests with the token in the
// Authorization header (never in a URL), Meta's error object turned into a ChannelError with Meta's own
// message, and what Meta says may work later tried again with backoff. Retried: HTTP 429/5xx/408, no
// answer, an error marked `is_transient`, and the codes the Graph API's error guide calls temporary or
// throttling (1, 2, 4, 17, 32, 341, 613). Anything else needs a person, and says what to change.
import { ChannelError } from "../../errors.ts";
import { excerpt, isRetryableStatus, networkReason, scrub, TIMEOUT_MS } from "../kit/index.ts";
import { backoffMs, retryAfterMs } from "../kit/retry.ts";

const TEMPORARY_CODES = new Set([1, 2, 4, 17, 32, 341, 613]);

/** Meta's error object, as every Graph API error answer carries it. */
export interface MetaError {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
  fbtrace_id?: string;
}

export interface GraphOptions {
  channelId: string;
  /** The API's root with its version, e.g. https://graph.facebook.com/v23.0. */
  root: URL;
  token: string;
  tokenEnv: string;
  sleep: (ms: number) => Promise<void>;
  /** Tries of one request, the first included. Default 3. */
  attempts?: number;
  /** Called before each try, so a caller can count requests against its budget. */
  onAttempt?: () => void;
}

/** A failed call: the ChannelError to throw, with Meta's error object when it sent one. */
export class GraphCallError extends ChannelError {
  readonly meta: MetaError | undefined;
  readonly status: number | undefined;
  constructor(channel: string, message: string, retryable: boolean, meta?: MetaError, status?: number) {
    super(channel, message, retryable);
    this.meta = meta;
    this.status = status;
  }
}

export interface Graph {
  get<T>(path: string, params?: Record<string, string>, doing?: string): Promise<T>;
  /** A POST; `attempts: 1` for one whose repetition could act twice. */
  post<T>(path: string, params: Record<string, string>, doing?: string, attempts?: number): Promise<T>;
  readonly root: URL;
}

export function createGraph(o: GraphOptions): Graph {
  const secrets = [o.token];
  async function call<T>(
    method: "GET" | "POST",
    path: string,
    params: Record<string, string>,
    doing: string,
    attempts = o.attempts ?? 3,
  ): Promise<T> {
    const url = new URL(`${o.root.href.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
    const body = new URLSearchParams(params);
    if (method === "GET") for (const [k, v] of body) url.searchParams.set(k, v);
    for (let n = 1; ; n++) {
      o.onAttempt?.();
      let res: Response | undefined;
      let failure: GraphCallError | undefined;
      try {
        res = await fetch(url, {
          method,
          headers: {
            Authorization: `Bearer ${o.token}`,
            Accept: "application/json",
            ...(method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
          },
          ...(method === "POST" ? { body } : {}),
          redirect: "manual",
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (err) {
        failure = new GraphCallError(
          o.channelId,
          `could not reach ${o.root.origin} while ${doing}: ${scrub(networkReason(err), secrets)}`,
          true,
        );
      }
      if (res) {
        const text = await res.text().catch(() => "");
        const json = parseJson(text);
        if (res.ok && json !== undefined) return json as T;
        failure = graphError(o, res.status, json, text, doing);
      }
      failure ??= new GraphCallError(o.channelId, `no answer while ${doing}`, true);
      if (!failure.retryable || n >= attempts) throw finalError(failure);
      const asked = res ? retryAfterMs(res.headers.get("retry-after")) : undefined;
      await o.sleep(backoffMs(n, asked));
    }
  }
  return {
    root: o.root,
    get: (path, params = {}, doing = `reading ${path}`) => call("GET", path, params, doing),
    post: (path, params, doing = `posting to ${path}`, attempts) =>
      call("POST", path, params, doing, attempts),
  };
}

/** A retryable failure that ran out of tries says the run leaves it to the next one. */
function finalError(e: GraphCallError): GraphCallError {
  if (!e.retryable) return e;
  const message = e.message.replace(/^channel [^:]+: /, "");
  return new GraphCallError(e.channel, `${message}; left to the next run`, true, e.meta, e.status);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Meta's error answer as a GraphCallError: retryable or not, with Meta's words and the fix. */
export function graphError(
  o: Pick<GraphOptions, "channelId" | "tokenEnv" | "token">,
  status: number,
  json: unknown,
  text: string,
  doing: string,
): GraphCallError {
  const meta = (json as { error?: MetaError } | undefined)?.error;
  const words = meta
    ? [meta.message, meta.error_user_msg].filter((w) => typeof w === "string" && w).join(" — ")
    : excerpt(text, 200);
  const codes =
    meta?.code !== undefined
      ? `, code ${meta.code}${meta.error_subcode ? `/${meta.error_subcode}` : ""}`
      : "";
  const said = scrub(`${status}${codes}${words ? `: ${excerpt(words)}` : ""}`, [o.token]);
  if (meta?.code === 190 || meta?.code === 102 || meta?.code === 2500 || status === 401)
    return new GraphCallError(
      o.channelId,
      `Meta refused the access token in ${o.tokenEnv} (${said}); create a new long-lived token with the instagram_content_publish and instagram_manage_insights permissions and update the Actions secret`,
      false,
      meta,
      status,
    );
  if (meta?.code === 10 || (meta?.code !== undefined && meta.code >= 200 && meta.code < 300))
    return new GraphCallError(
      o.channelId,
      `the token in ${o.tokenEnv} lacks a permission while ${doing} (${said}); grant it to the app and create a new token`,
      false,
      meta,
      status,
    );
  const retryable =
    isRetryableStatus(status) ||
    meta?.is_transient === true ||
    (meta?.code !== undefined && TEMPORARY_CODES.has(meta.code));
  if (retryable)
    return new GraphCallError(o.channelId, `Meta answered ${said} while ${doing}`, true, meta, status);
  if (status >= 300 && status < 400)
    return new GraphCallError(
      o.channelId,
      `the Graph API redirected the request (${status}); set baseUrl to the address it redirects to`,
      false,
      meta,
      status,
    );
  return new GraphCallError(o.channelId, `Meta refused ${doing} (${said})`, false, meta, status);
}
