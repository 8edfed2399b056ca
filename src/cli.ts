// The `loopcast` command line: picks the command, parses its flags, runs it, and turns errors into a
// message and an exit code in one place. See README.md for the exit codes.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { audit } from "./cli/audit.ts";
import { budget } from "./cli/budget.ts";
import { check } from "./cli/check.ts";
import { type Command, type Io, parse } from "./cli/command.ts";
import { draftCommand } from "./cli/draft.ts";
import { exceptions } from "./cli/exceptions.ts";
import { describe, exitCodeFor } from "./cli/exit.ts";
import { ingestCommand } from "./cli/ingest.ts";
import { init } from "./cli/init.ts";
import { planCommand } from "./cli/plan.ts";
import { redact } from "./cli/redact.ts";
import { report } from "./cli/report.ts";
import { retract } from "./cli/retract.ts";
import { review } from "./cli/review.ts";
import { reviewPeriod } from "./cli/review-period.ts";
import { runCommand } from "./cli/run.ts";
import { status } from "./cli/status.ts";
import { validate } from "./cli/validate.ts";

export const COMMANDS: Command[] = [
  init,
  validate,
  planCommand,
  runCommand,
  review,
  draftCommand,
  ingestCommand,
  check,
  budget,
  exceptions,
  audit,
  status,
  reviewPeriod,
  retract,
  report,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "loopcast: autonomous marketing as GitOps",
    "",
    "usage: loopcast <command> [--config DIR] [--json] [--help]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "exit codes: 0 done, 1 problems found, 2 usage error, 3 an outside service failed",
    "example: loopcast validate --config marketing",
  ].join("\n");
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      io.err(`loopcast: unknown command "${name}"\n\n${help()}`);
      return 2;
    }
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
  const io: Io = {
    out: (line) => process.stdout.write(`${redact(line, env)}\n`),
    err: (line) => process.stderr.write(`${redact(line, env)}\n`),
    env,
    cwd: process.cwd(),
  };
  process.exitCode = await main(process.argv.slice(2), io);
}

if (isEntryPoint()) await runCli();
