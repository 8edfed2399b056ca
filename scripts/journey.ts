// `npm start`: 90 simulated days of Loopcast — the example configuration in a temporary git
// repository, the real pipeline on the local forge, a simulated market that measures every item and a
// simulated owner who reviews. Workflows start at L3 and earn their way up; an injected drop takes
// autonomy back. A progress bar on stderr while it runs; a summary of what happened, read from the
// repository, on stdout. `npm run walkthrough` is the short, step-by-step tour of the CLI.
import { enableCompileCache } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// Every run reads the stored metrics in a worker thread, and each worker strips and compiles the same
// TypeScript modules again: with Node's compile cache (the variable reaches the workers; the call covers
// this thread) a worker starts in about a third of the time.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), "node-compile-cache");
enableCompileCache?.(process.env.NODE_COMPILE_CACHE);

const USAGE = `usage: npm start [-- --days N] [--seed S]

  --days N   how many days to simulate (default 90, at least 7)
  --seed S   the seed of the market and the reviewer (default "loopcast"); the same seed, the same journey`;

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "90" },
    seed: { type: "string", default: "loopcast" },
    help: { type: "boolean", short: "h", default: false },
  },
});
const days = Number(values.days);
if (values.help || !Number.isInteger(days) || days < 7) {
  (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

const { timeGit } = await import("./journey/git-time.ts");
const git = timeGit();
const began = performance.now();
const { COMMANDS } = await import("../src/cli.ts");
const { progress } = await import("./journey/progress.ts");
const { runJourney, START_DATE } = await import("./journey/run.ts");
const { collectSummary } = await import("./journey/summary.ts");
const { renderSummary } = await import("./journey/summary-text.ts");

const bar = progress();
const result = await runJourney({
  days,
  seed: values.seed,
  onProgress: (p) => bar.update({ ...p, days }),
}).finally(() => bar.done());
try {
  const summary = await collectSummary({
    dir: result.journey.dir,
    days,
    seed: values.seed,
    start: result.start,
    startDate: START_DATE,
    drop: result.drop,
    changes: result.journey.changes,
    startLevels: result.startLevels,
    runs: result.runs,
    errors: result.errors.map((e) => `${e.at}  ${e.cycle}: ${e.message}`),
    sent: result.journey.sent(),
    commands: COMMANDS.map((c) => c.name),
  });
  process.stdout.write(
    renderSummary({ ...summary, elapsedMs: performance.now() - began, gitMs: git.busyMs() }),
  );
  // A run that failed is a failure of the journey (CI runs npm start), once the summary has said what.
  if (result.errors.length) process.exitCode = 1;
} finally {
  await result.journey.close();
}
