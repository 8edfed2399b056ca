// The Channel port. One folder per channel kind exports an adapter; registry.ts maps kinds to them.
import type { Channel, Strategy } from "../config/types.ts";
import type { Item } from "../state/item.ts";

export interface PublishRequest {
  item: Item;
  channel: Channel;
  strategy: Strategy;
  /** Derived from cycle id and content hash: the same item always carries the same key. */
  idempotencyKey: string;
  /** Repository root, for channels that write files (the blog). */
  repoDir: string;
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

export interface ChannelAdapter {
  readonly type: Channel["type"];
  publish(request: PublishRequest): Promise<PublishResult>;
  /**
   * Publishes several items of one channel, in order, for less than one `publish` each (the blog writes
   * its feeds once, not once per item). One answer per request, as `publish` would give it: the result, or
   * the error it threw. Optional: without it, items are published one by one.
   */
  publishAll?(requests: readonly PublishRequest[]): Promise<Array<PublishResult | Error>>;
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
