/* Generated from schemas/metrics-row.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * One row of metrics for one published item, after an export's columns were mapped to Loopcast's names. Used for rows from marketing/metrics/inbox/ files, repository_dispatch payloads (type loopcast-metrics) and channel APIs.
 */
export type MetricRow = (
  | {
      /**
       * Matched by cycle id.
       */
      cycle: string;
    }
  | {
      /**
       * Matched by URL.
       */
      url: string;
    }
  | {
      /**
       * Matched by channel receipt.
       */
      receiptId: string;
    }
  | {
      /**
       * Matched by Message-ID.
       */
      messageId: string;
    }
  | {
      /**
       * Matched by e-mail subject (and send time).
       */
      subject: string;
    }
  | {
      /**
       * Matched by title (and send time).
       */
      title: string;
    }
) & {
  /**
   * Id of the cycle that published the item: <workflow>@<slot in UTC, YYYYMMDDTHHMMZ>, e.g. weekly-newsletter@20261201T0900Z.
   */
  cycle?: string;
  /**
   * Address of the published item, absolute (https://example.com/blog/post) or a path (/blog/post). Query parameters utm_* and a trailing slash are ignored when matching.
   */
  url?: string;
  /**
   * Id the channel returned when the item was published (a Mastodon status id, an Instagram media id, an email campaign id).
   */
  receiptId?: string;
  /**
   * An e-mail's Message-ID header (angle brackets optional), matched to the Message-ID the email channel sent.
   */
  messageId?: string;
  /**
   * An e-mail's subject line, matched to the subject of a published e-mail (case and spacing ignored), within the send time's tolerance when the row has `sentAt`.
   */
  subject?: string;
  /**
   * A campaign's or post's title (Mailchimp's Title, LinkedIn's Post title), matched to the item's title or cycle id (case and spacing ignored), within the send time's tolerance when the row has `sentAt`.
   */
  title?: string;
  /**
   * When the item went out, as the export writes it (2026-12-01T09:00:00Z, Dec 01, 2026 09:00 am, 12/01/2026 09:00). Only narrows a match by subject or title; a time without a zone is read in any zone from UTC-12 to UTC+14 (docs/exports.md).
   */
  sentAt?: string;
  /**
   * Id of the channel the row measures; when given it must be the matched item's channel.
   */
  channel?: string;
  /**
   * The day measured (YYYY-MM-DD). Leave it out when the row holds lifetime totals up to the export.
   */
  date?: string;
  /**
   * Metric name (snake_case, e.g. opens, open_rate, views) to value. Counts are whole or decimal numbers from 0 to 1e15 (a larger figure is a unit error or corrupt data, and beyond 2^53 ≈ 9e15 whole numbers are no longer exact); rates (names ending in _rate) are fractions from 0 to 1, so 42 % is 0.42.
   */
  metrics: {
    /**
     * A rate as a fraction from 0 to 1 (0.42 for 42 %).
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "_rate$".
     *
     * A count or an average, from 0 to 1e15 (one quadrillion).
     */
    [k: string]: number;
  };
  /**
   * Money spent on the item (paid boost, paid send) in the row's currency, from 0 to 1e12 (a trillion, enough for one item in any currency); settles the budget reservation. A larger amount is refused: it is a unit error or corrupt data, and summed into the budget it would stop being a finite number.
   */
  spend?: number;
  /**
   * ISO 4217 code of spend, e.g. EUR. When absent, the budget's currency is assumed.
   */
  currency?: string;
};
