// What every HTTP channel needs at the boundary: an address that may carry a secret, the reason a request
// never got an answer, which answers may succeed on a later try, and the server's own words, short.
import { ChannelError } from "../../errors.ts";

/** How long a channel waits for one answer. */
export const TIMEOUT_MS = 30_000;

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

export interface SecureUrl {
  channelId: string;
  /** The strategy key holding the URL, e.g. instanceUrl. */
  key: string;
  value: string;
  /** An example of a right value, for the hint. */
  example: string;
  /** What travels to it, for the hint: "the access token". */
  secret: string;
}

/**
 * The URL a channel sends a credential to. Only TLS may carry it, except to a server on this machine
 * (local stand-ins and test servers).
 */
export function secureUrl({ channelId, key, value, example, secret }: SecureUrl): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ChannelError(channelId, `${key} "${value}" is not a URL; write e.g. ${example}`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw new ChannelError(
      channelId,
      `${key} must use https:// so ${secret} is encrypted; write https://${url.host}`,
    );
  }
  return url;
}

/** Why a request got no answer: a timeout, or the network's error code. */
export function networkReason(err: unknown, timeoutMs = TIMEOUT_MS): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError") return `no answer within ${timeoutMs / 1000} s`;
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}

/**
 * May the same request succeed later? Rate limits, timeouts and server failures may; any other 4xx means the
 * server refuses the request as it is, and retrying it would only repeat the refusal.
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** A server's message on one line, at most `max` characters. */
export function excerpt(text: string, max = 300): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
