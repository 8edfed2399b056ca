// Publishing one item through Instagram's content publishing flow: a container per image (the caption on
// it, or carousel items and then a CAROUSEL container naming them), its status read until FINISHED,
// `media_publish`, then the post's permalink for the receipt.
//
// Exactly once without an idempotency key: before any container is made, the account's recent posts are
// read (newest first) back to the item's slot, less a margin for clocks, and a post whose caption is
// exactly this item's is taken as this item, already published by an earlier try that crashed or lost its
// answer. Publishing never starts before the slot (the planner waits for it), so the window holds every
// earlier try of this item.

import { ChannelError } from "../../errors.ts";
import { textLimitProblems } from "../../guardrails/channel-limits.ts";
import { CHANNEL_KINDS, maxLengthOf } from "../catalogue.ts";
import { formatBytes, loadMedia } from "../kit/index.ts";
import type { PublishRequest, PublishResult } from "../types.ts";
import { type Graph, GraphCallError } from "./graph.ts";
import type { InstagramChannel, Settings } from "./settings.ts";

/** How far before the slot an earlier try's post is looked for: clocks differ. */
export const CLOCK_MARGIN_MS = 5 * 60 * 1000;
/** Pages of 50 recent posts read at most while looking for an earlier try's post. */
const MAX_PAGES = 8;

export interface PollOptions {
  sleep: (ms: number) => Promise<void>;
  /** Wait between two reads of a container's status. */
  pollIntervalMs: number;
  /** Reads of a container's status before the item is left to the next run. */
  maxPolls: number;
}

interface RecentMedia {
  id: string;
  caption?: string;
  timestamp?: string;
  permalink?: string;
}

export async function publishPost(
  req: PublishRequest,
  channel: InstagramChannel,
  settings: Settings,
  graph: Graph,
  poll: PollOptions,
): Promise<PublishResult> {
  const caption = normalize(req.item.body);
  const kind = CHANNEL_KINDS.instagram;
  const problems = textLimitProblems(caption, kind, maxLengthOf(channel));
  if (problems.length)
    throw new ChannelError(channel.id, `the caption has ${problems.map((p) => p.message).join("; ")}`);
  const images = await loadMedia(req);
  if (images.length < (kind.media.minCount ?? 0) || images.length > kind.media.maxCount)
    throw new ChannelError(
      channel.id,
      images.length
        ? `the item has ${images.length} images; an Instagram carousel takes at most ${kind.media.maxCount}: remove some from media:`
        : "an Instagram post needs an image: list a JPEG of marketing/media/ under media: in the item's front matter",
    );
  for (const image of images) {
    if (!(kind.media.types as readonly string[]).includes(image.type))
      throw new ChannelError(
        channel.id,
        `marketing/media/${image.file} is ${image.type}; Instagram takes JPEG only: convert it`,
      );
    if (image.bytes.length > kind.media.maxBytes)
      throw new ChannelError(
        channel.id,
        `marketing/media/${image.file} is ${formatBytes(image.bytes.length)}; Instagram takes at most ${formatBytes(kind.media.maxBytes)} per image`,
      );
  }

  const since = new Date(req.item.meta.slot).getTime() - CLOCK_MARGIN_MS;
  if (Number.isNaN(since))
    throw new ChannelError(
      channel.id,
      `the item's slot "${req.item.meta.slot}" is not a time; restore it from the proposal`,
    );
  const earlier = await findPublished(graph, settings.igUserId, caption, since, channel.id);
  if (earlier) return receipt(earlier.id, earlier.permalink);

  await checkQuota(graph, settings.igUserId, channel.id);
  const user = settings.igUserId;
  let container: string;
  if (images.length === 1) {
    const [image] = images;
    container = await create(
      graph,
      user,
      {
        image_url: settings.imageUrl(image?.file ?? "").href,
        caption,
        ...(image?.alt ? { alt_text: image.alt } : {}),
      },
      channel.id,
    );
  } else {
    const children: string[] = [];
    for (const image of images) {
      children.push(
        await create(
          graph,
          user,
          {
            image_url: settings.imageUrl(image.file).href,
            is_carousel_item: "true",
            ...(image.alt ? { alt_text: image.alt } : {}),
          },
          channel.id,
        ),
      );
    }
    for (const child of children) await waitFinished(graph, child, poll, channel.id);
    container = await create(
      graph,
      user,
      { media_type: "CAROUSEL", children: children.join(","), caption },
      channel.id,
    );
  }
  await waitFinished(graph, container, poll, channel.id);

  let mediaId: string;
  try {
    const published = await graph.post<{ id?: unknown }>(
      `${user}/media_publish`,
      { creation_id: container },
      "publishing the post",
      // A repeated media_publish is never sent blindly: the container's status says whether the first went out.
      1,
    );
    if (typeof published.id !== "string")
      throw new GraphCallError(channel.id, "media_publish answered without a media id", true);
    mediaId = published.id;
  } catch (err) {
    if (isQuotaError(err)) throw quotaReached(channel.id, "media_publish refused it");
    if (!(err instanceof ChannelError) || !err.retryable) throw err;
    // The answer was lost or failed: the container says whether the post went out.
    const status = await containerStatus(graph, container).catch(() => undefined);
    if (status === "PUBLISHED") {
      const found = await findPublished(graph, user, caption, since, channel.id);
      if (found) return receipt(found.id, found.permalink);
    }
    throw new ChannelError(
      channel.id,
      `${stripChannel(err.message)}; the next run looks for the post before trying again`,
      true,
      "unknown",
    );
  }
  try {
    const media = await graph.get<{ permalink?: unknown }>(
      mediaId,
      { fields: "permalink" },
      "reading the post's permalink",
    );
    return receipt(mediaId, typeof media.permalink === "string" ? media.permalink : undefined);
  } catch (err) {
    const why = err instanceof Error ? stripChannel(err.message) : String(err);
    throw new ChannelError(
      channel.id,
      `published as media ${mediaId}, but its permalink could not be read (${why}); the next run finds the post and records it`,
      true,
      "unknown",
    );
  }
}

