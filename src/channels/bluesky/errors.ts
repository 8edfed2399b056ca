// The PDS's answers as ChannelErrors. @atproto/api throws an XRPCError carrying the HTTP status, the
// lexicon's error name and the server's message; a request that got no answer (a refused connection, our
// timeout) comes as status 1, "Unknown". What may succeed later (429, 5xx, no answer) is retryable: the
// record keys make a retry find what an earlier try created. Any other 4xx needs a person first.
import { XRPCError } from "@atproto/api";
import { ChannelError } from "../../errors.ts";
import { excerpt, isRetryableStatus, networkReason, scrub } from "../kit/index.ts";

export interface ErrorContext {
  channelId: string;
  /** The origin of the PDS, for messages. */
  where: string;
  identifierEnv: string;
  passwordEnv: string;
  /** Values that must never appear in a message. */
  secrets: string[];
  /** What was being done: "logging in", "creating post 2 of 3". */
  doing: string;
}

export function blueskyError(ctx: ErrorContext, err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const status = err instanceof XRPCError ? err.status : 1;
  if (!(err instanceof XRPCError) || status < 100) {
    const cause = err instanceof XRPCError ? (err.cause ?? err) : err;
    return new ChannelError(
      ctx.channelId,
      `could not reach ${ctx.where} while ${ctx.doing}: ${scrub(networkReason(cause), ctx.secrets)}; the publish will be retried`,
      true,
    );
  }
  const name = err.error ?? "";
  const words = err.message && err.message !== name ? (name ? `${name}: ${err.message}` : err.message) : name;
  const said = scrub(excerpt(words), ctx.secrets);
  const detail = said ? `: ${said}` : "";
  if (status === 401 || err.error === "AuthenticationRequired" || err.error === "AuthFactorTokenRequired") {
    return new ChannelError(
      ctx.channelId,
      `${ctx.where} refused the login in ${ctx.identifierEnv} and ${ctx.passwordEnv} (${status}${detail}); check the handle, create a new app password (Settings > Privacy and security > App passwords) and update the Actions secrets`,
    );
  }
  if (err.error === "AccountTakedown" || err.error === "AccountDeactivated") {
    return new ChannelError(
      ctx.channelId,
      `the account may not post (${status}${detail}); sign in at bsky.app to see why`,
    );
  }
  if (isRetryableStatus(status)) {
    const reset = err.headers?.["ratelimit-reset"];
    const when =
      status === 429 && reset && /^\d+$/.test(reset)
        ? `; the limit resets at ${new Date(Number(reset) * 1000).toISOString()}`
        : "";
    return new ChannelError(
      ctx.channelId,
      `${ctx.where} answered ${status} while ${ctx.doing}${detail}${when}; the publish will be retried`,
      true,
    );
  }
  return new ChannelError(
    ctx.channelId,
    `${ctx.where} refused ${ctx.doing} (${status}${detail}); edit the item or the channel's settings`,
  );
}
