import { defineConfig } from "vitest/config";

// Two projects: `unit` (npm test: unit, CLI, Action, fake GitHub and browser tests, a few minutes) and
// `scenarios` (npm run test:scenarios: the long end-to-end walks up and down the autonomy ladder, and a
// week of the npm start journey).
export default defineConfig({
  test: {
    // Tests that drive real git and local servers; room for a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine. The tests
    // mostly wait on git and local servers, so two workers finish the unit project in about half the time.
    maxWorkers: 2,
    setupFiles: ["test/setup/fake-github-contract.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/scenario/**", "test/journey/journey.e2e.test.ts", "test/faults/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "scenarios",
          include: ["test/scenario/**/*.test.ts", "test/journey/journey.e2e.test.ts"],
        },
      },
    ],
  },
});
