// Mastodon's own numbers for published statuses: favourites, boosts and replies as the Status entity counts
// them (https://docs.joinmastodon.org/entities/Status/). Read in batches with `GET /api/v1/statuses?id[]=…`
// (Mastodon 4.3+, https://docs.joinmastodon.org/methods/statuses/#index), at most 20 ids per request: the
// server refuses more (Api::V1::StatusesController#check_statuses_limit, DEFAULT_STATUSES_LIMIT). An older
// server answers that endpoint 404; then each status is read with `GET /api/v1/statuses/:id`.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { PULLED, pulledMetrics } from "../../metrics/pulled.ts";
import type { MetricRow, PublishedItem } from "../../metrics/types.ts";
import { excerpt, networkReason, requiredEnv, scrub, secureUrl } from "../kit/index.ts";
import { fetchWithRetry, retryAfterMs } from "../kit/retry.ts";
import type { MeasureRequest, MeasureResult } from "../types.ts";

/** The most ids one `GET /api/v1/statuses` takes. */
export const MAX_IDS = PULLED.mastodon?.perRequest ?? 20;

interface StatusCounts {
  id?: unknown;
  favourites_count?: unknown;
  reblogs_count?: unknown;
  replies_count?: unknown;
}

export async function measureMastodon(req: MeasureRequest): Promise<MeasureResult> {
  const channel = req.channel as Extract<Channel, { type: "mastodon" }>;
  const base = secureUrl({
    channelId: channel.id,
    key: "instanceUrl",
    value: channel.instanceUrl,
    example: "https://mastodon.social",
    secret: "the access token",
  });
  const token = requiredEnv({
    channelId: channel.id,
    env: req.env,
    name: channel.tokenEnv,
    key: "tokenEnv",
    what: "the access token",
  });
  const endpoint = `${base.href.replace(/\/+$/, "")}/api/v1/statuses`;
  let requests = 0;
  const get = async (url: string): Promise<Response> => {
    try {
      return await fetchWithRetry(
        url,
        { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" }, redirect: "manual" },
        { sleep: req.sleep, onAttempt: () => requests++, askedWait: rateLimitWait },
      );
    } catch (err) {
      throw new ChannelError(
        channel.id,
        `could not reach ${base.origin} to read statuses: ${scrub(networkReason(err), [token])}; the next run tries again`,
        true,
      );
    }
  };

  const items = req.items.filter((i) => i.receiptId);
  const skipped = req.items
    .filter((i) => !i.receiptId)
    .map((i) => ({ cycle: i.cycle, reason: "its receipt names no status id" }));
  const rows: MetricRow[] = [];
  const found = new Map<string, StatusCounts>();
  let single = false;
  let next = 0;
  while (next < items.length) {
    if (requests >= req.maxRequests) break;
    if (!single) {
      const batch = items.slice(next, next + MAX_IDS);
      const query = batch.map((i) => `id[]=${encodeURIComponent(i.receiptId as string)}`).join("&");
      const res = await get(`${endpoint}?${query}`);
      if (res.status === 404 && next === 0) {
        // Before 4.3 there is no batch endpoint: read one status per request.
        await res.body?.cancel().catch(() => undefined);
        single = true;
        continue;
      }
      if (!res.ok) throw await readError(channel, res, [token]);
      const body = (await res.json().catch(() => undefined)) as unknown;
      if (!Array.isArray(body))
        throw new ChannelError(channel.id, "Mastodon answered the statuses read without a list", true);
      for (const s of body as StatusCounts[]) if (typeof s?.id === "string") found.set(s.id, s);
      next += batch.length;
      continue;
    }
    const item = items[next] as PublishedItem;
    const res = await get(`${endpoint}/${encodeURIComponent(item.receiptId as string)}`);
    if (res.ok) {
      const s = (await res.json().catch(() => undefined)) as StatusCounts | undefined;
      if (typeof s?.id === "string") found.set(s.id, s);
    } else if (res.status !== 404) throw await readError(channel, res, [token]);
    else await res.body?.cancel().catch(() => undefined);
    next++;
  }
  for (const [index, item] of items.entries()) {
    if (index >= next) {
      skipped.push({ cycle: item.cycle, reason: "this run's request budget ran out; the next run reads it" });
      continue;
    }
    const s = found.get(item.receiptId as string);
    const metrics = s && countsOf(s);
    if (!metrics) {
      skipped.push({
        cycle: item.cycle,
        reason: `status ${item.receiptId} is gone or not visible to the token`,
      });
      continue;
    }
    rows.push({ cycle: item.cycle, channel: channel.id, metrics });
  }
  return { rows, requests, skipped };
}

/** Mastodon's 429 says when its window resets (X-RateLimit-Reset, a time) rather than with Retry-After. */
export function rateLimitWait(res: Response, now: Date): number | undefined {
  const asked = retryAfterMs(res.headers.get("retry-after"), now);
  if (asked !== undefined) return asked;
  const reset = Date.parse(res.headers.get("x-ratelimit-reset") ?? "");
  return res.status === 429 && !Number.isNaN(reset) ? Math.max(0, reset - now.getTime()) : undefined;
}

function countsOf(s: StatusCounts): Record<string, number> | undefined {
  return pulledMetrics("mastodon", s as Record<string, unknown>);
}

/** A refused read, in Mastodon's own words (its `{ "error": … }` body), with what to change. */
async function readError(channel: { id: string; tokenEnv: string }, res: Response, secrets: string[]) {
  const text = await res.text().catch(() => "");
  let said = "";
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === "string") said = `: ${scrub(excerpt(body.error), secrets)}`;
  } catch {
    // an HTML page from a proxy says nothing useful
  }
  const status = res.status;
  if (status === 401)
    return new ChannelError(
      channel.id,
      `Mastodon rejected the access token in ${channel.tokenEnv} while reading statuses (401${said}); create a new token with the read:statuses and write:statuses scopes and update the Actions secret`,
    );
  if (status === 403)
    return new ChannelError(
      channel.id,
      `the access token in ${channel.tokenEnv} may not read statuses (403${said}); give the application the read:statuses scope`,
    );
  const retryable = status === 429 || status === 408 || status >= 500;
  return new ChannelError(
    channel.id,
    `Mastodon answered ${status} while reading statuses${said}${retryable ? "; the next run tries again" : ""}`,
    retryable,
  );
}
