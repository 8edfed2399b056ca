// The Bluesky channel: posts each item through the official client (@atproto/api) to the account's PDS,
// with its images (images.ts) or else a link card for the first link in the body, as a thread when the body
// is longer than one post. A post has one embed: with images, the card goes on the thread's second post, and
// a single post with images has none (its link is still a link in the text).
// Bluesky has no idempotency key; each post's record key is derived from the publish's key instead
// (record-key.ts), and a post that already exists under its key is found, not written again. So a retry
// after a lost answer or a crash completes the thread without a second post.
import { AtpAgent, RichText, XRPCError } from "@atproto/api";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { type LoadedMedia, loadMedia, requiredEnv, secureUrl, TIMEOUT_MS } from "../kit/index.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { blueskyError, type ErrorContext } from "./errors.ts";
import { imagesEmbed } from "./images.ts";
import { recordKey } from "./record-key.ts";
import { splitThread } from "./thread.ts";

export type BlueskyChannel = Extract<Channel, { type: "bluesky" }>;

export const DEFAULT_SERVICE = "https://bsky.social";
const POST = "app.bsky.feed.post";

interface Session {
  agent: AtpAgent;
  did: string;
  ctx: Omit<ErrorContext, "doing">;
}

interface StrongRef {
  uri: string;
  cid: string;
}

export const bluesky: ChannelAdapter = {
  type: "bluesky",
  measure: (req) => import("./measure.ts").then((m) => m.measureBluesky(req)),
  async publish(req: PublishRequest): Promise<PublishResult> {
    return publishWith(await login(req), req);
  },
  // One login for the whole batch: Bluesky limits how often an account may create sessions.
  async publishAll(requests: readonly PublishRequest[]): Promise<Array<PublishResult | Error>> {
    const results: Array<PublishResult | Error> = [];
    let session: Session | Error | undefined;
    for (const req of requests) {
      try {
        session ??= await login(req).catch((err: Error) => err);
        if (session instanceof Error) throw session;
        results.push(await publishWith(session, req));
      } catch (err) {
        results.push(err as Error);
      }
    }
    return results;
  },
};

async function login(req: PublishRequest): Promise<Session> {
  const channel = req.channel;
  if (channel.type !== "bluesky") throw new ChannelError(channel.id, "not a bluesky channel");
  const service = secureUrl({
    channelId: channel.id,
    key: "serviceUrl",
    value: channel.serviceUrl ?? DEFAULT_SERVICE,
    example: DEFAULT_SERVICE,
    secret: "the app password",
  });
  const identifier = requiredEnv({
    channelId: channel.id,
    env: req.env,
    name: channel.identifierEnv,
    key: "identifierEnv",
    what: "the account's handle",
  });
  const password = requiredEnv({
    channelId: channel.id,
    env: req.env,
    name: channel.passwordEnv,
    key: "passwordEnv",
    what: "an app password",
  });
  const ctx = {
    channelId: channel.id,
    where: service.origin,
    identifierEnv: channel.identifierEnv,
    passwordEnv: channel.passwordEnv,
    secrets: [password],
  };
  const agent = new AtpAgent({
    service,
    // No redirects: a login sent elsewhere would carry the password there.
    fetch: (input, init) =>
      fetch(input, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) }),
  });
  try {
    const res = await agent.login({ identifier, password });
    return { agent, did: res.data.did, ctx };
  } catch (err) {
    throw blueskyError({ ...ctx, doing: "logging in" }, err);
  }
}

