// Channel kinds to adapters. Adding a channel means adding a folder and a line here; a test
// (test/meta/registry.test.ts) checks that this map, the catalogue and the folders name the same kinds, and
// that each kind loads the adapter of its own folder, which declares that kind. Each adapter's code (SMTP,
// HTTP clients) is loaded the first time it publishes, so commands that publish nothing start fast.
import { ChannelError } from "../errors.ts";
import type { ChannelType } from "./catalogue.ts";
import {
  type ChannelAdapter,
  type MeasureRequest,
  type MeasureResult,
  type PublishRequest,
  type PublishResult,
  publishEach,
} from "./types.ts";

export type ChannelRegistry = Partial<Record<ChannelType, ChannelAdapter>>;

/** An adapter that imports the real one on first use; `load()` returns that real adapter. */
export interface LazyChannelAdapter extends ChannelAdapter {
  load(): Promise<ChannelAdapter>;
}

function lazy(type: ChannelType, importAdapter: () => Promise<ChannelAdapter>): LazyChannelAdapter {
  let adapter: Promise<ChannelAdapter> | undefined;
  const load = () => {
    adapter ??= importAdapter();
    return adapter;
  };
  return {
    type,
    load,
    async publish(request: PublishRequest): Promise<PublishResult> {
      return (await load()).publish(request);
    },
    async publishAll(requests: readonly PublishRequest[]): Promise<Array<PublishResult | Error>> {
      const adapter = await load();
      return adapter.publishAll ? adapter.publishAll(requests) : publishEach(adapter, requests);
    },
    // A kind that cannot measure answers with every item skipped: no request made, nothing stored.
    async measure(request: MeasureRequest): Promise<MeasureResult> {
      const adapter = await load();
      if (adapter.measure) return adapter.measure(request);
      const reason = `a ${type} channel reports no numbers of its own; bring them by export or push`;
      return { rows: [], requests: 0, skipped: request.items.map((i) => ({ cycle: i.cycle, reason })) };
    },
  };
}

export const CHANNELS: Record<ChannelType, LazyChannelAdapter> = {
  blog: lazy("blog", () => import("./blog/index.ts").then((m) => m.blog)),
  bluesky: lazy("bluesky", () => import("./bluesky/index.ts").then((m) => m.bluesky)),
  email: lazy("email", () => import("./email/index.ts").then((m) => m.email)),
  instagram: lazy("instagram", () => import("./instagram/index.ts").then((m) => m.instagram)),
  mailchimp: lazy("mailchimp", () => import("./mailchimp/index.ts").then((m) => m.mailchimp)),
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
