// What each kind of channel is, independent of its implementation: whether an item can be taken back,
// whether it accepts idempotency keys, and which metrics it reports. Config checks read this without
// loading any channel code.
import type { Channel } from "../config/types.ts";
import { METRICS_BY_CHANNEL_TYPE } from "../metrics/catalogue.ts";

export type ChannelType = Channel["type"];

export interface ChannelKind {
  type: ChannelType;
  /** Can a published item be taken back (deleted, edited)? L5 on an irreversible kind needs allowIrreversible. */
  reversible: boolean;
  /** Does a retry with the same idempotency key never publish twice? */
  idempotent: boolean;
  /** Metric names (snake_case) this kind reports (one catalogue: src/metrics/catalogue.ts); "any" accepts every name. */
  metrics: readonly string[] | "any";
}

export const CHANNEL_KINDS: Record<ChannelType, ChannelKind> = {
  blog: { type: "blog", reversible: true, idempotent: true, metrics: METRICS_BY_CHANNEL_TYPE.blog },
  email: { type: "email", reversible: false, idempotent: false, metrics: METRICS_BY_CHANNEL_TYPE.email },
  mastodon: {
    type: "mastodon",
    reversible: true,
    idempotent: true,
    metrics: METRICS_BY_CHANNEL_TYPE.mastodon,
  },
  webhook: { type: "webhook", reversible: true, idempotent: true, metrics: METRICS_BY_CHANNEL_TYPE.webhook },
};

export function isReversible(channel: Channel): boolean {
  if (channel.type === "webhook" && channel.reversible === false) return false;
  return CHANNEL_KINDS[channel.type].reversible;
}

export function reportsMetric(channel: Channel, metric: string): boolean {
  const metrics = CHANNEL_KINDS[channel.type].metrics;
  return metrics === "any" || metrics.includes(metric);
}
