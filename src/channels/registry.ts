// Channel kinds to adapters. Adding a channel means adding a folder and a line here; a test checks that
// this map and the catalogue name the same kinds. Each adapter's code (SMTP, HTTP clients) is loaded the
// first time it publishes, so commands that publish nothing start fast.
import { ChannelError } from "../errors.ts";
import type { ChannelType } from "./catalogue.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "./types.ts";

export type ChannelRegistry = Partial<Record<ChannelType, ChannelAdapter>>;

function lazy(type: ChannelType, load: () => Promise<ChannelAdapter>): ChannelAdapter {
  let adapter: Promise<ChannelAdapter> | undefined;
  return {
    type,
    async publish(request: PublishRequest): Promise<PublishResult> {
      adapter ??= load();
      return (await adapter).publish(request);
    },
  };
}

export const CHANNELS: ChannelRegistry = {
  blog: lazy("blog", () => import("./blog/index.ts").then((m) => m.blog)),
  email: lazy("email", () => import("./email/index.ts").then((m) => m.email)),
  mastodon: lazy("mastodon", () => import("./mastodon/index.ts").then((m) => m.mastodon)),
  webhook: lazy("webhook", () => import("./webhook/index.ts").then((m) => m.webhook)),
};

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
