// A stateful stand-in for the part of Mastodon's REST API that Loopcast uses: create, read and delete
// statuses (https://docs.joinmastodon.org/methods/statuses/). It follows the documented behaviour that
// a client can observe: bearer tokens with scopes, JSON or form bodies, the 500-character limit with
// links counted as 23 characters, Idempotency-Key replay for an hour per account, rate-limit headers,
// and `{ "error": "…" }` bodies. Tests inject faults (the next N requests answer 429 or 5xx) and read a
// request log that records what was sent but never the token.
//
// Media (https://docs.joinmastodon.org/methods/media/): `POST /api/v2/media` takes a multipart `file` (which
// must have a MIME type) and a `description`, and answers 200 with the MediaAttachment, or 202 with `url`
// null while it is still processing; `GET /api/v1/media/:id` answers 206 until the file is processed, then 200
// with the url. A file of a type Mastodon does not take is the documented 422 ("File content type is
// invalid"); a file over the image limit (16 MB by default, MAX_IMAGE_SIZE) is a 422 in the words of the
// model's size validation ("File file size must be less than 16 MB"); a description over 1,500 characters is a
// 422. A status names its attachments with media_ids[]: more than 4, an attachment that is not the account's or
// is already attached, or one still processing are 422s with Mastodon's messages (PostStatusService), and the
// status shows its attachments in media_attachments.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { imageSize } from "image-size";

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
  media_attachments: MastodonAttachment[];
  mentions: [];
  tags: [];
  emojis: [];
  card: null;
  poll: null;
}

/** The MediaAttachment entity, as far as an image has it. */
export interface MastodonAttachment {
  id: string;
  type: "image";
  /** null while the full-size file is processing. */
  url: string | null;
  preview_url: string;
  remote_url: null;
  meta: { original?: { width: number; height: number; size: string; aspect: number } };
  description: string | null;
  blurhash: null;
}

/** An attachment as the stand-in keeps it: the entity, the file's type and size, and what it is attached to. */
export interface StoredAttachment extends MastodonAttachment {
  contentType: string;
  size: number;
  /** The status it is attached to; undefined while unattached. */
  statusId?: string;
  /** GETs still to answer 206 before processing is done. */
  pendingPolls: number;
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
  /** media_ids[] sent with a status. */
  mediaIds?: string[];
  /** The multipart `file` of a media upload: its name, declared type and size (never its bytes). */
  file?: { name: string; type: string; size: number };
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
  /** Largest image file in bytes (MAX_IMAGE_SIZE); default 16 MB, Mastodon's default. */
  imageLimit?: number;
  /** How many `GET /api/v1/media/:id` answer 206 before an upload is processed; 0 (default) answers the upload 200. */
  processingPolls?: number;
  /** false: a server before Mastodon 4.3, without `GET /api/v1/statuses?id[]=…` (it answers 404). */
  multiGet?: boolean;
  /** Called with each request once its body is read, before it is handled (a test may kill the client). */
  onRequest?: (request: LoggedRequest) => void;
}

export interface MastodonStandIn {
  /** Base URL, e.g. http://127.0.0.1:41234 (use it as instanceUrl). */
  url: string;
  /** Statuses that exist now, by id, with the source text Mastodon keeps for them. */
  statuses: ReadonlyMap<string, MastodonStatus & { text: string }>;
  /** Uploaded media attachments, by id, attached or not. */
  attachments: ReadonlyMap<string, StoredAttachment>;
  requests: LoggedRequest[];
  /** The next `count` requests answer `status` (429 with rate-limit headers, 5xx as a proxy would). */
  failNext(count: number, status: number): void;
  /** The audience's response to a status, as its later reads show it; false when there is no such status. */
  setCounts(id: string, counts: { favourites?: number; reblogs?: number; replies?: number }): boolean;
  /** Forgets every status, idempotency key, logged request and pending fault: a new instance, same URL. */
  reset(): void;
  close(): Promise<void>;
}

const IDEMPOTENCY_WINDOW_MS = 60 * 60 * 1000;
/** MediaAttachment's IMAGE_MIME_TYPES. */
const IMAGE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/heic",
  "image/heif",
  "image/webp",
  "image/avif",
];
const MAX_ATTACHMENTS = 4;
const URL_WEIGHT = 23;

