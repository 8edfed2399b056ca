// The email channel against a real SMTP server (smtp-server) on 127.0.0.1 that requires AUTH PLAIN or
// LOGIN, and against a bare socket server that drops the connection after the message data.

import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishRequest } from "../types.ts";
import { email } from "./index.ts";
import { SmtpFailure, sendOnce } from "./smtp-send.ts";

const PASSWORD = "FAKE-smtp-pass-7f3c9a1e-DO-NOT-LEAK";
const USER = "news@loopcast.dev";

interface Captured {
  from: string;
  to: string[];
  raw: string;
}

interface TestSmtp {
  port: number;
  messages: Captured[];
  authMethods: string[];
  close(): Promise<void>;
}

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

async function startSmtp(
  opts: { rejectRcpt?: string; reply?: string; rejectData?: boolean } = {},
): Promise<TestSmtp> {
  const messages: Captured[] = [];
  const authMethods: string[] = [];
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    // Clear-text AUTH is allowed here only because the server listens on loopback inside a test.
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      authMethods.push(auth.method);
      if (auth.username === USER && auth.password === PASSWORD) return callback(null, { user: USER });
      callback(smtpError("Authentication credentials invalid", 535));
    },
    onRcptTo(address, _session, callback) {
      if (address.address === opts.rejectRcpt) {
        return callback(smtpError(`<${address.address}>: Recipient address rejected: User unknown`, 550));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        if (opts.rejectData) return callback(smtpError("Message rejected as spam", 554));
        messages.push({
          from,
          to: session.envelope.rcptTo.map((a) => a.address),
          raw: Buffer.concat(chunks).toString(),
        });
        callback(null, opts.reply ?? "Ok: queued as 4FqX2Z1kLmz");
      });
    },
  });
  const listener = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listener.once("listening", () => resolve()));
  const handle = {
    port: (listener.address() as AddressInfo).port,
    messages,
    authMethods,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  servers.push(handle);
  return handle;
}

/** A server that accepts everything, reads the message data, then drops the connection before replying. */
async function startDroppingServer(): Promise<{ port: number; received: () => string }> {
  let data = "";
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    let inData = false;
    socket.write("220 drop.test ESMTP\r\n");
    socket.on("data", (chunk) => {
      const text = chunk.toString();
      if (inData) {
        data += text;
        if (data.includes("\r\n.\r\n")) socket.destroy();
        return;
      }
      for (const line of text.split("\r\n").filter(Boolean)) {
        if (/^EHLO/i.test(line)) socket.write("250-drop.test\r\n250 8BITMIME\r\n");
        else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  });
  return { port: (server.address() as AddressInfo).port, received: () => data };
}

const channel: Extract<Channel, { type: "email" }> = {
  id: "newsletter",
  type: "email",
  from: "Loopcast <news@loopcast.dev>",
  to: "weekly@lists.loopcast.dev",
  smtp: { hostEnv: "SMTP_HOST", portEnv: "SMTP_PORT", userEnv: "SMTP_USER", passwordEnv: "SMTP_PASSWORD" },
};

const BODY = [
  "## What changed",
  "",
  "Plans now run **twice as fast**. Read [the notes](https://loopcast.dev/notes).",
  "",
  "- faster plans",
  "- clearer errors",
  "",
  "<script>alert(1)</script>",
  "",
].join("\n");

function request(port: number, env: Record<string, string | undefined> = {}): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "weekly@20261201T0900Z",
        workflow: "weekly",
        channel: "newsletter",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Loopcast Weekly: faster plans",
        summary: "Plans run twice as fast.",
        arms: {},
        generator: "template",
      },
      body: BODY,
    },
    channel,
    // The email channel reads nothing from the strategy.
    strategy: {} as Strategy,
    idempotencyKey: "weekly@20261201T0900Z.0123456789abcdef",
    repoDir: "/nonexistent",
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
      SMTP_USER: USER,
      SMTP_PASSWORD: PASSWORD,
      ...env,
    },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

async function publishError(req: PublishRequest): Promise<ChannelError> {
  const err = await email.publish(req).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  return err as ChannelError;
}

/** The decoded body of the MIME part with this content type (quoted-printable or 7bit), with LF line ends. */
function part(raw: string, contentType: string): string {
  return decodePart(raw, contentType).replace(/\r\n/g, "\n");
}

