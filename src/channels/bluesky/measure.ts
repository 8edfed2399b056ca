// Bluesky's own numbers for published posts: likeCount, repostCount, replyCount and quoteCount of the
// AppView's postView, read with `app.bsky.feed.getPosts` (at most 25 at-URIs per call, as its lexicon says)
// through the official client, which checks each answer against that lexicon. The AppView serves public
// posts without a login (https://public.api.bsky.app), so measuring never spends one of the account's
// session creations. Retries (429 with Retry-After, 5xx, no answer) happen below the client, per request.
import { AtpAgent, XRPCError } from "@atproto/api";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { PULLED, pulledMetrics } from "../../metrics/pulled.ts";
import type { MetricRow } from "../../metrics/types.ts";
import { excerpt, isRetryableStatus, networkReason, secureUrl } from "../kit/index.ts";
import { fetchWithRetry } from "../kit/retry.ts";
import type { MeasureRequest, MeasureResult } from "../types.ts";

/** The most URIs one getPosts takes (lexicon app.bsky.feed.getPosts, `uris.maxLength`). */
export const MAX_URIS = PULLED.bluesky?.perRequest ?? 25;
export const DEFAULT_APPVIEW = "https://public.api.bsky.app";

export async function measureBluesky(req: MeasureRequest): Promise<MeasureResult> {
  const channel = req.channel as Extract<Channel, { type: "bluesky" }>;
  const appView = secureUrl({
    channelId: channel.id,
    key: "appViewUrl",
    value: channel.appViewUrl ?? DEFAULT_APPVIEW,
    example: DEFAULT_APPVIEW,
    secret: "the post addresses",
  });
  let requests = 0;
  const agent = new AtpAgent({
    service: appView,
    fetch: (input, init) => {
      const { signal: _own, ...rest } = init ?? {};
      return fetchWithRetry(
        input instanceof Request ? input.url : input,
        { ...rest, redirect: "manual" },
        { sleep: req.sleep, onAttempt: () => requests++ },
      );
    },
  });
  const items = req.items.filter((i) => i.receiptId?.startsWith("at://"));
  const skipped = req.items
    .filter((i) => !i.receiptId?.startsWith("at://"))
    .map((i) => ({ cycle: i.cycle, reason: "its receipt names no at:// post" }));
  const rows: MetricRow[] = [];
  let next = 0;
  while (next < items.length && requests < req.maxRequests) {
    const batch = items.slice(next, next + MAX_URIS);
    let posts: Awaited<ReturnType<typeof agent.app.bsky.feed.getPosts>>["data"]["posts"];
    try {
      posts = (await agent.app.bsky.feed.getPosts({ uris: batch.map((i) => i.receiptId as string) })).data
        .posts;
    } catch (err) {
      throw readError(channel.id, appView.origin, err);
    }
    const byUri = new Map(posts.map((p) => [p.uri, p]));
    for (const item of batch) {
      const post = byUri.get(item.receiptId as string);
      if (!post) {
        skipped.push({ cycle: item.cycle, reason: `the AppView does not know ${item.receiptId} (deleted?)` });
        continue;
      }
      // The lexicon makes the counts optional: an AppView that leaves one out has counted none.
      const counts = { likeCount: 0, repostCount: 0, replyCount: 0, quoteCount: 0, ...post };
      const metrics = pulledMetrics("bluesky", counts);
      if (metrics) rows.push({ cycle: item.cycle, channel: channel.id, metrics });
      else
        skipped.push({
          cycle: item.cycle,
          reason: `the AppView's counts for ${item.receiptId} are not counts`,
        });
    }
    next += batch.length;
  }
  for (const item of items.slice(next))
    skipped.push({ cycle: item.cycle, reason: "this run's request budget ran out; the next run reads it" });
  return { rows, requests, skipped };
}

function readError(channelId: string, where: string, err: unknown): ChannelError {
  if (!(err instanceof XRPCError) || err.status < 100) {
    const cause = err instanceof XRPCError ? (err.cause ?? err) : err;
    return new ChannelError(
      channelId,
      `could not reach ${where} to read posts: ${networkReason(cause)}; the next run tries again`,
      true,
    );
  }
  const words = [err.error, err.message].filter((w, i, all) => w && all.indexOf(w) === i).join(": ");
  const retryable = isRetryableStatus(err.status);
  return new ChannelError(
    channelId,
    `${where} answered ${err.status} to getPosts${words ? `: ${excerpt(words)}` : ""}${retryable ? "; the next run tries again" : "; check appViewUrl"}`,
    retryable,
  );
}
