// Two at once, many times (issue 14, item 1): processes that reach the run lock at the same moment, with
// and without a stale lock a killed run left, and whole `loopcast run`s started together on a repository
// with an item due to publish. Never two holders; never an item proposed or published twice; a run that
// does not run is refused by the lock (or, seeing the other run's files, by the dirty tree) before it
// writes anything.
import { beforeAll, describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";
import { cliProcess, contend, copyRepo, duplicates, eventCounts, overlapping, staleLock } from "./harness.ts";

const TRIALS = Number(process.env.LOOPCAST_FAULT_TRIALS ?? 20);
const BLOG = "weekly-blog@20261201T0800Z";
const AFTER_BLOG_SLOT = "2026-12-01T08:05:00Z";

describe("two at once", () => {
  const half = Math.max(1, Math.round(TRIALS / 2));
  it(`the run lock: ${half} trials of three processes on a stale lock, ${half} on a free one`, async () => {
    const repo = await tempRepo({ config: false });
    await repo.write("f", "x\n");
    await repo.commitAll("a commit");
    let bad = 0;
    let refused = 0;
    for (let trial = 0; trial < 2 * half; trial++) {
      if (trial < half) staleLock(repo.dir);
      const outputs = await contend(repo.dir, 3, 150);
      const holders = outputs.filter((o) => o.startsWith("acquired")).length;
      refused += outputs.filter((o) =>
        o.startsWith("refused: another Loopcast run holds the run lock"),
      ).length;
      if (holders !== 1 || overlapping(outputs)) {
        bad++;
        console.log(`trial ${trial}: ${outputs.join(" | ")}`);
      }
    }
    console.log(
      `run lock: ${2 * half} trials of 3 processes, ${bad} with other than one holder, ${refused} refused`,
    );
    expect(bad).toBe(0);
    expect(refused).toBe(2 * 2 * half);
  });

  describe("loopcast run", () => {
    let template: string;
    beforeAll(async () => {
      const repo = await tempRepo();
      expect((await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd: repo.dir })).code).toBe(0);
      expect((await loopcast(["review", "approve", BLOG], { cwd: repo.dir })).code).toBe(0);
      template = repo.dir;
    });

    const trials = Math.max(2, TRIALS);
    it(`${trials} trials of two runs started together, half of them on a stale lock`, async () => {
      const tally = { ran: 0, refusedByLock: 0, refusedDirty: 0, failed: 0, duplicated: 0 };
      for (let trial = 0; trial < trials; trial++) {
        const dir = copyRepo(template);
        if (trial % 2 === 0) staleLock(dir);
        const runs = await Promise.all([0, 1].map(() => cliProcess(["run", "--at", AFTER_BLOG_SLOT], dir)));
        for (const r of runs) {
          if (r.code === 0) tally.ran++;
          else if (r.stderr.includes("another Loopcast run holds the run lock")) tally.refusedByLock++;
          else if (r.stderr.includes("the working tree has uncommitted changes")) tally.refusedDirty++;
          else {
            tally.failed++;
            console.log(`trial ${trial}: exit ${r.code} ${r.signal ?? ""}\n${r.stderr}`);
          }
        }
        const dup = duplicates(dir);
        if (dup.length) {
          tally.duplicated++;
          console.log(`trial ${trial}: ${dup.join(", ")}`);
        }
        expect(eventCounts(dir).get(BLOG)?.get("published")).toBe(1);
      }
      console.log(`loopcast run: ${trials} trials of 2 runs: ${JSON.stringify(tally)}`);
      expect(tally.failed).toBe(0);
      expect(tally.duplicated).toBe(0);
    });
  });
});
