// The webhook channel against the stand-in receiver (test/stand-ins/webhook-receiver.ts).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "../../../test/stand-ins/webhook-receiver.ts";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishRequest } from "../types.ts";
import { webhook } from "./index.ts";
import { signatureOf } from "./signature.ts";

const SECRET = "FAKE-webhook-secret-c0ffee42-DO-NOT-LEAK";
/** Two real images: a 40×40 PNG and a 64×48 JPEG. */
const MEDIA = fileURLToPath(new URL("../../../test/fixtures/media", import.meta.url));
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
  opts: {
    url?: string;
    secretEnv?: string;
    env?: Record<string, string | undefined>;
    key?: string;
    channel?: Partial<Extract<Channel, { type: "webhook" }>>;
    media?: Array<{ file: string; alt: string }>;
    reserved?: { amount: number; currency?: string };
  } = {},
): PublishRequest {
  const channel: Channel = {
    id: "zapier",
    type: "webhook",
    ...(opts.channel?.urlEnv ? {} : { url: opts.url ?? receiver.url }),
    ...(opts.secretEnv ? { secretEnv: opts.secretEnv } : {}),
    ...opts.channel,
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
        ...(opts.media ? { media: opts.media } : {}),
      },
      body: "Plans now run **twice as fast**.\n",
    },
    channel,
    // The webhook channel reads nothing from the strategy.
    strategy: {} as Strategy,
    idempotencyKey: opts.key ?? KEY,
    repoDir: "/nonexistent",
    mediaDir: MEDIA,
    ...(opts.reserved ? { reserved: opts.reserved } : {}),
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

describe("webhook channel: the hook URL from the environment", () => {
  it("delivers to the URL in urlEnv, and names the variable when it is missing", async () => {
    receiver = await startWebhookReceiver({ path: "/hooks/catch/1234567/FAKEsecretpart/" });
    const channel = { urlEnv: "ZAPIER_HOOK_URL" };
    const result = await webhook.publish(request({ channel, env: { ZAPIER_HOOK_URL: receiver.url } }));
    expect(receiver.deliveries).toHaveLength(1);
    expect(result.receipt.id).toBe("dlv_1");
    const missing = await publishError(request({ channel, env: { ZAPIER_HOOK_URL: undefined } }));
    expect(missing.message).toContain("environment variable ZAPIER_HOOK_URL (named by urlEnv) is not set");
    expect(receiver.requests).toHaveLength(1);
  });

  it("never shows the secret URL: not when the receiver refuses, echoes it, or cannot be reached", async () => {
    receiver = await startWebhookReceiver({ path: "/hooks/catch/1234567/FAKEsecretpart/" });
    const secretUrl = receiver.url;
    const env = { ZAPIER_HOOK_URL: secretUrl };
    const channel = { urlEnv: "ZAPIER_HOOK_URL" };
    const errors: ChannelError[] = [];
    // A receiver whose error names the hook it was asked for, as some do.
    const echo = createServer((req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `no zap listens at ${req.url}` }));
    });
    await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
    const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/hooks/catch/1234567/FAKEsecretpart/`;
    errors.push(await publishError(request({ channel, env: { ZAPIER_HOOK_URL: echoUrl } })));
    await new Promise<void>((resolve) => echo.close(() => resolve()));
    expect(errors[0]?.message).toContain("no zap listens at ***");
    receiver.failNext(1, 503);
    errors.push(await publishError(request({ channel, env })));
    await receiver.close();
    errors.push(await publishError(request({ channel, env })));
    receiver = await startWebhookReceiver();
    expect(errors.map((e) => e.retryable)).toEqual([false, true, true]);
    for (const e of errors) {
      expect(e.message).toMatch(/the webhook at http:\/\/127\.0\.0\.1:\d+[ :]/);
      expect(e.message).not.toContain("FAKEsecretpart");
      expect(e.message).not.toContain("1234567");
    }
  });

  it("sends a login in the URL from the environment as basic authentication, and never shows it", async () => {
    receiver = await startWebhookReceiver();
    const url = receiver.url.replace("http://", "http://bot:FAKE-basic-pass@");
    const channel = { urlEnv: "HOOK_URL" };
    await webhook.publish(request({ channel, env: { HOOK_URL: url } }));
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.requests[0]?.authorization).toBe(
      `Basic ${Buffer.from("bot:FAKE-basic-pass").toString("base64")}`,
    );
    receiver.failNext(1, 500);
    const err = await publishError(request({ channel, env: { HOOK_URL: url }, key: "other.key" }));
    expect(err.message).not.toContain("FAKE-basic-pass");
  });
});

describe("webhook channel: images and paid spend in the payload", () => {
  const sha = async (file: string) =>
    createHash("sha256")
      .update(await readFile(join(MEDIA, file)))
      .digest("hex");

  it("describes each image: name, alt text, type read from its bytes, size and SHA-256", async () => {
    receiver = await startWebhookReceiver();
    await webhook.publish(
      request({
        media: [
          { file: "croissants.jpg", alt: "Six croissants on a tray" },
          { file: "bread.png", alt: "A loaf on a board" },
        ],
      }),
    );
    const payload = receiver.deliveries[0]?.payload;
    expect(payload?.media).toEqual([
      {
        file: "croissants.jpg",
        alt: "Six croissants on a tray",
        type: "image/jpeg",
        bytes: 404,
        sha256: await sha("croissants.jpg"),
      },
      {
        file: "bread.png",
        alt: "A loaf on a board",
        type: "image/png",
        bytes: 212,
        sha256: await sha("bread.png"),
      },
    ]);
    expect(payload).not.toHaveProperty("reserved");
  });

  it("adds each image's public URL under mediaBaseUrl, and its bytes when inlineMedia is set", async () => {
    receiver = await startWebhookReceiver();
    await webhook.publish(
      request({
        channel: { mediaBaseUrl: "https://bakery.example/media", inlineMedia: true },
        media: [{ file: "bread.png", alt: "A loaf on a board" }],
      }),
    );
    const [image] = (receiver.deliveries[0]?.payload.media ?? []) as Array<Record<string, unknown>>;
    expect(image?.url).toBe("https://bakery.example/media/bread.png");
    expect(
      Buffer.from(String(image?.content), "base64").equals(await readFile(join(MEDIA, "bread.png"))),
    ).toBe(true);
  });

  it("carries a paid item's reserved amount, and leaves media out of an item without images", async () => {
    receiver = await startWebhookReceiver();
    await webhook.publish(request({ reserved: { amount: 25, currency: "EUR" } }));
    const payload = receiver.deliveries[0]?.payload;
    expect(payload?.reserved).toEqual({ amount: 25, currency: "EUR" });
    expect(payload).not.toHaveProperty("media");
  });

  it("refuses to deliver when an image went missing, before calling the receiver", async () => {
    receiver = await startWebhookReceiver();
    const err = await publishError(request({ media: [{ file: "gone.jpg", alt: "Gone" }] }));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("marketing/media/gone.jpg is missing");
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
