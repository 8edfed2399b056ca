// What went out, counted where it arrived — not from the ledger: e-mails the SMTP stand-in accepted,
// statuses the Mastodon stand-in holds, posts created on the Bluesky PDS, webhook deliveries, blog posts in
// the site folder, media published on the Instagram stand-in, campaigns sent or scheduled on the Mailchimp
// stand-in — per item. And what the repository says about each item: its last publish event, and whether
// an open exception names it. The crash loop compares the two.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { SmtpStandIn } from "../stand-ins/smtp-server.ts";
import type { WebhookReceiver } from "../stand-ins/webhook-receiver.ts";
import { channelType, readItemBody } from "./channel-world.ts";

export interface Delivered {
  /**
   * Times the item reached its audience: e-mails accepted, statuses held, posts in the site folder, media
   * published on Instagram, Mailchimp campaigns sent, sending or scheduled, and webhook deliveries with
   * distinct idempotency keys (a receiver that honours the key acts once per key).
   */
  count: number;
  /** Webhook: requests the receiver answered 2xx for the item, replays of a key included. */
  raw?: number;
  /** E-mail: distinct Message-IDs among the item's accepted e-mails. */
  keys?: number;
}

/** What the stand-ins received, and which items were due on which channel. */
export interface Arrivals {
  due: ReadonlyMap<string, string>;
  smtp: Pick<SmtpStandIn, "accepted">;
  mastodon: { statuses: ReadonlyMap<string, { text: string }> };
  bluesky: { posts: ReadonlyMap<string, { text: string; reply: boolean }> };
  webhooks: Pick<WebhookReceiver, "requests">;
  /** Published media only: a container made and never published reached no one. */
  instagram: { media: ReadonlyMap<string, { caption: string }> };
  mailchimp: { campaigns: ReadonlyMap<string, { status: string; settings: { title: string } }> };
}

/** Mailchimp statuses in which a campaign has gone or goes out on its own; a draft ("save") has not. */
const CAMPAIGN_OUT = new Set(["schedule", "sending", "sent"]);

