// Column names of common exports mapped to Loopcast's names. Headers are compared after normalising
// ("Open Rate (%)" → open_rate_), so one entry covers the spellings of several tools. A column that maps
// to nothing is reported as ignored, never dropped silently.
import { KNOWN_METRICS } from "./catalogue.ts";

/** Row fields that are not metrics. */
export type Field =
  | "cycle"
  | "url"
  | "receiptId"
  | "messageId"
  | "subject"
  | "title"
  | "sentAt"
  | "channel"
  | "date"
  | "spend"
  | "currency";

/** Fields that say which item a row measures (docs/exports.md lists the order they are tried in). */
export const IDENTIFIERS: readonly Field[] = ["cycle", "receiptId", "messageId", "url", "subject", "title"];

export type Target = { field: Field } | { metric: string };

const FIELD_ALIASES: Record<Field, readonly string[]> = {
  cycle: ["cycle", "cycle_id", "cycleid", "loopcast_cycle"],
  url: [
    "url",
    "link",
    "page",
    "page_url",
    "page_path",
    "page_path_and_screen_class",
    "page_location",
    // GA4 Data API dimension names (pagePath, fullPageUrl) as they come out of a report or a connector.
    "pagepath",
    "pagepathplusquerystring",
    "page_path_plus_query_string",
    "fullpageurl",
    "full_page_url",
    "landing_page",
    // Plausible's pages export names the page path "name".
    "name",
    "post_url",
    "post_link",
    "permalink",
    "post_permalink",
    "tweet_permalink",
    "permalink_url",
    "absolute_url",
    "web_url",
    "archive_url",
    "status_url",
  ],
  receiptId: [
    "receipt",
    "receipt_id",
    "receiptid",
    "id",
    "unique_id",
    "campaign_id",
    "email_id",
    "broadcast_id",
    "post_id",
    "status_id",
    "update_id",
    "media_id",
    "tweet_id",
  ],
  messageId: ["message_id", "messageid", "message_id_header"],
  subject: ["subject", "subject_line", "email_subject", "broadcast_subject"],
  title: ["title", "campaign_title", "campaign_name", "post_title", "email_name"],
  // When the item went out, never the day measured: it only narrows a match by subject or title.
  sentAt: [
    "send_date",
    "send_time",
    "sent_at",
    "sent_date",
    "date_sent",
    "sent_on",
    "publish_date",
    "publish_time",
    "published_at",
    "published_date",
    "date_posted",
    "posted_at",
    "post_date",
    "created_date",
    "created_at",
    "scheduled_at",
    "timestamp",
    "time",
  ],
  channel: ["channel", "channel_id"],
  // Only the measured day. Send dates and post dates say when an item went out, not which day a row
  // measures: a per-item export with "Send Date" is a lifetime row, so those columns map to sentAt.
  date: ["date", "day", "metric_date", "report_date", "date_gmt", "date_utc"],
  spend: ["spend", "cost", "amount_spent", "ad_spend", "spend_amount"],
  currency: ["currency", "currency_code"],
};

const METRIC_ALIASES: Record<string, readonly string[]> = {
  sent: ["recipients", "total_recipients", "emails_sent", "sends"],
  delivered: ["deliveries", "successful_deliveries", "delivered_count"],
  opens: ["total_opens", "emails_opened"],
  unique_opens: ["unique_open_count"],
  clicks: ["total_clicks", "link_clicks", "post_link_clicks", "url_clicks"],
  click_rate: ["click_through_rate", "click_through_rate_ctr", "ctr"],
  unsubscribes: ["unsubscriptions", "unsubscribed", "unsubs"],
  bounces: ["total_bounces", "bounced"],
  views: ["pageviews", "page_views", "screen_page_views", "screenpageviews"],
  visitors: ["users", "unique_visitors", "total_users", "active_users", "activeusers", "totalusers"],
  avg_time_s: [
    "average_engagement_time",
    "average_engagement_time_per_active_user",
    "avg_time_on_page",
    "time_on_page",
    "average_time_on_page",
  ],
  signups: ["sign_ups", "subscribers_gained", "new_subscribers"],
  // Mastodon's API calls them favourites_count, reblogs_count and replies_count.
  likes: ["favourites", "favorites", "favourites_count", "favs", "reactions"],
  reposts: ["boosts", "reblogs", "reblogs_count", "shares", "retweets"],
  replies: ["comments", "replies_count"],
  engagements: ["engagement", "total_engagements"],
  engagement_rate: ["engagement_rate_per_impression"],
  followers_gained: ["new_followers", "follows"],
};

