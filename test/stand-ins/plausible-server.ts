// A stand-in for Plausible's Stats API v2 (https://plausible.io/docs/stats-api): `POST /api/v2/query` with a
// bearer API key and a JSON query (`site_id`, `metrics`, `date_range`, `dimensions`, `filters`,
// `pagination`), answering `{ results: [{ metrics: [...], dimensions: [...] }], meta, query }` in the order
// the metrics were asked, with only the pages that had visits. It answers as the documentation shows for
// what a client can get wrong: 401 `{ "error": … }` for a bad key, 400 for an unknown site, metric or
// dimension, 429 with Retry-After for the rate limit (600 requests an hour per key), and 5xx from a proxy.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface PlausibleStandIn {
  url: string;
  /** Per site, per page path: visitors and pageviews. */
  pages: Map<string, Map<string, { visitors: number; pageviews: number }>>;
  requests: Array<{ status: number; query?: Record<string, unknown> }>;
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

const METRICS = new Set([
  "visitors",
  "visits",
  "pageviews",
  "views_per_visit",
  "bounce_rate",
  "visit_duration",
  "events",
]);

export async function startPlausibleServer(options: { apiKey: string }): Promise<PlausibleStandIn> {
  const pages: PlausibleStandIn["pages"] = new Map();
  const requests: PlausibleStandIn["requests"] = [];
  const faults: Array<{ status: number; retryAfter?: number }> = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const entry: PlausibleStandIn["requests"][number] = { status: 0 };
    requests.push(entry);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const fault = faults.shift();
    if (fault) {
      if (fault.status === 429)
        return send(
          429,
          { error: "Too many API requests. Your API key is limited to 600 requests per hour." },
          {
            ...(fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {}),
          },
        );
      entry.status = fault.status;
      res.writeHead(fault.status, { "Content-Type": "text/html" });
      return res.end("<html><body>Bad gateway</body></html>");
    }
    if (req.method !== "POST" || req.url !== "/api/v2/query") return send(404, { error: "Not found" });
    if (req.headers.authorization !== `Bearer ${options.apiKey}`)
      return send(401, {
        error:
          "Invalid API key or site ID. Please make sure you're using a valid API key with access to the site you've requested.",
      });
    let query: Record<string, unknown>;
    try {
      query = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      return send(400, { error: "#: Invalid JSON" });
    }
    entry.query = query;
    const site = pages.get(String(query.site_id));
    if (!site)
      return send(401, {
        error:
          "Invalid API key or site ID. Please make sure you're using a valid API key with access to the site you've requested.",
      });
    const metrics = query.metrics as unknown;
    if (!Array.isArray(metrics) || !metrics.length || metrics.some((m) => !METRICS.has(String(m))))
      return send(400, { error: `#/metrics: Invalid metrics ${JSON.stringify(metrics)}` });
    if (!query.date_range) return send(400, { error: "#: Required property date_range was not present." });
    const dims = (query.dimensions as unknown[] | undefined) ?? [];
    if (dims.some((d) => d !== "event:page"))
      return send(400, { error: `Invalid dimensions ${JSON.stringify(dims)}` });
    let wanted: Set<string> | undefined;
    for (const f of (query.filters as unknown[][] | undefined) ?? []) {
      if (f[0] === "is" && f[1] === "event:page" && Array.isArray(f[2])) wanted = new Set(f[2].map(String));
      else return send(400, { error: `#/filters/0: Invalid filter ${JSON.stringify(f)}` });
    }
    const limit = Number((query.pagination as { limit?: unknown } | undefined)?.limit ?? 10_000);
    const rows = [...site].filter(([path, c]) => (!wanted || wanted.has(path)) && c.visitors > 0);
    const value = (c: { visitors: number; pageviews: number }, m: string) =>
      m === "visitors" ? c.visitors : m === "pageviews" ? c.pageviews : 0;
    const results = dims.length
      ? rows
          .slice(0, limit)
          .map(([path, c]) => ({ metrics: metrics.map((m) => value(c, String(m))), dimensions: [path] }))
      : [
          {
            metrics: metrics.map((m) => rows.reduce((sum, [, c]) => sum + value(c, String(m)), 0)),
            dimensions: [],
          },
        ];
    send(200, { results, meta: {}, query });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
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
