// What each channel kind pulls from its own API when a run measures (Channel.measure): where from, how many
// items one request reads, and which of the provider's fields becomes which metric. The adapters map their
// answers with these tables, and docs/metrics.md is written from them (scripts/gen-metrics-doc.ts), so the
// page never claims a pull the code does not make. A kind missing here is measured by exports and pushes.
import type { ChannelType } from "../channels/catalogue.ts";

export interface PulledSource {
  /** The provider and the request, for people. */
  source: string;
  /** Items one request reads. */
  perRequest: number;
  /** Loopcast metric → the provider's field in its answer. */
  metrics: Readonly<Record<string, string>>;
  /** What must be configured first, when more than the channel itself. */
  needs?: string;
}

export const PULLED: Partial<Record<ChannelType, PulledSource>> = {
  mastodon: {
    source:
      "Mastodon: `GET /api/v1/statuses?id[]=…` (4.3+; before 4.3, `GET /api/v1/statuses/:id` each), with the channel's token (it needs the `read:statuses` scope too)",
    perRequest: 20,
    metrics: { likes: "favourites_count", reposts: "reblogs_count", replies: "replies_count" },
  },
  bluesky: {
    source:
      "Bluesky AppView: `app.bsky.feed.getPosts` (no login; `appViewUrl`, default https://public.api.bsky.app)",
    perRequest: 25,
    metrics: { likes: "likeCount", reposts: "repostCount", replies: "replyCount", quotes: "quoteCount" },
  },
  instagram: {
    source:
      "Instagram Graph API: `GET /{media-id}/insights`, up to 50 posts in one batch request, with the channel's token (it needs `instagram_manage_insights` too)",
    perRequest: 50,
    metrics: {
      impressions: "views",
      reach: "reach",
      likes: "likes",
      replies: "comments",
      reposts: "shares",
      saves: "saved",
      engagements: "total_interactions",
    },
  },
  mailchimp: {
    source:
      "Mailchimp Marketing API: `GET /3.0/reports` (regular campaigns sent since the oldest item measured, only the fields used), with the channel's API key",
    perRequest: 1000,
    metrics: {
      sent: "emails_sent",
      opens: "opens.opens_total",
      unique_opens: "opens.unique_opens",
      open_rate: "opens.open_rate",
      clicks: "clicks.clicks_total",
      unique_clicks: "clicks.unique_subscriber_clicks",
      click_rate: "clicks.click_rate",
      unsubscribes: "unsubscribed",
      bounces: "bounces.hard_bounces + bounces.soft_bounces",
      delivered: "emails_sent - bounces",
    },
  },
  blog: {
    source: "Plausible Stats API v2: `POST /api/v2/query`, the posts' paths as an `event:page` filter",
    perRequest: 100,
    metrics: { visitors: "visitors", views: "pageviews" },
    needs: "`analytics:` on the blog channel (provider, siteId, apiKeyEnv)",
  },
};

/** The metrics a kind pulls, from the provider's answer object: undefined when a field is missing or not a count. */
export function pulledMetrics(
  kind: ChannelType,
  answer: Readonly<Record<string, unknown>>,
): Record<string, number> | undefined {
  const table = PULLED[kind]?.metrics ?? {};
  const out: Record<string, number> = {};
  for (const [metric, field] of Object.entries(table)) {
    const v = answer[field];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return undefined;
    out[metric] = v;
  }
  return out;
}
