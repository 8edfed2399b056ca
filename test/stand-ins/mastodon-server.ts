// A stateful stand-in for the part of Mastodon's REST API that Loopcast uses: create, read and delete
// statuses (https://docs.joinmastodon.org/methods/statuses/). It follows the documented behaviour that
// a client can observe: bearer tokens with scopes, JSON or form bodies, the 500-character limit with
// links counted as 23 characters, Idempotency-Key replay for an hour per account, rate-limit headers,
// and `{ "error": "…" }` bodies. Tests inject faults (the next N requests answer 429 or 5xx) and read a
// request log that records what was sent but never the token.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Visibility = "public" | "unlisted" | "private" | "direct";

export interface MastodonStatus {
  id: string;
  created_at: string;
  in_reply_to_id: null;
  in_reply_to_account_id: null;
  sensitive: boolean;
  spoiler_text: string;
  visibility: Visibility;
  language: string | null;
  uri: string;
  url: string;
  replies_count: number;
  reblogs_count: number;
  favourites_count: number;
  edited_at: null;
  content: string;
  reblog: null;
  application: { name: string; website: string | null };
  account: { id: string; username: string; acct: string; url: string };
  media_attachments: [];
  mentions: [];
  tags: [];
  emojis: [];
  card: null;
  poll: null;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** Whether a valid bearer token came with the request; the token itself is never logged. */
  authorized: boolean;
  idempotencyKey?: string;
  contentType?: string;
  body?: Record<string, string>;
  /** The id of the status this request created (not a replay of an idempotency key). */
  created?: string;
}

export interface MastodonStandInOptions {
  /** Token with read and write scopes. */
  token: string;
  /** Token with the read scope only: writes answer 403. */
  readOnlyToken?: string;
  username?: string;
  characterLimit?: number;
  /** The clock used for created_at, rate-limit resets and the idempotency window. */
  now?: () => Date;
  /** Called with each request once its body is read, before it is handled (a test may kill the client). */
  onRequest?: (request: LoggedRequest) => void;
}

export interface MastodonStandIn {
  /** Base URL, e.g. http://127.0.0.1:41234 (use it as instanceUrl). */
  url: string;
  /** Statuses that exist now, by id, with the source text Mastodon keeps for them. */
  statuses: ReadonlyMap<string, MastodonStatus & { text: string }>;
  requests: LoggedRequest[];
  /** The next `count` requests answer `status` (429 with rate-limit headers, 5xx as a proxy would). */
  failNext(count: number, status: number): void;
  /** Forgets every status, idempotency key, logged request and pending fault: a new instance, same URL. */
  reset(): void;
  close(): Promise<void>;
}

const IDEMPOTENCY_WINDOW_MS = 60 * 60 * 1000;
const URL_WEIGHT = 23;

