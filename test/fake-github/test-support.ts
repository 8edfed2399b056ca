// Helpers for tests that talk to the fake: an octokit client and a real working clone pushing over
// smart HTTP. Used by the fake's own tests; other suites may reuse them.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { Octokit } from "octokit";
import { GIT_BASE_ENV } from "./git-store.ts";
import type { FakeGitHub } from "./server.ts";

const exec = promisify(execFile);

/**
 * An octokit client for a user of the fake. Throttling and retries are off unless asked for, so a
 * test sees each response as the fake sent it (the throttling plugin also spaces writes 1 s apart).
 */
export function octokitFor(
  fake: FakeGitHub,
  login: string,
  options: ConstructorParameters<typeof Octokit>[0] = {},
): Octokit {
  return new Octokit({
    auth: fake.tokenFor(login),
    baseUrl: fake.apiUrl,
    throttle: { enabled: false },
    retry: { enabled: false },
    ...options,
  });
}

/** Hides credentials embedded in git URLs (`x-access-token:<token>@`). */
export function redactTokens(text: string): string {
  return text.replace(/(\/\/[^:/@\s]+:)[^@\s]+@/g, "$1***@");
}

export interface WorkingClone {
  dir: string;
  git(args: string[]): Promise<string>;
  /** Writes files, commits them as `author`, and returns the new sha. */
  commit(
    files: Record<string, string>,
    message: string,
    author?: { name: string; email: string },
  ): Promise<string>;
  remove(): Promise<void>;
}

/** Clones a repository of the fake over smart HTTP with `token` (as a GitHub Action would). */
export async function cloneRepo(
  fake: FakeGitHub,
  owner: string,
  repo: string,
  token: string,
): Promise<WorkingClone> {
  const parent = await mkdtemp(join(tmpdir(), "fake-github-clone-"));
  const dir = join(parent, repo);
  const env = { ...process.env, ...GIT_BASE_ENV };
  const git = async (args: string[], cwd = dir) => {
    try {
      return (await exec("git", args, { cwd, env })).stdout.trim();
    } catch (error) {
      // execFile puts the command line, and so any token in a URL, into the message.
      throw new Error(redactTokens(error instanceof Error ? error.message : String(error)));
    }
  };
  await git(["clone", "--quiet", fake.gitUrl(owner, repo, token), dir], parent);
  return {
    dir,
    git: (args) => git(args),
    commit: async (
      files,
      message,
      author = { name: "Loopcast", email: "41898282+loopcast[bot]@users.noreply.github.com" },
    ) => {
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), content);
      }
      await git(["add", "--all"]);
      await git([
        "-c",
        `user.name=${author.name}`,
        "-c",
        `user.email=${author.email}`,
        "commit",
        "--quiet",
        "-m",
        message,
      ]);
      return git(["rev-parse", "HEAD"]);
    },
    remove: () => rm(parent, { recursive: true, force: true }),
  };
}
