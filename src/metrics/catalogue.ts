// Which metrics each kind of channel reports, and how rates derive from counts. Aggregation needs to
// know a metric's kind: counts add up over days, rates must be recomputed from counts (averaging daily
// rates is wrong when days differ in volume), and averages are weighted.

import { CHANNEL_KINDS, type ChannelType as ChannelKindType, SOCIAL_METRICS } from "../channels/catalogue.ts";

/**
 * The channel kinds of src/channels/catalogue.ts, plus "social": the metrics of a social post on a network
 * Loopcast does not publish to itself (rows from a scheduling tool's export, say).
 */
export type ChannelType = ChannelKindType | "social";

/** Metric names a benchmark may use per channel type (from the channel catalogue); "any" (webhook) accepts every snake_case name. */
export const METRICS_BY_CHANNEL_TYPE: Readonly<Record<ChannelType, readonly string[] | "any">> = {
  ...(Object.fromEntries(Object.values(CHANNEL_KINDS).map((kind) => [kind.type, kind.metrics])) as Record<
    ChannelKindType,
    readonly string[] | "any"
  >),
  social: SOCIAL_METRICS,
};

/** A metric name some channel kind lists (webhooks' "any" aside). */
export type KnownMetric = Exclude<(typeof CHANNEL_KINDS)[ChannelKindType]["metrics"], "any">[number];

/** Every metric name some channel type knows: a CSV column with one of these names is a metric. */
export const KNOWN_METRICS: ReadonlySet<string> = new Set(
  Object.values(METRICS_BY_CHANNEL_TYPE).flatMap((m) => (m === "any" ? [] : m)),
);

export interface DerivedRate {
  metric: string;
  numerator: string;
  denominator: string;
  channelTypes: readonly ChannelType[];
}

/**
 * Rates recomputed from counts when a row lacks them, and always when rows are summed. Order matters:
 * click_rate is per delivered email when `delivered` is known, else per blog view.
 */
export const DERIVED_RATES: readonly DerivedRate[] = [
  {
    metric: "open_rate",
    numerator: "unique_opens",
    denominator: "delivered",
    channelTypes: ["email", "mailchimp"],
  },
  {
    metric: "click_rate",
    numerator: "unique_clicks",
    denominator: "delivered",
    channelTypes: ["email", "mailchimp"],
  },
  { metric: "click_rate", numerator: "clicks", denominator: "views", channelTypes: ["blog"] },
  {
    metric: "engagement_rate",
    numerator: "engagements",
    denominator: "impressions",
    channelTypes: ["mastodon", "bluesky", "instagram", "social"],
  },
];

export type MetricKind = "count" | "rate" | "average";

/** Rates end in `_rate`, averages start with `avg_`; everything else (spend included) adds up. */
export function metricKind(metric: string): MetricKind {
  if (metric.endsWith("_rate")) return "rate";
  if (metric.startsWith("avg_")) return "average";
  return "count";
}

const SNAKE = /^[a-z][a-z0-9_]*$/;

/** May a benchmark on a channel of this type name this metric? */
export function isKnownMetric(channelType: ChannelType, metric: string): boolean {
  const known = METRICS_BY_CHANNEL_TYPE[channelType];
  return known === "any" ? SNAKE.test(metric) : known.includes(metric);
}

/** The weight of an average metric when days or items are combined (time on page weighs by views). */
export const AVERAGE_WEIGHTS: Readonly<Record<string, readonly string[]>> = {
  avg_time_s: ["views", "visitors"],
};
