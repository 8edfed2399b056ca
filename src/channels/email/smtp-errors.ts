// SMTP failures as ChannelErrors. Email cannot be taken back and SMTP has no idempotency key, so the
// one question that matters is whether the message data may have reached the server:
//   - before that (connecting, logging in, an envelope the server refused) nothing went out, and a
//     transient failure may be retried;
//   - after it, even a lost connection may hide a delivered message, so the error is never retryable
//     and says how to check, leaving the decision to a person.
// Server replies are quoted (scrubbed of the password, trimmed): they are what tells a person the fix.
import type { NodemailerError } from "nodemailer";
import { ChannelError } from "../../errors.ts";
import { excerpt, scrub } from "../kit/index.ts";
import type { SmtpSettings } from "./settings.ts";
import type { SmtpFailure } from "./smtp-send.ts";

export function smtpChannelError(
  channelId: string,
  failure: SmtpFailure,
  settings: SmtpSettings,
): ChannelError {
  const err = failure.error;
  const secrets = settings.auth ? [settings.auth.pass] : [];
  const reply = serverReply(err, secrets);
  if (failure.phase === "connect") {
    const tlsHint =
      err.code === "ETLS"
        ? "; TLS could not be set up: use a server that offers STARTTLS, or smtp.secure: true for port 465"
        : "";
    return new ChannelError(
      channelId,
      `could not open an SMTP session with the server named by ${settings.names.host} (port ${settings.port}): ${describe(err)}${reply}${tlsHint}; nothing was sent`,
      true,
    );
  }
  if (failure.phase === "auth") {
    const vars = [settings.names.user, settings.names.password].filter(Boolean).join(" and ");
    // The server's reply is left out on purpose: some echo the login back.
    return new ChannelError(
      channelId,
      `SMTP login was refused (${describe(err)}); check the ${vars} secrets; nothing was sent`,
      true,
    );
  }
  if (nothingSent(err)) {
    return new ChannelError(
      channelId,
      `the SMTP server refused ${refusedPart(err)}${reply}; nothing was sent${fixFor(err)}`,
      err.permanent === false,
    );
  }
  if (err.responseCode !== undefined) {
    return new ChannelError(
      channelId,
      `the SMTP server rejected the message after receiving it${reply}; it reports the message as not accepted, but email is not resent automatically: fix the cause, then publish again by hand`,
      false,
    );
  }
  return new ChannelError(
    channelId,
    `the SMTP session failed while the message was being sent (${describe(err)}); it may have been delivered, so it will not be resent automatically: check the list's archive or the provider's log, then record the outcome`,
    false,
    "unknown",
  );
}

/** The failure happened before any message data was sent: the envelope or the DATA command was refused. */
function nothingSent(err: NodemailerError): boolean {
  if (err.command === "MAIL FROM" || err.command === "RCPT TO") return true;
  // EENVELOPE on DATA is the DATA command itself refused (no 354): the body never left.
  if (err.command === "DATA" && err.code === "EENVELOPE") return true;
  return err.command === "API" && (err.code === "EENVELOPE" || err.code === "EMESSAGE");
}

function refusedPart(err: NodemailerError): string {
  if (err.command === "RCPT TO") {
    const rejected = err.rejected?.length ? err.rejected.join(", ") : err.recipient;
    return rejected ? `the recipient ${rejected}` : "the recipients";
  }
  if (err.command === "MAIL FROM") return "the sender";
  if (err.command === "DATA") return "to take the message";
  return `the message (${err.message})`;
}

function fixFor(err: NodemailerError): string {
  if (err.command === "RCPT TO")
    return "; check `to` in marketing/strategy.yaml and that the account may send to it";
  if (err.command === "MAIL FROM") {
    return "; check `from` in marketing/strategy.yaml and that the SMTP account may send as it (and logs in, if the server requires it)";
  }
  return "";
}

function describe(err: NodemailerError): string {
  const code = err.originalCode ?? err.code ?? "error";
  return err.responseCode !== undefined ? `${code}, reply ${err.responseCode}` : code;
}

function serverReply(err: NodemailerError, secrets: string[]): string {
  const first = err.rejectedErrors?.[0]?.response ?? err.response;
  if (!first) return "";
  return `: "${excerpt(scrub(first, secrets), 200)}"`;
}
