// The Bluesky channel against a real PDS on this machine (@atproto/dev-env: a PDS and a PLC directory),
// read back with the official client; error answers from a small local server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AtpAgent } from "@atproto/api";
import { TestNetworkNoAppView } from "@atproto/dev-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishRequest } from "../types.ts";
import { bluesky } from "./index.ts";
import { recordKey } from "./record-key.ts";
import { graphemes } from "./thread.ts";

const HANDLE = "bakery.test";
let network: TestNetworkNoAppView;
let appPassword: string;
let did: string;
let reader: AtpAgent;
let accounts = 0;

beforeAll(async () => {
  network = await TestNetworkNoAppView.create({});
  const owner = new AtpAgent({ service: network.pds.url });
  await owner.createAccount({ handle: HANDLE, email: "owner@bakery.test", password: "account-password-1" });
  appPassword = (await owner.com.atproto.server.createAppPassword({ name: "loopcast" })).data.password;
  did = owner.session?.did ?? "";
  reader = owner;
});
afterAll(async () => {
  await network?.close();
});

/** A fresh account per test that counts posts, so counts are the test's own. */
async function freshAccount(): Promise<{ handle: string; password: string; agent: AtpAgent }> {
  const agent = new AtpAgent({ service: network.pds.url });
  const handle = `shop${++accounts}.test`;
  await agent.createAccount({ handle, email: `${handle}@example.com`, password: "account-password-2" });
  const password = (await agent.com.atproto.server.createAppPassword({ name: "loopcast" })).data.password;
  return { handle, password, agent };
}

function channel(over: Partial<Extract<Channel, { type: "bluesky" }>> = {}): Channel {
  return {
    id: "bsky",
    type: "bluesky",
    serviceUrl: network.pds.url,
    identifierEnv: "BSKY_HANDLE",
    passwordEnv: "BSKY_APP_PASSWORD",
    ...over,
  };
}

function request(
  opts: {
    body?: string;
    key?: string;
    channel?: Channel;
    handle?: string;
    password?: string | undefined;
  } = {},
): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "social@20261201T0900Z",
        workflow: "social",
        channel: "bsky",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Faster plans",
        summary: "Plans run twice as fast.",
        arms: {},
        generator: "template",
      },
      body: opts.body ?? "Plans now run twice as fast. https://loopcast.dev/notes #gitops",
    },
    channel: opts.channel ?? channel(),
    strategy: {} as Strategy,
    idempotencyKey: opts.key ?? "social@20261201T0900Z.0123456789abcdef",
    repoDir: "/nonexistent",
    env: {
      BSKY_HANDLE: opts.handle ?? HANDLE,
      BSKY_APP_PASSWORD: "password" in opts ? opts.password : appPassword,
    },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

/** The fields of app.bsky.feed.post the tests read back. */
interface Post {
  text: string;
  createdAt: string;
  facets: Array<{ index: { byteStart: number; byteEnd: number }; features: unknown[] }>;
  embed?: { external?: { uri: string } };
  reply: { root: unknown; parent: unknown };
}

async function posts(agent: AtpAgent, repo: string) {
  const res = await agent.com.atproto.repo.listRecords({
    repo,
    collection: "app.bsky.feed.post",
    limit: 100,
  });
  return res.data.records as unknown as Array<{ uri: string; cid: string; value: Post }>;
}

async function publishError(req: PublishRequest): Promise<ChannelError> {
  const err = await bluesky.publish(req).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  return err as ChannelError;
}

