import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Stryker stops a mutant's run at the first failing test (bail), so the order of the files decides how
 * much of a run a killed mutant costs. Vitest runs the slowest files first; here the files that failed
 * last time (they tend to kill the next mutant of the same code) come first, then the fastest, and the
 * property tests (thousands of generated cases) last.
 */
class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const state = (f: TestSpecification) =>
      cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    const rank = (f: TestSpecification) => {
      const s = state(f);
      return [s?.failed ? 0 : 1, s ? s.duration : Number.POSITIVE_INFINITY] as const;
    };
    return [...files].sort((a, b) => {
      const [fa, da] = rank(a);
      const [fb, db] = rank(b);
      return fa - fb || da - db || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0);
    });
  }
}

// The tests Stryker runs against each mutant (stryker.config.mjs): the fast unit tests beside the
// sources, not the process/e2e tests under test/. Stryker runs them in one worker thread per test runner.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    sequence: { sequencer: FastFirstSequencer },
  },
});