const ALIASES = new Map<string, Target>();
for (const [field, names] of Object.entries(FIELD_ALIASES)) {
  for (const n of names) ALIASES.set(n, { field: field as Field });
}
for (const m of KNOWN_METRICS) if (!ALIASES.has(m)) ALIASES.set(m, { metric: m });
for (const [metric, names] of Object.entries(METRIC_ALIASES)) {
  for (const n of names) ALIASES.set(n, { metric });
}
// Spend is a field of the row (it carries a currency), even though benchmarks may name it as a metric.
ALIASES.set("spend", { field: "spend" });

/** Every column name that maps to a field or a metric, grouped by its target's name (docs/metrics.md). */
export function columnNamesByTarget(): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const [name, target] of ALIASES) {
    const key = targetName(target);
    out.set(key, [...(out.get(key) ?? []), name]);
  }
  return out;
}

/** "Open Rate (%)" → "open_rate"; "Page path and screen class" → "page_path_and_screen_class". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const CUSTOM = /^metrics?\.([a-z][a-z0-9_]*)$/;

/**
 * What a column holds. `metrics.<name>` (or `metric.<name>`) declares a metric the catalogue does not
 * know, for webhook channels that measure anything.
 */
export function columnTarget(header: string): Target | undefined {
  const custom = CUSTOM.exec(header.trim());
  if (custom) return { metric: custom[1] as string };
  return ALIASES.get(normaliseHeader(header));
}

export function targetName(t: Target): string {
  return "field" in t ? t.field : t.metric;
}

export interface ColumnPlan {
  /** per column index: where its cell goes, or undefined when ignored */
  targets: Array<Target | undefined>;
  mapped: Record<string, string>;
  ignored: string[];
}

/** Maps a header row once; the first column wins when two map to the same name. */
export function planColumns(headers: readonly string[]): ColumnPlan {
  const taken = new Map<string, string>();
  const plan: ColumnPlan = { targets: [], mapped: {}, ignored: [] };
  for (const header of headers) {
    const target = columnTarget(header);
    const name = target && targetName(target);
    if (!target || !name) {
      plan.targets.push(undefined);
      if (header.trim()) plan.ignored.push(`${header} (not a known column)`);
      continue;
    }
    const first = taken.get(name);
    if (first !== undefined) {
      plan.targets.push(undefined);
      plan.ignored.push(`${header} (also maps to ${name}; "${first}" is used)`);
      continue;
    }
    taken.set(name, header);
    plan.targets.push(target);
    plan.mapped[header] = name;
  }
  return plan;
}

/** Has the plan anything to identify an item by, and anything to measure? Else name the fix. */
export function planProblem(plan: ColumnPlan, headers: readonly string[]): string | undefined {
  const names = new Set(Object.values(plan.mapped));
  if (!IDENTIFIERS.some((f) => names.has(f))) {
    return (
      `the header has no column that identifies the item (found: ${headers.join(", ") || "nothing"}); ` +
      `export it with the post's URL or permalink, its id, or the e-mail's subject (docs/exports.md lists the columns read), ` +
      `or add a "cycle" column with the cycle id (e.g. weekly-newsletter@20261201T0900Z)`
    );
  }
  const measures = plan.targets.some((t) => t && ("metric" in t || t.field === "spend"));
  if (!measures) {
    return `the header has no metric column (found: ${headers.join(", ")}); name columns like opens, clicks, views or open_rate`;
  }
  return undefined;
}
