// The newsletter as a MIME message: the item's Markdown as the text part, a rendered HTML part, and
// headers that tie it to its cycle. Composed fully before connecting, so a bad message never opens a
// session. Its headers come from the request alone (Date is the run's clock, Message-ID the key), so
// a person can match a message in the list's archive to its cycle.
import MailComposer from "nodemailer/lib/mail-composer";
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
  const node = new MailComposer({
    from: channel.from,
    to: channel.to,
    subject: req.item.meta.title,
    messageId,
    date: req.now,
    text: req.item.body,
    html: htmlDocument(req.item.meta.title, markdownToHtml(req.item.body)),
    headers: { "X-Loopcast-Cycle": req.item.meta.cycle },
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

function htmlDocument(title: string, body: string): string {
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`;
  return `<!doctype html>\n<html>\n${head}\n<body>\n${body}\n</body>\n</html>\n`;
}
