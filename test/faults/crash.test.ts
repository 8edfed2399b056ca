// Runs killed at random points (issue 14, item 4): a `loopcast run` that records a merge, publishes the
// item, proposes others and writes reports is killed with SIGKILL or SIGTERM — after a random delay, or
// the moment it has written a state file (before it commits it: the window a crash strands most). Then a
// run at the same time must go through, not blocked by the lock, git's index.lock or the state the killed
// run left uncommitted, and leave a clean tree with the item published once and nothing proposed twice.
import { existsSync, watch } from "node:fs";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { beforeAll, describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";
import { cliProcess, copyRepo, duplicates, eventCounts } from "./harness.ts";

const TRIALS = Number(process.env.LOOPCAST_FAULT_TRIALS ?? 30);
const BLOG = "weekly-blog@20261201T0800Z";
const AFTER_BLOG_SLOT = "2026-12-01T08:05:00Z";
const STATE = /^(ledger|reports|exceptions|decisions|metrics|autonomy)\//;

describe("a run killed at a random point", () => {
  let template: string;
  let runMs: number;
  beforeAll(async () => {
    const repo = await tempRepo();
    expect((await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd: repo.dir })).code).toBe(0);
    expect((await loopcast(["review", "approve", BLOG], { cwd: repo.dir })).code).toBe(0);
    template = repo.dir;
    // How long a whole run takes here, as a process: the random kills fall anywhere inside it.
    const started = Date.now();
    expect((await cliProcess(["run", "--at", AFTER_BLOG_SLOT], copyRepo(template))).code).toBe(0);
    runMs = Date.now() - started;
  });

  it(`${TRIALS} trials, SIGKILL and SIGTERM, at random or at a state write: the next run is never blocked`, async () => {
    const tally = {
      killedMidRun: 0,
      blocked: 0,
      dirtyAfter: 0,
      duplicated: 0,
      notPublished: 0,
      recovered: 0,
    };
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = copyRepo(template);
      const signal = Math.floor(trial / 2) % 2 === 0 ? "SIGKILL" : "SIGTERM";
      // Even trials: after a random delay; odd ones: at the n-th change to a state file.
      const delay = Math.random() * runMs;
      const nth = 1 + Math.floor(Math.random() * 8);
      const when = trial % 2 === 0 ? `after ${Math.round(delay)} ms` : `at state write ${nth}`;
      let watcher: ReturnType<typeof watch> | undefined;
      const killed = await cliProcess(["run", "--at", AFTER_BLOG_SLOT], dir, {
        onStart: (child) => {
          if (trial % 2 === 0) {
            setTimeout(() => child.kill(signal), delay);
            return;
          }
          let seen = 0;
          watcher = watch(join(dir, "marketing"), { recursive: true }, (_, file) => {
            if (file && STATE.test(file) && ++seen === nth) child.kill(signal);
          });
        },
      });
      watcher?.close();
      if (killed.code !== 0) tally.killedMidRun++;
      const next = await loopcast(["run", "--at", AFTER_BLOG_SLOT], { cwd: dir });
      const what = `trial ${trial} (${signal} ${when})`;
      if (next.stderr.includes("finished what an interrupted run")) tally.recovered++;
      // Refused before doing anything (a run whose items failed, or that leaves something to look at,
      // exits 1 too, but is not blocked).
      if (next.code !== 0 && /^loopcast: (?!the run is done)/m.test(next.stderr)) {
        tally.blocked++;
        console.log(`${what}: blocked\n${next.stderr}`);
      }
      const status = await simpleGit({ baseDir: dir }).raw(["status", "--porcelain", "--untracked-files=no"]);
      if (
        status ||
        existsSync(join(dir, ".git/index.lock")) ||
        existsSync(join(dir, ".git/loopcast/run.lock"))
      ) {
        tally.dirtyAfter++;
        console.log(`${what}: left ${status}`);
      }
      const dup = duplicates(dir);
      if (dup.length) {
        tally.duplicated++;
        console.log(`${what}: ${dup.join(", ")}`);
      }
      if (eventCounts(dir).get(BLOG)?.get("published") !== 1) {
        tally.notPublished++;
        console.log(`${what}: ${BLOG} not published\n${next.stdout}${next.stderr}`);
      }
    }
    console.log(`crash: ${TRIALS} trials (a whole run takes ${runMs} ms): ${JSON.stringify(tally)}`);
    expect(tally).toMatchObject({ blocked: 0, dirtyAfter: 0, duplicated: 0, notPublished: 0 });
  });
});