async function publishWith(session: Session, req: PublishRequest): Promise<PublishResult> {
  const channel = req.channel as BlueskyChannel;
  const slot = new Date(req.item.meta.slot);
  if (Number.isNaN(slot.getTime())) {
    throw new ChannelError(
      channel.id,
      `the item's slot "${req.item.meta.slot}" is not a time; restore it from the proposal`,
    );
  }
  const texts = splitThread(req.item.body);
  const images = await loadMedia(req);
  const card = channel.linkCard === false ? undefined : linkCard(req);
  const cardAt = images.length ? 1 : 0;
  let root: StrongRef | undefined;
  let parent: StrongRef | undefined;
  for (const [index, text] of texts.entries()) {
    const rkey = recordKey(req.idempotencyKey, slot, index);
    const doing = texts.length > 1 ? `posting part ${index + 1} of ${texts.length}` : "posting";
    const rt = new RichText({ text });
    rt.detectFacetsWithoutResolution();
    // Mentions would need their handles resolved to DIDs; links and tags need nothing.
    const facets = rt.facets?.filter((f) =>
      f.features.every((x) => x.$type !== "app.bsky.richtext.facet#mention"),
    );
    const record = {
      $type: POST,
      text: rt.text,
      createdAt: req.now.toISOString(),
      ...(facets?.length ? { facets } : {}),
      ...(root && parent ? { reply: { root, parent } } : {}),
    };
    // The images are uploaded only when the post is not there yet: a retry that finds it uploads nothing.
    const withEmbed = async () => {
      const embed =
        index === 0 && images.length
          ? await imagesEmbed(channel.id, images, (image) => uploadBlob(session, image, doing))
          : index === cardAt
            ? card
            : undefined;
      return embed ? { ...record, embed } : record;
    };
    const ref = await postOnce(session, rkey, withEmbed, doing);
    root ??= ref;
    parent = ref;
  }
  if (!root) throw new ChannelError(channel.id, "the item has no text to post");
  const rkey = root.uri.split("/").pop() ?? "";
  return {
    receipt: { id: root.uri, url: `https://bsky.app/profile/${session.did}/post/${rkey}` },
    files: [],
  };
}

/** The post under `rkey`: the one already there (an earlier try's), else the one `build` makes, created now. */
async function postOnce(
  session: Session,
  rkey: string,
  build: () => Promise<Record<string, unknown>>,
  doing: string,
): Promise<StrongRef> {
  const ctx = { ...session.ctx, doing };
  const existing = await findPost(session, rkey, ctx);
  if (existing) return existing;
  const record = await build();
  try {
    const res = await session.agent.com.atproto.repo.createRecord({
      repo: session.did,
      collection: POST,
      rkey,
      record,
    });
    return { uri: res.data.uri, cid: res.data.cid };
  } catch (err) {
    // Two tries racing, or an answer lost after the write: the PDS refuses a second record under the same
    // key (a 500, today), and the record is there.
    const now = await findPost(session, rkey, ctx).catch(() => undefined);
    if (now) return now;
    throw blueskyError(ctx, err);
  }
}

/** Uploads an image's bytes as a blob; the answer is the reference a record names it by. */
async function uploadBlob(session: Session, image: LoadedMedia, doing: string): Promise<unknown> {
  try {
    const res = await session.agent.uploadBlob(new Uint8Array(image.bytes), { encoding: image.type });
    return res.data.blob;
  } catch (err) {
    throw blueskyError({ ...session.ctx, doing: `uploading marketing/media/${image.file} (${doing})` }, err);
  }
}

async function findPost(session: Session, rkey: string, ctx: ErrorContext): Promise<StrongRef | undefined> {
  try {
    const res = await session.agent.com.atproto.repo.getRecord({ repo: session.did, collection: POST, rkey });
    return res.data.cid ? { uri: res.data.uri, cid: res.data.cid } : undefined;
  } catch (err) {
    if (err instanceof XRPCError && (err.error === "RecordNotFound" || err.status === 404)) return undefined;
    throw blueskyError({ ...ctx, doing: `${ctx.doing} (looking for an earlier try's post)` }, err);
  }
}

/** A card for the first http(s) link in the body, titled with the item's title and summary. */
function linkCard(req: PublishRequest): Record<string, unknown> | undefined {
  const uri = /https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:!?]/.exec(req.item.body)?.[0];
  if (!uri) return undefined;
  return {
    $type: "app.bsky.embed.external",
    external: { uri, title: req.item.meta.title, description: req.item.meta.summary ?? "" },
  };
}
