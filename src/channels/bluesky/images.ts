// An item's images on Bluesky: each file is uploaded as a blob (com.atproto.repo.uploadBlob) and the post
// carries an app.bsky.embed.images embed naming the blobs, with their alt text and, when the file's header
// gives it, the aspect ratio, so apps lay the image out before it loads. Blobs no record names are removed by
// the PDS, so an upload before a post that never gets written leaves nothing behind.
import { imageSize } from "image-size";
import { ChannelError } from "../../errors.ts";
import { CHANNEL_KINDS } from "../catalogue.ts";
import type { LoadedMedia } from "../kit/index.ts";

export interface AspectRatio {
  width: number;
  height: number;
}

/**
 * The displayed width and height of an image, read from its header (PNG, JPEG, GIF, WebP): a JPEG whose EXIF
 * orientation turns it (5 to 8) shows its height as width. Undefined when the header does not say.
 */
export function aspectRatioOf(bytes: Uint8Array): AspectRatio | undefined {
  try {
    const size = imageSize(bytes);
    if (!(size.width >= 1 && size.height >= 1)) return undefined;
    const turned = (size.orientation ?? 1) >= 5;
    return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}

/** Uploads one image's bytes and answers the blob reference the PDS gives for it. */
export type UploadBlob = (image: LoadedMedia) => Promise<unknown>;

/** The images embed for the item's images, uploading each. */
export async function imagesEmbed(
  channelId: string,
  images: readonly LoadedMedia[],
  upload: UploadBlob,
): Promise<Record<string, unknown>> {
  const most = CHANNEL_KINDS.bluesky.media.maxCount;
  if (images.length > most) {
    throw new ChannelError(
      channelId,
      `the item has ${images.length} images and a Bluesky post takes at most ${most}; remove some from its media`,
    );
  }
  const embedded: Array<Record<string, unknown>> = [];
  for (const image of images) {
    const aspectRatio = aspectRatioOf(image.bytes);
    embedded.push({ alt: image.alt, image: await upload(image), ...(aspectRatio ? { aspectRatio } : {}) });
  }
  return { $type: "app.bsky.embed.images", images: embedded };
}
