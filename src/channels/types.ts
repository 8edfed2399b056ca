// The Channel port. One folder per channel kind exports an adapter; registry.ts maps kinds to them.
import type { Channel, Strategy } from "../config/types.ts";
import type { MetricRow, PublishedItem } from "../metrics/types.ts";
import type { Item } from "../state/item.ts";

export interface PublishRequest {
  item: Item;
  channel: Channel;
  strategy: Strategy;
  /** Derived from cycle id and content hash: the same item always carries the same key. */
  idempotencyKey: string;
  /** Repository root, for channels that write files (the blog). */
  repoDir: string;
  /**
   * Absolute path of the configuration's `media/` folder, where `item.meta.media` files live
   * (kit/media.ts reads them). Set by every run; a request without it cannot carry images.
   */
  mediaDir?: string;
  /**
   * For a paid item (its workflow's costPerItem above 0): the paid spend reserved for it, in the budget's
   * currency (guardrails.yaml budget.currency; absent when no budget is set). A channel that hands the item
   * to someone else's tooling (the webhook) passes it on, so a boost can be bought for that amount.
   */
  reserved?: { amount: number; currency?: string };
  env: Record<string, string | undefined>;
  now: Date;
}

export interface PublishResult {
  /** Every identifier an export may later name the item by (schemas/ledger-event.schema.json, receipt). */
  receipt: {
    id: string;
    url?: string;
    permalink?: string;
    messageId?: string;
    subject?: string;
    sentAt?: string;
  };
  /** Files written into the repository (relative to its root) that must be committed with the receipt. */
  files: string[];
}

/** A measure request: the published items of one channel whose numbers are still wanted. */
export interface MeasureRequest {
  channel: Channel;
  /** This channel's published items still inside a benchmark window, with every identifier their receipts hold. */
  items: readonly PublishedItem[];
  env: Record<string, string | undefined>;
  now: Date;
  /** The most requests this channel may make in this run; items beyond it wait for the next run. */
  maxRequests: number;
  /** Waits between retries (a 429's Retry-After, backoff); tests pass one that costs no wall time. */
  sleep: (ms: number) => Promise<void>;
}

export interface MeasureResult {
  /** Lifetime totals as the channel reports them now: one row per item measured, `cycle` set, no `date`. */
  rows: MetricRow[];
  /** Requests made, retries included. */
  requests: number;
  /** Cycles not measured in this run (the request budget ran out, or the channel no longer knows them). */
  skipped: Array<{ cycle: string; reason: string }>;
}

export interface ChannelAdapter {
  readonly type: Channel["type"];
  publish(request: PublishRequest): Promise<PublishResult>;
  /**
   * Publishes several items of one channel, in order, for less than one `publish` each (the blog writes
   * its feeds once, not once per item). One answer per request, as `publish` would give it: the result, or
   * the error it threw. Optional: without it, items are published one by one.
   */
  publishAll?(requests: readonly PublishRequest[]): Promise<Array<PublishResult | Error>>;
  /**
   * Fetches the numbers of published items from the channel's own API, batched where the API allows.
   * Optional: a kind without it is measured by exports and pushes only. Throws a ChannelError when the
   * source fails as a whole (unreachable, refused credentials); the pipeline counts such failures.
   */
  measure?(request: MeasureRequest): Promise<MeasureResult>;
}

/** Publishes the items one by one: what `publishAll` must be equivalent to. */
export async function publishEach(
  adapter: ChannelAdapter,
  requests: readonly PublishRequest[],
): Promise<Array<PublishResult | Error>> {
  const results: Array<PublishResult | Error> = [];
  for (const request of requests) {
    try {
      results.push(await adapter.publish(request));
    } catch (err) {
      results.push(err as Error);
    }
  }
  return results;
}
