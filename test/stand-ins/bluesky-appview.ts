// A stand-in for the read side of a Bluesky AppView: `app.bsky.feed.getPosts`
// (https://docs.bsky.app/docs/api/app-bsky-feed-get-posts; lexicon lexicons/app/bsky/feed/getPosts.json:
// `uris`, an array of at-uri, at most 25; output `{ posts: postView[] }`, posts it does not know left out).
// Every answer is checked against the official lexicons @atproto/api ships (assertValidXrpcOutput), and a
// request the lexicon refuses (26 URIs, a URI that is not at://) answers 400 `InvalidRequest` as an XRPC
// server does. Faults: the next N requests answer 429 (with Retry-After and RateLimit-* headers) or 5xx.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AtpAgent } from "@atproto/api";

export interface PostCounts {
  likeCount: number;
  repostCount: number;
  replyCount: number;
  quoteCount: number;
}

export interface AppViewStandIn {
  url: string;
  /** Posts the AppView knows, by at:// URI; their counts may be changed by a test. */
  posts: Map<string, PostCounts>;
  /** Each request's URIs (or the status it answered). */
  requests: Array<{ uris: string[]; status: number }>;
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

const LEX = new AtpAgent({ service: "http://127.0.0.1" }).lex;

export async function startBlueskyAppView(): Promise<AppViewStandIn> {
  const posts = new Map<string, PostCounts>();
  const requests: AppViewStandIn["requests"] = [];
  const faults: Array<{ status: number; retryAfter?: number }> = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };
    const uris = url.searchParams.getAll("uris");
    const entry = { uris, status: 0 };
    requests.push(entry);
    const fault = faults.shift();
    if (fault) {
      entry.status = fault.status;
      const reset = String(Math.ceil(Date.now() / 1000) + (fault.retryAfter ?? 60));
      return send(
        fault.status,
        { error: fault.status === 429 ? "RateLimitExceeded" : "InternalServerError", message: "try later" },
        fault.status === 429
          ? {
              ...(fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {}),
              "RateLimit-Limit": "3000",
              "RateLimit-Remaining": "0",
              "RateLimit-Reset": reset,
            }
          : {},
      );
    }
    if (req.method !== "GET" || url.pathname !== "/xrpc/app.bsky.feed.getPosts") {
      entry.status = 501;
      return send(501, { error: "MethodNotImplemented", message: "Method Not Implemented" });
    }
    if (
      !uris.length ||
      uris.length > 25 ||
      uris.some((u) => !/^at:\/\/did:[a-z]+:[^/]+\/[^/]+\/[^/]+$/.test(u))
    ) {
      entry.status = 400;
      return send(400, { error: "InvalidRequest", message: `Error: Params uris must be 1 to 25 at-uris` });
    }
    const body = {
      posts: uris.flatMap((uri) => {
        const counts = posts.get(uri);
        if (!counts) return [];
        const did = uri.slice("at://".length).split("/")[0] as string;
        return [
          {
            uri,
            cid: "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
            author: { did, handle: "loopcast.test" },
            record: { $type: "app.bsky.feed.post", text: "a post", createdAt: "2026-12-01T09:00:00.000Z" },
            indexedAt: "2026-12-01T09:00:01.000Z",
            ...counts,
          },
        ];
      }),
    };
    // The answer must be what the lexicon describes; a stand-in that drifts from it fails its test.
    LEX.assertValidXrpcOutput("app.bsky.feed.getPosts", body);
    entry.status = 200;
    send(200, body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    requests,
    failNext(count, status, retryAfterSeconds) {
      for (let i = 0; i < count; i++)
        faults.push({
          status,
          ...(retryAfterSeconds !== undefined ? { retryAfter: retryAfterSeconds } : {}),
        });
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
