// Commits state (ledger, reports, published output) and pushes it. Only the bot writes state and one run
// at a time (the workflow's concurrency group), so a rejected push means the base moved under us: fetch,
// rebase, push again. A rebase that conflicts means another run wrote the same cycle's files at the same
// moment; stopping is then the safe answer, and it is what makes a publish intent a compare-and-swap: two
// runs cannot both commit the intent to publish the same item.
//
// When the base branch is protected against the bot's pushes, state goes to a state branch instead (and,
// by default, a living pull request into the base); later runs merge that branch into their workspace
// first, so they see the state they wrote.
import { ForgeError, StateError } from "../../errors.ts";
import { commitPaths, type Git } from "../git.ts";
import type { GitRemote } from "./git-remote.ts";

export type OnProtectedBase = "pull-request" | "state-branch" | "fail";

export interface StateWriterOptions {
  /** The workspace's git, with the bot's identity in its environment. */
  git: Git;
  remote: GitRemote;
  base: string;
  stateBranch: string;
  onProtectedBase: OnProtectedBase;
  log?: (line: string) => void;
  /** Called after state went to the state branch (e.g. to open the living pull request). */
  onStateBranch?: (branch: string) => Promise<void>;
}

const MAX_ATTEMPTS = 4;

export class StateWriter {
  private readonly o: StateWriterOptions;
  /** The branch state is pushed to: the base, or the state branch once the base refused us. */
  target: string;
  readonly notices: string[] = [];

  constructor(opts: StateWriterOptions) {
    this.o = opts;
    this.target = opts.base;
  }

  get usesStateBranch(): boolean {
    return this.target !== this.o.base;
  }

  /**
   * Brings the workspace to the newest base (and state branch, if one is in use), on the base branch.
   * One fetch; refuses a working tree with uncommitted changes.
   */
  async prepare(): Promise<void> {
    const { git, remote, base, stateBranch } = this.o;
    await remote.fetch([
      `+refs/heads/${base}:refs/remotes/origin/${base}`,
      // A glob refspec matches nothing without failing when the state branch does not exist.
      `+refs/heads/${stateBranch}*:refs/remotes/origin/${stateBranch}*`,
    ]);
    const dirty = (await git.out(["status", "--porcelain", "--untracked-files=no"])).trim();
    if (dirty) {
      throw new StateError(
        `the workspace has uncommitted changes (${dirty.split("\n").slice(0, 3).join(", ")}); Loopcast runs on a clean checkout — remove the steps that change files before it`,
      );
    }
    const upstream = `refs/remotes/origin/${base}`;
    const current = (await git.run(["symbolic-ref", "--quiet", "--short", "HEAD"])).stdout.trim();
    if (current !== base) {
      await git.out(["checkout", "--quiet", "-B", base, upstream]);
    } else if (await isAncestor(git, "HEAD", upstream)) {
      await git.out(["merge", "--quiet", "--ff-only", upstream]);
    }
    const state = `refs/remotes/origin/${stateBranch}`;
    if ((await git.run(["rev-parse", "--verify", "--quiet", state])).code === 0) {
      if (!(await isAncestor(git, state, "HEAD"))) {
        const r = await git.run([
          "merge",
          "--quiet",
          "--no-edit",
          "-m",
          `loopcast: bring in state from ${stateBranch}`,
          state,
        ]);
        if (r.code !== 0) {
          await git.run(["merge", "--abort"]);
          throw new StateError(
            `the state branch ${stateBranch} conflicts with ${base}; merge it by hand (or delete it if ${base} already has its state)`,
          );
        }
        this.useStateBranch(`state is kept on ${stateBranch} because ${base} did not accept it`);
      }
    }
  }

  /** Commits the paths (already written) and pushes; returns the pushed head, or undefined if nothing changed. */
  async commit(message: string, paths: string[]): Promise<string | undefined> {
    const sha = await commitPaths(this.o.git, message, paths);
    if (!sha) return undefined;
    return this.push();
  }

  private useStateBranch(notice: string): void {
    this.target = this.o.stateBranch;
    if (!this.notices.includes(notice)) this.notices.push(notice);
  }

  private async push(): Promise<string> {
    const { git, remote, base, stateBranch } = this.o;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await remote.push([`HEAD:refs/heads/${this.target}`]);
      const ref = result.refs[0];
      if (ref && ref.flag !== "!") {
        if (this.usesStateBranch) await this.o.onStateBranch?.(this.target);
        return (await git.out(["rev-parse", "HEAD"])).trim();
      }
      if (result.protectedBranch && this.target === base) {
        if (this.o.onProtectedBase === "fail") {
          throw new StateError(
            `${base} is protected and refused the bot's push; allow the bot to push to ${base}, or set \`on-protected-base\` to pull-request or state-branch`,
          );
        }
        this.useStateBranch(
          `${base} is protected, so state and reports went to the branch ${stateBranch}${this.o.onProtectedBase === "pull-request" ? `, with a pull request into ${base}` : ""}; merge it to bring them into ${base}, or let the bot push to ${base}`,
        );
        this.o.log?.(this.notices.at(-1) as string);
        continue;
      }
      // A ref that moved under us is retried: the usual non-fast-forward answer, and the remote's lost race
      // on the ref lock when two pushes arrive at once ("failed to update ref" / "cannot lock ref").
      if (
        !ref ||
        !/fetch first|non-fast-forward|stale info|failed to update ref|cannot lock ref/.test(
          `${ref.summary} ${result.message}`,
        )
      ) {
        throw new ForgeError(
          `origin refused the push of state to ${this.target}: ${ref?.summary ?? ""} ${result.message}`.trim(),
        );
      }
      this.o.log?.(`${this.target} moved while this run worked; catching up (attempt ${attempt})`);
      await remote.fetch([`+refs/heads/${this.target}:refs/remotes/origin/${this.target}`]);
      await this.catchUp(`refs/remotes/origin/${this.target}`);
    }
    throw new ForgeError(
      `could not push state to ${this.target} after ${MAX_ATTEMPTS} attempts: it keeps moving; the next run continues from what is there`,
    );
  }

  /** Rebase onto the base (a straight history); merge on the state branch, which already holds merges. */
  private async catchUp(upstream: string): Promise<void> {
    const { git } = this.o;
    const rebase = !this.usesStateBranch;
    const r = rebase
      ? await git.run(["rebase", "--quiet", upstream])
      : await git.run(["merge", "--quiet", "--no-edit", upstream]);
    if (r.code === 0) return;
    await git.run(rebase ? ["rebase", "--abort"] : ["merge", "--abort"]);
    throw new StateError(
      `another Loopcast run wrote the same state files at the same time (${this.target} moved and the changes overlap); this run stopped before doing anything twice — the next run continues from the pushed state`,
    );
  }
}

async function isAncestor(git: Git, a: string, b: string): Promise<boolean> {
  return (await git.run(["merge-base", "--is-ancestor", a, b])).code === 0;
}
