// Runs the loopcast CLI as a separate process, the way a user or the Action does.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./repo.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function loopcast(
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "src/cli.ts"), ...args],
      {
        cwd: opts.cwd,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CI: "true", ...opts.env },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function loopcastJson<T>(
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<T> {
  const r = await loopcast([...args, "--json"], opts);
  if (r.code !== 0 && !r.stdout.trim())
    throw new Error(`loopcast ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
