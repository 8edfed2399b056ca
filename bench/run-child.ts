// Runs one CLI command in this process and reports its wall time and the process's peak memory as JSON
// on stderr's last line. Used by the benchmarks, so each measurement is a fresh process.
import { main } from "../src/cli.ts";

const started = performance.now();
const code = await main(process.argv.slice(2), {
  out: () => {},
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
});
const ms = performance.now() - started;
process.stderr.write(`${JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exitCode = code;
