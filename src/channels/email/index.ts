// The email channel: sends each item as a newsletter through an SMTP server (the list address in
// `to` is expanded by the email service). One attempt per publish, never a retry inside it: email is
// irreversible and SMTP has no idempotency key, so a failure after the data went out must reach a
// person (see smtp-errors.ts), and the Message-ID derived from the key lets them find the message.
import { ChannelError } from "../../errors.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { composeMessage } from "./message.ts";
import { smtpSettings } from "./settings.ts";
import { smtpChannelError } from "./smtp-errors.ts";
import { SmtpFailure, sendOnce } from "./smtp-send.ts";

export const email: ChannelAdapter = {
  type: "email",
  async publish(req: PublishRequest): Promise<PublishResult> {
    const channel = req.channel;
    if (channel.type !== "email") throw new ChannelError(channel.id, "not an email channel");
    const settings = smtpSettings(channel, req.env);
    const message = await composeMessage(req, channel);
    try {
      const info = await sendOnce(settings, message);
      const queueId = queueIdOf(info.response) ?? info.serverMessageId;
      return {
        receipt: {
          id: queueId ? `${message.messageId} queued as ${queueId}` : message.messageId,
          messageId: message.messageId,
          subject: req.item.meta.title,
        },
        files: [],
      };
    } catch (err) {
      if (err instanceof SmtpFailure) throw smtpChannelError(channel.id, err, settings);
      throw err;
    }
  },
};

/**
 * The id the server queued the message under, read from its final reply ("250 2.0.0 Ok: queued as
 * 4XyZ1" from Postfix and most relays, "250 OK id=1a2b3c-000001-AB" from Exim): the key to its logs.
 */
export function queueIdOf(response: string | undefined): string | undefined {
  const m = /\bqueued as ([\w.<>@-]+)/i.exec(response ?? "") ?? /\bid=([\w.-]+)/i.exec(response ?? "");
  return m?.[1];
}
