// Every kind of channel, one line each: what it is independent of its implementation. Its limits (the
// longest item a generator may write unless the channel sets maxLength), whether an item can be taken back,
// whether a retry can never publish twice, and which metrics it reports. Config checks, the planner and the
// metrics catalogue (src/metrics/catalogue.ts) read this without loading any channel code.
//
// Adding a channel: a folder under src/channels/, a branch in schemas/strategy.schema.json, a line here and
// a line in registry.ts. The Record type below fails to compile until the schema's new kind has its line.
import type { Channel } from "../config/types.ts";

export type ChannelType = Channel["type"];

export interface ChannelKind {
  type: ChannelType;
  /** The longest body a generator may write on this kind, in grapheme clusters, unless the channel sets maxLength. */
  maxLength: number;
  /** Can a published item be taken back (deleted, edited)? L5 on an irreversible kind needs allowIrreversible. */
  reversible: boolean;
  /** Does a retry of the same publish never publish twice? (How each kind achieves it: docs/channels.md.) */
  idempotent: boolean;
  /** Metric names (snake_case) this kind reports; "any" accepts every name. */
  metrics: readonly string[] | "any";
  /**
   * The images one item may carry on this kind: how many, how large each file, which types. Checked when an
   * item is proposed (src/channels/kit/media.ts), so a refused image never reaches publishing.
   */
  media: MediaLimits;
  /**
   * Limits on the text beyond its length, checked with the length by the item check when an item is proposed
   * and again before publishing (src/guardrails/channel-limits.ts). Absent: only the generator's maxLength.
   */
  text?: TextLimits;
}

export interface TextLimits {
  maxHashtags: number;
  maxMentions: number;
}

export interface MediaLimits {
  /** Fewest images an item must carry (Instagram posts need one); absent means none are needed. */
  minCount?: number;
  maxCount: number;
  /** Largest file, in bytes. */
  maxBytes: number;
  /** MIME types, read from the file's first bytes (not its name). */
  types: readonly MediaType[];
}

export type MediaType = "image/jpeg" | "image/png" | "image/gif" | "image/webp";

const WEB_IMAGES: readonly MediaType[] = ["image/jpeg", "image/png", "image/gif", "image/webp"];
const MB = 1_000_000;

/** What a social post reports, wherever it runs. */
export const SOCIAL_METRICS = [
  "impressions",
  "reach",
  "likes",
  "reposts",
  "replies",
  "clicks",
  "engagements",
  "engagement_rate",
  "followers_gained",
  "spend",
] as const;

const EMAIL_METRICS = [
  "sent",
  "delivered",
  "opens",
  "unique_opens",
  "open_rate",
  "clicks",
  "unique_clicks",
  "click_rate",
  "unsubscribes",
  "bounces",
  "spend",
] as const;

const BLOG_METRICS = ["views", "visitors", "clicks", "click_rate", "avg_time_s", "signups"] as const;

export const CHANNEL_KINDS = {
  blog: {
    type: "blog",
    maxLength: 20_000,
    reversible: true,
    idempotent: true,
    metrics: BLOG_METRICS,
    media: { maxCount: 20, maxBytes: 20 * MB, types: WEB_IMAGES },
  },
  // Bluesky has no idempotency key: the post's record key is derived from the publish's key, and a retry
  // finds the record it already wrote (src/channels/bluesky/record-key.ts).
  bluesky: {
    type: "bluesky",
    maxLength: 300,
    reversible: true,
    idempotent: true,
    metrics: [...SOCIAL_METRICS, "quotes"] as const,
    // app.bsky.embed.images: up to 4 images; the PDS refuses a blob over 1,000,000 bytes.
    media: { maxCount: 4, maxBytes: 1 * MB, types: ["image/jpeg", "image/png", "image/webp", "image/gif"] },
  },
  email: {
    type: "email",
    maxLength: 10_000,
    reversible: false,
    idempotent: false,
    metrics: EMAIL_METRICS,
    // Inline images travel in the message itself: kept small so the whole message stays deliverable.
    media: { maxCount: 6, maxBytes: 2 * MB, types: ["image/jpeg", "image/png", "image/gif"] },
  },
  // Mailchimp has no idempotency key: the campaign's internal title is the cycle id, and a retry looks for
  // the campaign before creating another (src/channels/mailchimp/index.ts). An e-mail sent cannot be recalled.
  mailchimp: {
    type: "mailchimp",
    maxLength: 10_000,
    reversible: false,
    idempotent: true,
    metrics: EMAIL_METRICS,
    // Images are not uploaded: the HTML shows them from the channel's mediaBaseUrl, so only their count and
    // the weight of the message as a reader loads it are limited.
    media: { maxCount: 6, maxBytes: 2 * MB, types: ["image/jpeg", "image/png", "image/gif"] },
  },
  // Instagram has no idempotency key: before creating a post the channel looks for one with the item's exact
  // caption published since the item's slot (src/channels/instagram/publish.ts). The API cannot delete posts.
  instagram: {
    type: "instagram",
    maxLength: 2_200,
    reversible: false,
    idempotent: true,
    metrics: [...SOCIAL_METRICS, "saves"] as const,
    // Content publishing takes JPEG only, at most 8 MiB per image (error 2207004), 10 per carousel, and a
    // post needs one.
    media: { minCount: 1, maxCount: 10, maxBytes: 8 * 1024 * 1024, types: ["image/jpeg"] },
    text: { maxHashtags: 30, maxMentions: 20 },
  },
  mastodon: {
    type: "mastodon",
    maxLength: 500,
    reversible: true,
    idempotent: true,
    metrics: SOCIAL_METRICS,
    // Mastodon's default limits: 4 attachments, images up to 16 MB (a server may set less).
    media: { maxCount: 4, maxBytes: 16 * MB, types: WEB_IMAGES },
  },
  webhook: {
    type: "webhook",
    maxLength: 5_000,
    reversible: true,
    idempotent: true,
    metrics: "any",
    media: { maxCount: 10, maxBytes: 20 * MB, types: WEB_IMAGES },
  },
} as const satisfies Record<ChannelType, ChannelKind>;

export function isReversible(channel: Channel): boolean {
  if (channel.type === "webhook" && channel.reversible === false) return false;
  return CHANNEL_KINDS[channel.type].reversible;
}

/** The longest body a generator may write for this channel: its own maxLength, else its kind's. */
export function maxLengthOf(channel: Channel): number {
  return channel.maxLength ?? CHANNEL_KINDS[channel.type].maxLength;
}

export function reportsMetric(channel: Channel, metric: string): boolean {
  const metrics: ChannelKind["metrics"] = CHANNEL_KINDS[channel.type].metrics;
  return metrics === "any" || metrics.includes(metric);
}
