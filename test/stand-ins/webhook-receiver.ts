// A stand-in for a receiver of Loopcast's webhook channel, written as a careful receiver would be:
// it checks X-Loopcast-Signature (HMAC-SHA256 of the raw body, compared in constant time) when it has a
// secret, requires JSON and an Idempotency-Key, and answers a repeated key with the first delivery's
// id instead of acting twice. Tests inject faults and read the deliveries and a request log.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface WebhookDelivery {
  id: string;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  rawBody: string;
}

export interface WebhookRequestLog {
  method: string;
  path: string;
  status: number;
  idempotencyKey?: string;
  signature?: string;
  /** The Authorization header, when one came (a login the hook URL carried becomes basic authentication). */
  authorization?: string;
  /** The body, when it was a JSON object. */
  payload?: Record<string, unknown>;
}

export interface WebhookReceiverOptions {
  /** Shared secret; when set, deliveries without a valid signature answer 401. */
  secret?: string;
  path?: string;
  /** What a successful delivery answers: JSON with the receiver's id and a link (default), or 204 with no body. */
  answer?: "json" | "empty";
  /** Called with each request once its body is read, before it is handled (a test may kill the client). */
  onRequest?: (request: WebhookRequestLog) => void;
}

export interface WebhookReceiver {
  /** The full URL to configure as the channel's url. */
  url: string;
  /** Accepted deliveries, one per idempotency key. */
  deliveries: WebhookDelivery[];
  requests: WebhookRequestLog[];
  /** The next `count` requests answer `status` before any check (a 3xx with a Location elsewhere). */
  failNext(count: number, status: number): void;
  /** Forgets every delivery, key, logged request and pending fault: a new receiver, same URL. */
  reset(): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const hookPath = options.path ?? "/hooks/loopcast";
  const deliveries: WebhookDelivery[] = [];
  const byKey = new Map<string, WebhookDelivery>();
  const requests: WebhookRequestLog[] = [];
  const faults: number[] = [];
  let base = "";

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const entry: WebhookRequestLog = {
      method: req.method ?? "GET",
      path: (req.url ?? "/").split("?")[0] as string,
      status: 0,
    };
    const key = header(req.headers["idempotency-key"]);
    const signature = header(req.headers["x-loopcast-signature"]);
    if (key !== undefined) entry.idempotencyKey = key;
    if (signature !== undefined) entry.signature = signature;
    const authorization = header(req.headers.authorization);
    if (authorization !== undefined) entry.authorization = authorization;
    const parsed = jsonObject(raw);
    if (parsed) entry.payload = parsed;
    requests.push(entry);
    options.onRequest?.(entry);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      answer(res, status, body, headers);
    };

    const fault = faults.shift();
    if (fault !== undefined) {
      const moved = fault >= 300 && fault < 400 ? { Location: `${base}/moved${hookPath}` } : undefined;
      return send(fault, { error: `injected ${fault}` }, moved);
    }
    if (entry.path !== hookPath) return send(404, { error: "no such hook" });
    if (req.method !== "POST") return send(405, { error: "use POST" });
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return send(415, { error: "expected application/json" });
    }
    if (options.secret !== undefined && !validSignature(options.secret, raw, signature)) {
      return send(401, { error: "signature mismatch" });
    }
    if (!key) return send(400, { error: "Idempotency-Key header required" });
    const seen = byKey.get(key);
    if (seen) return send(200, success(seen), { "Idempotent-Replayed": "true" });
    const payload = parsed;
    if (!payload) return send(400, { error: "body is not a JSON object" });
    const delivery = {
      id: `dlv_${deliveries.length + 1}`,
      idempotencyKey: key,
      payload,
      rawBody: raw.toString("utf8"),
    };
    deliveries.push(delivery);
    byKey.set(key, delivery);
    return send(options.answer === "empty" ? 204 : 201, success(delivery));
  });

  function success(d: WebhookDelivery): unknown {
    return options.answer === "empty" ? undefined : { id: d.id, url: `${base}/deliveries/${d.id}` };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}${hookPath}`,
    deliveries,
    requests,
    failNext(count, status) {
      for (let i = 0; i < count; i++) faults.push(status);
    },
    reset() {
      deliveries.length = 0;
      byKey.clear();
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

export function validSignature(secret: string, raw: Buffer, signature: string | undefined): boolean {
  if (!signature?.startsWith("sha256=")) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(raw).digest("hex"));
  const given = Buffer.from(signature.slice("sha256=".length));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function jsonObject(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (body === undefined || status === 204) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
