// The stand-in receiver itself: signature check, dedupe by key, faults.
import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startWebhookReceiver, validSignature, type WebhookReceiver } from "./webhook-receiver.ts";

const SECRET = "FAKE-receiver-secret-77";
let receiver: WebhookReceiver | undefined;
afterEach(() => receiver?.close());

function sign(body: string, secret = SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function deliver(url: string, body: string, headers: Record<string, string>) {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body });
}

describe("webhook receiver stand-in", () => {
  it("checks GitHub-style signatures in constant-time form", () => {
    // The example from GitHub's webhook documentation.
    const raw = Buffer.from("Hello, World!");
    const good = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    expect(validSignature("It's a Secret to Everybody", raw, good)).toBe(true);
    expect(validSignature("It's a Secret to Everybody", raw, good.replace(/7$/, "8"))).toBe(false);
    expect(validSignature("It's a Secret to Everybody", raw, good.slice(0, 20))).toBe(false);
    expect(validSignature("It's a Secret to Everybody", raw, undefined)).toBe(false);
  });

  it("accepts a signed delivery once and answers its replay with the same id", async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    const body = JSON.stringify({ title: "t" });
    const first = await deliver(receiver.url, body, {
      "Idempotency-Key": "k1",
      "X-Loopcast-Signature": sign(body),
    });
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as { id: string };
    const replay = await deliver(receiver.url, body, {
      "Idempotency-Key": "k1",
      "X-Loopcast-Signature": sign(body),
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(firstBody);
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]?.payload).toEqual({ title: "t" });
  });

  it("refuses bad signatures, missing keys and non-JSON bodies", async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    const body = JSON.stringify({ title: "t" });
    const wrong = await deliver(receiver.url, body, {
      "Idempotency-Key": "k",
      "X-Loopcast-Signature": sign(body, "other"),
    });
    expect(wrong.status).toBe(401);
    const unsigned = await deliver(receiver.url, body, { "Idempotency-Key": "k" });
    expect(unsigned.status).toBe(401);
    const noKey = await deliver(receiver.url, body, { "X-Loopcast-Signature": sign(body) });
    expect(noKey.status).toBe(400);
    const text = await fetch(receiver.url, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: "hi",
    });
    expect(text.status).toBe(415);
    expect(receiver.deliveries).toHaveLength(0);
    expect(receiver.requests.map((r) => r.status)).toEqual([401, 401, 400, 415]);
  });

  it("answers injected faults first, then behaves again; 204 when told to answer empty", async () => {
    receiver = await startWebhookReceiver({ answer: "empty" });
    receiver.failNext(1, 503);
    receiver.failNext(1, 308);
    const body = JSON.stringify({});
    expect((await deliver(receiver.url, body, { "Idempotency-Key": "k" })).status).toBe(503);
    const moved = await fetch(receiver.url, { method: "POST", redirect: "manual", body });
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toMatch(/\/moved\/hooks\/loopcast$/);
    const ok = await deliver(receiver.url, body, { "Idempotency-Key": "k" });
    expect(ok.status).toBe(204);
    expect(await ok.text()).toBe("");
    expect(receiver.deliveries).toHaveLength(1);
  });

  it("logs each request's JSON payload, tells onRequest before answering, and forgets all on reset", async () => {
    const seen: Array<string | undefined> = [];
    receiver = await startWebhookReceiver({ onRequest: (r) => seen.push(r.idempotencyKey) });
    const body = JSON.stringify({ cycle: "c@20261201T0900Z" });
    expect((await deliver(receiver.url, body, { "Idempotency-Key": "k" })).status).toBe(201);
    expect((await deliver(receiver.url, body, { "Idempotency-Key": "k" })).status).toBe(200);
    expect(seen).toEqual(["k", "k"]);
    expect(receiver.requests.map((r) => r.payload)).toEqual([
      { cycle: "c@20261201T0900Z" },
      { cycle: "c@20261201T0900Z" },
    ]);
    receiver.reset();
    expect([receiver.deliveries.length, receiver.requests.length]).toEqual([0, 0]);
    // The key is forgotten too: the same delivery is a new one.
    expect((await deliver(receiver.url, body, { "Idempotency-Key": "k" })).status).toBe(201);
    expect(receiver.deliveries).toHaveLength(1);
  });
});
