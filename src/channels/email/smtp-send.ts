// One SMTP session, one attempt. We drive nodemailer's SMTPConnection ourselves rather than its
// transport because the transport reports a dropped socket the same way whether it happened while
// connecting or after the message data went out; for an irreversible channel that difference decides
// whether a retry is safe. So the session records its phase, and a failure carries it.
import type { NodemailerError } from "nodemailer";
import SMTPConnection, { type SMTPConnectionSendInfo } from "nodemailer/lib/smtp-connection";
import type { ComposedMessage } from "./message.ts";
import type { SmtpSettings } from "./settings.ts";

/** connect: TCP, greeting, EHLO, TLS. auth: login. send: MAIL FROM onwards. */
export type SmtpPhase = "connect" | "auth" | "send";

export class SmtpFailure extends Error {
  readonly phase: SmtpPhase;
  readonly error: NodemailerError;
  constructor(phase: SmtpPhase, error: NodemailerError) {
    super(`SMTP ${phase} failed: ${error.code ?? "error"}`);
    this.name = "SmtpFailure";
    this.phase = phase;
    this.error = error;
  }
}

export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

// Bounded so a silent server fails the run in minutes, not the library's ten-minute idle default.
const TIMEOUTS: SmtpTimeouts = { connectionMs: 30_000, greetingMs: 30_000, socketMs: 60_000 };

export function sendOnce(
  settings: SmtpSettings,
  message: ComposedMessage,
  timeouts: SmtpTimeouts = TIMEOUTS,
): Promise<SMTPConnectionSendInfo> {
  return new Promise((resolve, reject) => {
    let phase: SmtpPhase = "connect";
    let settled = false;
    const connection = new SMTPConnection({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      requireTLS: settings.requireTLS,
      connectionTimeout: timeouts.connectionMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.socketMs,
      // Never log: the session carries the login and the subscriber list's address.
      logger: false,
      debug: false,
    });
    const fail = (error: NodemailerError) => {
      if (settled) return;
      settled = true;
      connection.close();
      reject(new SmtpFailure(phase, error));
    };
    // Kept after settling too: a late socket error must not become an unhandled 'error' event.
    connection.on("error", fail);
    const send = () => {
      phase = "send";
      connection.send(message.envelope, message.raw, (error, info) => {
        if (error) return fail(error);
        if (settled) return;
        settled = true;
        connection.quit();
        resolve(info);
      });
    };
    connection.connect((error) => {
      if (error) return fail(error);
      if (!settings.auth) return send();
      phase = "auth";
      connection.login({ user: settings.auth.user, pass: settings.auth.pass }, (loginError) =>
        loginError ? fail(loginError) : send(),
      );
    });
  });
}
