// An SMTP server on loopback that accepts mail after AUTH and keeps what it accepted: each message's
// Message-ID and X-Loopcast-Cycle header, so a test counts deliveries per message and per item. A message
// counts once its data is complete (the final "."), as a real server queues it; a client that dies in the
// middle of the data has sent nothing (smtp-server destroys that stream without ending it).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface AcceptedMail {
  /** With angle brackets, as in the header; "" when the message had none. */
  messageId: string;
  /** The X-Loopcast-Cycle header; "" when absent. */
  cycle: string;
  /** The envelope's recipients. */
  to: string[];
  /** The whole message as received (headers and MIME parts), for tests that read its parts. */
  raw?: string;
}

export interface SmtpStandInOptions {
  user: string;
  password: string;
  /** Called as each message is accepted, before the server answers 250. */
  onAccept?: (mail: AcceptedMail) => void;
}

export interface SmtpStandIn {
  port: number;
  /** Messages accepted since the start (or the last `reset`), in order. */
  accepted: AcceptedMail[];
  /** Forgets what was accepted. */
  reset(): void;
  close(): Promise<void>;
}

export async function startSmtpServer(options: SmtpStandInOptions): Promise<SmtpStandIn> {
  const accepted: AcceptedMail[] = [];
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    // Clear-text AUTH only because the server listens on loopback for the test alone.
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password)
        return callback(null, { user: options.user });
      callback(Object.assign(new Error("Authentication credentials invalid"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", () => {}); // the client went away mid-message: nothing was accepted
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const headers = headerBlock(raw);
        const mail: AcceptedMail = {
          messageId: headers.get("message-id") ?? "",
          cycle: headers.get("x-loopcast-cycle") ?? "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        };
        accepted.push(mail);
        options.onAccept?.(mail);
        callback(null, `Ok: queued as Q${accepted.length}`);
      });
    },
  });
  const listener = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listener.once("listening", () => resolve()));
  return {
    port: (listener.address() as AddressInfo).port,
    accepted,
    reset() {
      accepted.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message's header fields by lower-case name (the first of each), folded lines unfolded. */
export function headerBlock(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}
