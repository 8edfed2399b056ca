// Commit facts read from git rather than the API: who wrote the commits on a proposal, and the objects
// needed to read files at a proposal's commits. Git costs no API requests, and one fetch brings every
// missing commit at once.
import { ForgeError } from "../../errors.ts";
import type { Git } from "../git.ts";
import type { GitRemote } from "./git-remote.ts";

export class Commits {
  private readonly git: Git;
  private readonly remote: GitRemote;
  private readonly known = new Set<string>();

  constructor(git: Git, remote: GitRemote) {
    this.git = git;
    this.remote = remote;
  }

  /** Marks commits this run made itself, so they are never fetched. */
  remember(...shas: string[]): void {
    for (const s of shas) this.known.add(s);
  }

  /** Makes sure every sha is present locally: one `cat-file` to check, at most one fetch for the rest. */
  async ensure(shas: Array<string | undefined>): Promise<void> {
    const wanted = [...new Set(shas.filter((s): s is string => !!s && /^[0-9a-f]{40}$/.test(s)))].filter(
      (s) => !this.known.has(s),
    );
    if (!wanted.length) return;
    const r = await this.git.run(["cat-file", "--batch-check"], `${wanted.join("\n")}\n`);
    const missing = r.stdout
      .split("\n")
      .filter((l) => l.endsWith(" missing"))
      .map((l) => l.split(" ")[0] as string);
    if (missing.length) await this.remote.fetch(missing);
    this.remember(...wanted);
  }

  /** Whether `ancestor` is in the history of `of` (false too when either is not known here). */
  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return (await this.git.run(["merge-base", "--is-ancestor", ancestor, of])).code === 0;
  }

  /** Commits after the bot's own (`botSha..head`, merges excluded) whose author is not the bot. */
  async humanCommits(botSha: string, headSha: string, botEmail: string): Promise<number> {
    if (botSha === headSha) return 0;
    const r = await this.git.run(["log", "--format=%ae", "--no-merges", `${botSha}..${headSha}`]);
    if (r.code !== 0) return 0;
    return r.stdout.split("\n").filter((e) => e && e.toLowerCase() !== botEmail.toLowerCase()).length;
  }

  /** Author emails of base..head, oldest first, with their shas. */
  async log(base: string, head: string): Promise<Array<{ sha: string; email: string }>> {
    const r = await this.git.run(["log", "--reverse", "--no-merges", "--format=%H %ae", `${base}..${head}`]);
    if (r.code !== 0) return [];
    return r.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        const [sha, email] = l.split(" ") as [string, string];
        return { sha, email };
      });
  }

  /** The paths one commit changes against its first parent (a rename under both names). */
  async filesOf(sha: string): Promise<string[]> {
    const r = await this.git.run(["diff-tree", "-r", "-z", "--root", "--name-only", "--no-commit-id", sha]);
    if (r.code !== 0)
      throw new ForgeError(`cannot read the files of commit ${sha.slice(0, 7)}: ${r.stderr.trim()}`);
    return r.stdout.split("\0").filter(Boolean);
  }

  async authorOf(sha: string): Promise<string | undefined> {
    const r = await this.git.run(["log", "-1", "--format=%ae", sha]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }
}
