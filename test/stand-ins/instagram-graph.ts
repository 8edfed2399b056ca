// A stateful stand-in for the part of Meta's Instagram Graph API that Loopcast uses. It follows these
// documented requests and answers (developers.facebook.com, Instagram Platform and Graph API references):
// - Content publishing: `POST /{ig-user-id}/media` with `image_url` and `caption` answers `{id}` of a
//   container; carousel items carry `is_carousel_item=true` and no caption, then a `media_type=CAROUSEL`
//   container names them in `children` (at most 10). Meta fetches `image_url` itself ("we cURL media"):
//   JPEG only, at most 8 MiB (error code 36000, subcode 2207004, "The image size is too large."), a
//   download that fails is code 9004, subcode 2207052.
// - `GET /{container-id}?fields=status_code`: IN_PROGRESS (here for the first `pollsInProgress` reads),
//   FINISHED, PUBLISHED, ERROR, EXPIRED (24 hours after creation).
// - `POST /{ig-user-id}/media_publish` with `creation_id` answers `{id}` of the new media; past the quota
//   (50 posts in a moving 24 hours) it answers code 9, subcode 2207042.
// - `GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config` answers
//   `{data: [{quota_usage, config: {quota_total, quota_duration}}]}`.
// - `GET /{ig-user-id}/media?fields=…&limit=…&after=…`: the account's media, newest first, paged with
//   `paging.cursors.after` and `paging.next`; `GET /{media-id}?fields=permalink,…` one media's fields,
//   timestamps written as 2026-12-01T09:00:00+0000.
// - `GET /{media-id}/insights?metric=…`: `{data: [{name, period: "lifetime", values: [{value}], …}]}`,
//   metrics of today (views, reach, likes, comments, shares, saved, total_interactions); `impressions` is
//   refused for media of this era (code 100), as it is since v22.0.
// - Batch requests: a POST with `batch=[{method, relative_url}, …]` (at most 50) answers one
//   `{code, headers, body}` per operation, `body` a JSON string, in order.
// - Errors: `{error: {message, type, code, error_subcode?, is_transient?, fbtrace_id}}`; an invalid token
//   is `OAuthException` code 190 (HTTP 400), an unknown object code 100 subcode 33.
// Tests inject faults (the next N requests answer 500, 429 with Retry-After, or a 400 with
// is_transient), drop the answer of a request after it took effect, read a request log that never holds
// the token, hear of each request before it is answered (`onRequest`), and `reset()` between trials.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const QUOTA_TOTAL = 50;
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_BATCH = 50;
const INSIGHT_METRICS = ["views", "reach", "likes", "comments", "shares", "saved", "total_interactions"];

export interface GraphError {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
  fbtrace_id: string;
}

export interface Container {
  id: string;
  kind: "image" | "carousel-item" | "carousel";
  caption?: string;
  imageUrl?: string;
  children?: string[];
  altText?: string;
  createdAt: number;
  /** Reads of its status left before it is FINISHED. */
  pollsLeft: number;
  status: "IN_PROGRESS" | "FINISHED" | "PUBLISHED" | "ERROR";
  /** The media id once published. */
  mediaId?: string;
}

export interface Media {
  id: string;
  caption: string;
  media_type: "IMAGE" | "CAROUSEL_ALBUM";
  media_product_type: "FEED";
  permalink: string;
  timestamp: string;
  /** Lifetime insights, by Meta's metric name; tests set them. */
  insights: Record<string, number>;
  /** Images as Meta stored them: the URL it fetched and the bytes' length. */
  images: Array<{ url: string; bytes: number }>;
}

export interface LoggedRequest {
  method: string;
  /** The path without the version prefix, e.g. /17841400000000001/media. */
  path: string;
  status: number;
  /** Whether a valid token came with the request; the token itself is never logged. */
  authorized: boolean;
  /** Query and body parameters, access_token removed. */
  params: Record<string, string>;
  /** Operations in a batch request. */
  batch?: number;
}

export type Fault = 500 | 503 | 429 | "transient";

