// The e-mail channel's List-Unsubscribe headers and inline images, as the SMTP stand-in
// (test/stand-ins/smtp-server.ts, a real smtp-server on 127.0.0.1) receives them.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { headerBlock, type SmtpStandIn, startSmtpServer } from "../../../test/stand-ins/smtp-server.ts";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { ItemMedia } from "../../state/item.ts";
import type { PublishRequest } from "../types.ts";
import { email } from "./index.ts";
import { listUnsubscribeHeaders } from "./message.ts";

type EmailChannel = Extract<Channel, { type: "email" }>;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 7),
]);
const GIF = Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(40, 1)]);

let smtp: SmtpStandIn;
let mediaDir: string;

beforeEach(async () => {
  smtp = await startSmtpServer({ user: "u", password: "FAKE-p" });
  mediaDir = await mkdtemp(join(tmpdir(), "loopcast-email-media-"));
  await writeFile(join(mediaDir, "stollen.png"), PNG);
  await writeFile(join(mediaDir, "snow.gif"), GIF);
});
afterEach(async () => {
  await smtp.close();
  await rm(mediaDir, { recursive: true, force: true });
});

function channel(extra: Partial<EmailChannel> = {}): EmailChannel {
  return {
    id: "newsletter",
    type: "email",
    from: "Crumb <news@crumb.example>",
    to: "list@lists.crumb.example",
    smtp: { hostEnv: "SMTP_HOST", portEnv: "SMTP_PORT", userEnv: "SMTP_USER", passwordEnv: "SMTP_PASSWORD" },
    ...extra,
  };
}

function request(c: EmailChannel, media?: ItemMedia[]): PublishRequest {
  return {
    item: {
      meta: {
        cycle: "weekly@20261201T0900Z",
        workflow: "weekly",
        channel: "newsletter",
        slot: "2026-12-01T09:00:00.000Z",
        title: "Advent hours",
        summary: "s",
        arms: {},
        generator: "template",
        ...(media ? { media } : {}),
      },
      body: "We open **every day**.",
    },
    channel: c,
    strategy: {} as Strategy,
    idempotencyKey: "weekly@20261201T0900Z.0123456789abcdef",
    repoDir: "/nonexistent",
    mediaDir,
    env: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_USER: "u", SMTP_PASSWORD: "FAKE-p" },
    now: new Date("2026-12-01T09:00:00Z"),
  };
}

/** The MIME parts of a message: each part's header fields and its body as written. */
function parts(raw: string): Array<{ headers: Map<string, string>; body: string }> {
  const found: Array<{ headers: Map<string, string>; body: string }> = [];
  for (const chunk of raw.split(/\r\n--[^\r\n]+\r\n/).slice(1)) {
    const end = chunk.indexOf("\r\n\r\n");
    if (end < 0) continue;
    found.push({ headers: headerBlock(chunk), body: chunk.slice(end + 4).split(/\r\n--/)[0] as string });
  }
  return found;
}

function decodeQp(text: string): string {
  return Buffer.from(
    text
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");
}

describe("email channel: List-Unsubscribe", () => {
  it("sends both addresses and the one-click header (RFC 8058) when an https URL is given", async () => {
    await email.publish(
      request(
        channel({
          listUnsubscribe: { mailto: "leave@lists.crumb.example", url: "https://crumb.example/u?list=a,b" },
        }),
      ),
    );
    const headers = headerBlock(smtp.accepted[0]?.raw ?? "");
    expect(headers.get("list-unsubscribe")).toBe(
      "<mailto:leave@lists.crumb.example>, <https://crumb.example/u?list=a%2Cb>",
    );
    expect(headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("sends mailto alone without the one-click header, and neither header without listUnsubscribe", async () => {
    await email.publish(request(channel({ listUnsubscribe: { mailto: "leave@lists.crumb.example" } })));
    await email.publish(request(channel()));
    const [withMailto, without] = smtp.accepted.map((m) => headerBlock(m.raw ?? ""));
    expect(withMailto?.get("list-unsubscribe")).toBe("<mailto:leave@lists.crumb.example>");
    expect(withMailto?.has("list-unsubscribe-post")).toBe(false);
    expect(without?.has("list-unsubscribe")).toBe(false);
  });

  it("refuses an http URL or a malformed address before connecting, naming the key", async () => {
    const http = () =>
      listUnsubscribeHeaders(channel({ listUnsubscribe: { url: "http://crumb.example/u" } }));
    expect(http).toThrow(ChannelError);
    expect(http).toThrow(
      'listUnsubscribe in the channel newsletter of marketing/strategy.yaml: url "http://crumb.example/u" must be an https address',
    );
    const bad = () => listUnsubscribeHeaders(channel({ listUnsubscribe: { mailto: "leave@x>, <evil" } }));
    expect(bad).toThrow('mailto "leave@x>, <evil" is not an e-mail address');
    await expect(email.publish(request(channel({ listUnsubscribe: { url: "ftp://x" } })))).rejects.toThrow(
      ChannelError,
    );
    expect(smtp.accepted).toEqual([]);
  });
});

describe("email channel: images", () => {
  it("sends the item's images as inline parts that the HTML shows by Content-ID, with their alt text", async () => {
    await email.publish(
      request(channel(), [
        { file: "stollen.png", alt: "A stollen <fresh>" },
        { file: "snow.gif", alt: "Snow" },
      ]),
    );
    const all = parts(smtp.accepted[0]?.raw ?? "");
    const images = all.filter((p) => p.headers.get("content-type")?.startsWith("image/"));
    expect(images.map((p) => p.headers.get("content-type")?.split(";")[0])).toEqual([
      "image/png",
      "image/gif",
    ]);
    for (const p of images) expect(p.headers.get("content-disposition")).toMatch(/^inline/);
    expect(Buffer.from((images[0]?.body ?? "").replace(/\s/g, ""), "base64")).toEqual(PNG);
    expect(Buffer.from((images[1]?.body ?? "").replace(/\s/g, ""), "base64")).toEqual(GIF);

    const html = decodeQp(
      all.find((p) => p.headers.get("content-type")?.startsWith("text/html"))?.body ?? "",
    );
    const cids = images.map((p) => /^<(.+)>$/.exec(p.headers.get("content-id") ?? "")?.[1]);
    expect(cids.every(Boolean)).toBe(true);
    expect(html).toContain(`<img src="cid:${cids[0]}" alt="A stollen &lt;fresh&gt;"`);
    expect(html).toContain(`<img src="cid:${cids[1]}" alt="Snow"`);
    const text = decodeQp(
      all.find((p) => p.headers.get("content-type")?.startsWith("text/plain"))?.body ?? "",
    );
    expect(text).toContain("[Image: A stollen <fresh>]");
  });

  it("refuses an image that went missing since the item was checked, before connecting", async () => {
    const error = await email
      .publish(request(channel(), [{ file: "gone.png", alt: "x" }]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as Error).message).toContain("marketing/media/gone.png is missing");
    expect(smtp.accepted).toEqual([]);
  });
});
