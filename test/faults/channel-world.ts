// The world of the every-channel crash loop: local stand-ins for each channel kind that reaches outside
// the repository — a Mastodon server, an SMTP server, a webhook receiver, as the 90-day journey wires
// them, a real Bluesky PDS, Instagram's Graph API with a static server for the images Meta fetches, and
// Mailchimp's Marketing API — and a repository prepared once in which a run at `AT` publishes three items
// on each channel (blog, email, Mastodon, webhook, Bluesky, Instagram, Mailchimp). Secrets go to the runs'
// environment only, never into files.
import { readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { parseDocument } from "yaml";
import { CHANNEL_KINDS } from "../../src/channels/catalogue.ts";
import type { Action } from "../../src/core/plan.ts";
import { parseItem } from "../../src/state/item.ts";
import { contentPath } from "../../src/state/paths.ts";
import { loopcast } from "../helpers/cli.ts";
import { EXAMPLE_CONFIG, OWNER, ROOT } from "../helpers/repo.ts";
import { type BlueskyPds, startBlueskyPds } from "../stand-ins/bluesky-pds.ts";
import { type InstagramStandIn, startInstagramGraph } from "../stand-ins/instagram-graph.ts";
import { type MailchimpStandIn, startMailchimpServer } from "../stand-ins/mailchimp-server.ts";
import { type MastodonStandIn, startMastodonServer } from "../stand-ins/mastodon-server.ts";
import { startMediaServer } from "../stand-ins/media-server.ts";
import { type SmtpStandIn, startSmtpServer } from "../stand-ins/smtp-server.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../stand-ins/webhook-receiver.ts";

/** When the proposals are written: the items' slots all fall within the lead time after it. */
export const PROPOSE_AT = "2026-11-30T12:00:00Z";
/** The publishing run: after every slot, with nothing left to propose (the cadences end on 3 December). */
export const AT = "2026-12-03T12:00:00Z";

/**
 * The workflows of the prepared repository: one per channel kind, each firing once a day on 1–3 December
 * (Tuesday to Thursday), so the run at AT has three items due on every channel and proposes nothing new.
 */
const WORKFLOWS: Record<string, { channel: string; time: string }> = {
  "weekly-blog": { channel: "blog", time: "0 9" },
  "weekly-newsletter": { channel: "newsletter", time: "0 8" },
  "daily-social": { channel: "mastodon", time: "30 12" },
  "daily-hook": { channel: "hooks", time: "0 10" },
  "daily-bsky": { channel: "bsky", time: "0 11" },
  "daily-insta": { channel: "insta", time: "0 13" },
  "weekly-chimp": { channel: "chimp", time: "0 7" },
};
const ITEMS_PER_WORKFLOW = 3;

const MASTODON_TOKEN = "fault-mastodon-token-0123456789";
const SMTP = { user: "fault", password: "fault-smtp-password" };
const WEBHOOK_SECRET = "fault-webhook-secret";
const INSTAGRAM_TOKEN = "fault-instagram-token-0123456789";
const MAILCHIMP_KEY = "fault0123456789abcdef0123456789ab-us21";
const MAILCHIMP_LIST = "f4u1t11st0";
/** The public address of marketing/media/ the configuration names (the schema takes https only). */
const MEDIA_BASE_URL = "https://media.loopcast.test/";
/** Instagram's photos: one JPEG (test/fixtures/media/) copied under three names into marketing/media/. */
const JPEG = join(ROOT, "test/fixtures/media/croissants.jpg");
const PHOTOS = [
  { file: "fault/morning.jpg", alt: "Croissants cooling on a board by the window" },
  { file: "fault/noon.jpg", alt: "A tray of pastries on the counter at lunchtime" },
  { file: "fault/evening.jpg", alt: "The last loaves of the day stacked on a shelf" },
];

export interface ChannelWorld {
  /** The prepared repository: copy it per trial (harness.copyRepo). */
  template: string;
  /** The environment every run gets: the secrets the configuration names. */
  env: Record<string, string>;
  /** The cycles a run at AT publishes, with their channel id. */
  due: Map<string, string>;
  mastodon: MastodonStandIn;
  /** A real PDS behind a counting proxy. */
  bluesky: BlueskyPds;
  smtp: SmtpStandIn;
  webhooks: WebhookReceiver;
  instagram: InstagramStandIn;
  mailchimp: MailchimpStandIn;
  /** Called whenever a stand-in receives a request (SMTP: accepts a message), before it answers. */
  onCall: (() => void) | undefined;
  /** Forgets everything the stand-ins received (and deletes the PDS's posts), before a trial. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function createChannelWorld(): Promise<ChannelWorld> {
  const world = {} as ChannelWorld;
  const call = () => world.onCall?.();
  const mastodon = await startMastodonServer({ token: MASTODON_TOKEN, onRequest: call });
  const webhooks = await startWebhookReceiver({ secret: WEBHOOK_SECRET, onRequest: call });
  const smtp = await startSmtpServer({ ...SMTP, onAccept: call });
  const bluesky = await startBlueskyPds({ onRequest: call });
  // Instagram and Mailchimp stamp posts and campaigns with their own clock, which a retry compares with the
  // item's slot: here the clock runs from AT, the time every run is told it is.
  const started = Date.now();
  const now = () => new Date(Date.parse(AT) + Date.now() - started);
  // Meta fetches each image from mediaBaseUrl, a public https address; the stand-in fetches the same path
  // from a media server serving the template's marketing/media/ (the same bytes in every copy).
  const dir = await mkdtemp(join(tmpdir(), "loopcast-fault-channels-"));
  const media = await startMediaServer(join(dir, "marketing/media"));
  const instagram = await startInstagramGraph({
    token: INSTAGRAM_TOKEN,
    imageOrigin: media.url,
    // Containers are FINISHED at the first read: the channel's 3 s wait between reads would fill the loop.
    pollsInProgress: 0,
    now,
    onRequest: call,
  });
  const mailchimp = await startMailchimpServer({
    apiKey: MAILCHIMP_KEY,
    lists: [{ id: MAILCHIMP_LIST, name: "Fault loop", members: 40 }],
    now,
    onRequest: call,
  });
  const env = {
    MASTODON_TOKEN,
    BSKY_HANDLE: bluesky.handle,
    BSKY_APP_PASSWORD: bluesky.appPassword,
    LOOPCAST_SMTP_HOST: "127.0.0.1",
    LOOPCAST_SMTP_PORT: String(smtp.port),
    LOOPCAST_SMTP_USER: SMTP.user,
    LOOPCAST_SMTP_PASSWORD: SMTP.password,
    LOOPCAST_WEBHOOK_SECRET: WEBHOOK_SECRET,
    INSTAGRAM_TOKEN,
    MAILCHIMP_API_KEY: MAILCHIMP_KEY,
  };
  const template = await prepareRepository(
    dir,
    {
      mastodon: mastodon.url,
      webhook: webhooks.url,
      bluesky: bluesky.url,
      instagram: instagram.url,
      media: MEDIA_BASE_URL,
      mailchimp: mailchimp.url,
    },
    env,
  );
  const due = new Map<string, string>();
  const plan = await loopcast(["plan", "--at", AT, "--json"], { cwd: template, env });
  if (plan.code !== 0) throw new Error(`loopcast plan failed in the prepared repository:\n${plan.stderr}`);
  const actions = (JSON.parse(plan.stdout) as { actions: Action[] }).actions;
  for (const a of actions) if (a.kind === "publish") due.set(a.cycle, a.channel);
  const other = actions.filter((a) => a.kind !== "publish" && a.kind !== "record-merge");
  const kinds = new Set([...due.values()].map((id) => channelType(id)));
  const missing = Object.keys(CHANNEL_KINDS).filter((kind) => !kinds.has(kind));
  const expected = Object.keys(WORKFLOWS).length * ITEMS_PER_WORKFLOW;
  if (missing.length || due.size !== expected || other.length)
    throw new Error(
      `a run at ${AT} in the prepared repository would publish ${due.size} item(s), not ${expected}, none on ${missing.join(", ") || "-"}, and also ${other.map((a) => a.kind).join(", ") || "nothing else"}: the example configuration changed; adjust WORKFLOWS in test/faults/channel-world.ts`,
    );
  // A status or a post carries only its text: the counting tells the items apart by their bodies (and
  // Instagram's channel takes a post with an item's exact caption for that item's).
  for (const kind of BY_BODY) {
    const bodies = [...due]
      .filter(([, channel]) => channelType(channel) === kind)
      .map(([cycle]) => readItemBody(template, cycle));
    if (new Set(bodies).size !== bodies.length)
      throw new Error(
        `two ${kind} items of the prepared repository have the same text; their posts could not be told apart: vary the workflow's templates in test/faults/channel-world.ts`,
      );
  }
  return Object.assign(world, {
    template,
    env,
    due,
    mastodon,
    bluesky,
    smtp,
    webhooks,
    instagram,
    mailchimp,
    onCall: undefined,
    async reset() {
      mastodon.reset();
      webhooks.reset();
      smtp.reset();
      instagram.reset();
      mailchimp.reset();
      await bluesky.reset();
    },
    close: async () => {
      await Promise.all([
        mastodon.close(),
        webhooks.close(),
        smtp.close(),
        bluesky.close(),
        instagram.close(),
        mailchimp.close(),
        media.close(),
      ]);
    },
  });
}

const CHANNEL_TYPES: Record<string, string> = {
  blog: "blog",
  newsletter: "email",
  mastodon: "mastodon",
  hooks: "webhook",
  bsky: "bluesky",
  insta: "instagram",
  chimp: "mailchimp",
};
/** The kinds whose deliveries are matched to items by their text alone. */
export const BY_BODY = ["mastodon", "bluesky", "instagram"];

/** The body of an item on the base branch, as a channel gets it, trimmed. */
export function readItemBody(repoDir: string, cycle: string): string {
  const path = `marketing/${contentPath(cycle)}`;
  return parseItem(readFileSync(join(repoDir, path), "utf8"), path).body.trim();
}

export function channelType(channelId: string): string {
  return CHANNEL_TYPES[channelId] ?? channelId;
}

/**
 * A new repository in `dir` with the example configuration, its channels pointed at the stand-ins and a
 * webhook, a Bluesky, an Instagram and a Mailchimp channel added, the workflows above at L3 (Instagram's
 * with a pool of photos); then the items proposed at PROPOSE_AT and all approved.
 */
async function prepareRepository(
  dir: string,
  urls: {
    mastodon: string;
    webhook: string;
    bluesky: string;
    instagram: string;
    media: string;
    mailchimp: string;
  },
  env: Record<string, string>,
): Promise<string> {
  await cp(EXAMPLE_CONFIG, join(dir, "marketing"), {
    recursive: true,
    // Only the configuration: state from runs in the example folder is not part of a new repository.
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE_CONFIG.length),
      ),
  });
  const file = (rel: string) => join(dir, "marketing", rel);
  await edit(file("strategy.yaml"), (doc) => {
    const channels = (doc.toJS() as { channels: Array<{ type: string }> }).channels;
    channels.forEach((channel, i) => {
      if (channel.type === "mastodon") doc.setIn(["channels", i, "instanceUrl"], urls.mastodon);
    });
    doc.addIn(
      ["channels"],
      doc.createNode({
        id: "hooks",
        type: "webhook",
        name: "Partner CMS",
        url: urls.webhook,
        secretEnv: "LOOPCAST_WEBHOOK_SECRET",
      }),
    );
    doc.addIn(
      ["channels"],
      doc.createNode({
        id: "bsky",
        type: "bluesky",
        serviceUrl: urls.bluesky,
        identifierEnv: "BSKY_HANDLE",
        passwordEnv: "BSKY_APP_PASSWORD",
      }),
    );
    doc.addIn(
      ["channels"],
      doc.createNode({
        id: "insta",
        type: "instagram",
        igUserId: "17841400000000001",
        tokenEnv: "INSTAGRAM_TOKEN",
        mediaBaseUrl: urls.media,
        baseUrl: urls.instagram,
      }),
    );
    doc.addIn(
      ["channels"],
      doc.createNode({
        id: "chimp",
        type: "mailchimp",
        apiKeyEnv: "MAILCHIMP_API_KEY",
        listId: MAILCHIMP_LIST,
        fromName: "Loopcast",
        replyTo: "news@loopcast.dev",
        baseUrl: urls.mailchimp,
      }),
    );
  });
  await cp(file("workflows/daily-social.yaml"), file("workflows/daily-hook.yaml"));
  await cp(file("workflows/daily-social.yaml"), file("workflows/daily-bsky.yaml"));
  await cp(file("workflows/daily-social.yaml"), file("workflows/daily-insta.yaml"));
  await cp(file("workflows/weekly-newsletter.yaml"), file("workflows/weekly-chimp.yaml"));
  for (const photo of PHOTOS) {
    await mkdir(join(file("media"), photo.file, ".."), { recursive: true });
    await cp(JPEG, join(file("media"), photo.file));
  }
  await edit(file("workflows/daily-insta.yaml"), (doc) => {
    doc.set("media", doc.createNode({ perItem: 1, pool: PHOTOS }));
  });
  for (const [id, { channel, time }] of Object.entries(WORKFLOWS)) {
    await edit(file(`workflows/${id}.yaml`), (doc) => {
      doc.set("id", id);
      doc.set("channel", channel);
      doc.set("level", "L3");
      doc.set("cadence", `${time} 1-${ITEMS_PER_WORKFLOW} 12 *`);
      doc.set("leadTime", "72h");
      doc.delete("slots");
      doc.delete("frequency");
    });
  }
  const git = simpleGit({ baseDir: dir });
  await git.init(["-b", "main"]);
  await git.addConfig("user.name", OWNER.name);
  await git.addConfig("user.email", OWNER.email);
  await git.addConfig("commit.gpgsign", "false");
  await git.add(".");
  await git.commit("configuration: every channel kind, on local stand-ins");
  const must = async (args: string[]) => {
    const r = await loopcast(args, { cwd: dir, env });
    if (r.code !== 0)
      throw new Error(`loopcast ${args.join(" ")} failed (${r.code}):\n${r.stdout}${r.stderr}`);
  };
  await must(["run", "--at", PROPOSE_AT]);
  for (const id of Object.keys(WORKFLOWS)) await must(["review", "approve", "--all", id]);
  return dir;
}

async function edit(path: string, change: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
  const doc = parseDocument(await readFile(path, "utf8"));
  change(doc);
  await writeFile(path, doc.toString());
}
