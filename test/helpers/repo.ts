// Real git repositories in temporary folders, seeded with the example configuration.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SimpleGit, simpleGit } from "simple-git";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const EXAMPLE_CONFIG = join(ROOT, "marketing");

export const OWNER = { name: "Owner", email: "owner@example.com" };
export const ALICE = { name: "Alice", email: "alice@example.com" };

export interface TempRepo {
  dir: string;
  git: SimpleGit;
  write(path: string, content: string): Promise<void>;
  read(path: string): Promise<string>;
  commitAll(message: string): Promise<void>;
}

/** A new repository on `main` holding a copy of marketing/ (or nothing), committed by the owner. */
export async function tempRepo(opts: { config?: boolean } = {}): Promise<TempRepo> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-test-"));
  const git = simpleGit({ baseDir: dir });
  await git.init(["-b", "main"]);
  await git.addConfig("user.name", OWNER.name);
  await git.addConfig("user.email", OWNER.email);
  await git.addConfig("commit.gpgsign", "false");
  if (opts.config !== false) {
    await cp(EXAMPLE_CONFIG, join(dir, "marketing"), {
      recursive: true,
      // Only the configuration: state from runs in the example folder is not part of a new repository.
      filter: (src) =>
        !/\/(content|ledger|reports|metrics|exceptions|decisions)(\/|$)/.test(
          src.slice(EXAMPLE_CONFIG.length),
        ),
    });
    await git.add(".");
    await git.commit("initial configuration");
  }
  return {
    dir,
    git,
    write: (path, content) => writeFile(join(dir, path), content),
    read: (path) => readFile(join(dir, path), "utf8"),
    commitAll: async (message) => {
      await git.add(".");
      await git.commit(message);
    },
  };
}
