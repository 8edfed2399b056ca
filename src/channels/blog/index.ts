// The blog channel: writes each published item into a static-site folder (Markdown with front matter,
// which Jekyll, Hugo, Eleventy and GitHub Pages read) and regenerates RSS 2.0 and Atom feeds.
// Publishing is idempotent: the same cycle always writes the same files. An item's images are copied beside
// its post (images.ts). Items are text: the item check refuses markup, and whatever still arrives (an
// override, an item checked by an older version) is neutralised here, with the same detection
// (guardrails/markup.ts); feed titles are text.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Feed } from "feed";
import { parse, stringify } from "yaml";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { neutraliseMarkdown, neutraliseText } from "../../guardrails/markup.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { textAsHtml, titlesAsText } from "./feed-text.ts";
import { imagesMarkdown, readImages, writeImages } from "./images.ts";

interface PostMeta {
  title: string;
  date: string;
  cycle: string;
  summary: string;
  url: string;
  /** The first image's copy beside the post (images.ts), for themes and the feeds' enclosure. */
  image?: string;
  imageType?: string;
  imageLength?: number;
}

export const blog: ChannelAdapter = {
  type: "blog",
  measure: (req) => import("./analytics.ts").then((m) => m.measureBlog(req)),
  async publish(req: PublishRequest): Promise<PublishResult> {
    const result = writePost(req);
    writeFeeds(req);
    return result;
  },
  /**
   * The posts one by one, then the feeds once per folder: they list every post, so writing them after each
   * post only to overwrite them again gives the same files. A post that fails is that item's error; feeds
   * that fail are the error of every item whose post went into that folder (as each would have failed at
   * its own feeds).
   */
  async publishAll(requests: readonly PublishRequest[]): Promise<Array<PublishResult | Error>> {
    const results: Array<PublishResult | Error> = [];
    const folders = new Map<string, { last: PublishRequest; items: number[] }>();
    for (const req of requests) {
      try {
        results.push(writePost(req));
        const dir = join(req.repoDir, blogChannel(req).outputDir);
        const folder = folders.get(dir) ?? { last: req, items: [] };
        folder.last = req;
        folder.items.push(results.length - 1);
        folders.set(dir, folder);
      } catch (err) {
        results.push(err as Error);
      }
    }
    for (const { last, items } of folders.values()) {
      try {
        writeFeeds(last);
      } catch (err) {
        for (const i of items) results[i] = err as Error;
      }
    }
    return results;
  },
};

function blogChannel(req: PublishRequest): Extract<Channel, { type: "blog" }> {
  if (req.channel.type !== "blog") throw new ChannelError(req.channel.id, "not a blog channel");
  return req.channel;
}

/** Writes the item's post; the receipt and the files to commit (the post and both feeds). */
function writePost(req: PublishRequest): PublishResult {
  const { outputDir, siteUrl } = blogChannel(req);
  const dir = join(req.repoDir, outputDir);
  const slug = `${req.item.meta.slot.slice(0, 10)}-${slugify(req.item.meta.title)}`;
  const url = `${siteUrl.replace(/\/+$/, "")}/${slug}/`;
  // Read and checked before anything is written: an image that may not go out refuses the whole item.
  const images = readImages(req, { outputDir, slug, url });
  const [first] = images;
  const meta: PostMeta = {
    title: neutraliseText(req.item.meta.title),
    date: req.item.meta.slot,
    cycle: req.item.meta.cycle,
    summary: neutraliseText(req.item.meta.summary),
    url,
    ...(first ? { image: first.url, imageType: first.type, imageLength: first.length } : {}),
  };
  mkdirSync(dir, { recursive: true });
  // The images first, so a post never points at a copy not yet written.
  const copies = writeImages(req.repoDir, images);
  const body = neutraliseMarkdown(req.item.body).trimEnd();
  atomicWrite(
    join(dir, `${slug}.md`),
    `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${images.length ? `${imagesMarkdown(images)}\n\n` : ""}${body}\n`,
  );
  return {
    receipt: { id: slug, url },
    files: [
      join(outputDir, `${slug}.md`),
      ...copies,
      join(outputDir, "feed.xml"),
      join(outputDir, "atom.xml"),
    ],
  };
}

/** Regenerates RSS 2.0 and Atom from every post in the folder of the request's channel. */
function writeFeeds(req: PublishRequest): void {
  const channel = blogChannel(req);
  const { siteUrl } = channel;
  const dir = join(req.repoDir, channel.outputDir);
  const posts = readPosts(dir);
  const feedTitle = channel.feedTitle ?? req.strategy.business.name;
  const feed = new Feed({
    title: feedTitle,
    description: req.strategy.business.description,
    id: siteUrl,
    link: siteUrl,
    copyright: `© ${req.strategy.business.name}`,
    // The feed's date is its newest post's, never the clock's: the same posts give the same bytes.
    updated: new Date(posts[0]?.date ?? req.item.meta.slot),
    feedLinks: {
      rss: `${siteUrl.replace(/\/+$/, "")}/feed.xml`,
      atom: `${siteUrl.replace(/\/+$/, "")}/atom.xml`,
    },
  });
  for (const p of posts.slice(0, 50)) {
    feed.addItem({
      title: p.title,
      id: p.url,
      link: p.url,
      description: textAsHtml(p.summary),
      date: new Date(p.date),
      // RSS 2.0's enclosure: the first image, with its type and length in bytes.
      ...(p.image
        ? {
            image: {
              url: p.image,
              ...(p.imageType ? { type: p.imageType } : {}),
              ...(p.imageLength !== undefined ? { length: p.imageLength } : {}),
            },
          }
        : {}),
    });
  }
  atomicWrite(join(dir, "feed.xml"), titlesAsText(feed.rss2()));
  atomicWrite(join(dir, "atom.xml"), titlesAsText(feed.atom1()));
}

/**
 * Each post's front matter as last read, by path, with what the file was then (size, times, inode). Every
 * publish lists all posts for the feeds, and a run publishes many items: a post is read and parsed again
 * only when it changed.
 */
const known = new Map<string, { stamp: string; meta: PostMeta | undefined }>();

function readPosts(dir: string): PostMeta[] {
  const posts: PostMeta[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
    const path = join(dir, name);
    // Stat before reading: a post that changes in between is read again next time, never missed.
    const s = statSync(path);
    const stamp = `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    let post = known.get(path);
    if (post?.stamp !== stamp) {
      post = { stamp, meta: postMeta(readFileSync(path, "utf8")) };
      known.set(path, post);
    }
    if (post.meta) posts.push(post.meta);
  }
  return posts.sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
}

function postMeta(text: string): PostMeta | undefined {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  const meta = m ? (parse(m[1] as string) as Partial<PostMeta>) : undefined;
  return meta?.title && meta.date && meta.url ? (meta as PostMeta) : undefined;
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Keep URLs short, cutting at a word boundary.
  const short = slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, "") : slug;
  return short || "post";
}

/** Synchronously: a run publishes many items, and each writes three small files. */
function atomicWrite(path: string, content: string): void {
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}