/** Captions compare as Instagram keeps them: line ends unified, outer white space dropped. */
export function normalize(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

function receipt(id: string, permalink: string | undefined): PublishResult {
  return { receipt: { id, ...(permalink ? { url: permalink, permalink } : {}) }, files: [] };
}

/** The post of an earlier try of this item: the newest with exactly this caption since `since`. */
export async function findPublished(
  graph: Graph,
  user: string,
  caption: string,
  since: number,
  channelId: string,
): Promise<RecentMedia | undefined> {
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await graph.get<{
      data?: RecentMedia[];
      paging?: { cursors?: { after?: string }; next?: string };
    }>(
      `${user}/media`,
      { fields: "id,caption,timestamp,permalink", limit: "50", ...(after ? { after } : {}) },
      "looking for the item among the account's recent posts",
    );
    for (const m of res.data ?? []) {
      const at = Date.parse(m.timestamp ?? "");
      if (!Number.isNaN(at) && at < since) return undefined;
      if (normalize(m.caption ?? "") === caption) return m;
    }
    after = res.paging?.cursors?.after;
    if (!res.paging?.next || !after) return undefined;
  }
  throw new ChannelError(
    channelId,
    `more than ${MAX_PAGES * 50} posts since the item's slot: Loopcast cannot tell whether an earlier try published it, so it does not publish; check the account by hand`,
  );
}

async function checkQuota(graph: Graph, user: string, channelId: string): Promise<void> {
  const res = await graph.get<{
    data?: Array<{ quota_usage?: number; config?: { quota_total?: number; quota_duration?: number } }>;
  }>(`${user}/content_publishing_limit`, { fields: "quota_usage,config" }, "reading the publishing limit");
  const limit = res.data?.[0];
  const used = limit?.quota_usage ?? 0;
  const total = limit?.config?.quota_total ?? 50;
  if (used >= total) throw quotaReached(channelId, `${used} of ${total} posts in the last 24 hours`);
}

function quotaReached(channelId: string, detail: string): ChannelError {
  return new ChannelError(
    channelId,
    `Instagram's publishing limit is reached (${detail}); the item waits for the next run`,
    true,
  );
}

function isQuotaError(err: unknown): boolean {
  return err instanceof GraphCallError && err.meta?.code === 9 && err.meta.error_subcode === 2207042;
}

async function create(
  graph: Graph,
  user: string,
  params: Record<string, string>,
  channelId: string,
): Promise<string> {
  // Creating a container publishes nothing: one left over by a failed try expires unused after 24 hours.
  const res = await graph.post<{ id?: unknown }>(`${user}/media`, params, "creating a media container");
  if (typeof res.id !== "string")
    throw new ChannelError(channelId, "the media container was created without an id", true);
  return res.id;
}

async function containerStatus(graph: Graph, id: string): Promise<string> {
  const res = await graph.get<{ status_code?: string; status?: string }>(
    id,
    { fields: "status_code,status" },
    "reading the container's status",
  );
  return res.status_code ?? "";
}

async function waitFinished(graph: Graph, id: string, poll: PollOptions, channelId: string): Promise<void> {
  for (let n = 1; n <= poll.maxPolls; n++) {
    const res = await graph.get<{ status_code?: string; status?: string }>(
      id,
      { fields: "status_code,status" },
      "reading the container's status",
    );
    const code = res.status_code ?? "";
    if (code === "FINISHED") return;
    if (code === "ERROR")
      throw new ChannelError(
        channelId,
        `Instagram could not process the media (container ${id}: ${res.status ?? "ERROR"}); check the image (JPEG, aspect ratio between 4:5 and 1.91:1) and that mediaBaseUrl serves it`,
      );
    if (code === "EXPIRED" || code === "PUBLISHED")
      throw new ChannelError(channelId, `container ${id} is ${code}; the next run makes a new one`, true);
    if (n < poll.maxPolls) await poll.sleep(poll.pollIntervalMs);
  }
  throw new ChannelError(
    channelId,
    `container ${id} is still being processed after ${poll.maxPolls} checks; the next run looks for the post, then tries again`,
    true,
  );
}

function stripChannel(message: string): string {
  return message.replace(/^channel [^:]+: /, "");
}
