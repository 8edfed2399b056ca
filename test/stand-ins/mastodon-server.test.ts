// The stand-in itself: the documented behaviours the Mastodon channel's tests rely on.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countCharacters, type MastodonStandIn, startMastodonServer } from "./mastodon-server.ts";

const TOKEN = "FAKE-standin-token-1a2b";
let clock: Date;
let server: MastodonStandIn;

beforeEach(async () => {
  clock = new Date("2026-12-01T09:00:00Z");
  server = await startMastodonServer({ token: TOKEN, readOnlyToken: "read-only", now: () => clock });
});
afterEach(() => server.close());

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/v1/statuses`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      "Content-Type": "application/x-www-form-urlencoded",
      ...headers,
    },
    body,
  });
}

describe("mastodon stand-in", () => {
  it("creates a status from a form body and serves it back by id; DELETE returns its source", async () => {
    const created = await post("status=Hello%20there&visibility=public");
    expect(created.status).toBe(200);
    expect(created.headers.get("x-ratelimit-limit")).toBe("300");
    const status = (await created.json()) as Record<string, unknown>;
    expect(status).toMatchObject({
      content: "<p>Hello there</p>",
      visibility: "public",
      created_at: "2026-12-01T09:00:00.000Z",
      url: `${server.url}/@loopcast/${status.id}`,
      uri: `${server.url}/users/loopcast/statuses/${status.id}`,
    });
    expect(typeof status.id).toBe("string");
    expect(status).not.toHaveProperty("text");

    const read = await fetch(`${server.url}/api/v1/statuses/${status.id}`);
    expect(await read.json()).toEqual(status);

    const del = await fetch(`${server.url}/api/v1/statuses/${status.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(await del.json()).toMatchObject({ id: status.id, text: "Hello there" });
    expect((await fetch(`${server.url}/api/v1/statuses/${status.id}`)).status).toBe(404);
    expect(server.statuses.size).toBe(0);
  });

  it("shows the counts a test sets on a status to later reads, and refuses an unknown id", async () => {
    const status = (await (await post("status=Warm%20bread")).json()) as { id: string };
    expect(server.setCounts(status.id, { favourites: 12, reblogs: 3 })).toBe(true);
    expect(server.setCounts("404", { favourites: 1 })).toBe(false);
    const read = (await (await fetch(`${server.url}/api/v1/statuses/${status.id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(read).toMatchObject({ favourites_count: 12, reblogs_count: 3, replies_count: 0 });
  });

  it("hides private statuses from anonymous readers and checks tokens and scopes on writes", async () => {
    const { id } = (await (await post("status=secret&visibility=private")).json()) as { id: string };
    expect((await fetch(`${server.url}/api/v1/statuses/${id}`)).status).toBe(404);
    const authed = await fetch(`${server.url}/api/v1/statuses/${id}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(authed.status).toBe(200);

    const bad = await post("status=x", { Authorization: "Bearer nope" });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ error: "The access token is invalid" });
    const readOnly = await post("status=x", { Authorization: "Bearer read-only" });
    expect(readOnly.status).toBe(403);
    const anonymousDelete = await fetch(`${server.url}/api/v1/statuses/${id}`, { method: "DELETE" });
    expect(anonymousDelete.status).toBe(401);
    expect(server.statuses.size).toBe(1);
  });

  it("enforces the character limit, counting links as 23, and refuses blank text", async () => {
    const link = `https://example.com/${"x".repeat(200)}`;
    expect(countCharacters(`${"a".repeat(477)}${link}`)).toBe(500);
    expect((await post(`status=${encodeURIComponent(`${"a".repeat(477)}${link}`)}`)).status).toBe(200);
    const long = await post(`status=${"a".repeat(501)}`);
    expect(long.status).toBe(422);
    expect(await long.json()).toEqual({ error: "Validation failed: Text character limit of 500 exceeded" });
    expect(countCharacters("👩‍👩‍👧‍👦")).toBe(1);
    const blank = await post("status=%20");
    expect(await blank.json()).toEqual({ error: "Validation failed: Text can't be blank" });
  });

  it("replays an Idempotency-Key for an hour, unless the status was deleted", async () => {
    const first = (await (await post("status=one", { "Idempotency-Key": "k1" })).json()) as { id: string };
    const replay = (await (await post("status=changed", { "Idempotency-Key": "k1" })).json()) as {
      id: string;
    };
    expect(replay.id).toBe(first.id);
    expect(server.statuses.size).toBe(1);

    clock = new Date(clock.getTime() + 61 * 60 * 1000);
    const later = (await (await post("status=one", { "Idempotency-Key": "k1" })).json()) as { id: string };
    expect(later.id).not.toBe(first.id);

    await fetch(`${server.url}/api/v1/statuses/${later.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const afterDelete = (await (await post("status=one", { "Idempotency-Key": "k1" })).json()) as {
      id: string;
    };
    expect(afterDelete.id).not.toBe(later.id);
  });

  it("injects faults for the next requests only and logs requests without the token", async () => {
    server.failNext(1, 429);
    server.failNext(1, 503);
    const limited = await post("status=a");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("x-ratelimit-reset")).toBe("2026-12-01T09:05:00.000Z");
    const unavailable = await post("status=a");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("content-type")).toBe("text/html");
    expect((await post("status=a")).status).toBe(200);

    expect(server.requests.map((r) => r.status)).toEqual([429, 503, 200]);
    expect(server.requests[2]).toMatchObject({ method: "POST", authorized: true, body: { status: "a" } });
    expect(JSON.stringify(server.requests)).not.toContain(TOKEN);
  });

  it("marks the request that created a status, tells onRequest first, and forgets all on reset", async () => {
    const seen: string[] = [];
    const own = await startMastodonServer({ token: TOKEN, onRequest: (r) => seen.push(r.method) });
    const send = () =>
      fetch(`${own.url}/api/v1/statuses`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          "Content-Type": "application/json",
          "Idempotency-Key": "k",
        },
        body: JSON.stringify({ status: "Hello" }),
      });
    try {
      const first = (await (await send()).json()) as { id: string };
      await send();
      expect(seen).toEqual(["POST", "POST"]);
      expect(own.requests.map((r) => r.created)).toEqual([first.id, undefined]);
      own.reset();
      expect([own.statuses.size, own.requests.length]).toEqual([0, 0]);
      // The key is forgotten with the statuses: the same request creates a new one.
      const again = (await (await send()).json()) as { id: string };
      expect(again.id).not.toBe(first.id);
      expect(own.statuses.size).toBe(1);
    } finally {
      await own.close();
    }
  });
});

describe("mastodon stand-in: media", () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  function upload(type: string, token = TOKEN) {
    const form = new FormData();
    form.append("file", new Blob([PNG], { type }), "bread.png");
    form.append("description", "A loaf");
    return fetch(`${server.url}/api/v2/media`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
  }

  it("answers the documented errors: 401 without a token, 403 read-only, 422 for a type it does not take", async () => {
    expect((await upload("image/png", "nope")).status).toBe(401);
    expect((await upload("image/png", "read-only")).status).toBe(403);
    const pdf = await upload("application/pdf");
    expect(pdf.status).toBe(422);
    expect(await pdf.json()).toEqual({
      error: "Validation failed: File content type is invalid, File is invalid",
    });
    expect(server.attachments.size).toBe(0);
  });

  it("form media_ids[] attach once: a second status naming the same attachment, or more than 4, is a 422", async () => {
    const { id } = (await (await upload("image/png")).json()) as { id: string };
    const first = await post(`status=One&media_ids[]=${id}`);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { media_attachments: Array<{ id: string }> }).media_attachments).toEqual([
      expect.objectContaining({ id, description: "A loaf", type: "image" }),
    ]);
    const again = await post(`status=Two&media_ids[]=${id}`);
    expect(again.status).toBe(422);
    expect(await again.json()).toEqual({
      error: `Media ${id} not found or already attached to another post`,
    });
    const five = await post(`status=Five&${[1, 2, 3, 4, 5].map((n) => `media_ids[]=${n}`).join("&")}`);
    expect(await five.json()).toEqual({ error: "Cannot attach more than 4 files" });
    // Attached, it is no longer the client's to fetch through the media API.
    const get = await fetch(`${server.url}/api/v1/media/${id}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(get.status).toBe(404);
  });
});
