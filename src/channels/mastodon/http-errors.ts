// Mastodon's answers as ChannelErrors. Publishing carries an Idempotency-Key, so whatever may succeed
// on a later try (rate limits, server and network failures, an image still processing) is retryable; what
// needs a person (a bad token, a missing scope, a status or an image the server refuses) is not, and says
// what to change.
import { ChannelError } from "../../errors.ts";
import { excerpt, scrub } from "../kit/index.ts";

export interface ErrorContext {
  channelId: string;
  tokenEnv: string;
  /** Values that must never appear in a message, even when a server echoes them. */
  secrets: string[];
  /** The image being uploaded (its name in marketing/media/); absent when posting the status. */
  image?: string;
}

export async function mastodonHttpError(ctx: ErrorContext, res: Response): Promise<ChannelError> {
  const detail = scrub(await serverError(res), ctx.secrets);
  const said = detail ? `: ${detail}` : "";
  const status = res.status;
  const image = ctx.image === undefined ? undefined : `marketing/media/${ctx.image}`;
  if (image) {
    const known = mediaError(ctx, status, said, image);
    if (known) return known;
  }
  if (status === 422 && /not finished processing/i.test(detail)) {
    return new ChannelError(
      ctx.channelId,
      `Mastodon is still processing the item's images (422${said}); the publish will be retried`,
      true,
    );
  }
  if (status === 401) {
    return new ChannelError(
      ctx.channelId,
      `Mastodon rejected the access token in ${ctx.tokenEnv} (401${said}); create a new token with the write:statuses scope (Preferences > Development) and update the Actions secret`,
    );
  }
  if (status === 403) {
    return new ChannelError(
      ctx.channelId,
      `the access token in ${ctx.tokenEnv} may not post statuses (403${said}); give the application the write:statuses scope and update the Actions secret`,
    );
  }
  if (status === 422) {
    return new ChannelError(
      ctx.channelId,
      `Mastodon refused the status (422${said}); edit the item, or set maxLength on the channel to the instance's limit`,
    );
  }
  if (status === 429) {
    const reset = res.headers.get("x-ratelimit-reset");
    const when =
      reset && !Number.isNaN(Date.parse(reset))
        ? `; the limit resets at ${new Date(reset).toISOString()}`
        : "";
    return new ChannelError(
      ctx.channelId,
      `Mastodon rate limit reached (429)${when}; the publish will be retried`,
      true,
    );
  }
  if (status === 404) {
    return new ChannelError(
      ctx.channelId,
      `the instance has no statuses API at this address (404${said}); check instanceUrl (e.g. https://mastodon.social)`,
    );
  }
  if (status === 408 || status >= 500) {
    return new ChannelError(
      ctx.channelId,
      `Mastodon answered ${status}${said}; the publish will be retried`,
      true,
    );
  }
  if (status >= 300 && status < 400) {
    return new ChannelError(
      ctx.channelId,
      `the instance redirected the request (${status}); set instanceUrl to the address it redirects to`,
    );
  }
  return new ChannelError(ctx.channelId, `Mastodon answered ${status}${said}`);
}

/** What an upload's refusal means, where it differs from a status's. */
function mediaError(
  ctx: ErrorContext,
  status: number,
  said: string,
  image: string,
): ChannelError | undefined {
  if (status === 403) {
    return new ChannelError(
      ctx.channelId,
      `the access token in ${ctx.tokenEnv} may not upload media (403${said}) for ${image}; give the application the write:media scope and update the Actions secret`,
    );
  }
  if (status === 422) {
    return new ChannelError(
      ctx.channelId,
      `Mastodon refused ${image} (422${said}); use a smaller JPEG, PNG, GIF or WebP file (the instance sets the limit), or remove it from the item's media`,
    );
  }
  if (status === 404) {
    return new ChannelError(
      ctx.channelId,
      `the instance has no media API at this address (404${said}) for ${image}; Mastodon takes images from 3.1.3 on: check instanceUrl`,
    );
  }
  return undefined;
}

/** The `error` field Mastodon puts in its JSON error bodies; nothing for HTML pages from a proxy. */
async function serverError(res: Response): Promise<string> {
  const text = await res.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    const message = [body.error, body.error_description].filter((v) => typeof v === "string").join(": ");
    return excerpt(message);
  } catch {
    return "";
  }
}
