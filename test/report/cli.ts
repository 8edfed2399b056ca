// Runs the loopcast CLI in a child process with the `report` command available, whether or not
// src/cli.ts registers it yet, so the end-to-end tests drive the same entry point a user does.
import { report } from "../../src/cli/report.ts";
import { COMMANDS, main } from "../../src/cli.ts";

if (!COMMANDS.some((c) => c.name === report.name)) COMMANDS.push(report);
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
});
