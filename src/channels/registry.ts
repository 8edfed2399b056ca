// Channel kinds to adapters. Adding a channel means adding a folder and a line here; a test checks that
// this map and the catalogue name the same kinds.
import { ChannelError } from "../errors.ts";
import { blog } from "./blog/index.ts";
import type { ChannelType } from "./catalogue.ts";
import { email } from "./email/index.ts";
import { mastodon } from "./mastodon/index.ts";
import type { ChannelAdapter } from "./types.ts";
import { webhook } from "./webhook/index.ts";

export type ChannelRegistry = Partial<Record<ChannelType, ChannelAdapter>>;

export const CHANNELS: ChannelRegistry = { blog, email, mastodon, webhook };

export function adapterFor(registry: ChannelRegistry, type: ChannelType, channelId: string): ChannelAdapter {
  const adapter = registry[type];
  if (!adapter) {
    throw new ChannelError(
      channelId,
      `no publisher for channel type "${type}" in this build; available: ${Object.keys(registry).join(", ")}`,
    );
  }
  return adapter;
}
