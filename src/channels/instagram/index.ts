// The Instagram channel: publishes each item as a post (one image, or a carousel of up to 10) through the
// Graph API's content publishing flow (publish.ts), and pulls its insights in batches (measure.ts).
// Instagram has no idempotency key; a retry looks for the post an earlier try made before making one.
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { createGraph } from "./graph.ts";
import { measureInsights } from "./measure.ts";
import { type PollOptions, publishPost } from "./publish.ts";
import { instagramChannel, settingsOf } from "./settings.ts";

export interface InstagramOptions extends Partial<PollOptions> {}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The adapter with its waits: Meta processes an image container in seconds, so its status is read every
 * 3 s for a minute, then the item is left to the next run. Tests pass a sleep that costs no wall time.
 */
export function createInstagram(options: InstagramOptions = {}): ChannelAdapter {
  const poll: PollOptions = {
    sleep: options.sleep ?? realSleep,
    pollIntervalMs: options.pollIntervalMs ?? 3_000,
    maxPolls: options.maxPolls ?? 20,
  };
  return {
    type: "instagram",
    async publish(req: PublishRequest): Promise<PublishResult> {
      const channel = instagramChannel(req.channel);
      const settings = settingsOf(channel, req.env);
      const graph = createGraph({
        channelId: channel.id,
        root: settings.root,
        token: settings.token,
        tokenEnv: channel.tokenEnv,
        sleep: poll.sleep,
      });
      return publishPost(req, channel, settings, graph, poll);
    },
    measure: measureInsights,
  };
}

export const instagram: ChannelAdapter = createInstagram();
