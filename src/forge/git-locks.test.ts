// Git's stale lock files on a real repository: removed when no git process works there, waited for and
// then refused while one does, never removed where that cannot be known.
import { spawn } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempRepo } from "../../test/helpers/repo.ts";
import { clearStaleGitLocks, gitProcessesIn } from "./git-locks.ts";

async function repoWithIndexLock() {
  const repo = await tempRepo({ config: false });
  const gitDir = join(repo.dir, ".git");
  writeFileSync(join(gitDir, "index.lock"), "");
  return { dir: repo.dir, opts: { repoDir: repo.dir, gitDir, commonDir: gitDir, branch: "main" } };
}

describe("clearStaleGitLocks", () => {
  it("removes git's lock files when no git process works in the repository", async () => {
    const { dir, opts } = await repoWithIndexLock();
    writeFileSync(join(dir, ".git/refs/heads/main.lock"), "");
    await expect(clearStaleGitLocks({ ...opts, gitProcesses: () => [] })).resolves.toEqual([
      ".git/index.lock",
      ".git/refs/heads/main.lock",
    ]);
    expect(existsSync(join(dir, ".git/index.lock"))).toBe(false);
    await expect(clearStaleGitLocks(opts)).resolves.toEqual([]);
  });

  it("waits for a git process that holds one, and refuses, naming it, when it does not finish", async () => {
    const { dir, opts } = await repoWithIndexLock();
    const busy = () => [{ pid: 4242, command: "git commit" }];
    await expect(clearStaleGitLocks({ ...opts, waitMs: 150, gitProcesses: busy })).rejects.toThrow(
      "git is running in this repository (pid 4242: git commit) and holds .git/index.lock; wait for it to finish, then run again",
    );
    expect(existsSync(join(dir, ".git/index.lock"))).toBe(true);
    // A git that finishes while the run waits takes its lock file with it: nothing is removed by the run.
    const finishing = () => {
      rmSync(join(dir, ".git/index.lock"));
      return busy();
    };
    await expect(clearStaleGitLocks({ ...opts, gitProcesses: finishing })).resolves.toEqual([]);
  });

  it("removes nothing where running git processes cannot be known, and says how to clear it", async () => {
    const { dir, opts } = await repoWithIndexLock();
    await expect(clearStaleGitLocks({ ...opts, gitProcesses: () => undefined })).rejects.toThrow(
      /^\.git\/index\.lock exists: .* If no git command is running, delete it \(rm \.git\/index\.lock\) and run again$/,
    );
    expect(existsSync(join(dir, ".git/index.lock"))).toBe(true);
  });

  it.runIf(existsSync("/proc/self/cwd"))("finds a live git process working in the repository", async () => {
    const repo = await tempRepo({ config: false });
    const other = await tempRepo({ config: false });
    // `git cat-file --batch` waits on its input: a git process that stays alive until told.
    const git = spawn("git", ["cat-file", "--batch"], { cwd: repo.dir });
    await new Promise((resolve) => git.on("spawn", resolve));
    try {
      expect(gitProcessesIn([repo.dir])?.map((p) => p.pid)).toContain(git.pid);
      expect(gitProcessesIn([repo.dir])?.find((p) => p.pid === git.pid)?.command).toBe(
        "git cat-file --batch",
      );
      expect(gitProcessesIn([other.dir])?.map((p) => p.pid)).not.toContain(git.pid);
    } finally {
      git.stdin.end();
    }
  });
});
