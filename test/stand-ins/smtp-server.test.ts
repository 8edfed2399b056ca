// The SMTP stand-in itself: what it accepts, what it keeps of each message, and that a client dying in
// the middle of the data has sent nothing.
import { connect } from "node:net";
import { createTransport } from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { headerBlock, type SmtpStandIn, startSmtpServer } from "./smtp-server.ts";

const LOGIN = { user: "u", password: "FAKE-smtp-password-9" };
let server: SmtpStandIn;
afterEach(() => server.close());

function transport(pass = LOGIN.password) {
  return createTransport({
    host: "127.0.0.1",
    port: server.port,
    secure: false,
    ignoreTLS: true,
    auth: { user: LOGIN.user, pass },
  });
}

describe("smtp stand-in", () => {
  it("keeps each accepted message's Message-ID, cycle header and recipients, and forgets them on reset", async () => {
    const accepted: string[] = [];
    server = await startSmtpServer({ ...LOGIN, onAccept: (m) => accepted.push(m.cycle) });
    const info = await transport().sendMail({
      from: "news@loopcast.dev",
      to: "list@example.com",
      subject: "s",
      text: "t",
      messageId: "<key.1@loopcast.dev>",
      headers: { "X-Loopcast-Cycle": "weekly-newsletter@20261203T0700Z" },
    });
    expect(info.response).toMatch(/queued as Q1/);
    expect(server.accepted).toMatchObject([
      {
        messageId: "<key.1@loopcast.dev>",
        cycle: "weekly-newsletter@20261203T0700Z",
        to: ["list@example.com"],
      },
    ]);
    expect(server.accepted[0]?.raw).toMatch(/^Subject: s$/m);
    expect(accepted).toEqual(["weekly-newsletter@20261203T0700Z"]);
    server.reset();
    expect(server.accepted).toEqual([]);
  });

  it("refuses a wrong password", async () => {
    server = await startSmtpServer(LOGIN);
    await expect(
      transport("wrong").sendMail({ from: "a@b.c", to: "d@e.f", subject: "s", text: "t" }),
    ).rejects.toMatchObject({ responseCode: 535 });
    expect(server.accepted).toEqual([]);
  });

  it("accepts nothing from a client that goes away in the middle of the data", async () => {
    server = await startSmtpServer(LOGIN);
    const socket = connect(server.port, "127.0.0.1");
    const auth = Buffer.from(`\0${LOGIN.user}\0${LOGIN.password}`).toString("base64");
    const lines = ["EHLO x", `AUTH PLAIN ${auth}`, "MAIL FROM:<a@b.c>", "RCPT TO:<d@e.f>", "DATA"];
    let heard = "";
    await new Promise<void>((resolve) => {
      socket.on("data", (d) => {
        heard += d;
        // Each command once the server has answered the one before it; then half a message, and gone.
        const replies = heard.match(/^\d{3} /gm)?.length ?? 0;
        if (replies <= lines.length) socket.write(`${lines[replies - 1]}\r\n`);
        if (/^354 /m.test(heard)) {
          socket.write("Message-ID: <half@b.c>\r\nSubject: s\r\n\r\nhalf a bo");
          socket.destroy();
          resolve();
        }
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toMatch(/^354 /m);
    expect(server.accepted).toEqual([]);
  });
});

describe("headerBlock", () => {
  it("reads header fields by lower-case name, unfolding folded lines, and stops at the body", () => {
    const h = headerBlock("Message-ID:\r\n <a@b>\r\nX-Loopcast-Cycle: c\r\n\r\nX-Body: not a header\r\n");
    expect(Object.fromEntries(h)).toEqual({ "message-id": "<a@b>", "x-loopcast-cycle": "c" });
  });
});