export interface InstagramStandInOptions {
  token: string;
  igUserId?: string;
  username?: string;
  /** Reads of a container's status that answer IN_PROGRESS before FINISHED. Default 1. */
  pollsInProgress?: number;
  now?: () => Date;
  /** Called with each request once its body is read, before it is handled (a test may kill the client). */
  onRequest?: (request: LoggedRequest) => void;
  /**
   * Where an `image_url` is fetched from instead of its own origin: Meta reaches the public https address
   * a configuration must name (mediaBaseUrl), this stand-in a local media server. Path and query are kept.
   */
  imageOrigin?: string;
}

export interface InstagramStandIn {
  /** Base URL, e.g. http://127.0.0.1:41234 (the channel's baseUrl). */
  url: string;
  igUserId: string;
  containers: ReadonlyMap<string, Container>;
  /** Published media, by id. */
  media: ReadonlyMap<string, Media>;
  requests: LoggedRequest[];
  failNext(count: number, fault: Fault): void;
  /** The next request whose path ends with `suffix` takes effect, then its connection is cut unanswered. */
  dropAnswer(suffix: string): void;
  /** Posts published in the last 24 hours by other means (the app, another tool), counted in the quota. */
  usedQuota(count: number): void;
  setInsights(mediaId: string, values: Record<string, number>): void;
  /** A post made elsewhere (the app, an earlier test step), with no quota counted. */
  seedMedia(caption: string, at?: Date): Media;
  /** The next container created fails in processing: its status reads ERROR. */
  failNextContainer(): void;
  /** Forgets every container, post, used quota, logged request and pending fault: a new account, same URL. */
  reset(): void;
  close(): Promise<void>;
}

