// What a webhook receiver gets. Field names are part of the public contract: add, never rename. Optional
// fields are present only when they say something (an item with images, a paid item), so a receiver built
// against an earlier payload keeps working.
import { createHash } from "node:crypto";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { type LoadedMedia, loadMedia } from "../kit/index.ts";
import type { PublishRequest } from "../types.ts";

type WebhookChannel = Extract<Channel, { type: "webhook" }>;

export interface WebhookMedia {
  /** The file's name inside marketing/media/, e.g. photos/bread.jpg. */
  file: string;
  alt: string;
  /** Read from the file's bytes: image/jpeg, image/png, image/gif or image/webp. */
  type: string;
  /** Size in bytes. */
  bytes: number;
  /** SHA-256 of the file, hex: a receiver that fetches `url` can check it got these bytes. */
  sha256: string;
  /** Where the file is served: the channel's mediaBaseUrl + the file's name. Zapier and Make fetch file fields from a URL. */
  url?: string;
  /** The file itself, base64, when the channel sets inlineMedia (Make: toBinary(content; "base64")). */
  content?: string;
}

export interface WebhookPayload {
  cycle: string;
  workflow: string;
  channel: string;
  title: string;
  summary: string;
  body: string;
  slot: string;
  idempotencyKey: string;
  /** The item's images, in order; absent when it has none. */
  media?: WebhookMedia[];
  /** A paid item's reserved spend (its workflow's costPerItem) in the budget's currency; absent for unpaid items. */
  reserved?: { amount: number; currency?: string };
}

export async function payloadOf(req: PublishRequest, channel: WebhookChannel): Promise<WebhookPayload> {
  const { meta } = req.item;
  const media = await loadMedia(req);
  const base = media.length && channel.mediaBaseUrl ? mediaBase(channel) : undefined;
  return {
    cycle: meta.cycle,
    workflow: meta.workflow,
    channel: channel.id,
    title: meta.title,
    summary: meta.summary,
    body: req.item.body,
    slot: meta.slot,
    idempotencyKey: req.idempotencyKey,
    ...(media.length ? { media: media.map((m) => describe(m, base, channel.inlineMedia === true)) } : {}),
    ...(req.reserved ? { reserved: req.reserved } : {}),
  };
}

function describe(m: LoadedMedia, base: URL | undefined, inline: boolean): WebhookMedia {
  return {
    file: m.file,
    alt: m.alt,
    type: m.type,
    bytes: m.bytes.length,
    sha256: createHash("sha256").update(m.bytes).digest("hex"),
    ...(base ? { url: new URL(m.file.split("/").map(encodeURIComponent).join("/"), base).href } : {}),
    ...(inline ? { content: m.bytes.toString("base64") } : {}),
  };
}

/** mediaBaseUrl as a folder: the file names are resolved inside it, never beside it. */
function mediaBase(channel: WebhookChannel): URL {
  let url: URL | undefined;
  try {
    url = new URL(channel.mediaBaseUrl ?? "");
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new ChannelError(
      channel.id,
      "mediaBaseUrl is not an http(s) URL; write the public address of marketing/media/, e.g. https://example.com/media/",
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}
