// The first image of each item the reports list, shown as a thumbnail beside its title. Read from the head
// of the item's file (its front matter), like older items' titles; the image itself is never opened: the
// report links the file in marketing/media/, relative to where the report is.
import { closeSync, openSync, readSync } from "node:fs";
import { parse } from "yaml";
import { mediaPath } from "../channels/kit/media.ts";
import { frontMatterOf, type ItemMedia } from "../state/item.ts";

/** Front matter longer than this (a very long media list) shows no thumbnail rather than costing a full read. */
const HEAD_BYTES = 8192;

/** The item's first image, or undefined (no file, no images, a front matter that does not parse). */
export function readFirstImage(path: string): ItemMedia | undefined {
  let text: string;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = Buffer.alloc(HEAD_BYTES);
    text = head.toString("utf8", 0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // Cheap test first: most items carry no images.
  if (!/^media:/m.test(text)) return undefined;
  try {
    const meta = parse(frontMatterOf(text)) as { media?: unknown } | null;
    const first = Array.isArray(meta?.media) ? (meta.media[0] as Partial<ItemMedia> | undefined) : undefined;
    if (typeof first?.file !== "string" || typeof first.alt !== "string") return undefined;
    // Only a file inside media/: a hand-edited "../" never becomes a link out of it.
    if ("error" in mediaPath("/media", first.file)) return undefined;
    return { file: first.file, alt: first.alt };
  } catch {
    return undefined;
  }
}
