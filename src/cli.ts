// The `loopcast` command line: picks the command, parses its flags, runs it, and turns errors into a
// message and an exit code in one place. See README.md for the exit codes.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import type { Command, Io } from "./cli/command.ts";
import { parse } from "./cli/command.ts";
import { describe, exitCodeFor } from "./cli/exit.ts";
import { redact } from "./cli/redact.ts";
import { closest } from "./core/closest.ts";
import { releaseHeldLocks } from "./forge/run-lock.ts";

/**
 * Every command, loaded only when it runs: dist/cli.js is split into chunks (scripts/build-dist.ts), so
 * `loopcast report` does not load Octokit, the prose checks or the channels, and the memory and start-up
 * time they cost. The name is repeated here so the right module is found without loading the others.
 */
export const COMMANDS: CommandEntry[] = [
  { name: "init", load: async () => (await import("./cli/init.ts")).init },
  { name: "validate", load: async () => (await import("./cli/validate.ts")).validate },
  { name: "plan", load: async () => (await import("./cli/plan.ts")).planCommand },
  { name: "run", load: async () => (await import("./cli/run.ts")).runCommand },
  { name: "review", load: async () => (await import("./cli/review.ts")).review },
  { name: "draft", load: async () => (await import("./cli/draft.ts")).draftCommand },
  { name: "ingest", load: async () => (await import("./cli/ingest.ts")).ingestCommand },
  { name: "measure", load: async () => (await import("./cli/measure.ts")).measureCommand },
  { name: "check", load: async () => (await import("./cli/check.ts")).check },
  { name: "budget", load: async () => (await import("./cli/budget.ts")).budget },
  { name: "exceptions", load: async () => (await import("./cli/exceptions.ts")).exceptions },
  { name: "audit", load: async () => (await import("./cli/audit.ts")).audit },
  { name: "status", load: async () => (await import("./cli/status.ts")).status },
  { name: "review-period", load: async () => (await import("./cli/review-period.ts")).reviewPeriod },
  { name: "publish-outcome", load: async () => (await import("./cli/publish-outcome.ts")).publishOutcome },
  { name: "retract", load: async () => (await import("./cli/retract.ts")).retract },
  { name: "retry", load: async () => (await import("./cli/retry.ts")).retry },
  { name: "explain", load: async () => (await import("./cli/explain.ts")).explain },
  { name: "report", load: async () => (await import("./cli/report.ts")).report },
  { name: "simulate", load: async () => (await import("./cli/simulate.ts")).simulateCommand },
];

export interface CommandEntry {
  name: string;
  load: () => Promise<Command>;
}

/** Help lists every command's summary, so it loads them all; only `--help` and a wrong name pay for that. */
async function help(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "loopcast: autonomous marketing as GitOps",
    "",
    "usage: loopcast <command> [--config DIR] [--json] [--help]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "exit codes: 0 done, 1 problems found, 2 usage error, 3 an outside service failed",
    "example: loopcast validate --config marketing",
  ].join("\n");
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(await help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  try {
    if (!entry) {
      const hint = suggestCommand(name);
      io.err(`loopcast: ${hint ?? `unknown command "${name}"\n\n${await help()}`}`);
      return 2;
    }
    const command = await entry.load();
    const parsed = parse(command, rest);
    if (parsed.help) {
      io.out(`${command.summary}\n\n${command.usage}`);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (err) {
    io.err(describe(err, io.env));
    return exitCodeFor(err);
  }
}

/**
 * For a first word that is not a command: the command it most likely meant (a typo, or the start of
 * exactly one command's name), or the reminder that the command comes before its flags. Undefined when
 * nothing is close; help then lists every command.
 */
export function suggestCommand(word: string): string | undefined {
  const names = COMMANDS.map((c) => c.name);
  if (word.startsWith("-"))
    return `"${word}" is a flag; the command comes first: loopcast <command> ${word} … (commands: ${names.join(", ")})`;
  const starting = names.filter((n) => word.length >= 3 && n.startsWith(word.toLowerCase()));
  const near = closest(word, names) ?? (starting.length === 1 ? starting[0] : undefined);
  return near
    ? `unknown command "${word}"; did you mean "${near}"? (loopcast --help lists every command)`
    : undefined;
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs the CLI in this process with its real streams: `node src/cli.ts`, or the bundled dist/cli.js (the package bin). */
export async function runCli(): Promise<void> {
  const env = process.env;
  // Piping into `head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  releaseLocksOnExit();
  const io: Io = {
    out: (line) => process.stdout.write(`${redact(line, env)}\n`),
    err: (line) => process.stderr.write(`${redact(line, env)}\n`),
    env,
    cwd: process.cwd(),
  };
  process.exitCode = await main(process.argv.slice(2), io);
}

/**
 * A run ended by a signal (a cancelled CI job, Ctrl-C, a closed terminal) or by process.exit releases its
 * run lock first, so the next run does not meet it; a signal then ends the process with its conventional
 * status, 128 + its number. What the run wrote and did not commit, the next run finishes.
 */
function releaseLocksOnExit(): void {
  process.on("exit", releaseHeldLocks);
  const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
  for (const [signal, status] of Object.entries(signals)) {
    process.once(signal, () => {
      releaseHeldLocks();
      process.exit(status);
    });
  }
}

// In a worker thread (worker-tasks.ts may load this module to run a task) the CLI itself does not run.
if (isMainThread && isEntryPoint()) await runCli();