export async function startMastodonServer(options: MastodonStandInOptions): Promise<MastodonStandIn> {
  const now = options.now ?? (() => new Date());
  const username = options.username ?? "loopcast";
  const limit = options.characterLimit ?? 500;
  const statuses = new Map<string, MastodonStatus & { text: string }>();
  const attachments = new Map<string, StoredAttachment>();
  const imageLimit = options.imageLimit ?? 16 * 1024 * 1024;
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
    const raw = await readRaw(req);
    const body = paramsOf(raw, req.headers["content-type"]);
    if (body) entry.body = body;
    const mediaIds = mediaIdsOf(raw, req.headers["content-type"]);
    if (mediaIds.length) entry.mediaIds = mediaIds;
    const form = /^multipart\/form-data/i.test(req.headers["content-type"] ?? "")
      ? await multipart(raw, req.headers["content-type"] ?? "")
      : undefined;
    const file = form?.get("file");
    if (file instanceof File) entry.file = { name: file.name, type: file.type, size: file.size };
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

    const mediaMatch = /^\/api\/(?:v2\/media|v1\/media\/(\d+))$/.exec(path);
    if (mediaMatch) {
      if (!scope) return send(401, { error: "The access token is invalid" });
      const mediaId = mediaMatch[1];
      if (mediaId === undefined && req.method === "POST") {
        if (scope !== "write") return send(403, { error: "This action is outside the authorized scopes" });
        return upload(form, send);
      }
      if (mediaId !== undefined && req.method === "GET") {
        const a = attachments.get(mediaId);
        if (!a || a.statusId !== undefined) return send(404, { error: "Record not found" });
        if (a.pendingPolls > 0) {
          a.pendingPolls--;
          return send(206, attachmentView(a));
        }
        a.url = `${base}/system/media_attachments/files/${a.id}/original/${a.id}${extension(a.contentType)}`;
        return send(200, attachmentView(a));
      }
      return send(404, { error: "Record not found" });
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
      if (mediaIds.length > MAX_ATTACHMENTS)
        return send(422, { error: `Cannot attach more than ${MAX_ATTACHMENTS} files` });
      const media = mediaIds.map((m) => attachments.get(m));
      const missing = mediaIds.filter(
        (m) => attachments.get(m)?.statusId !== undefined || !attachments.has(m),
      );
      if (missing.length)
        return send(422, {
          error: `Media ${missing.join(", ")} not found or already attached to another post`,
        });
      if (media.some((m) => m?.url === null))
        return send(422, {
          error: "Cannot attach files that have not finished processing. Try again in a moment!",
        });
      if (!text.trim() && !media.length)
        return send(422, { error: "Validation failed: Text can't be blank" });
      if (!["public", "unlisted", "private", "direct"].includes(visibility)) {
        return send(422, { error: "Validation failed: Visibility is not included in the list" });
      }
      if (countCharacters(text) > limit) {
        return send(422, { error: `Validation failed: Text character limit of ${limit} exceeded` });
      }
      const status = createStatus(String(nextId++), text, visibility, body?.language ?? null);
      for (const m of media as StoredAttachment[]) {
        m.statusId = status.id;
        status.media_attachments.push(attachmentView(m));
      }
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
    // View multiple statuses (Mastodon 4.3+, https://docs.joinmastodon.org/methods/statuses/#index): the
    // ones that exist and are visible, fewer than asked otherwise; more than 20 ids is a 422 (the server's
    // DEFAULT_STATUSES_LIMIT). A server older than 4.3 has no such route: 404.
    if (id === undefined && req.method === "GET" && options.multiGet !== false) {
      // An Authorization header whose token is not valid is refused, not read as anonymous (documented 401).
      if (req.headers.authorization && !scope) return send(401, { error: "The access token is invalid" });
      const ids = [...new Set(new URL(req.url ?? "/", "http://x").searchParams.getAll("id[]"))];
      if (ids.length > 20) return send(422, { error: "Validation failed: too many ids" });
      const found = ids.flatMap((i) => {
        const s = statuses.get(i);
        return s && (scope !== undefined || ["public", "unlisted"].includes(s.visibility))
          ? [publicView(s)]
          : [];
      });
      return send(200, found);
    }
    return send(404, { error: "Record not found" });
  });

  /** POST /api/v2/media: the attachment, 200 when processed at once, else 202 with url null. */
  async function upload(
    form: FormData | undefined,
    send: (status: number, payload: unknown) => void,
  ): Promise<void> {
    const file = form?.get("file");
    if (!(file instanceof File)) return send(422, { error: "Validation failed: File can't be blank" });
    if (!IMAGE_TYPES.includes(file.type))
      return send(422, { error: "Validation failed: File content type is invalid, File is invalid" });
    if (file.size > imageLimit)
      return send(422, {
        error: `Validation failed: File file size must be less than ${humanSize(imageLimit)}`,
      });
    const description = form?.get("description");
    const alt = typeof description === "string" && description !== "" ? description : null;
    if (alt && [...alt].length > 1500)
      return send(422, { error: "Validation failed: Description is too long (maximum is 1500 characters)" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const id = String(nextId++);
    const polls = options.processingPolls ?? 0;
    const a: StoredAttachment = {
      id,
      type: "image",
      url:
        polls > 0
          ? null
          : `${base}/system/media_attachments/files/${id}/original/${id}${extension(file.type)}`,
      preview_url: `${base}/system/media_attachments/files/${id}/small/${id}${extension(file.type)}`,
      remote_url: null,
      meta: dimensions(bytes),
      description: alt,
      blurhash: null,
      contentType: file.type,
      size: file.size,
      pendingPolls: polls,
    };
    attachments.set(id, a);
    send(polls > 0 ? 202 : 200, attachmentView(a));
  }

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
      media_attachments: [] as MastodonAttachment[],
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
    attachments,
    requests,
    failNext(count, status) {
      for (let i = 0; i < count; i++) faults.push(status);
    },
    setCounts(id, counts) {
      const status = statuses.get(id);
      if (!status) return false;
      if (counts.favourites !== undefined) status.favourites_count = counts.favourites;
      if (counts.reblogs !== undefined) status.reblogs_count = counts.reblogs;
      if (counts.replies !== undefined) status.replies_count = counts.replies;
      return true;
    },
    reset() {
      statuses.clear();
      attachments.clear();
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

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A multipart body as the web platform's own parser reads it (undici's FormData). */
async function multipart(raw: Buffer, type: string): Promise<FormData | undefined> {
  return new Response(new Uint8Array(raw), { headers: { "content-type": type } })
    .formData()
    .catch(() => undefined);
}

/** media_ids[] of a status: a JSON array, or repeated form fields. */
function mediaIdsOf(raw: Buffer, contentType: string | undefined): string[] {
  const type = contentType ?? "";
  try {
    if (type.startsWith("application/json")) {
      const ids = (JSON.parse(raw.toString("utf8")) as { media_ids?: unknown }).media_ids;
      return Array.isArray(ids) ? ids.map(String) : [];
    }
    if (type.startsWith("application/x-www-form-urlencoded"))
      return new URLSearchParams(raw.toString("utf8")).getAll("media_ids[]");
  } catch {
    return [];
  }
  return [];
}

function attachmentView(a: StoredAttachment): MastodonAttachment {
  const { contentType: _t, size: _s, statusId: _id, pendingPolls: _p, ...entity } = a;
  return entity;
}

function dimensions(bytes: Uint8Array): MastodonAttachment["meta"] {
  try {
    const { width, height } = imageSize(bytes);
    return { original: { width, height, size: `${width}x${height}`, aspect: width / height } };
  } catch {
    return {};
  }
}

function extension(type: string): string {
  return `.${type.replace(/^image\//, "").replace("jpeg", "jpg")}`;
}

/** Rails' number_to_human_size, as Mastodon's validation message words a limit. */
function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function paramsOf(buffer: Buffer, contentType: string | undefined): Record<string, string> | undefined {
  const raw = buffer.toString("utf8");
  if (!raw) return undefined;
  const type = contentType ?? "";
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