describe("bluesky channel on a local PDS", () => {
  it("posts the item with its links as facets and a link card, and returns the at:// URI and the bsky.app URL", async () => {
    const result = await bluesky.publish(request());
    const rkey = recordKey("social@20261201T0900Z.0123456789abcdef", new Date("2026-12-01T09:00:00Z"), 0);
    expect(result).toEqual({
      receipt: {
        id: `at://${did}/app.bsky.feed.post/${rkey}`,
        url: `https://bsky.app/profile/${did}/post/${rkey}`,
      },
      files: [],
    });
    const record = await reader.com.atproto.repo.getRecord({
      repo: did,
      collection: "app.bsky.feed.post",
      rkey,
    });
    const post = record.data.value as unknown as Post;
    expect(post.text).toBe("Plans now run twice as fast. https://loopcast.dev/notes #gitops");
    expect(post.createdAt).toBe("2026-12-01T09:00:00.000Z");
    expect(post.embed).toEqual({
      $type: "app.bsky.embed.external",
      external: {
        uri: "https://loopcast.dev/notes",
        title: "Faster plans",
        description: "Plans run twice as fast.",
      },
    });
    const features = post.facets.map((f) => f.features[0]);
    expect(features).toEqual([
      { $type: "app.bsky.richtext.facet#link", uri: "https://loopcast.dev/notes" },
      { $type: "app.bsky.richtext.facet#tag", tag: "gitops" },
    ]);
    // The link facet's byte range covers the link in the UTF-8 text.
    const link = post.facets[0]?.index ?? { byteStart: 0, byteEnd: 0 };
    expect(Buffer.from(post.text).subarray(link.byteStart, link.byteEnd).toString()).toBe(
      "https://loopcast.dev/notes",
    );
  });

  it("leaves the card out when linkCard is false, and posts a body without links as plain text", async () => {
    const { handle, password, agent } = await freshAccount();
    const repo = agent.session?.did ?? "";
    await bluesky.publish(request({ handle, password, key: "a.1", channel: channel({ linkCard: false }) }));
    await bluesky.publish(request({ handle, password, key: "a.2", body: "Fresh bread at nine." }));
    const all = await posts(agent, repo);
    expect(all).toHaveLength(2);
    for (const p of all) expect(p.value.embed).toBeUndefined();
    expect(all.map((p) => p.value.text).sort()).toEqual([
      "Fresh bread at nine.",
      "Plans now run twice as fast. https://loopcast.dev/notes #gitops",
    ]);
  });

  it("posts a body longer than 300 graphemes as a thread: each post within the limit, replying to the one before", async () => {
    const { handle, password, agent } = await freshAccount();
    const repo = agent.session?.did ?? "";
    const sentence = "Our sourdough rests for two days before it meets the oven. ";
    const body = `${sentence.repeat(6)}\n\n${sentence.repeat(5)}See https://bakery.test/bread 🍞`;
    const result = await bluesky.publish(request({ handle, password, key: "thread.1", body }));
    const all = (await posts(agent, repo)).sort((a, b) => a.uri.localeCompare(b.uri));
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const p of all) expect(graphemes(p.value.text).length).toBeLessThanOrEqual(300);
    // Nothing lost or added: the posts joined are the body, up to the whitespace at the breaks.
    expect(
      all
        .map((p) => p.value.text)
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(body.replace(/\s+/g, " ").trim());
    const [first, ...rest] = all;
    expect(result.receipt.id).toBe(first?.uri);
    expect(first?.value.reply).toBeUndefined();
    expect(first?.value.embed?.external?.uri).toBe("https://bakery.test/bread");
    rest.forEach((p, i) => {
      expect(p.value.reply.root).toEqual({ uri: first?.uri, cid: first?.cid });
      expect(p.value.reply.parent).toEqual({ uri: all[i]?.uri, cid: all[i]?.cid });
      expect(p.value.embed).toBeUndefined();
    });
  });

  it("never posts twice: a publish repeated after a crash finds the post, and finishes a thread cut short", async () => {
    const { handle, password, agent } = await freshAccount();
    const repo = agent.session?.did ?? "";
    const first = await bluesky.publish(request({ handle, password, key: "once.1" }));
    const again = await bluesky.publish(request({ handle, password, key: "once.1" }));
    expect(again).toEqual(first);
    expect(await posts(agent, repo)).toHaveLength(1);

    // Two tries at once: both look, find nothing, and create; the PDS keeps one record per key, and the
    // try it refused finds the other's post.
    const racing = await Promise.all(
      [1, 2].map(() => bluesky.publish(request({ handle, password, key: "race.1" }))),
    );
    expect(racing[1]).toEqual(racing[0]);
    expect(await posts(agent, repo)).toHaveLength(2);

    // A crash after the first post of a thread: that post is there under its key, the others are not.
    const body = `${"A long story about flour. ".repeat(20)}`;
    const slot = new Date("2026-12-01T09:00:00Z");
    const head = "A long story about flour. ".repeat(11).trim();
    const written = await agent.com.atproto.repo.createRecord({
      repo,
      collection: "app.bsky.feed.post",
      rkey: recordKey("thread.2", slot, 0),
      record: { $type: "app.bsky.feed.post", text: head, createdAt: slot.toISOString() },
    });
    const result = await bluesky.publish(request({ handle, password, key: "thread.2", body }));
    expect(result.receipt.id).toBe(written.data.uri);
    const earlier = [first.receipt.id, racing[0]?.receipt.id];
    const thread = (await posts(agent, repo)).filter((p) => !earlier.includes(p.uri));
    expect(thread).toHaveLength(2);
    const second = thread.find((p) => p.uri !== written.data.uri);
    expect(second?.value.reply.root).toEqual({ uri: written.data.uri, cid: written.data.cid });
  });

  it("publishes a batch with one login, one answer per item in order", async () => {
    const { handle, password, agent } = await freshAccount();
    const results = await bluesky.publishAll?.([
      request({ handle, password, key: "batch.1", body: "One." }),
      request({ handle, password, key: "batch.2", body: "Two." }),
    ]);
    expect(results?.map((r) => (r instanceof Error ? r.message : r.receipt.id.startsWith("at://")))).toEqual([
      true,
      true,
    ]);
    expect(await posts(agent, agent.session?.did ?? "")).toHaveLength(2);
  });

  it("refuses a wrong app password without retrying, naming the variables and never the password", async () => {
    const err = await publishError(request({ password: "wrong-pass-word-leak" }));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("BSKY_HANDLE and BSKY_APP_PASSWORD");
    expect(err.message).toContain("Invalid identifier or password");
    expect(err.message).not.toContain("wrong-pass-word-leak");
  });

  it("names the variable that is not set, and refuses a service URL without TLS", async () => {
    const missing = await publishError(request({ password: undefined }));
    expect(missing.message).toContain(
      "environment variable BSKY_APP_PASSWORD (named by passwordEnv) is not set",
    );
    const plain = await publishError(request({ channel: channel({ serviceUrl: "http://pds.example.com" }) }));
    expect(plain.message).toContain("serviceUrl must use https://");
  });
});

