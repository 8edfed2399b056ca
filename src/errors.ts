// The few typed errors of Loopcast. They are raised where the outside world is met and turned into a
// message and an exit code once, at the top of the CLI and the Action (see cli/exit.ts).

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

/** A forge (git hosting) call failed after retries. Exit code 3. */
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
 * A channel failed to publish. Exit code 3 when it ends a command. `outcome` says whether the item may
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