/** Deliveries per due item (cycle), and what arrived that names no due item. */
export function countDeliveries(
  world: Arrivals,
  repoDir: string,
): { byCycle: Map<string, Delivered>; unattributed: string[] } {
  const byCycle = new Map<string, Delivered>([...world.due.keys()].map((c) => [c, { count: 0 }]));
  const unattributed: string[] = [];
  const add = (cycle: string, what: string, field: "count" | "raw" = "count") => {
    const d = byCycle.get(cycle);
    if (d) d[field] = (d[field] ?? 0) + 1;
    else unattributed.push(what);
  };

  // E-mail: by the cycle header; the distinct Message-IDs show whether a resend reused the item's key.
  const messageIds = new Map<string, Set<string>>();
  for (const mail of world.smtp.accepted) {
    add(mail.cycle, `an e-mail ${mail.messageId} for "${mail.cycle}"`);
    messageIds.set(mail.cycle, (messageIds.get(mail.cycle) ?? new Set()).add(mail.messageId));
  }
  for (const [cycle, ids] of messageIds) {
    const d = byCycle.get(cycle);
    if (d) d.keys = ids.size;
  }

  // Mastodon: a status carries only its text, so it is matched to the item whose body it is (the loop's
  // items have distinct bodies: channel-world.ts checks it).
  const byBody = new Map<string, string>();
  for (const [cycle, channel] of world.due)
    if (channelType(channel) === "mastodon") byBody.set(readItemBody(repoDir, cycle), cycle);
  for (const status of world.mastodon.statuses.values())
    add(byBody.get(status.text.trim()) ?? "", `a status "${status.text.slice(0, 40)}…"`);

  // Bluesky: the same, by the text of each item's first post (a thread's later posts are not items).
  const byPostText = new Map<string, string>();
  for (const [cycle, channel] of world.due)
    if (channelType(channel) === "bluesky") byPostText.set(readItemBody(repoDir, cycle), cycle);
  for (const post of world.bluesky.posts.values())
    if (!post.reply)
      add(byPostText.get(post.text.trim()) ?? "", `a Bluesky post "${post.text.slice(0, 40)}…"`);

  // Instagram: by the caption of each published post, which is the item's body (the loop's items have
  // distinct bodies, and the channel itself matches an earlier try's post by its exact caption).
  const byCaption = new Map<string, string>();
  for (const [cycle, channel] of world.due)
    if (channelType(channel) === "instagram") byCaption.set(readItemBody(repoDir, cycle), cycle);
  for (const m of world.instagram.media.values())
    add(
      byCaption.get(m.caption.replace(/\r\n?/g, "\n").trim()) ?? "",
      `an Instagram post "${m.caption.slice(0, 40)}…"`,
    );

  // Mailchimp: by the campaign's internal title, the cycle id; two out for one cycle are two sends.
  for (const c of world.mailchimp.campaigns.values())
    if (CAMPAIGN_OUT.has(c.status))
      add(c.settings.title, `a Mailchimp campaign (${c.status}) titled "${c.settings.title}"`);

  // Webhook: raw deliveries (what a receiver that ignores the key would act on) and distinct keys.
  const keys = new Map<string, Set<string>>();
  for (const r of world.webhooks.requests) {
    if (r.status < 200 || r.status >= 300) continue;
    const cycle = String(r.payload?.cycle ?? "");
    add(cycle, `a webhook delivery for "${cycle}"`, "raw");
    const seen = keys.get(cycle) ?? new Set<string>();
    seen.add(r.idempotencyKey ?? "");
    keys.set(cycle, seen);
  }
  for (const [cycle, seen] of keys) {
    const d = byCycle.get(cycle);
    if (d) d.count += seen.size;
  }

  // Blog: the posts in the site folder, by the cycle in their front matter.
  const blogDir = join(repoDir, "site/blog");
  for (const name of safeList(blogDir).filter((n) => n.endsWith(".md"))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(blogDir, name), "utf8"))?.[1] ?? "";
    add(String((parse(front) as { cycle?: unknown } | null)?.cycle ?? ""), `the post ${name}`);
  }
  return { byCycle, unattributed };
}

/** What the repository says about an item after the runs. */
export interface Recorded {
  /** The last of its publishing, published and publish-failed events (with an unknown outcome marked). */
  last: "publishing" | "published" | "publish-failed" | "publish-failed (unknown)" | "none";
  /** An open exception names the item. */
  exception: boolean;
}

export function recorded(repoDir: string, cycles: Iterable<string>): Map<string, Recorded> {
  const config = join(repoDir, "marketing");
  const events = new Map<string, Array<{ type: string; outcome?: string }>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "quarantine") walk(join(dir, entry.name));
      else if (entry.name.endsWith(".jsonl"))
        events.set(
          entry.name.slice(0, -".jsonl".length),
          readFileSync(join(dir, entry.name), "utf8")
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { type: string; outcome?: string }),
        );
    }
  };
  walk(join(config, "ledger"));
  const open = safeList(join(config, "exceptions"))
    .filter((n) => n.endsWith(".yaml"))
    .map((n) => parse(readFileSync(join(config, "exceptions", n), "utf8")) as Record<string, unknown>)
    .filter((e) => e.status === "open");
  const out = new Map<string, Recorded>();
  for (const cycle of cycles) {
    const publishEvents = (events.get(cycle) ?? []).filter((e) =>
      ["publishing", "published", "publish-failed"].includes(e.type),
    );
    const last = publishEvents.at(-1);
    out.set(cycle, {
      last: !last
        ? "none"
        : last.type === "publish-failed" && last.outcome === "unknown"
          ? "publish-failed (unknown)"
          : (last.type as Recorded["last"]),
      exception: open.some((e) => e.cycle === cycle || `${e.title ?? ""}\n${e.detail ?? ""}`.includes(cycle)),
    });
  }
  return out;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
