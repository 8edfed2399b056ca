// What a campaign carries, as pure functions of the publish request: its HTML (the item's Markdown rendered by
// the e-mail channel's safe renderer, the item's images from the channel's public media address, and a footer
// with Mailchimp's unsubscribe link and the audience's address), and when it goes out.
import { ChannelError } from "../../errors.ts";
import type { ItemMedia } from "../../state/item.ts";
import { escapeHtml, markdownToHtml } from "../email/markdown-html.ts";
import { mediaPath } from "../kit/index.ts";

/** Mailchimp's merge tag for the unsubscribe link: it sends no campaign without it. */
export const UNSUB = "*|UNSUB|*";

/**
 * The footer added to every campaign: the unsubscribe link and the postal address Mailchimp keeps for the
 * audience (*|HTML:LIST_ADDRESS_HTML|*), both required by anti-spam law and Mailchimp's terms.
 */
export const FOOTER = `<hr>\n<p style="font-size:12px;color:#666">You receive this because you subscribed to *|LIST:COMPANY|*. <a href="${UNSUB}">Unsubscribe</a>.<br>*|HTML:LIST_ADDRESS_HTML|*</p>`;

export interface CampaignHtml {
  channelId: string;
  title: string;
  body: string;
  media: readonly ItemMedia[];
  /** The channel's mediaBaseUrl; needed only when there are images. */
  mediaBaseUrl: string | undefined;
}

export function campaignHtml({ channelId, title, body, media, mediaBaseUrl }: CampaignHtml): string {
  const images = media.map((m) => imageTag(channelId, m, mediaBaseUrl)).join("\n");
  const parts = [markdownToHtml(body), images, FOOTER].filter(Boolean);
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`;
  return `<!doctype html>\n<html>\n${head}\n<body>\n${parts.join("\n")}\n</body>\n</html>\n`;
}

function imageTag(channelId: string, m: ItemMedia, mediaBaseUrl: string | undefined): string {
  if (!mediaBaseUrl)
    throw new ChannelError(
      channelId,
      `the item shows marketing/media/${m.file}, but the channel has no mediaBaseUrl; set it to the public https address where marketing/media/ is served (e.g. https://example.com/media/), or remove the image from the item`,
    );
  // mediaPath refuses names that leave the media folder, so the address stays under mediaBaseUrl too.
  const where = mediaPath("/media", m.file);
  if ("error" in where) throw new ChannelError(channelId, where.error);
  const base = mediaBaseUrl.endsWith("/") ? mediaBaseUrl : `${mediaBaseUrl}/`;
  const src = new URL(m.file.split("/").map(encodeURIComponent).join("/"), base).href;
  return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(m.alt)}" style="max-width:100%;height:auto"></p>`;
}

export type Delivery = { kind: "send" } | { kind: "schedule"; at: Date };

/**
 * Send now, or schedule: for the slot when it is still ahead, and `holdMinutes` from now at the earliest when
 * the channel holds campaigns. Mailchimp schedules only on the quarter hour, so the time is rounded up.
 */
export function delivery(slot: Date, now: Date, holdMinutes: number | undefined): Delivery {
  const earliest = holdMinutes === undefined ? now : new Date(now.getTime() + holdMinutes * 60_000);
  if (holdMinutes === undefined && slot.getTime() <= now.getTime()) return { kind: "send" };
  return { kind: "schedule", at: ceilQuarterHour(new Date(Math.max(slot.getTime(), earliest.getTime()))) };
}

export function ceilQuarterHour(t: Date): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil(t.getTime() / quarter) * quarter);
}
