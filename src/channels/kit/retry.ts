// Trying a read again when the server says it may work later (429, 5xx, 408, a lost answer), within a bounded
// wait: a measure step runs inside a scheduled job, so a server that asks for an hour is not waited for —
// what is left waits for the next run. Every try is counted (a retry is a request like any other).
import { isRetryableStatus, TIMEOUT_MS } from "./http.ts";

export interface RetryOptions {
  /** Waits between tries; tests pass one that costs no wall time. */
  sleep: (ms: number) => Promise<void>;
  /** Tries of one request, the first included (default 3). */
  attempts?: number;
  /** The longest wait across the retries of one request (default 30 s); a longer Retry-After ends them. */
  maxWaitMs?: number;
  /** First backoff, doubled each retry (default 1 s), when the server does not say how long to wait. */
  baseDelayMs?: number;
  /** Called before each try, so the caller counts requests against its budget. */
  onAttempt?: () => void;
  /** The time, for a Retry-After given as a date (default the clock). */
  now?: () => Date;
  /**
   * How long a refused answer asks to wait, in ms (default: its Retry-After). Mastodon says it with
   * X-RateLimit-Reset, a time.
   */
  askedWait?: (res: Response, now: Date) => number | undefined;
}

/**
 * Milliseconds a `Retry-After` header asks for: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: Date = new Date()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** The wait before try `n + 1` (n ≥ 1): what the server asked for, else exponential backoff. */
export function backoffMs(n: number, asked: number | undefined, baseDelayMs = 1000): number {
  return asked ?? baseDelayMs * 2 ** (n - 1);
}

/**
 * A GET or an idempotent POST (a stats query), tried again on 429/5xx/408 and on no answer. Returns the last
 * Response (which may still be a retryable failure once the tries or the wait run out); throws the network
 * error of the last try when none answered. `init` must not carry a signal: each try gets its own timeout.
 */
export async function fetchWithRetry(
  url: URL | string,
  init: Omit<RequestInit, "signal">,
  opts: RetryOptions,
): Promise<Response> {
  const attempts = opts.attempts ?? 3;
  const maxWait = opts.maxWaitMs ?? 30_000;
  let waited = 0;
  for (let n = 1; ; n++) {
    opts.onAttempt?.();
    let res: Response | undefined;
    let error: unknown;
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      error = err;
    }
    if (res && !isRetryableStatus(res.status)) return res;
    const now = opts.now?.() ?? new Date();
    const asked = res
      ? opts.askedWait
        ? opts.askedWait(res, now)
        : retryAfterMs(res.headers.get("retry-after"), now)
      : undefined;
    const wait = backoffMs(n, asked, opts.baseDelayMs);
    if (n >= attempts || waited + wait > maxWait || (error !== undefined && nobodyThere(error))) {
      if (res) return res;
      throw error;
    }
    // The body of an answer not used is read, so its connection is free for the next try.
    await res?.body?.cancel().catch(() => undefined);
    waited += wait;
    await opts.sleep(wait);
  }
}

// No server at the address (refused, unknown host): seconds later it is still not there, so the try is not
// repeated within this run. A reset or a timeout may be a moment's trouble, and is.
const NOBODY = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function nobodyThere(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && NOBODY.has(code)) return true;
  }
  return false;
}