export async function startMastodonServer(options: MastodonStandInOptions): Promise<MastodonStandIn> {
  const now = options.now ?? (() => new Date());
  const username = options.username ?? "loopcast";
  const limit = options.characterLimit ?? 500;
  const statuses = new Map<string, MastodonStatus & { text: string }>();
  const idempotency = new Map<string, { statusId: string; at: number }>();
  const requests: LoggedRequest[] = [];
  const faults: number[] = [];
  let nextId = 113_000_000_000_000_000n;
  let base = "";

  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] as string;
    const scope = scopeOf(req.headers.authorization, options);
    const entry: LoggedRequest = {
      method: req.method ?? "GET",
      path,
      status: 0,
      authorized: scope !== undefined,
    };
    const key = req.headers["idempotency-key"];
    if (typeof key === "string") entry.idempotencyKey = key;
    if (req.headers["content-type"]) entry.contentType = req.headers["content-type"];
    requests.push(entry);
    const body = await readParams(req);
    if (body) entry.body = body;
    options.onRequest?.(entry);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      reply(res, status, payload, { ...rateHeaders(now()), ...headers });
    };

    const fault = faults.shift();
    if (fault !== undefined) {
      if (fault === 429) {
        const reset = new Date(now().getTime() + 5 * 60 * 1000).toISOString();
        return send(
          429,
          { error: "Too many requests" },
          { "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset },
        );
      }
      // A proxy in front of Mastodon answers 5xx with HTML, not JSON.
      entry.status = fault;
      res.writeHead(fault, { "Content-Type": "text/html" });
      return res.end(`<html><body><h1>${fault} Service Unavailable</h1></body></html>`);
    }

    const match = /^\/api\/v1\/statuses(?:\/(\d+))?$/.exec(path);
    if (!match) return send(404, { error: "Record not found" });
    const id = match[1];

    if (req.method === "POST" && id === undefined) {
      if (!scope) return send(401, { error: "The access token is invalid" });
      if (scope !== "write") return send(403, { error: "This action is outside the authorized scopes" });
      // Mastodon looks the key up before validating, per account, for an hour.
      if (typeof key === "string") {
        const seen = idempotency.get(key);
        const existing =
          seen && now().getTime() - seen.at < IDEMPOTENCY_WINDOW_MS && statuses.get(seen.statusId);
        if (existing) return send(200, publicView(existing));
      }
      const text = body?.status ?? "";
      const visibility = (body?.visibility ?? "public") as Visibility;
      if (!text.trim()) return send(422, { error: "Validation failed: Text can't be blank" });
      if (!["public", "unlisted", "private", "direct"].includes(visibility)) {
        return send(422, { error: "Validation failed: Visibility is not included in the list" });
      }
      if (countCharacters(text) > limit) {
        return send(422, { error: `Validation failed: Text character limit of ${limit} exceeded` });
      }
      const status = createStatus(String(nextId++), text, visibility, body?.language ?? null);
      statuses.set(status.id, status);
      entry.created = status.id;
      if (typeof key === "string") idempotency.set(key, { statusId: status.id, at: now().getTime() });
      return send(200, publicView(status));
    }

    if (id !== undefined && (req.method === "GET" || req.method === "DELETE")) {
      const status = statuses.get(id);
      // Private statuses are invisible to others: Mastodon answers 404, not 403.
      const visible = status && (scope !== undefined || ["public", "unlisted"].includes(status.visibility));
      if (req.method === "GET")
        return visible ? send(200, publicView(status)) : send(404, { error: "Record not found" });
      if (!scope) return send(401, { error: "The access token is invalid" });
      if (scope !== "write") return send(403, { error: "This action is outside the authorized scopes" });
      if (!status) return send(404, { error: "Record not found" });
      statuses.delete(id);
      // DELETE returns the status with its source text, so a client can redraft it.
      return send(200, { ...publicView(status), text: status.text });
    }
    return send(404, { error: "Record not found" });
  });

  function createStatus(id: string, text: string, visibility: Visibility, language: string | null) {
    return {
      id,
      created_at: now().toISOString(),
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      sensitive: false,
      spoiler_text: "",
      visibility,
      language,
      uri: `${base}/users/${username}/statuses/${id}`,
      url: `${base}/@${username}/${id}`,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      edited_at: null,
      content: toContent(text),
      reblog: null,
      application: { name: "Loopcast", website: null },
      account: { id: "1", username, acct: username, url: `${base}/@${username}` },
      media_attachments: [],
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
      text,
    } satisfies MastodonStatus & { text: string };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    statuses,
    requests,
    failNext(count, status) {
      for (let i = 0; i < count; i++) faults.push(status);
    },
    reset() {
      statuses.clear();
      idempotency.clear();
      requests.length = 0;
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Mastodon's length rule: grapheme clusters, with every http(s) link counted as 23 characters. */
export function countCharacters(text: string): number {
  const withoutLinks = text.replace(/https?:\/\/[^\s]+/g, "x".repeat(URL_WEIGHT));
  return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(withoutLinks)].length;
}

function scopeOf(header: string | undefined, options: MastodonStandInOptions): "write" | "read" | undefined {
  const token = /^Bearer (.+)$/i.exec(header ?? "")?.[1];
  if (token === undefined) return undefined;
  if (token === options.token) return "write";
  if (options.readOnlyToken !== undefined && token === options.readOnlyToken) return "read";
  return undefined;
}

function publicView(status: MastodonStatus & { text?: string }): MastodonStatus {
  const { text: _source, ...rest } = status;
  return rest;
}

function toContent(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, "<br />")}</p>`)
    .join("");
}

function rateHeaders(at: Date): Record<string, string> {
  const reset = new Date(Math.ceil(at.getTime() / 300_000) * 300_000).toISOString();
  return { "X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299", "X-RateLimit-Reset": reset };
}

async function readParams(req: IncomingMessage): Promise<Record<string, string> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return undefined;
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/json")) {
    try {
      const parsed = JSON.parse(raw) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
    } catch {
      return undefined;
    }
  }
  if (type.startsWith("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(raw));
  return undefined;
}

function reply(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(payload));
}
