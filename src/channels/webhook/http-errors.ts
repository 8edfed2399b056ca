// The receiver's answers as ChannelErrors. Every delivery carries an Idempotency-Key, so what may
// succeed later (5xx, 408, 429, network failures) is retryable; other 4xx answers mean the receiver
// refuses this delivery as it is, and a person must change something first.
import { ChannelError } from "../../errors.ts";
import { excerpt, isRetryableStatus, scrub } from "../kit/index.ts";

export async function webhookHttpError(
  channelId: string,
  res: Response,
  where: string,
  secrets: string[],
): Promise<ChannelError> {
  const status = res.status;
  const detail = scrub(await responseDetail(res), secrets);
  const said = detail ? `: ${detail}` : "";
  if (isRetryableStatus(status)) {
    return new ChannelError(
      channelId,
      `the webhook at ${where} answered ${status}${said}; the publish will be retried`,
      true,
    );
  }
  if (status >= 300 && status < 400) {
    return new ChannelError(
      channelId,
      `the webhook at ${where} answered with a redirect (${status}); set url to the address it redirects to`,
    );
  }
  const hint =
    status === 401 || status === 403
      ? "; check that the receiver's secret matches the one named by secretEnv"
      : status === 404 || status === 405
        ? "; check url in marketing/strategy.yaml"
        : "";
  return new ChannelError(
    channelId,
    `the webhook at ${where} refused the delivery (${status}${said})${hint}`,
  );
}

/** A short, single-line excerpt of the body: a JSON `error`/`message` field, else plain text. */
async function responseDetail(res: Response): Promise<string> {
  const text = (await res.text().catch(() => "")).trim();
  let detail = text;
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const field =
      typeof body.error === "string" ? body.error : typeof body.message === "string" ? body.message : "";
    detail = field;
  } catch {
    // HTML error pages say nothing useful and can be long.
    if (/^</.test(text)) detail = "";
  }
  return excerpt(detail, 200);
}
