// The one octokit client a run uses: throttling and retries on, every request counted, and a guard that
// refuses any URL outside the configured API origin, so a test (or a misconfigured GHES run) can never
// reach github.com by accident. `@actions/github`'s getOctokit is not used: it sends through undici's own
// fetch and proxy agent; here the request goes through the `fetch` we are given (global fetch by default).
import { Octokit, RequestError } from "octokit";
import { ForgeError } from "../../errors.ts";

export interface Pacing {
  /** Minimum gap between two writes (POST/PATCH/PUT/DELETE and GraphQL); GitHub asks for 1 s. */
  writeMs: number;
  /** Minimum gap between writes that notify people (PRs, issues, merges). */
  notifyMs: number;
  /** Multiplier of `retry-after` seconds and of the 5xx back-off (1 s, 4 s, 9 s). */
  retryBaseMs: number;
  /** A limit that resets later than this (seconds) is not waited for: the run fails and the next one resumes. */
  maxWaitSeconds: number;
}

// GitHub asks for at least a second between writes (octokit would wait 3 s before each notifying one).
export const GITHUB_PACING: Pacing = {
  writeMs: 1000,
  notifyMs: 1000,
  retryBaseMs: 1000,
  maxWaitSeconds: 120,
};

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string;
  pacing?: Partial<Pacing>;
  log?: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

export interface GitHubClient {
  readonly octokit: Octokit;
  /** HTTP requests sent so far, retries included. */
  readonly requests: number;
}

/**
 * Serialises jobs with a minimum gap, in the shape octokit's throttling plugin expects of a Bottleneck
 * group (`key(id).schedule(options, fn, ...args)`). Passing our own lets tests and the benchmark turn
 * the gap down without touching the plugin's shared, module-level limiters.
 */
export class Pacer {
  private readonly gapMs: number;
  private next = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(gapMs: number) {
    this.gapMs = gapMs;
  }

  key(): Pacer {
    return this;
  }

  schedule<T>(_options: unknown, fn: (...args: unknown[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
    const turn = this.chain.then(async () => {
      const wait = this.next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      this.next = Date.now() + this.gapMs;
    });
    this.chain = turn.catch(() => undefined);
    return turn.then(() => fn(...args));
  }
}

export function createClient(opts: ClientOptions): GitHubClient {
  const pacing = { ...GITHUB_PACING, ...opts.pacing };
  const log = opts.log ?? (() => {});
  const origin = new URL(opts.apiUrl).origin;
  const baseFetch = opts.fetch ?? globalThis.fetch;
  let requests = 0;
  const guardedFetch: typeof globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) {
      return Promise.reject(
        new ForgeError(
          `refused a request to ${url.origin}: Loopcast only talks to ${origin} (GITHUB_API_URL)`,
        ),
      );
    }
    requests += 1;
    return baseFetch(input, init);
  };
  // Waits only when the limit lifts soon; otherwise the error ends the run and the next run resumes.
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }) => {
    const ok = retryAfter <= pacing.maxWaitSeconds;
    log(
      `GitHub ${kind} on ${options.method} ${options.url}: ${ok ? `retrying in ${retryAfter} s` : `resets in ${retryAfter} s, not waiting`}`,
    );
    return ok;
  };
  const octokit = new Octokit({
    auth: opts.token,
    baseUrl: opts.apiUrl.replace(/\/+$/, ""),
    userAgent: "loopcast",
    request: { fetch: guardedFetch },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      retryAfterBaseValue: pacing.retryBaseMs,
      write: new Pacer(pacing.writeMs),
      notifications: new Pacer(pacing.notifyMs),
    },
    retry: { retryAfterBaseValue: pacing.retryBaseMs },
  });
  return {
    octokit,
    get requests() {
      return requests;
    },
  };
}

const HINTS: Record<number, string> = {
  401: "the token is invalid or expired; check the `github-token` input (or the App's key and installation)",
  403: "the token may lack a permission; the workflow needs `contents`, `pull-requests`, `issues` and `statuses: write`",
  404: "check GITHUB_REPOSITORY and that the token can see the repository",
  422: "GitHub refused the request as invalid",
};

/** Turns an octokit error into a ForgeError that says what was being done, GitHub's answer and what to try. */
export function toForgeError(err: unknown, doing: string): ForgeError {
  if (err instanceof ForgeError) return err;
  if (err instanceof RequestError) {
    const data = err.response?.data as { message?: string; errors?: Array<{ message?: string }> } | undefined;
    const detail = [data?.message ?? err.message, ...(data?.errors ?? []).map((e) => e.message)]
      .filter(Boolean)
      .join("; ");
    const hint = HINTS[err.status];
    return new ForgeError(
      `GitHub answered ${err.status} while ${doing}: ${detail}${hint ? ` (${hint})` : ""}`,
      err.status,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ForgeError(`GitHub request failed while ${doing}: ${message}`);
}

/** Status of an octokit error, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  return err instanceof RequestError ? err.status : undefined;
}

/** The message GitHub sent with an error (422 details included). */
export function messageOf(err: unknown): string {
  if (err instanceof RequestError) {
    const data = err.response?.data as { message?: string; errors?: Array<{ message?: string }> } | undefined;
    return [data?.message, ...(data?.errors ?? []).map((e) => e.message)].filter(Boolean).join("; ");
  }
  const graphqlErrors = (err as { errors?: Array<{ message?: string }> } | null)?.errors;
  if (Array.isArray(graphqlErrors)) return graphqlErrors.map((e) => e.message).join("; ");
  return err instanceof Error ? err.message : String(err);
}
