// The images of one item, checked where its text is (check-item.ts): when a draft is proposed, by
// `loopcast check`, and again before publishing, so an image a person added by hand to a proposal meets
// the same limits. Each file must exist inside marketing/media/ and fit the channel kind (count, size, type
// by its bytes); each alt text must pass the voice lock. Findings point at the front matter line.
import { join } from "node:path";
import { CHANNEL_KINDS, type MediaLimits } from "../channels/catalogue.ts";
import { checkItemMedia } from "../channels/kit/media.ts";
import { type Config, channelById } from "../config/types.ts";
import { frontMatterOf, frontMatterPosition, type Item } from "../state/item.ts";
import { altTextFindings } from "../voice/alt-text.ts";
import type { Finding } from "../voice/finding.ts";

/** Any image of the web, any count: for an item whose channel is not configured (`loopcast check --channel x`). */
const UNKNOWN_KIND: MediaLimits = {
  maxCount: Number.POSITIVE_INFINITY,
  maxBytes: Number.POSITIVE_INFINITY,
  types: ["image/jpeg", "image/png", "image/gif", "image/webp"],
};

export function mediaFindings(config: Config, item: Item, text: string): Finding[] {
  const media = item.meta.media ?? [];
  const channel = channelById(config, item.meta.channel);
  const limits: MediaLimits = channel ? CHANNEL_KINDS[channel.type].media : UNKNOWN_KIND;
  // Text-only items on kinds that need no image: nothing to read, nothing to parse.
  if (!media.length && !limits.minCount) return [];
  const front = frontMatterOf(text);
  const at = (path: Array<string | number>) =>
    frontMatterPosition(front, path) ?? frontMatterPosition(front, ["media"]) ?? { line: 2, column: 1 };
  const kindName = channel ? `the ${channel.type} channel "${channel.id}"` : "this channel";
  const files: Finding[] = checkItemMedia(join(config.dir, "media"), media, limits, kindName).map((p) => ({
    ruleId: "loopcast.media",
    severity: "error",
    message: p.message,
    ...at(p.index === undefined ? ["media"] : ["media", p.index, "file"]),
  }));
  const alt = altTextFindings({
    media,
    position: (i) => at(["media", i, "alt"]),
    ...(config.guardrails.voice ? { rules: config.guardrails.voice } : {}),
  });
  return [...files, ...alt];
}
