// An item's images on the blog: each file copied from marketing/media/ into a folder named after the post,
// beside it in outputDir, and shown at the top of the post with its alt text. The copies are committed with
// the receipt, and the same item always writes the same files with the same bytes (idempotent). An image
// that may not go out (gone, outside media/, too large, not an image) refuses the publish: nothing of the
// item is written.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ChannelError } from "../../errors.ts";
import { neutraliseText } from "../../guardrails/markup.ts";
import { CHANNEL_KINDS, type MediaType } from "../catalogue.ts";
import { checkMediaSync, mediaPath, sniffMediaType } from "../kit/media.ts";
import type { PublishRequest } from "../types.ts";

export interface PostImage {
  /** Where the site serves the copy: the post's URL and the file's path under marketing/media/. */
  url: string;
  alt: string;
  type: MediaType;
  /** Bytes, for the feed's enclosure. */
  length: number;
  /** The copy, relative to the repository root. */
  file: string;
}

/** Reads and checks every image of the item; throws a ChannelError naming the first that may not go out. */
export function readImages(
  req: PublishRequest,
  post: { outputDir: string; slug: string; url: string },
): Array<PostImage & { bytes: Buffer }> {
  const media = req.item.meta.media ?? [];
  if (!media.length) return [];
  const mediaDir = req.mediaDir;
  if (!mediaDir)
    throw new ChannelError(
      req.channel.id,
      "this publish request names no media folder, so its images cannot be read",
    );
  const kindName = `the blog channel "${req.channel.id}"`;
  return media.map((m) => {
    // The item check ran at proposal time; a person may have changed the image since, so it runs again.
    const wrong = checkMediaSync(mediaDir, m, CHANNEL_KINDS.blog.media, kindName);
    const where = mediaPath(mediaDir, m.file);
    if (wrong || "error" in where)
      throw new ChannelError(req.channel.id, wrong ?? "image outside marketing/media/");
    const bytes = readFileSync(where.path);
    const type = sniffMediaType(bytes.subarray(0, 16));
    if (!type) throw new ChannelError(req.channel.id, `marketing/media/${m.file} is not an image`);
    return {
      url: `${post.url}${m.file.split("/").map(encodePathPart).join("/")}`,
      alt: m.alt,
      type,
      length: bytes.length,
      file: join(post.outputDir, post.slug, m.file),
      bytes,
    };
  });
}

/** Copies the images beside the post; returns the copies (repository-relative) to commit. */
export function writeImages(repoDir: string, images: ReadonlyArray<PostImage & { bytes: Buffer }>): string[] {
  for (const image of images) {
    const path = join(repoDir, image.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, image.bytes);
    renameSync(`${path}.tmp`, path);
  }
  return images.map((i) => i.file);
}

/** The images as Markdown, one paragraph each: `![alt](url)`, the alt text as plain text. */
export function imagesMarkdown(images: readonly PostImage[]): string {
  return images.map((i) => `![${markdownAlt(i.alt)}](${i.url})`).join("\n\n");
}

function markdownAlt(alt: string): string {
  return neutraliseText(alt)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** Percent-encodes a path segment, parentheses too: they would end a Markdown link. */
function encodePathPart(part: string): string {
  return encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
