// The Mastodon channel against the stateful stand-in (test/stand-ins/mastodon-server.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type MastodonStandIn, startMastodonServer } from "../../../test/stand-ins/mastodon-server.ts";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishRequest } from "../types.ts";
import { mastodon } from "./index.ts";

const TOKEN = "FAKE-mastodon-token-3b9e2d71-DO-NOT-LEAK";
const READ_ONLY = "FAKE-read-only-token-90ad";

let server: MastodonStandIn;
let output: string[];
beforeEach(async () => {
  server = await startMastodonServer({ token: TOKEN, readOnlyToken: READ_ONLY });
  output = [];
  for (const m of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void output.push(args.join(" ")));
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  // No secret reaches the console in any test.
  expect(output.join("\n")).not.toContain(TOKEN);
  await server.close();
});

function channel(over: Partial<Extract<Channel, { type: "mastodon" }>> = {}): Channel {
  return { id: "mastodon", type: "mastodon", instanceUrl: server.url, tokenEnv: "MASTODON_TOKEN", ...over };
}

function request(
  opts: { body?: string; token?: string | undefined; key?: string; channel?: Channel } = {},
): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "social@20261201T0900Z",
        workflow: "social",
        channel: "mastodon",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Faster plans",
        summary: "Plans run twice as fast.",
        arms: {},
        generator: "template",
      },
      body: opts.body ?? "Plans now run twice as fast. https://loopcast.dev/notes #gitops",
    },
    channel: opts.channel ?? channel(),
    // The Mastodon channel reads nothing from the strategy.
    strategy: {} as Strategy,
    idempotencyKey: opts.key ?? "social@20261201T0900Z.0123456789abcdef",
    repoDir: "/nonexistent",
    env: { MASTODON_TOKEN: "token" in opts ? opts.token : TOKEN },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

async function publishError(req: PublishRequest): Promise<ChannelError> {
  const err = await mastodon.publish(req).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  expect((err as Error).message).not.toContain(TOKEN);
  return err as ChannelError;
}

describe("mastodon channel", () => {
  it("posts the item body as a status with the bearer token and the idempotency key", async () => {
    const result = await mastodon.publish(request({ channel: channel({ visibility: "unlisted" }) }));

    expect(server.statuses.size).toBe(1);
    const [status] = [...server.statuses.values()];
    expect(status?.text).toBe("Plans now run twice as fast. https://loopcast.dev/notes #gitops");
    expect(status?.visibility).toBe("unlisted");
    expect(result).toEqual({
      receipt: { id: status?.id, url: `${server.url}/@loopcast/${status?.id}` },
      files: [],
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(server.requests).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/api/v1/statuses",
        status: 200,
        authorized: true,
        idempotencyKey: "social@20261201T0900Z.0123456789abcdef",
        contentType: "application/json",
      }),
    ]);
  });

  it("returns the same status for a replayed key and posts nothing twice", async () => {
    const first = await mastodon.publish(request());
    const again = await mastodon.publish(request());
    const other = await mastodon.publish(request({ key: "social@20261208T0900Z.fedcba9876543210" }));

    expect(again.receipt).toEqual(first.receipt);
    expect(other.receipt.id).not.toBe(first.receipt.id);
    expect(server.statuses.size).toBe(2);
  });

  it("reports an over-long status as not retryable, with the server's reason", async () => {
    const err = await publishError(request({ body: "a".repeat(501) }));
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      "channel mastodon: Mastodon refused the status (422: Validation failed: Text character limit of 500 exceeded); edit the item, or set maxLength on the channel to the instance's limit",
    );
    expect(server.statuses.size).toBe(0);
  });

  it("reports a rejected token without repeating it", async () => {
    const err = await publishError(request({ token: `${TOKEN}-revoked` }));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain(
      "rejected the access token in MASTODON_TOKEN (401: The access token is invalid)",
    );
    expect(err.message).not.toContain("revoked");
  });

  it("reports a token without the write scope", async () => {
    const err = await publishError(request({ token: READ_ONLY }));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain(
      "may not post statuses (403: This action is outside the authorized scopes)",
    );
    expect(err.message).not.toContain(READ_ONLY);
  });

  it("treats 503 as retryable, and a retry with the same key then posts once", async () => {
    server.failNext(1, 503);
    const err = await publishError(request());
    expect(err.retryable).toBe(true);
    expect(err.message).toBe("channel mastodon: Mastodon answered 503; the publish will be retried");

    await mastodon.publish(request());
    expect(server.statuses.size).toBe(1);
  });

  it("treats 429 as retryable and says when the limit resets", async () => {
    server.failNext(1, 429);
    const err = await publishError(request());
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(
      /rate limit reached \(429\); the limit resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/,
    );
  });

  it("treats an unreachable instance as retryable", async () => {
    const url = server.url;
    await server.close();
    server = await startMastodonServer({ token: TOKEN });
    const err = await publishError(request({ channel: channel({ instanceUrl: url }) }));
    expect(err.retryable).toBe(true);
    expect(err.message).toContain(`could not reach ${url}: ECONNREFUSED`);
  });

  it("names a missing token variable and how to set it", async () => {
    const err = await publishError(request({ token: undefined }));
    expect(err.message).toContain("environment variable MASTODON_TOKEN (named by tokenEnv) is not set");
    expect(err.message).toContain(`\${{ secrets.MASTODON_TOKEN }}`);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses to send the token over plain http to another machine", async () => {
    const err = await publishError(request({ channel: channel({ instanceUrl: "http://mastodon.example" }) }));
    expect(err.message).toContain("instanceUrl must use https://");
    expect(err.retryable).toBe(false);
  });
});
