// What each kind of channel is, independent of its implementation: whether an item can be taken back,
// whether it accepts idempotency keys, and which metrics it reports. Config checks read this without
// loading any channel code.
import type { Channel } from "../config/types.ts";

export type ChannelType = Channel["type"];

export interface ChannelKind {
  type: ChannelType;
  /** Can a published item be taken back (deleted, edited)? L5 on an irreversible kind needs allowIrreversible. */
  reversible: boolean;
  /** Does a retry with the same idempotency key never publish twice? */
  idempotent: boolean;
  /** Metric names (snake_case) this kind reports; "*" accepts any. */
  metrics: readonly string[];
}

export const CHANNEL_KINDS: Record<ChannelType, ChannelKind> = {
  blog: {
    type: "blog",
    reversible: true,
    idempotent: true,
    metrics: ["views", "visitors", "clicks", "click_rate", "avg_time_s", "signups"],
  },
  email: {
    type: "email",
    reversible: false,
    idempotent: false,
    metrics: [
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
    ],
  },
  mastodon: {
    type: "mastodon",
    reversible: true,
    idempotent: true,
    metrics: [
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
    ],
  },
  webhook: { type: "webhook", reversible: true, idempotent: true, metrics: ["*"] },
};

export function isReversible(channel: Channel): boolean {
  if (channel.type === "webhook" && channel.reversible === false) return false;
  return CHANNEL_KINDS[channel.type].reversible;
}

export function reportsMetric(channel: Channel, metric: string): boolean {
  const metrics = CHANNEL_KINDS[channel.type].metrics;
  return metrics.includes("*") || metrics.includes(metric);
}
