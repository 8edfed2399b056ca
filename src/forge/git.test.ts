// The two git helpers every run starts and ends with, on real repositories: the clean-branch check reads
// one `git status`, and a commit of paths that hold no change is "nothing", not an error.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempRepo } from "../../test/helpers/repo.ts";
import { commitPaths, Git, requireCleanBranch } from "./git.ts";

describe("requireCleanBranch", () => {
  it("names the branch of a clean tree, and ignores untracked files", async () => {
    const repo = await tempRepo();
    await writeFile(join(repo.dir, "notes.txt"), "mine\n");
    await expect(requireCleanBranch(new Git(repo.dir), "the test")).resolves.toBe("main");
  });

  it("refuses staged, unstaged and renamed changes to tracked files, naming them", async () => {
    const repo = await tempRepo();
    await repo.write("marketing/voice.md", "changed\n");
    await repo.git.mv("marketing/benchmarks.yaml", "marketing/renamed.yaml");
    await expect(requireCleanBranch(new Git(repo.dir), "the test")).rejects.toThrow(
      /uncommitted changes \(marketing\/renamed\.yaml, marketing\/voice\.md\); the test would mix them/,
    );
  });

  it("refuses a detached HEAD", async () => {
    const repo = await tempRepo();
    await repo.git.raw(["checkout", "--detach", "HEAD"]);
    await expect(requireCleanBranch(new Git(repo.dir), "the test")).rejects.toThrow(/HEAD is detached/);
  });
});

describe("commitPaths", () => {
  it("commits the paths and returns the new HEAD; paths without a change commit nothing", async () => {
    const repo = await tempRepo();
    const git = new Git(repo.dir);
    await repo.write("marketing/voice.md", "changed\n");
    const sha = await commitPaths(git, "change the voice", ["marketing/voice.md"]);
    expect(sha).toBe((await git.out(["rev-parse", "HEAD"])).trim());
    expect((await git.out(["log", "-1", "--format=%s"])).trim()).toBe("change the voice");
    await expect(commitPaths(git, "again", ["marketing/voice.md"])).resolves.toBeUndefined();
    await expect(commitPaths(git, "none", [])).resolves.toBeUndefined();
    expect((await git.out(["rev-parse", "HEAD"])).trim()).toBe(sha);
  });

  it("fails with git's message when a path cannot be added", async () => {
    const repo = await tempRepo();
    await expect(commitPaths(new Git(repo.dir), "x", ["no/such/file"])).rejects.toThrow(
      /git add failed: .*no\/such\/file/,
    );
  });
});
