// An item's images as channels and checks see them: the file under marketing/media/, its bytes, its type
// read from the bytes themselves (a .jpg that is really a PNG is a PNG), and the limits of a channel kind.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { ChannelError } from "../../errors.ts";
import type { ItemMedia } from "../../state/item.ts";
import type { MediaLimits, MediaType } from "../catalogue.ts";
import type { PublishRequest } from "../types.ts";

export interface LoadedMedia extends ItemMedia {
  /** Absolute path of the file. */
  path: string;
  bytes: Buffer;
  type: MediaType;
}

/** The type a file's first bytes declare, or undefined for anything that is not one of the web's images. */
export function sniffMediaType(head: Uint8Array): MediaType | undefined {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg";
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return "image/png";
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38) return "image/gif";
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return undefined;
}

/**
 * The absolute path of a media file, or an error message: the name must stay inside the media folder
 * (no "..", no absolute path), so an item cannot make a channel upload any file of the machine.
 */
export function mediaPath(mediaDir: string, file: string): { path: string } | { error: string } {
  if (!file || isAbsolute(file) || file.includes("\\"))
    return {
      error: `"${file}" must be a path inside marketing/media/ with forward slashes, e.g. photos/bread.jpg`,
    };
  const path = resolve(mediaDir, file);
  const rel = relative(mediaDir, path);
  if (!rel || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel))
    return { error: `"${file}" points outside marketing/media/; name a file inside it` };
  return { path };
}

/** What is wrong with one image for a channel kind, or undefined when it may be published there. */
export async function checkMedia(
  mediaDir: string,
  media: ItemMedia,
  limits: MediaLimits,
  kindName: string,
): Promise<string | undefined> {
  return checkMediaSync(mediaDir, media, limits, kindName);
}

/**
 * `checkMedia` without waiting: the item check (guardrails/check-item.ts) is synchronous, and an item has a
 * few images, each read for its first 16 bytes only.
 */
export function checkMediaSync(
  mediaDir: string,
  media: ItemMedia,
  limits: MediaLimits,
  kindName: string,
): string | undefined {
  const where = mediaPath(mediaDir, media.file);
  if ("error" in where) return where.error;
  let size: number;
  try {
    const s = statSync(where.path);
    if (!s.isFile()) return `marketing/media/${media.file} is not a file`;
    size = s.size;
  } catch {
    return `marketing/media/${media.file} does not exist; add the file or remove it from the item's media`;
  }
  if (size > limits.maxBytes) {
    // 1,000,001 bytes is "1 MB" too: when rounding hides the difference, say the bytes.
    const [is, max] = [formatBytes(size), formatBytes(limits.maxBytes)];
    const exact = is === max;
    return `marketing/media/${media.file} is ${exact ? `${size} bytes` : is}; ${kindName} takes at most ${exact ? `${limits.maxBytes} bytes` : max} per image`;
  }
  const type = sniffMediaType(readHead(where.path));
  if (!type || !limits.types.includes(type))
    return `marketing/media/${media.file} is ${type ?? "not an image"}; ${kindName} takes ${limits.types.join(", ")}`;
  return undefined;
}

/** One problem of an item's images: `index` names the image, absent for the list as a whole (its count). */
export interface MediaProblem {
  index?: number;
  message: string;
}

/**
 * Everything that keeps an item's images from a channel kind: too few or too many for the kind, and each
 * image that is missing, outside media/, too large or of a type the kind does not take.
 */
export function checkItemMedia(
  mediaDir: string,
  media: readonly ItemMedia[],
  limits: MediaLimits,
  kindName: string,
): MediaProblem[] {
  const problems: MediaProblem[] = [];
  const min = limits.minCount ?? 0;
  if (media.length < min)
    problems.push({
      message: `${kindName} needs at least ${min} image(s) per item and this item has ${media.length}; add them under "media:" in the front matter`,
    });
  if (media.length > limits.maxCount)
    problems.push({
      message: `${kindName} takes at most ${limits.maxCount} image(s) per item and this item has ${media.length}; remove ${media.length - limits.maxCount}`,
    });
  media.forEach((m, index) => {
    const message = checkMediaSync(mediaDir, m, limits, kindName);
    if (message) problems.push({ index, message });
  });
  return problems;
}

function readHead(path: string): Uint8Array {
  const head = Buffer.alloc(16);
  const fd = openSync(path, "r");
  try {
    return head.subarray(0, readSync(fd, head, 0, 16, 0));
  } finally {
    closeSync(fd);
  }
}

/** Reads the request's images for publishing; a file that went missing since it was checked is a ChannelError. */
export async function loadMedia(req: PublishRequest): Promise<LoadedMedia[]> {
  const media = req.item.meta.media ?? [];
  if (!media.length) return [];
  if (!req.mediaDir)
    throw new ChannelError(
      req.channel.id,
      "this publish request names no media folder, so its images cannot be read",
    );
  const loaded: LoadedMedia[] = [];
  for (const m of media) {
    const where = mediaPath(req.mediaDir, m.file);
    if ("error" in where) throw new ChannelError(req.channel.id, where.error);
    let bytes: Buffer;
    try {
      bytes = await readFile(where.path);
    } catch {
      throw new ChannelError(req.channel.id, `marketing/media/${m.file} is missing; restore it, then retry`);
    }
    const type = sniffMediaType(bytes.subarray(0, 16));
    if (!type) throw new ChannelError(req.channel.id, `marketing/media/${m.file} is not an image`);
    loaded.push({ ...m, path: where.path, bytes, type });
  }
  return loaded;
}

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10} MB`;
  if (n >= 1_000) return `${Math.round(n / 100) / 10} kB`;
  return `${n} bytes`;
}