export async function startInstagramGraph(options: InstagramStandInOptions): Promise<InstagramStandIn> {
  const now = options.now ?? (() => new Date());
  const igUserId = options.igUserId ?? "17841400000000001";
  const pollsInProgress = options.pollsInProgress ?? 1;
  const containers = new Map<string, Container>();
  const media = new Map<string, Media>();
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const drops: string[] = [];
  const publishedAt: number[] = [];
  let nextId = 17_900_000_000_000_000n;
  let trace = 0;
  let errorNext = false;

  const err = (status: number, e: Omit<GraphError, "fbtrace_id" | "type"> & { type?: string }) => ({
    status,
    body: { error: { type: "OAuthException", ...e, fbtrace_id: `AtRaCe${++trace}` } },
  });
  const unknownObject = (id: string, method: string) =>
    err(400, {
      message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
      type: "GraphMethodException",
      code: 100,
      error_subcode: 33,
    });

  type Answer = { status: number; body: unknown; headers?: Record<string, string> };

  /** One Graph operation (a plain request or one of a batch). */
  async function handle(method: string, path: string, params: Record<string, string>): Promise<Answer> {
    const parts = path.split("/").filter(Boolean);
    const [id, edge] = parts;
    if (!id) return err(400, { message: "Unsupported request", code: 100 });
    if (id === igUserId && edge === "media" && method === "POST") return createContainer(params);
    if (id === igUserId && edge === "media_publish" && method === "POST") return publish(params);
    if (id === igUserId && edge === "media" && method === "GET") return listMedia(params);
    if (id === igUserId && edge === "content_publishing_limit" && method === "GET") {
      const usage = quotaUsage();
      const fields = (params.fields ?? "quota_usage").split(",");
      return {
        status: 200,
        body: {
          data: [
            {
              quota_usage: usage,
              ...(fields.includes("config")
                ? { config: { quota_total: QUOTA_TOTAL, quota_duration: DAY_MS / 1000 } }
                : {}),
            },
          ],
        },
      };
    }
    if (edge === "insights" && method === "GET") return insights(id, params);
    if (edge === undefined && method === "GET") {
      const c = containers.get(id);
      if (c) {
        const status = statusOf(c);
        return { status: 200, body: { id, status_code: status, status } };
      }
      const m = media.get(id);
      if (m) return { status: 200, body: pick(m, params.fields ?? "id") };
    }
    return unknownObject(id, method);
  }

  /** The container's status; a client's read (`read`) brings an IN_PROGRESS one closer to FINISHED. */
  function statusOf(c: Container, read = true): string {
    if (c.status === "IN_PROGRESS") {
      if (c.pollsLeft > 0) {
        if (!read) return "IN_PROGRESS";
        c.pollsLeft--;
        return "IN_PROGRESS";
      }
      c.status = "FINISHED";
    }
    if (c.status === "FINISHED" && now().getTime() - c.createdAt > DAY_MS) return "EXPIRED";
    return c.status;
  }

  async function createContainer(p: Record<string, string>): Promise<Answer> {
    const id = String(nextId++);
    const status: Container["status"] = errorNext ? "ERROR" : "IN_PROGRESS";
    errorNext = false;
    const base = { id, createdAt: now().getTime(), pollsLeft: pollsInProgress, status };
    if (p.media_type === "CAROUSEL") {
      const children = (p.children ?? "").split(",").filter(Boolean);
      if (children.length < 2 || children.length > 10)
        return err(400, {
          message: "Invalid parameter",
          code: 100,
          error_user_msg: "A carousel takes between 2 and 10 children.",
        });
      for (const child of children) {
        const c = containers.get(child);
        if (c?.kind !== "carousel-item")
          return err(400, {
            message: `Invalid parameter: children ${child} is not a carousel item`,
            code: 100,
          });
      }
      const caption = p.caption ?? "";
      const refused = captionProblem(caption);
      if (refused) return refused;
      containers.set(id, { ...base, kind: "carousel", caption, children });
      return { status: 200, body: { id } };
    }
    if (!p.image_url) return err(400, { message: "(#100) The parameter image_url is required", code: 100 });
    const fetched = await fetchImage(p.image_url);
    if ("error" in fetched) return fetched.error;
    const item = p.is_carousel_item === "true";
    const caption = p.caption ?? "";
    if (!item) {
      const refused = captionProblem(caption);
      if (refused) return refused;
    }
    containers.set(id, {
      ...base,
      kind: item ? "carousel-item" : "image",
      imageUrl: p.image_url,
      ...(item ? {} : { caption }),
      ...(p.alt_text ? { altText: p.alt_text } : {}),
    });
    imageSizes.set(id, fetched.bytes);
    return { status: 200, body: { id } };
  }
  const imageSizes = new Map<string, number>();

  function captionProblem(caption: string): Answer | undefined {
    if ([...caption].length > 2200)
      return err(400, {
        message: "Invalid parameter",
        code: 100,
        error_user_msg: "The caption is longer than 2,200 characters.",
      });
    if ((caption.match(/#[\p{L}\p{N}_]+/gu) ?? []).length > 30)
      return err(400, {
        message: "Invalid parameter",
        code: 100,
        error_user_msg: "A caption takes at most 30 hashtags.",
      });
    if ((caption.match(/@[A-Za-z0-9._]+/g) ?? []).length > 20)
      return err(400, {
        message: "Invalid parameter",
        code: 100,
        error_user_msg: "A caption takes at most 20 @-mentions.",
      });
    return undefined;
  }

  async function fetchImage(url: string): Promise<{ bytes: number } | { error: Answer }> {
    const failed = (message: string) => ({
      error: err(400, {
        message,
        code: 9004,
        error_subcode: 2207052,
        error_user_title: "Media download has failed.",
      }),
    });
    let res: Response;
    try {
      const from = new URL(url);
      if (options.imageOrigin) {
        const origin = new URL(options.imageOrigin);
        from.protocol = origin.protocol;
        from.host = origin.host;
      }
      res = await fetch(from, { signal: AbortSignal.timeout(5_000) });
    } catch {
      return failed("Media download has failed. The media URI doesn't meet our requirements.");
    }
    if (!res.ok) return failed("Media download has failed. The media URI doesn't meet our requirements.");
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_IMAGE_BYTES)
      return {
        error: err(400, {
          message: "The image size is too large.",
          code: 36000,
          error_subcode: 2207004,
          is_transient: false,
          error_user_title: "Image size too large",
          error_user_msg: "The image is too large to download. It should be less than 8 MiB.",
        }),
      };
    if (!(bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff))
      return failed("Only photo or video can be accepted as media type.");
    return { bytes: bytes.length };
  }

  function quotaUsage(): number {
    const since = now().getTime() - DAY_MS;
    return publishedAt.filter((t) => t > since).length;
  }

  function publish(p: Record<string, string>): Answer {
    const c = p.creation_id ? containers.get(p.creation_id) : undefined;
    if (!c || c.kind === "carousel-item")
      return err(400, {
        message: "Invalid parameter",
        code: 100,
        error_user_msg: "creation_id names no publishable container.",
      });
    if (quotaUsage() >= QUOTA_TOTAL)
      return err(400, {
        message: "Application request limit reached",
        code: 9,
        error_subcode: 2207042,
        error_user_msg:
          "You reached maximum number of posts that is allowed to be published by Content Publishing API.",
      });
    const status = statusOf(c, false);
    if (status === "PUBLISHED")
      return err(400, { message: "The media has already been published", code: 9, error_subcode: 2207006 });
    if (status !== "FINISHED")
      return err(400, {
        message: "Media ID is not available",
        code: 9007,
        error_subcode: 2207027,
        error_user_msg: "The media is not ready for publishing, please wait for a moment",
      });
    const id = String(nextId++);
    const images = (c.kind === "carousel" ? (c.children ?? []) : [c.id]).map((child) => ({
      url: containers.get(child)?.imageUrl ?? "",
      bytes: imageSizes.get(child) ?? 0,
    }));
    media.set(id, {
      id,
      caption: c.caption ?? "",
      media_type: c.kind === "carousel" ? "CAROUSEL_ALBUM" : "IMAGE",
      media_product_type: "FEED",
      permalink: permalinkOf(id),
      timestamp: now()
        .toISOString()
        .replace(/\.\d{3}Z$/, "+0000"),
      insights: {},
      images,
    });
    c.status = "PUBLISHED";
    c.mediaId = id;
    publishedAt.push(now().getTime());
    return { status: 200, body: { id } };
  }

  function listMedia(p: Record<string, string>): Answer {
    const limit = Math.min(Number(p.limit ?? 25) || 25, 100);
    const all = [...media.values()].reverse();
    const start = p.after
      ? all.findIndex((m) => m.id === Buffer.from(p.after ?? "", "base64url").toString()) + 1
      : 0;
    const page = all.slice(start, start + limit);
    const fields = p.fields ?? "id";
    const last = page.at(-1);
    const more = start + limit < all.length && last;
    const cursor = (m: Media | undefined) => (m ? Buffer.from(m.id).toString("base64url") : "");
    return {
      status: 200,
      body: {
        data: page.map((m) => pick(m, fields)),
        paging: {
          cursors: { before: cursor(page[0]), after: cursor(last) },
          ...(more
            ? {
                next: `${base}/v22.0/${igUserId}/media?fields=${fields}&limit=${limit}&after=${cursor(last)}`,
              }
            : {}),
        },
      },
    };
  }

  function insights(id: string, p: Record<string, string>): Answer {
    const m = media.get(id);
    if (!m) return unknownObject(id, "GET");
    const metrics = (p.metric ?? "").split(",").filter(Boolean);
    const unknown = metrics.find((x) => !INSIGHT_METRICS.includes(x));
    if (!metrics.length || unknown)
      return err(400, {
        message: `(#100) metric[${Math.max(0, metrics.indexOf(unknown ?? ""))}] must be one of the following values: ${INSIGHT_METRICS.join(", ")}`,
        code: 100,
      });
    // "If insights data you are requesting does not exist or is currently unavailable, the API returns an
    // empty data set instead of 0": a post whose insights a test never set has none yet.
    if (!Object.keys(m.insights).length) return { status: 200, body: { data: [] } };
    return {
      status: 200,
      body: {
        data: metrics.map((name) => ({
          name,
          period: "lifetime",
          values: [{ value: m.insights[name] ?? 0 }],
          title: name,
          description: `${name} of the media`,
          id: `${id}/insights/${name}/lifetime`,
        })),
      },
    };
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    Object.assign(params, await readBody(req));
    const bearer = /^(?:Bearer|OAuth) (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const token = bearer ?? params.access_token;
    delete params.access_token;
    const path = url.pathname.replace(/^\/v\d+\.\d+(?=\/|$)/, "") || "/";
    const entry: LoggedRequest = {
      method: req.method ?? "GET",
      path,
      status: 0,
      authorized: token === options.token,
      params,
    };
    requests.push(entry);
    options.onRequest?.(entry);
    const send = (a: Answer) => {
      entry.status = a.status;
      res.writeHead(a.status, { "Content-Type": "application/json; charset=UTF-8", ...a.headers });
      res.end(JSON.stringify(a.body));
    };

    const fault = faults.shift();
    if (fault === 429)
      return send({
        ...err(429, { message: "Application request limit reached", code: 4, is_transient: true }),
        headers: { "Retry-After": "7" },
      });
    if (fault === "transient")
      return send(
        err(400, { message: "An unknown error occurred", code: 1, error_subcode: 99, is_transient: true }),
      );
    if (fault !== undefined)
      return send(
        err(fault, {
          message: "An unexpected error has occurred. Please retry your request later.",
          code: 2,
          is_transient: true,
        }),
      );

    if (!token)
      return send(
        err(400, {
          message: "An active access token must be used to query information about the current user.",
          code: 2500,
        }),
      );
    if (token !== options.token)
      return send(err(400, { message: "Invalid OAuth access token - Cannot parse access token", code: 190 }));

    let answer: Answer;
    if (req.method === "POST" && path === "/" && params.batch !== undefined) {
      answer = await batch(params.batch, entry);
    } else answer = await handle(req.method ?? "GET", path, params);

    const drop = drops.findIndex((suffix) => path.endsWith(suffix));
    if (drop >= 0) {
      drops.splice(drop, 1);
      entry.status = -1;
      return req.socket.destroy();
    }
    send(answer);
  });

  async function batch(raw: string, entry: LoggedRequest): Promise<Answer> {
    let ops: Array<{ method?: string; relative_url?: string }>;
    try {
      ops = JSON.parse(raw) as typeof ops;
      if (!Array.isArray(ops)) throw new Error("not an array");
    } catch {
      return err(400, { message: "(#100) The parameter batch must be a JSON array", code: 100 });
    }
    entry.batch = ops.length;
    if (ops.length > MAX_BATCH)
      return err(400, {
        message: `(#1) Too many requests in batch message. Maximum batch size is ${MAX_BATCH}`,
        code: 1,
      });
    const answers = [];
    for (const op of ops) {
      const rel = new URL(`/${(op.relative_url ?? "").replace(/^\/+/, "")}`, "http://x");
      const a = await handle(
        (op.method ?? "GET").toUpperCase(),
        rel.pathname.replace(/^\/v\d+\.\d+(?=\/|$)/, ""),
        Object.fromEntries(rel.searchParams),
      );
      answers.push({
        code: a.status,
        headers: [{ name: "Content-Type", value: "application/json; charset=UTF-8" }],
        body: JSON.stringify(a.body),
      });
    }
    return { status: 200, body: answers };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    igUserId,
    containers,
    media,
    requests,
    failNext(count, fault) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    dropAnswer(suffix) {
      drops.push(suffix);
    },
    usedQuota(count) {
      for (let i = 0; i < count; i++) publishedAt.push(now().getTime());
    },
    setInsights(mediaId, values) {
      const m = media.get(mediaId);
      if (!m) throw new Error(`no media ${mediaId}`);
      m.insights = { ...m.insights, ...values };
    },
    seedMedia(caption, at = now()) {
      const id = String(nextId++);
      const m: Media = {
        id,
        caption,
        media_type: "IMAGE",
        media_product_type: "FEED",
        permalink: permalinkOf(id),
        timestamp: at.toISOString().replace(/\.\d{3}Z$/, "+0000"),
        insights: {},
        images: [],
      };
      media.set(id, m);
      return m;
    },
    failNextContainer() {
      errorNext = true;
    },
    reset() {
      containers.clear();
      imageSizes.clear();
      media.clear();
      requests.length = 0;
      faults.length = 0;
      drops.length = 0;
      publishedAt.length = 0;
      errorNext = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A post's address: an 11-character shortcode, as Instagram's, from the id's last digits (ids differ there). */
function permalinkOf(id: string): string {
  return `https://www.instagram.com/p/${Buffer.from(id.slice(-8)).toString("base64url")}/`;
}

/** The fields asked for, as the Graph API answers them (id always). */
function pick(m: Media, fields: string): Record<string, unknown> {
  const out: Record<string, unknown> = { id: m.id };
  for (const f of fields.split(",")) {
    if (f in m && f !== "insights" && f !== "images") out[f] = m[f as keyof Media];
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/json")) {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
    );
  }
  return Object.fromEntries(new URLSearchParams(raw));
}
