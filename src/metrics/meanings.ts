// What each metric of the catalogue means, in one line: read by docs/metrics.md (scripts/gen-metrics-doc.ts)
// so the page and the code cannot disagree. The Record is over the catalogue's metric names, so a metric
// added to the catalogue without a meaning here does not compile.
import type { Field } from "./aliases.ts";
import type { KnownMetric } from "./catalogue.ts";

export const METRIC_MEANINGS: Readonly<Record<KnownMetric, string>> = {
  sent: "e-mails the send went out to (recipients on the list)",
  delivered: "e-mails the recipients' servers accepted (sent minus bounces)",
  opens: "opens, a recipient opening twice counted twice",
  unique_opens: "recipients who opened the e-mail at least once",
  open_rate: "unique opens per delivered e-mail",
  clicks: "clicks on the item's links, repeat clicks by one person included",
  unique_clicks: "recipients who clicked a link at least once",
  click_rate: "share of those reached who clicked: unique clicks per delivered e-mail, clicks per blog view",
  unsubscribes: "recipients who unsubscribed from this e-mail",
  bounces: "e-mails the recipients' servers refused",
  spend: "money spent to promote the item, in the row's currency; it settles the budget",
  views: "page views of the post",
  visitors: "distinct visitors of the post",
  avg_time_s: "average time on the post's page, in seconds",
  signups: "sign-ups the analytics tool attributes to the post",
  impressions: "times the post was shown",
  reach: "distinct accounts the post was shown to",
  likes: "likes (favourites on Mastodon)",
  reposts: "reposts (boosts on Mastodon, shares elsewhere)",
  replies: "replies (comments) to the post",
  saves: "accounts that saved the post to a collection (Instagram's saved)",
  quotes: "quote posts: other posts embedding this one with their own text (Bluesky)",
  engagements: "interactions with the post as the tool counts them (likes, reposts, replies, clicks…)",
  engagement_rate: "engagements per impression",
  followers_gained: "followers gained with the post",
};

/**
 * The columns of an export that are not metrics: what identifies the row, and what qualifies it. `spend`
 * is a field of the row too (it carries a currency), but benchmarks name it as a metric, so its meaning is
 * above.
 */
export const FIELD_MEANINGS: Readonly<Record<Exclude<Field, "spend">, string>> = {
  cycle: "the item's cycle id (e.g. weekly-newsletter@20261201T0900Z): the surest match",
  url: "the item's URL, permalink or page path (a trailing slash and `utm_*` parameters are ignored)",
  receiptId: "the id the channel returned when it published (a Mastodon status id, an e-mail campaign id)",
  messageId: "the e-mail's Message-ID header",
  subject: "the e-mail's subject, matched to the item's (narrowed by `sentAt`)",
  title: "the campaign's or post's title, matched to the item's (narrowed by `sentAt`)",
  sentAt: "when the item went out, not the day measured: it only narrows a match by subject or title",
  channel: "the id of the channel the row measures; when given, it must be the matched item's channel",
  date: "the measured day; without it a row holds the item's lifetime totals",
  currency: "the ISO 4217 code of `spend` (e.g. EUR); without it the budget's currency is assumed",
};