describe("bluesky channel on a failing server", () => {
  let server: Server;
  let answer: { status: number; body: object; headers?: Record<string, string> };
  let calls: number;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      calls++;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function failing(
    status: number,
    body: object,
    headers?: Record<string, string>,
  ): Promise<ChannelError> {
    answer = { status, body, ...(headers ? { headers } : {}) };
    calls = 0;
    const err = await publishError(request({ channel: channel({ serviceUrl: url }) }));
    expect(calls, "one request: no retry storm inside the channel").toBe(1);
    return err;
  }

  it("leaves 5xx and 429 to a later try, and says when the limit resets", async () => {
    const down = await failing(502, { error: "UpstreamFailure", message: "bad gateway" });
    expect(down.retryable).toBe(true);
    expect(down.message).toContain("answered 502 while logging in: UpstreamFailure: bad gateway");
    const limited = await failing(
      429,
      { error: "RateLimitExceeded", message: "Rate Limit Exceeded" },
      {
        "ratelimit-reset": "1796115600",
      },
    );
    expect(limited.retryable).toBe(true);
    expect(limited.message).toContain("the limit resets at 2026-12-01T09:00:00.000Z");
  });

  it("stops on another 4xx with the server's own message", async () => {
    const bad = await failing(400, {
      error: "InvalidRequest",
      message: "Input/handle must be a valid handle",
    });
    expect(bad.retryable).toBe(false);
    expect(bad.message).toContain("(400: InvalidRequest: Input/handle must be a valid handle)");
  });

  it("retries later when nothing answers", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await publishError(request({ channel: channel({ serviceUrl: `http://127.0.0.1:${port}` }) }));
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+ while logging in: ECONNREFUSED/);
  });
});
