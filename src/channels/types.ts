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
  receipt: { id: string; url?: string };
  /** Files written into the repository (relative to its root) that must be committed with the receipt. */
  files: string[];
}

export interface ChannelAdapter {
  readonly type: Channel["type"];
  publish(request: PublishRequest): Promise<PublishResult>;
}
