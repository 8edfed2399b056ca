// Mutation testing of the safety core: `npm run test:mutation` (docs: https://stryker-mutator.io).
// The mutants run against the fast unit tests only (vitest.mutation.config.ts: src/**/*.test.ts),
// never the process/e2e tests under test/.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "src/core/**/*.ts",
    "src/autonomy/**/*.ts",
    "src/guardrails/**/*.ts",
    "src/pipeline/**/*.ts",
    "!src/**/*.test.ts",
    "!src/**/*.generated.*",
  ],
  // Coverage per test: each mutant runs only the tests that reach it.
  coverageAnalysis: "perTest",
  // Static mutants (module-level values such as LEVEL_MEANING or an arrow function assigned at load time,
  // ~8 % of all) cannot be traced to tests: each one reloads the modules and runs the whole unit suite
  // (~45 s here), which made a run take well over an hour on 2 cores. They are reported as "Ignored"; run
  // `npm run test:mutation -- --ignoreStatic false` to include them.
  ignoreStatic: true,
  // Two cores on the machine (and on the runner). Use `--concurrency 1` while others work on it.
  concurrency: 2,
  // No type checker (the typescript-checker plugin is not installed, and the tests never see types:
  // vitest strips them). Mutants that would not type-check are still run; `// @ts-nocheck` is added to
  // the instrumented copies so that an editor or tsc in the sandbox does not report them.
  checkers: [],
  disableTypeChecks: "src/**/*.ts",
  // Stryker rewrites `extends`/`references` of this tsconfig for the sandbox with the TypeScript JS API,
  // which TypeScript 7 (the native compiler, no JS API) does not have: the run stops with
  // "ts.parseConfigFileTextToJson is not a function". Our tsconfig.json has neither, so point Stryker at
  // a file that does not exist and it leaves tsconfig.json as it is (it is still copied to the sandbox).
  tsconfigFile: "tsconfig.stryker-none.json",
  // Reuses the results of mutants whose code and tests did not change since the last run.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { logTests: false, reportTests: false, reportMutants: true, reportScoreTable: true },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  // Not needed by the unit tests: keeps the sandbox copy small (test/report and test/fixtures stay: some
  // unit tests import their helpers).
  ignorePatterns: [
    "/dist",
    "/bench",
    "/docs",
    "/coverage",
    "/.tmp",
    "/.ci",
    "/.github",
    "/test/**/*.test.ts",
    "/test/{action,cli,fake-github,meta,scenario,setup,stand-ins}",
  ],
  // The machine is shared: leave room before calling a slow mutant a timeout.
  timeoutMS: 10_000,
};