function decodePart(raw: string, contentType: string): string {
  const start = raw.indexOf(`Content-Type: ${contentType}`);
  expect(start).toBeGreaterThan(-1);
  const rest = raw.slice(start);
  const body = rest.slice(rest.indexOf("\r\n\r\n") + 4, rest.indexOf("\r\n----_"));
  if (!/Content-Transfer-Encoding: quoted-printable/.test(rest.slice(0, rest.indexOf("\r\n\r\n"))))
    return body;
  return Buffer.from(
    body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");
}

function header(raw: string, name: string): string | undefined {
  return new RegExp(`^${name}: (.*)$`, "im").exec(raw.slice(0, raw.indexOf("\r\n\r\n")))?.[1];
}

describe("email channel", () => {
  it("sends one message with both parts and deterministic headers over an authenticated session", async () => {
    const smtp = await startSmtp();
    const result = await email.publish(request(smtp.port));

    expect(smtp.messages).toHaveLength(1);
    const msg = smtp.messages[0] as Captured;
    expect(msg.from).toBe("news@loopcast.dev");
    expect(msg.to).toEqual(["weekly@lists.loopcast.dev"]);
    expect(smtp.authMethods).toHaveLength(1);
    expect(["PLAIN", "LOGIN"]).toContain(smtp.authMethods[0]);

    const messageId = "<weekly=4020261201T0900Z.0123456789abcdef@loopcast.dev>";
    expect(header(msg.raw, "Subject")).toBe("Loopcast Weekly: faster plans");
    expect(header(msg.raw, "Message-ID")).toBe(messageId);
    expect(header(msg.raw, "X-Loopcast-Cycle")).toBe("weekly@20261201T0900Z");
    expect(header(msg.raw, "Date")).toBe("Tue, 01 Dec 2026 09:00:00 +0000");
    expect(header(msg.raw, "Content-Type")).toMatch(/^multipart\/alternative/);

    expect(part(msg.raw, "text/plain").trim()).toBe(BODY.trim());
    const html = part(msg.raw, "text/html");
    expect(html).toContain("<h2>What changed</h2>");
    expect(html).toContain(
      '<strong>twice as fast</strong>. Read <a href="https://loopcast.dev/notes">the notes</a>.',
    );
    expect(html).toContain("<ul>\n<li>faster plans</li>\n<li>clearer errors</li>\n</ul>");
    expect(html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html).not.toContain("<script>");

    // The Message-ID and the subject as sent: newsletter exports name the campaign by them (docs/exports.md).
    expect(result).toEqual({
      receipt: {
        id: `${messageId} queued as 4FqX2Z1kLmz`,
        messageId,
        subject: "Loopcast Weekly: faster plans",
      },
      files: [],
    });
  });

  it("gives the Message-ID alone as receipt when the server names no queue id", async () => {
    const smtp = await startSmtp({ reply: "Message accepted" });
    const result = await email.publish(request(smtp.port));
    expect(result.receipt.id).toBe("<weekly=4020261201T0900Z.0123456789abcdef@loopcast.dev>");
  });

  it("treats a refused login as retryable and never repeats the password", async () => {
    const smtp = await startSmtp();
    const wrong = `${PASSWORD}-wrong`;
    const output: string[] = [];
    for (const m of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void output.push(args.join(" ")));
    }
    const err = await publishError(request(smtp.port, { SMTP_PASSWORD: wrong }));

    expect(err.retryable).toBe(true);
    expect(err.message).toContain("SMTP login was refused");
    expect(err.message).toContain("SMTP_USER and SMTP_PASSWORD");
    expect(err.message).toContain("nothing was sent");
    expect(err.message).not.toContain(PASSWORD);
    expect(JSON.stringify(err)).not.toContain(PASSWORD);
    expect(output.join("\n")).not.toContain(PASSWORD);
    expect(smtp.messages).toHaveLength(0);
  });

  it("reports a refused recipient clearly, as not retryable, with nothing sent", async () => {
    const smtp = await startSmtp({ rejectRcpt: "weekly@lists.loopcast.dev" });
    const err = await publishError(request(smtp.port));

    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(
      /^channel newsletter: the SMTP server refused the recipient weekly@lists\.loopcast\.dev/,
    );
    expect(err.message).toContain(
      "550 <weekly@lists.loopcast.dev>: Recipient address rejected: User unknown",
    );
    expect(err.message).toContain("nothing was sent");
    expect(err.message).toContain("check `to` in marketing/strategy.yaml");
    expect(smtp.messages).toHaveLength(0);
  });

  it("treats a refused connection as retryable", async () => {
    const smtp = await startSmtp();
    const port = smtp.port;
    await servers.pop()?.close();
    const err = await publishError(request(port));

    expect(err.retryable).toBe(true);
    expect(err.message).toContain("could not open an SMTP session with the server named by SMTP_HOST");
    expect(err.message).toContain("ECONNREFUSED");
    expect(err.message).not.toContain(PASSWORD);
  });

  it("never calls a publish retryable once the message data went out", async () => {
    const drop = await startDroppingServer();
    // This relay needs no login, like a local MTA.
    const noLogin = { ...channel, smtp: { hostEnv: "SMTP_HOST", portEnv: "SMTP_PORT" } };
    const err = await publishError({ ...request(drop.port), channel: noLogin });

    expect(drop.received()).toContain("X-Loopcast-Cycle: weekly@20261201T0900Z");
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("it may have been delivered");
  });

  it("does not retry a message the server refused after its data, and says so", async () => {
    const smtp = await startSmtp({ rejectData: true });
    const err = await publishError(request(smtp.port));

    expect(err.retryable).toBe(false);
    expect(err.message).toContain('rejected the message after receiving it: "554 Message rejected as spam"');
    expect(smtp.messages).toHaveLength(0);
  });

  it("requires STARTTLS off loopback: without it, it neither logs in nor sends", async () => {
    const smtp = await startSmtp();
    const settings = {
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      requireTLS: true,
      auth: { user: USER, pass: PASSWORD },
      names: { host: "SMTP_HOST", user: "SMTP_USER", password: "SMTP_PASSWORD" },
    };
    const message = {
      raw: Buffer.from("Subject: x\r\n\r\nx\r\n"),
      envelope: { from: USER, to: [USER] },
      messageId: "<x@y>",
    };
    const failure = await sendOnce(settings, message).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(failure).toBeInstanceOf(SmtpFailure);
    expect((failure as SmtpFailure).phase).toBe("connect");
    expect((failure as SmtpFailure).error.code).toBe("ETLS");
    expect(smtp.authMethods).toEqual([]);
    expect(smtp.messages).toEqual([]);
  });

  it("names a missing variable and how to set it, without any value", async () => {
    const err = await publishError(request(1, { SMTP_PASSWORD: undefined }));
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      `channel newsletter: environment variable SMTP_PASSWORD (named by smtp.passwordEnv) is not set; add it as an Actions secret and pass it to the Loopcast step (env: SMTP_PASSWORD: \${{ secrets.SMTP_PASSWORD }}), or export it when running locally`,
    );
    expect(err.message).not.toContain(USER);
  });
});
