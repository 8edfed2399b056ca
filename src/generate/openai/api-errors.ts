// The SDK's errors as GenerateErrors that say what to change. The SDK has already retried what may
// pass on a later try (429, 5xx, timeouts, dropped connections); what reaches here is final for this
// run. Every message is scrubbed of the key, because some servers echo what they were sent.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
} from "openai";
import { GenerateError } from "../../errors.ts";

export interface ApiErrorContext {
  cycle: string;
  /** Host the requests went to, e.g. api.openai.com. */
  host: string;
  apiKeyEnv: string;
  baseUrlEnv?: string | undefined;
  model: string;
  maxRetries: number;
  timeoutMs: number;
  /** Values that must never appear in a message. */
  secrets: string[];
}

export function toGenerateError(err: unknown, ctx: ApiErrorContext): GenerateError {
  const prefix = `${ctx.cycle}: the OpenAI-compatible API at ${ctx.host}`;
  const tries = `${ctx.maxRetries + 1} ${ctx.maxRetries ? "tries" : "try"}`;
  // The timeout error is a connection error, so it is checked first.
  if (err instanceof APIConnectionTimeoutError) {
    return new GenerateError(
      `${prefix} did not answer within ${ctx.timeoutMs / 1000} s (${tries}); try again later, or ask for shorter items (generator.maxTokens)`,
    );
  }
  if (err instanceof APIConnectionError) {
    return new GenerateError(
      `${prefix} could not be reached (${tries}): ${scrub(reason(err), ctx.secrets)}; check ${ctx.baseUrlEnv ? `the URL in ${ctx.baseUrlEnv}` : "the network"}`,
    );
  }
  if (!(err instanceof APIError)) {
    return new GenerateError(`${ctx.cycle}: the OpenAI generator failed: ${scrub(reason(err), ctx.secrets)}`);
  }
  const said = serverMessage(err, ctx.secrets);
  // A 401 body may echo part of the key (OpenAI shows its first and last characters), so it is dropped.
  if (err instanceof AuthenticationError) {
    return new GenerateError(
      `${prefix} rejected the key in ${ctx.apiKeyEnv} (401); create a new API key and store it in the ${ctx.apiKeyEnv} secret`,
    );
  }
  if (err instanceof PermissionDeniedError) {
    return new GenerateError(
      `${prefix} does not let the key in ${ctx.apiKeyEnv} use the model "${ctx.model}" (403${said}); give the key's project access to the model, or choose another generator.model`,
    );
  }
  if (err instanceof NotFoundError) {
    return new GenerateError(
      `${prefix} has no model "${ctx.model}" or no chat completions endpoint (404${said}); check generator.model${ctx.baseUrlEnv ? ` and the URL in ${ctx.baseUrlEnv} (it usually ends in /v1)` : ""}`,
    );
  }
  if (err.status === 429) {
    return new GenerateError(
      `${prefix} kept answering 429 (rate limit or quota${said}) after ${tries}; the cycle can be generated on a later run, or raise the account's limits`,
    );
  }
  if (err.status !== undefined && err.status >= 500) {
    return new GenerateError(
      `${prefix} answered ${err.status}${said ? ` (${said.slice(2)})` : ""} after ${tries}; the cycle can be generated on a later run`,
    );
  }
  return new GenerateError(
    `${prefix} refused the request (${err.status ?? "no status"}${said}); check generator.model and generator.maxTokens in strategy.yaml`,
  );
}

/** The server's own words (OpenAI's error.message), shortened and scrubbed, as ": …" or "". */
function serverMessage(err: APIError, secrets: string[]): string {
  const error = err.error as { message?: unknown } | undefined;
  const text = typeof error?.message === "string" ? error.message : "";
  if (!text) return "";
  const short = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return `: ${scrub(short, secrets)}`;
}

function reason(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? ` (${err.cause.message})` : "";
  return `${err.message}${cause}`;
}

export function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("***");
  return out;
}
