// The newsletter as a MIME message: the item's Markdown as the text part, a rendered HTML part with the
// item's images as inline parts (cid:), and headers that tie it to its cycle and let a reader unsubscribe.
// Composed fully before connecting, so a bad message never opens a session. Its headers come from the
// request alone (Date is the run's clock, Message-ID the key), so a person can match a message in the
// list's archive to its cycle.
import { basename } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import { ChannelError } from "../../errors.ts";
import { type LoadedMedia, loadMedia } from "../kit/index.ts";
import type { PublishRequest } from "../types.ts";
import { escapeHtml, markdownToHtml } from "./markdown-html.ts";
import type { EmailChannel } from "./settings.ts";

export interface ComposedMessage {
  raw: Buffer;
  envelope: { from: string; to: string[] };
  /** With angle brackets, as in the header. */
  messageId: string;
}

export async function composeMessage(req: PublishRequest, channel: EmailChannel): Promise<ComposedMessage> {
  const messageId = messageIdFor(req.idempotencyKey, channel.from);
  const images = await loadMedia(req);
  const inline = images.map((m, i) => ({ ...m, cid: `image-${i + 1}.${messageId.slice(1, -1)}` }));
  const node = new MailComposer({
    from: channel.from,
    to: channel.to,
    subject: req.item.meta.title,
    messageId,
    date: req.now,
    text: [req.item.body, ...inline.map((m) => `[Image: ${m.alt}]`)].join("\n\n"),
    html: htmlDocument(
      req.item.meta.title,
      [markdownToHtml(req.item.body), ...inline.map(imageTag)].join("\n"),
    ),
    headers: { "X-Loopcast-Cycle": req.item.meta.cycle, ...listUnsubscribeHeaders(channel) },
    // Images travel inside the message, shown where the HTML names them: mail clients block remote images.
    attachments: inline.map((m) => ({
      filename: basename(m.file),
      content: m.bytes,
      contentType: m.type,
      cid: m.cid,
      contentDisposition: "inline" as const,
    })),
    // The content comes from a generator: it must not make us read local files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  }).compile();
  const raw = await node.build();
  const envelope = node.getEnvelope();
  return { raw, envelope: { from: envelope.from || "", to: envelope.to }, messageId };
}

/**
 * A Message-ID derived from the idempotency key alone, so a resent item can be recognised by the list
 * and the receipt names the exact message. The key's `@` (cycle ids contain one) and any other byte
 * that may not stand in a dot-atom are written as =XX, which keeps the mapping one-to-one. The right
 * side is the sender's domain: filters penalise Message-IDs without a real domain.
 */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const bytes = Buffer.from(idempotencyKey, "utf8");
  let local = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const ch = String.fromCharCode(b);
    const dotOk = ch === "." && i > 0 && i < bytes.length - 1 && !local.endsWith(".");
    local += /^[A-Za-z0-9_-]$/.test(ch) || dotOk ? ch : `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return `<${local || "item"}@${senderDomain(from) ?? "loopcast"}>`;
}

function senderDomain(from: string): string | undefined {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  const domain = m?.[1]?.toLowerCase();
  return domain && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : undefined;
}

function imageTag(m: LoadedMedia & { cid: string }): string {
  return `<p><img src="cid:${escapeHtml(m.cid)}" alt="${escapeHtml(m.alt)}" style="max-width:100%;height:auto"></p>`;
}

/**
 * List-Unsubscribe (RFC 2369) from the channel's `listUnsubscribe`: a mailto: and/or an https: address, and with
 * the https one List-Unsubscribe-Post (RFC 8058), which tells mail clients a POST there unsubscribes in one click.
 * The schema checks the values first; these checks keep a bad value out of the header whatever loaded it.
 */
export function listUnsubscribeHeaders(channel: EmailChannel): Record<string, string> {
  const list = channel.listUnsubscribe;
  if (!list) return {};
  const where = `listUnsubscribe in the channel ${channel.id} of marketing/strategy.yaml`;
  const uris: string[] = [];
  if (list.mailto !== undefined) {
    const address = list.mailto.replace(/^mailto:/i, "");
    if (!/^[^\s@<>,"]+@[^\s@<>,"]+\.[^\s@<>,"]+$/.test(address))
      throw new ChannelError(
        channel.id,
        `${where}: mailto "${list.mailto}" is not an e-mail address; write e.g. leave-news@example.com`,
      );
    uris.push(`mailto:${address}`);
  }
  let oneClick = false;
  if (list.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(list.url);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== "https:")
      throw new ChannelError(
        channel.id,
        `${where}: url "${list.url}" must be an https address (RFC 8058 one-click unsubscribe is https only); write e.g. https://example.com/unsubscribe`,
      );
    // A comma would end the URI inside the header's list of URIs.
    uris.push(url.href.replace(/,/g, "%2C"));
    oneClick = true;
  }
  if (!uris.length) return {};
  return {
    "List-Unsubscribe": uris.map((u) => `<${u}>`).join(", "),
    ...(oneClick ? { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
  };
}

function htmlDocument(title: string, body: string): string {
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`;
  return `<!doctype html>\n<html>\n${head}\n<body>\n${body}\n</body>\n</html>\n`;
}
