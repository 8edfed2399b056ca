// Fault injection, the request log, expectations and violations: what a test uses to make GitHub
// misbehave and to check what the code under test actually sent.
import type { RequestLogEntry, Violation } from "./types.ts";

export interface FaultSpec {
  /** REST operationId (`pulls/create`), `graphql` / `graphql/<root field>`, or `*` for any request. */
  operationId: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface InjectedFault {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const DOCS = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";

// What GitHub answers in these cases, so clients' throttling and retry code reacts as in production:
// @octokit/plugin-throttling keys on "secondary rate" in the message and on `retry-after`.
export function defaultFault(
  status: number,
  nowSeconds: number,
): { headers: Record<string, string>; body: unknown } {
  if (status === 403 || status === 429) {
    return {
      headers: { "retry-after": "60", "x-ratelimit-remaining": "4999" },
      body: {
        message:
          "You have exceeded a secondary rate limit and have been temporarily blocked from content creation. " +
          "Please retry your request again later. If you reach out to GitHub Support for help, please include " +
          "the request ID FAKE:0000:0000000:0000000:00000000.",
        documentation_url: `${DOCS}#about-secondary-rate-limits`,
      },
    };
  }
  if (status === 502) return { headers: {}, body: { message: "Server Error" } };
  if (status === 503) return { headers: {}, body: { message: "Service Unavailable" } };
  if (status >= 500) {
    return {
      headers: {},
      body: { message: "Server Error", documentation_url: "https://docs.github.com/rest" },
    };
  }
  return {
    headers: { "x-ratelimit-reset": String(nowSeconds + 60) },
    body: { message: `Injected ${status}` },
  };
}

function matches(pattern: string, operationId: string | null): boolean {
  if (pattern === "*") return true;
  if (operationId === null) return false;
  if (pattern === operationId) return true;
  return pattern === "graphql" && operationId.startsWith("graphql/");
}

export class FaultBook {
  readonly requests: RequestLogEntry[] = [];
  readonly violations: Violation[] = [];
  private readonly faults: (FaultSpec & { remaining: number })[] = [];
  private readonly expectations = new Map<string, number | null>();
  private readonly logViolations: boolean;

  constructor(logViolations: boolean) {
    this.logViolations = logViolations;
  }

  failNext(spec: FaultSpec): void {
    this.faults.push({ ...spec, remaining: spec.times ?? 1 });
  }

  /** The fault for this request, if one is armed; consumes one use of it. */
  takeFault(operationId: string | null, nowSeconds: number): InjectedFault | null {
    const index = this.faults.findIndex((f) => f.remaining > 0 && matches(f.operationId, operationId));
    const fault = this.faults[index];
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(index, 1);
    const defaults = defaultFault(fault.status, nowSeconds);
    return {
      status: fault.status,
      headers: { ...defaults.headers, ...fault.headers },
      body: fault.body ?? defaults.body,
    };
  }

  log(entry: RequestLogEntry): void {
    this.requests.push(entry);
  }

  /** Requests answered so far, optionally only those of one operation (same matching as failNext). */
  count(operationId?: string): number {
    if (operationId === undefined) return this.requests.length;
    return this.requests.filter((r) => matches(operationId, r.operationId)).length;
  }

  /** Exactly `times` requests of the operation must be made; without `times`, at least one. */
  expect(operationId: string, times?: number): void {
    this.expectations.set(operationId, times ?? null);
  }

  assertExpectationsMet(): void {
    const problems: string[] = [];
    for (const [operationId, times] of this.expectations) {
      const made = this.count(operationId);
      if (times === null ? made === 0 : made !== times) {
        problems.push(`${operationId}: expected ${times === null ? "at least 1" : times}, made ${made}`);
      }
    }
    if (problems.length > 0) {
      throw new Error(`fake-github: expected requests not made as expected:\n  ${problems.join("\n  ")}`);
    }
  }

  violate(violation: Violation): void {
    this.violations.push(violation);
    if (this.logViolations) {
      console.error(
        `fake-github violation (${violation.kind}) ${violation.method} ${violation.path}` +
          `${violation.operationId ? ` [${violation.operationId}]` : ""}: ${violation.message}`,
      );
    }
  }

  /** Returns the violations so far and forgets them (for tests that provoke one on purpose). */
  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length);
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) => `${v.kind} ${v.method} ${v.path}${v.operationId ? ` [${v.operationId}]` : ""}: ${v.message}`,
    );
    throw new Error(`fake-github: ${this.violations.length} violation(s):\n  ${lines.join("\n  ")}`);
  }
}
