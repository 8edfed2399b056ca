import { defineConfig } from "vitest/config";

// `npm run test:faults`: loops of many trials with real processes and real git (issue 14) — runs killed at
// random points, runs started at the same moment. Minutes, not seconds, so not part of `npm test`; one
// file at a time, so the trials of one loop do not compete with another's for the machine. Each loop
// prints its numbers; LOOPCAST_FAULT_TRIALS scales the number of trials.
export default defineConfig({
  test: {
    name: "faults",
    include: ["test/faults/**/*.test.ts"],
    testTimeout: 20 * 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
