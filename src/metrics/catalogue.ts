// Which metrics each kind of channel reports, and how rates derive from counts. Aggregation needs to
// know a metric's kind: counts add up over days, rates must be recomputed from counts (averaging daily
// rates is wrong when days differ in volume), and averages are weighted.

export type ChannelType = "email" | "blog" | "mastodon" | "social" | "webhook";

const SOCIAL = [
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

/** Metric names a benchmark may use per channel type; "any" (webhook) accepts every snake_case name. */
export const METRICS_BY_CHANNEL_TYPE: Readonly<Record<ChannelType, readonly string[] | "any">> = {
  email: [
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
  blog: ["views", "visitors", "clicks", "click_rate", "avg_time_s", "signups"],
  mastodon: SOCIAL,
  social: SOCIAL,
  webhook: "any",
};

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
  { metric: "open_rate", numerator: "unique_opens", denominator: "delivered", channelTypes: ["email"] },
  { metric: "click_rate", numerator: "unique_clicks", denominator: "delivered", channelTypes: ["email"] },
  { metric: "click_rate", numerator: "clicks", denominator: "views", channelTypes: ["blog"] },
  {
    metric: "engagement_rate",
    numerator: "engagements",
    denominator: "impressions",
    channelTypes: ["mastodon", "social"],
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
