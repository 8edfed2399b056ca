// The blog's numbers from its web analytics: Plausible's Stats API v2 (https://plausible.io/docs/stats-api,
// `POST /api/v2/query`). One query returns visitors and pageviews for every due post at once: the posts'
// paths as an `event:page` filter, `event:page` as the dimension, from the day before the oldest post went
// out to today (lifetime totals). A page Plausible has no row for had no visits: it is measured as 0.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { PULLED, pulledMetrics } from "../../metrics/pulled.ts";
import type { MetricRow, PublishedItem } from "../../metrics/types.ts";
import { excerpt, networkReason, requiredEnv, scrub, secureUrl } from "../kit/index.ts";
import { fetchWithRetry } from "../kit/retry.ts";
import type { MeasureRequest, MeasureResult } from "../types.ts";

export const DEFAULT_PLAUSIBLE = "https://plausible.io";
/** Paths per query: the filter stays a small request body, and 500 posts are still 5 requests. */
export const MAX_PATHS = PULLED.blog?.perRequest ?? 100;
/** Plausible's metrics asked for, in the order its answer gives them. */
const FIELDS = Object.values(PULLED.blog?.metrics ?? {});

type BlogChannel = Extract<Channel, { type: "blog" }>;

export async function measureBlog(req: MeasureRequest): Promise<MeasureResult> {
  const channel = req.channel as BlogChannel;
  const analytics = channel.analytics;
  if (!analytics) {
    const reason = "the blog names no analytics (analytics: in strategy.yaml); bring its numbers by export";
    return { rows: [], requests: 0, skipped: req.items.map((i) => ({ cycle: i.cycle, reason })) };
  }
  const base = secureUrl({
    channelId: channel.id,
    key: "analytics.baseUrl",
    value: analytics.baseUrl ?? DEFAULT_PLAUSIBLE,
    example: DEFAULT_PLAUSIBLE,
    secret: "the Plausible API key",
  });
  const key = requiredEnv({
    channelId: channel.id,
    env: req.env,
    name: analytics.apiKeyEnv,
    key: "analytics.apiKeyEnv",
    what: "a Plausible Stats API key",
  });
  const endpoint = `${base.href.replace(/\/+$/, "")}/api/v2/query`;
  const withPath: Array<{ item: PublishedItem; path: string }> = [];
  const skipped: MeasureResult["skipped"] = [];
  for (const item of req.items) {
    const path = pathOf(item.url);
    if (path) withPath.push({ item, path });
    else skipped.push({ cycle: item.cycle, reason: "its receipt has no post URL" });
  }
  let requests = 0;
  const rows: MetricRow[] = [];
  let next = 0;
  while (next < withPath.length && requests < req.maxRequests) {
    const batch = withPath.slice(next, next + MAX_PATHS);
    const oldest = Math.min(...batch.map((b) => Date.parse(b.item.publishedAt)));
    const from = new Date(oldest - 86_400_000).toISOString().slice(0, 10);
    const to = req.now.toISOString().slice(0, 10);
    const paths = [...new Set(batch.map((b) => b.path))];
    const query = {
      site_id: analytics.siteId,
      metrics: FIELDS,
      date_range: [from, to],
      dimensions: ["event:page"],
      filters: [["is", "event:page", paths]],
      pagination: { limit: paths.length, offset: 0 },
    };
    let res: Response;
    try {
      res = await fetchWithRetry(
        endpoint,
        {
          method: "POST",
          headers: {
            Authorization: `Bearer ${key}`,
            "Content-Type": "application/json",
            Accept: "application/json",
          },
          body: JSON.stringify(query),
          redirect: "manual",
        },
        { sleep: req.sleep, onAttempt: () => requests++ },
      );
    } catch (err) {
      throw new ChannelError(
        channel.id,
        `could not reach ${base.origin} for the blog's analytics: ${scrub(networkReason(err), [key])}; the next run tries again`,
        true,
      );
    }
    if (!res.ok) throw await plausibleError(channel, res, [key]);
    const body = (await res.json().catch(() => undefined)) as
      | { results?: Array<{ metrics?: unknown[]; dimensions?: unknown[] }> }
      | undefined;
    if (!Array.isArray(body?.results))
      throw new ChannelError(channel.id, `Plausible answered ${res.status} without results`, true);
    // Plausible answers the metrics in the order they were asked.
    const byPath = new Map<string, Record<string, unknown>>();
    for (const r of body.results) {
      const [page] = r.dimensions ?? [];
      if (typeof page === "string")
        byPath.set(page, Object.fromEntries(FIELDS.map((f, i) => [f, r.metrics?.[i]])));
    }
    for (const { item, path } of batch) {
      const metrics = pulledMetrics(
        "blog",
        byPath.get(path) ?? Object.fromEntries(FIELDS.map((f) => [f, 0])),
      );
      if (metrics) rows.push({ cycle: item.cycle, channel: channel.id, metrics });
      else skipped.push({ cycle: item.cycle, reason: `Plausible's numbers for ${path} are not counts` });
    }
    next += batch.length;
  }
  for (const { item } of withPath.slice(next))
    skipped.push({ cycle: item.cycle, reason: "this run's request budget ran out; the next run reads it" });
  return { rows, requests, skipped };
}

/** The page path Plausible records for a post URL (its pathname), or undefined. */
export function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

async function plausibleError(channel: BlogChannel, res: Response, secrets: string[]): Promise<ChannelError> {
  const text = await res.text().catch(() => "");
  let said = "";
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === "string") said = `: ${scrub(excerpt(body.error), secrets)}`;
  } catch {
    // not Plausible's JSON (a proxy's page)
  }
  const env = channel.analytics?.apiKeyEnv;
  if (res.status === 401)
    return new ChannelError(
      channel.id,
      `Plausible refused the API key in ${env} (401${said}); create a Stats API key (Account settings > API keys) and update the Actions secret`,
    );
  const retryable = res.status === 429 || res.status === 408 || res.status >= 500;
  return new ChannelError(
    channel.id,
    `Plausible answered ${res.status} to the stats query${said}${retryable ? "; the next run tries again" : "; check analytics.siteId and the key's access to that site"}`,
    retryable,
  );
}
