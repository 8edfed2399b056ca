// The few typed errors of Loopcast. They are raised where the outside world is met and turned into a
// message and an exit code once, at the top of the CLI and the Action (see cli/exit.ts for the table).

/** One problem in a configuration or input file, with its position and a hint on how to fix it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}${p.hint ? `\n    hint: ${p.hint}` : ""}`;
}

/** Invalid configuration: carries every problem found, not just the first. Exit code 1. */
export class ConfigError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in the configuration:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** The command was called wrongly (unknown flag, missing argument). Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The repository is not in a state Loopcast can safely act on (dirty tree, detached HEAD). Exit code 1. */
export class StateError extends Error {
  override name = "StateError";
}

/**
 * A forge (git hosting) call failed after retries. Exit code 3 when the forge could not be reached or
 * failed on its side (no status, 5xx, 408, 429); 1 when it refused the request (another 4xx: a token or a
 * permission a person must fix).
 */
export class ForgeError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "ForgeError";
    this.status = status;
  }
}

/**
 * A merge Loopcast asked for could not happen yet (the forge's required checks are still running); the
 * forge may have armed its own auto-merge. Not a failure: the item waits.
 */
export class MergePendingError extends ForgeError {
  override name = "MergePendingError";
}

/**
 * A channel failed to publish. When it ends a command: exit code 3 if `retryable` (the channel could not
 * be reached or failed on its side; the next run tries again), else 1 (a person must change something). `outcome` says whether the item may
 * have gone out anyway: "unknown" when the failure came after the data reached the channel (a lost
 * connection after an email's DATA), which for a channel that cannot take an item back means a person
 * must say what happened before it is tried again.
 */
export class ChannelError extends Error {
  readonly channel: string;
  readonly retryable: boolean;
  readonly outcome: "not-sent" | "unknown";
  constructor(
    channel: string,
    message: string,
    retryable = false,
    outcome: "not-sent" | "unknown" = "not-sent",
  ) {
    super(`channel ${channel}: ${message}`);
    this.name = "ChannelError";
    this.channel = channel;
    this.retryable = retryable;
    this.outcome = outcome;
  }
}

/** A generator could not produce an item (e.g. nothing fits the channel's length). */
export class GenerateError extends Error {
  override name = "GenerateError";
}

// Error codes of Node and undici for a connection that could not be made or was lost.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
]);

/**
 * Whether an error means an outside service could not be reached or failed on its side (the network, a
 * timeout, a 5xx, a rate limit): trying again later may work without anyone changing anything. Exit code
 * 3. What a person must fix (a refused token, a missing permission, a conflict) is not.
 */
export function isUnreachable(err: unknown): boolean {
  if (err instanceof ChannelError) return err.retryable;
  if (err instanceof ForgeError)
    return err.status === undefined || err.status >= 500 || err.status === 408 || err.status === 429;
  // A network error that no wrapper caught (fetch's "fetch failed", a socket's ECONNREFUSED), however deep
  // in its causes.
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && NETWORK_CODES.has(code)) return true;
  }
  return false;
}
