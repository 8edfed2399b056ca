// The webhook channel against the stand-in receiver (test/stand-ins/webhook-receiver.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "../../../test/stand-ins/webhook-receiver.ts";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishRequest } from "../types.ts";
import { webhook } from "./index.ts";
import { signatureOf } from "./signature.ts";

const SECRET = "FAKE-webhook-secret-c0ffee42-DO-NOT-LEAK";
const KEY = "launch@20261201T0900Z.0123456789abcdef";

let receiver: WebhookReceiver;
let output: string[];
beforeEach(() => {
  output = [];
  for (const m of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void output.push(args.join(" ")));
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  expect(output.join("\n")).not.toContain(SECRET);
  await receiver.close();
});

function request(
  opts: { url?: string; secretEnv?: string; env?: Record<string, string | undefined>; key?: string } = {},
): PublishRequest {
  const channel: Channel = {
    id: "zapier",
    type: "webhook",
    url: opts.url ?? receiver.url,
    ...(opts.secretEnv ? { secretEnv: opts.secretEnv } : {}),
  };
  return {
    item: {
      meta: {
        cycle: "launch@20261201T0900Z",
        workflow: "launch",
        channel: "zapier",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Faster plans",
        summary: "Plans run twice as fast.",
        arms: { tone: "plain" },
        generator: "template",
      },
      body: "Plans now run **twice as fast**.\n",
    },
    channel,
    // The webhook channel reads nothing from the strategy.
    strategy: {} as Strategy,
    idempotencyKey: opts.key ?? KEY,
    repoDir: "/nonexistent",
    env: { WEBHOOK_SECRET: SECRET, ...opts.env },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

async function publishError(req: PublishRequest): Promise<ChannelError> {
  const err = await webhook.publish(req).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  expect((err as Error).message).not.toContain(SECRET);
  return err as ChannelError;
}

describe("webhook channel", () => {
  it("POSTs the item as signed JSON with the idempotency key and takes the receiver's id", async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    const result = await webhook.publish(request({ secretEnv: "WEBHOOK_SECRET" }));

    expect(receiver.deliveries).toHaveLength(1);
    const delivery = receiver.deliveries[0];
    expect(delivery?.payload).toEqual({
      cycle: "launch@20261201T0900Z",
      workflow: "launch",
      channel: "zapier",
      title: "Faster plans",
      summary: "Plans run twice as fast.",
      body: "Plans now run **twice as fast**.\n",
      slot: "2026-12-01T09:00:00.000Z",
      idempotencyKey: KEY,
    });
    expect(receiver.requests[0]).toMatchObject({
      idempotencyKey: KEY,
      signature: signatureOf(SECRET, delivery?.rawBody ?? ""),
    });
    expect(result).toEqual({
      receipt: { id: "dlv_1", url: receiver.url.replace(/\/hooks\/loopcast$/, "/deliveries/dlv_1") },
      files: [],
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it("sends no signature without secretEnv, and falls back to the key as receipt on an empty answer", async () => {
    receiver = await startWebhookReceiver({ answer: "empty" });
    const result = await webhook.publish(request());
    expect(receiver.requests[0]?.signature).toBeUndefined();
    expect(result.receipt).toEqual({ id: KEY });
  });

  it("delivers a replayed key once and gets the same receipt", async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    const first = await webhook.publish(request({ secretEnv: "WEBHOOK_SECRET" }));
    const again = await webhook.publish(request({ secretEnv: "WEBHOOK_SECRET" }));
    expect(again.receipt).toEqual(first.receipt);
    expect(receiver.deliveries).toHaveLength(1);
  });

  it("reports a signature made with the wrong secret as not retryable, without either secret", async () => {
    receiver = await startWebhookReceiver({ secret: "FAKE-the-receivers-own-secret" });
    const err = await publishError(request({ secretEnv: "WEBHOOK_SECRET" }));
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      `channel zapier: the webhook at ${new URL(receiver.url).origin} refused the delivery (401: signature mismatch); check that the receiver's secret matches the one named by secretEnv`,
    );
    expect(err.message).not.toContain("FAKE-the-receivers-own-secret");
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("treats 5xx as retryable and a retry then delivers once", async () => {
    receiver = await startWebhookReceiver();
    receiver.failNext(1, 502);
    const err = await publishError(request());
    expect(err.retryable).toBe(true);
    expect(err.message).toContain("answered 502: injected 502; the publish will be retried");
    await webhook.publish(request());
    expect(receiver.deliveries).toHaveLength(1);
  });

  it("treats other 4xx as not retryable, and 429 as retryable", async () => {
    receiver = await startWebhookReceiver();
    receiver.failNext(1, 422);
    receiver.failNext(1, 429);
    expect((await publishError(request())).retryable).toBe(false);
    expect((await publishError(request())).retryable).toBe(true);
  });

  it("does not follow a redirect with the signed delivery", async () => {
    receiver = await startWebhookReceiver();
    receiver.failNext(1, 308);
    const err = await publishError(request());
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("answered with a redirect (308); set url to the address it redirects to");
    expect(receiver.requests).toHaveLength(1);
  });

  it("treats an unreachable receiver as retryable and never shows the URL's path", async () => {
    receiver = await startWebhookReceiver();
    const url = `${receiver.url}/T0SECRETPATH?token=abc123`;
    await receiver.close();
    receiver = await startWebhookReceiver();
    const err = await publishError(request({ url }));
    expect(err.retryable).toBe(true);
    expect(err.message).toContain(`could not reach the webhook at ${new URL(url).origin}: ECONNREFUSED`);
    expect(err.message).not.toContain("SECRETPATH");
    expect(err.message).not.toContain("abc123");
  });

  it("refuses a url with a login in it, without repeating it", async () => {
    receiver = await startWebhookReceiver();
    const url = receiver.url.replace("http://", "http://hookuser:FAKE-url-pass@");
    const err = await publishError(request({ url }));
    expect(err.message).toContain("url contains a login");
    expect(err.message).not.toContain("FAKE-url-pass");
    expect(receiver.requests).toHaveLength(0);
  });

  it("names a missing secret variable and how to set it", async () => {
    receiver = await startWebhookReceiver();
    const err = await publishError(
      request({ secretEnv: "WEBHOOK_SECRET", env: { WEBHOOK_SECRET: undefined } }),
    );
    expect(err.message).toContain("environment variable WEBHOOK_SECRET (named by secretEnv) is not set");
    expect(err.message).toContain("Actions secret");
    expect(receiver.requests).toHaveLength(0);
  });
});

describe("signatureOf", () => {
  it("matches GitHub's documented example", () => {
    expect(signatureOf("It's a Secret to Everybody", "Hello, World!")).toBe(
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    );
  });
});
