// An item's images as channels and checks see them: the file under marketing/media/, its bytes, its type
// read from the bytes themselves (a .jpg that is really a PNG is a PNG), and the limits of a channel kind.
import { readFile, stat } from "node:fs/promises";
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
  const where = mediaPath(mediaDir, media.file);
  if ("error" in where) return where.error;
  let size: number;
  try {
    const s = await stat(where.path);
    if (!s.isFile()) return `marketing/media/${media.file} is not a file`;
    size = s.size;
  } catch {
    return `marketing/media/${media.file} does not exist; add the file or remove it from the item's media`;
  }
  if (size > limits.maxBytes)
    return `marketing/media/${media.file} is ${formatBytes(size)}; a ${kindName} channel takes at most ${formatBytes(limits.maxBytes)} per image`;
  const head = (await readFile(where.path)).subarray(0, 16);
  const type = sniffMediaType(head);
  if (!type || !limits.types.includes(type))
    return `marketing/media/${media.file} is ${type ?? "not an image"}; a ${kindName} channel takes ${limits.types.join(", ")}`;
  return undefined;
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
