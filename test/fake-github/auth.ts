// Authentication and primary rate limits, as GitHub applies them to every request: a token (PAT,
// GITHUB_TOKEN, installation token) or, for the App endpoints, an App's JWT.
import type { FakeState } from "./state.ts";
import type { AppSpec } from "./types.ts";

export type Credentials = { kind: "user"; login: string } | { kind: "app"; app: AppSpec };

export const BAD_CREDENTIALS = {
  message: "Bad credentials",
  documentation_url: "https://docs.github.com/rest",
  status: "401",
};

export const REQUIRES_AUTH = {
  message: "Requires authentication",
  documentation_url: "https://docs.github.com/rest",
  status: "401",
};

/** The secret in `Authorization: token <t>` / `Bearer <t>`, or null when absent or malformed. */
export function bearerOf(header: string | undefined): string | null {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

/** The token in git's `Authorization: Basic` (user `x-access-token`, password = token; either half works). */
export function basicTokenOf(header: string | undefined): string | null {
  const match = /^basic\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = colon === -1 ? decoded : decoded.slice(0, colon);
  const password = colon === -1 ? "" : decoded.slice(colon + 1);
  return password || user || null;
}

/**
 * An App JWT is recognised by its `iss` claim only: the fake has no private key to check the
 * signature against, so tests can sign with any key (e.g. @octokit/auth-app with a throwaway key).
 */
function appForJwt(state: FakeState, token: string): AppSpec | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8")) as {
      iss?: unknown;
    };
    return state.apps.find((app) => String(app.id) === String(payload.iss)) ?? null;
  } catch {
    return null;
  }
}

export function authenticate(state: FakeState, token: string): Credentials | null {
  const login = state.loginForToken(token);
  if (login) return { kind: "user", login };
  const app = appForJwt(state, token);
  return app ? { kind: "app", app } : null;
}

/** Primary rate limit per account and hour, with GitHub's `x-ratelimit-*` headers. */
export class RateLimits {
  private readonly limit: number;
  private readonly used = new Map<string, { used: number; reset: number }>();

  constructor(limit: number) {
    this.limit = limit;
  }

  private window(key: string, nowSeconds: number) {
    let entry = this.used.get(key);
    if (!entry || entry.reset <= nowSeconds) {
      entry = { used: 0, reset: nowSeconds + 3600 };
      this.used.set(key, entry);
    }
    return entry;
  }

  /** Counts one request; returns false when the account had none left (GitHub then answers 403). */
  consume(key: string, nowSeconds: number): boolean {
    const entry = this.window(key, nowSeconds);
    if (entry.used >= this.limit) return false;
    entry.used += 1;
    return true;
  }

  snapshot(
    key: string,
    nowSeconds: number,
  ): { limit: number; used: number; remaining: number; reset: number } {
    const entry = this.window(key, nowSeconds);
    return {
      limit: this.limit,
      used: entry.used,
      remaining: Math.max(0, this.limit - entry.used),
      reset: entry.reset,
    };
  }

  headers(key: string, nowSeconds: number, resource: string): Record<string, string> {
    const s = this.snapshot(key, nowSeconds);
    return {
      "x-ratelimit-limit": String(s.limit),
      "x-ratelimit-remaining": String(s.remaining),
      "x-ratelimit-used": String(s.used),
      "x-ratelimit-reset": String(s.reset),
      "x-ratelimit-resource": resource,
    };
  }
}
