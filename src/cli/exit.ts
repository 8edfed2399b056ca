// The one place where errors become messages and exit codes, for the command line and the Action alike:
//   0  done
//   1  the command ran and found problems, or something needs a person (README: "Exit codes")
//   2  usage error: the command was called wrongly (an unknown flag, an impossible --at)
//   3  an outside service could not be reached or failed on its side; the next run tries again
// A run that found problems and met an unreachable service exits 1: a person has something to look at
// either way, and 3 alone tells a scheduler that waiting is all it takes.
import {
  ChannelError,
  ConfigError,
  ForgeError,
  GenerateError,
  isUnreachable,
  StateError,
  UsageError,
} from "../errors.ts";
import { redact } from "./redact.ts";

export const EXIT = { done: 0, problems: 1, usage: 2, unreachable: 3 } as const;

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError) return EXIT.usage;
  if (isUnreachable(err)) return EXIT.unreachable;
  return EXIT.problems;
}

/**
 * The exit code of a command that ran to its end: 1 when anything needs a person, else 3 when an outside
 * service could not be reached, else 0.
 */
export function outcomeCode(outcome: { problems: number; unreachable: number }): number {
  if (outcome.problems > 0) return EXIT.problems;
  if (outcome.unreachable > 0) return EXIT.unreachable;
  return EXIT.done;
}

export function describe(err: unknown, env: Record<string, string | undefined>): string {
  const known = [UsageError, ConfigError, StateError, ForgeError, ChannelError, GenerateError].some(
    (k) => err instanceof k,
  );
  const message = err instanceof Error ? err.message : String(err);
  const text = known
    ? message
    : isUnreachable(err)
      ? `could not reach an outside service: ${message}${causeOf(err)}; try again later`
      : `unexpected error: ${message}${err instanceof Error && err.stack ? `\n${err.stack}` : ""}`;
  return redact(`loopcast: ${text}`, env);
}

/** The cause's message of an error whose own says little ("fetch failed"). */
function causeOf(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  return cause instanceof Error && cause.message ? ` (${cause.message})` : "";
}
