// Runs the loopcast CLI in a child process through the same main() a user's `loopcast` runs.
import { main } from "../../src/cli.ts";

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
});
