// Runs the loopcast CLI for a test. `loopcast()` calls the CLI's own `main()` in this process, with the
// same arguments, working folder, environment and redaction as the real entry point: the commands' rules
// are what these tests are about, and a Node process per command cost most of their time.
// `loopcastProcess()` starts `node src/cli.ts` as a separate process, the way a user or the Action does,
// for the tests that are about the process boundary itself (exit status, streams, start-up).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { redact } from "../../src/cli/redact.ts";
import { main } from "../../src/cli.ts";
import { ROOT } from "./repo.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
}

/** The environment a command sees: what a CI shell has, plus the test's own variables. */
function envOf(opts: CliOptions): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CI: "true", ...opts.env };
}

export async function loopcast(args: string[], opts: CliOptions): Promise<CliResult> {
  const env = envOf(opts);
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (line) => {
      stdout += `${redact(line, env)}\n`;
    },
    err: (line) => {
      stderr += `${redact(line, env)}\n`;
    },
    env,
    cwd: opts.cwd,
  });
  return { code, stdout, stderr };
}

export function loopcastProcess(args: string[], opts: CliOptions): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "src/cli.ts"), ...args],
      { cwd: opts.cwd, env: envOf(opts) },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function loopcastJson<T>(args: string[], opts: CliOptions): Promise<T> {
  const r = await loopcast([...args, "--json"], opts);
  if (r.code !== 0 && !r.stdout.trim())
    throw new Error(`loopcast ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
