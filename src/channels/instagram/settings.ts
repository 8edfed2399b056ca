// An Instagram channel's settings, read once: the Graph API's root with its version (https only, except to
// a stand-in on this machine, since the token travels there) and the public address of marketing/media/.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { requiredEnv, secureUrl } from "../kit/index.ts";

export type InstagramChannel = Extract<Channel, { type: "instagram" }>;

export const DEFAULT_BASE_URL = "https://graph.facebook.com";
export const DEFAULT_VERSION = "v23.0";

export interface Settings {
  igUserId: string;
  /** e.g. https://graph.facebook.com/v23.0 */
  root: URL;
  token: string;
  /** Where Instagram fetches an image of marketing/media/ from. */
  imageUrl(file: string): URL;
}

export function instagramChannel(channel: Channel): InstagramChannel {
  if (channel.type !== "instagram") throw new ChannelError(channel.id, "not an instagram channel");
  return channel;
}

export function settingsOf(channel: InstagramChannel, env: Record<string, string | undefined>): Settings {
  const base = secureUrl({
    channelId: channel.id,
    key: "baseUrl",
    value: channel.baseUrl ?? DEFAULT_BASE_URL,
    example: DEFAULT_BASE_URL,
    secret: "the access token",
  });
  const version = channel.graphVersion ?? DEFAULT_VERSION;
  const root = new URL(`${base.href.replace(/\/+$/, "")}/${version}`);
  let media: URL;
  try {
    media = new URL(channel.mediaBaseUrl);
  } catch {
    throw new ChannelError(
      channel.id,
      `mediaBaseUrl "${channel.mediaBaseUrl}" is not a URL; write the public address of marketing/media/, e.g. https://example.com/media/`,
    );
  }
  if (!media.pathname.endsWith("/")) media.pathname += "/";
  const token = requiredEnv({
    channelId: channel.id,
    env,
    name: channel.tokenEnv,
    key: "tokenEnv",
    what: "the Instagram access token",
  });
  return {
    igUserId: channel.igUserId,
    root,
    token,
    imageUrl: (file) => new URL(file.split("/").map(encodeURIComponent).join("/"), media),
  };
}
