// The one place where errors become messages and exit codes:
// 0 done; 1 the command ran and found problems; 2 usage error; 3 an outside service failed.
import { ChannelError, ConfigError, ForgeError, GenerateError, StateError, UsageError } from "../errors.ts";
import { redact } from "./redact.ts";

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError) return 2;
  if (err instanceof ForgeError || err instanceof ChannelError) return 3;
  if (err instanceof ConfigError || err instanceof StateError || err instanceof GenerateError) return 1;
  return 1;
}

export function describe(err: unknown, env: Record<string, string | undefined>): string {
  const known = [UsageError, ConfigError, StateError, ForgeError, ChannelError, GenerateError].some(
    (k) => err instanceof k,
  );
  const message = err instanceof Error ? err.message : String(err);
  const text = known
    ? message
    : `unexpected error: ${message}${err instanceof Error && err.stack ? `\n${err.stack}` : ""}`;
  return redact(`loopcast: ${text}`, env);
}
