// Retrying reads: what a Retry-After asks, backoff when it says nothing, the bounded wait, and no retry of
// what cannot change (a 4xx, nobody at the address). Against a local server scripted per request.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, fetchWithRetry, retryAfterMs } from "./retry.ts";

let server: Server;
let url = "";
const script: Array<{ status: number; headers?: Record<string, string> }> = [];
let hits = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    const next = script.shift() ?? { status: 200 };
    res.writeHead(next.status, next.headers ?? {});
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function run(steps: typeof script, opts: { maxWaitMs?: number; attempts?: number } = {}) {
  script.length = 0;
  script.push(...steps);
  hits = 0;
  const waits: number[] = [];
  const tries = { n: 0 };
  const res = fetchWithRetry(
    url,
    {},
    {
      sleep: async (ms) => void waits.push(ms),
      onAttempt: () => tries.n++,
      ...opts,
    },
  );
  return { res, waits, tries };
}

describe("retryAfterMs", () => {
  it("reads delta-seconds and an HTTP date; nothing for an absent or unreadable header", () => {
    const now = new Date("2026-12-01T09:00:00Z");
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs("Tue, 01 Dec 2026 09:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Tue, 01 Dec 2026 08:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });
  it("backoff doubles from the base when the server asks nothing", () => {
    expect([1, 2, 3].map((n) => backoffMs(n, undefined, 1000))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(2, 5000)).toBe(5000);
  });
});

describe("fetchWithRetry", () => {
  it("waits what a 429's Retry-After asks, then returns the answer; every try is counted", async () => {
    const { res, waits, tries } = run([{ status: 429, headers: { "Retry-After": "3" } }, { status: 200 }]);
    expect((await res).status).toBe(200);
    expect(waits).toEqual([3000]);
    expect(tries.n).toBe(2);
  });

  it("backs off on 5xx and returns the last failure when the tries run out", async () => {
    const { res, waits } = run([{ status: 502 }, { status: 503 }, { status: 500 }]);
    expect((await res).status).toBe(500);
    expect(waits).toEqual([1000, 2000]);
  });

  it("does not wait past the bounded total: a Retry-After of an hour ends the tries at once", async () => {
    const { res, waits } = run([{ status: 429, headers: { "Retry-After": "3600" } }], { maxWaitMs: 30_000 });
    expect((await res).status).toBe(429);
    expect(waits).toEqual([]);
    expect(hits).toBe(1);
  });

  it("never repeats a 4xx other than 408 and 429", async () => {
    const { res, waits } = run([{ status: 401 }, { status: 200 }]);
    expect((await res).status).toBe(401);
    expect(waits).toEqual([]);
  });

  it("does not retry an address where nobody listens (refused): the error is thrown at once", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const waits: number[] = [];
    const err = await fetchWithRetry(
      `http://127.0.0.1:${port}/`,
      {},
      { sleep: async (ms) => void waits.push(ms) },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(waits).toEqual([]);
  });
});
