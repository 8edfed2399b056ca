// The local forge: proposals are branches plus a record in .git/loopcast/proposals/, the way a pull
// request is a branch plus a record on GitHub. Approving is a real `git merge`; edits a person commits
// to the branch before approving are seen as commits not authored by the bot.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { ForgeError, StateError } from "../errors.ts";
import {
  botEnv,
  checkBranch,
  commitPaths,
  DEFAULT_BOT,
  Git,
  gitAt,
  type Identity,
  requireCleanBranch,
} from "./git.ts";
import type { StateWrite } from "./recover.ts";
import { startRun } from "./run-start.ts";
import type { Forge, Proposal, ProposalInput, RunOutcome } from "./types.ts";

interface ProposalRecord {
  branch: string;
  cycle: string;
  title: string;
  body: string;
  labels: string[];
  botSha: string;
  state: "open" | "merged" | "closed";
  createdAt: string;
  mergedSha?: string;
  mergedBy?: string;
  closedBy?: string;
  closedAt?: string;
  reason?: string;
}

export interface LocalForgeOptions {
  repoDir: string;
  /** Default: the branch checked out. */
  baseBranch?: string;
  bot?: Identity;
  /** Logical time of this run, used for the bot's commit dates. */
  now?: Date;
  /** Only reading (review list/show): a dirty working tree is fine. */
  readOnly?: boolean;
  /**
   * The state files a run writes (state/paths.ts `runWrites`). Uncommitted changes to them do not stop
   * `open()`: `lock()` finishes them when an interrupted run left them, and refuses them otherwise.
   */
  runWrites?: StateWrite[];
}

export class LocalForge implements Forge {
  readonly id = "local";
  readonly baseBranch: string;
  private readonly repoDir: string;
  readonly bot: Identity;
  private readonly now: Date | undefined;
  private readonly git: Git;
  /** Branch heads and merged branches, read once and dropped whenever this forge changes a ref. */
  private snapshot: Promise<{ heads: Map<string, string>; merged: Set<string> }> | undefined;
  /**
   * The base branch's head, read once (a run records many merges at once) and dropped whenever this forge
   * moves the base: a merge, a state commit.
   */
  private baseHead: Promise<string> | undefined;
  private readonly recordsDir: string;
  /** `--git-dir` (the index) and `--git-common-dir` (refs, and `loopcast/`), absolute. */
  private readonly gitDir: string;
  private readonly commonDir: string;
  private readonly runWrites: StateWrite[] | undefined;
  /** open() let uncommitted state files through: lock() decides whether an interrupted run left them. */
  private readonly deferred: boolean;
  /** What this forge did besides what it was asked (an interrupted run finished, a stale lock removed). */
  readonly notices: string[] = [];

  private constructor(
    opts: LocalForgeOptions & { baseBranch: string; gitDir: string; commonDir: string; deferred: boolean },
  ) {
    this.repoDir = opts.repoDir;
    this.baseBranch = opts.baseBranch;
    this.bot = opts.bot ?? DEFAULT_BOT;
    this.now = opts.now;
    this.git = new Git(opts.repoDir);
    this.gitDir = opts.gitDir;
    this.commonDir = opts.commonDir;
    this.recordsDir = join(opts.commonDir, "loopcast", "proposals");
    this.runWrites = opts.runWrites;
    this.deferred = opts.deferred;
  }

  /**
   * Opens the repository; refuses a detached HEAD or a dirty working tree (nothing is half-written) — but
   * with `runWrites`, changes to state files are left for lock() to judge.
   */
  static async open(opts: LocalForgeOptions): Promise<LocalForge> {
    const git = new Git(opts.repoDir);
    const checked = opts.readOnly
      ? { branch: (await git.currentBranch()) ?? "", deferred: [] }
      : await checkBranch(git, "Loopcast", opts.runWrites?.map((w) => w.dir) ?? []);
    const current = checked.branch;
    const base = opts.baseBranch ?? current;
    if (base !== current && !opts.readOnly) {
      throw new StateError(
        `the base branch is "${base}" but "${current}" is checked out; run \`git switch ${base}\` first`,
      );
    }
    const [gitDir, commonDir] = (await git.out(["rev-parse", "--git-dir", "--git-common-dir"]))
      .split("\n")
      .slice(0, 2)
      .map((d) => (isAbsolute(d) ? d : join(opts.repoDir, d))) as [string, string];
    return new LocalForge({
      ...opts,
      baseBranch: base,
      gitDir,
      commonDir,
      deferred: checked.deferred.length > 0,
    });
  }

  /** One run at a time per repository, and what a run does under the lock before it writes (run-start.ts). */
  async lock(): Promise<(outcome?: RunOutcome) => Promise<void>> {
    const release = await startRun({
      repoDir: this.repoDir,
      gitDir: this.gitDir,
      commonDir: this.commonDir,
      branch: this.baseBranch,
      git: this.git,
      botGit: this.git.with(botEnv(this.bot, this.now)),
      runWrites: this.runWrites,
      checked: !this.deferred,
      notices: this.notices,
    });
    this.baseHead = undefined; // an interrupted run's writes may have been committed
    return release;
  }

  async listOpenProposals(): Promise<Proposal[]> {
    const records = await this.readRecords();
    const out: Proposal[] = [];
    for (const r of records.filter((r) => r.state === "open")) {
      const p = await this.refresh(r);
      if (p.state === "open") out.push(p);
    }
    return out;
  }

  /**
   * Deletes the branches of proposals whose outcome is recorded (`done`), merged or closed: a merged branch
   * is in the base branch's history, and a rejected one's record keeps its commits' ids. Returns them.
   */
  async pruneBranches(done: (branch: string) => boolean): Promise<string[]> {
    const snap = await this.readSnapshot();
    const deleted: string[] = [];
    for (const [branch, sha] of snap.heads) {
      if (!done(branch)) continue;
      const record = await this.readRecord(branch);
      if (!record || record.state === "open") continue;
      // update-ref with the expected head: a branch someone moved meanwhile is left alone.
      if ((await this.git.run(["update-ref", "-d", `refs/heads/${branch}`, sha])).code === 0)
        deleted.push(branch);
    }
    if (deleted.length) this.snapshot = undefined;
    return deleted;
  }

  async getProposal(branch: string): Promise<Proposal | undefined> {
    const record = await this.readRecord(branch);
    return record ? this.refresh(record) : undefined;
  }

  async openProposals(inputs: ProposalInput[]): Promise<Array<Proposal | Error>> {
    const results: Array<Proposal | Error | undefined> = [];
    const fresh: Array<{ index: number; input: ProposalInput }> = [];
    const snap = await this.readSnapshot();
    for (const [index, input] of inputs.entries()) {
      const existing = await this.readRecord(input.branch);
      if (existing) results[index] = await this.refresh(existing);
      else if (snap.heads.has(input.branch)) {
        results[index] = new ForgeError(
          `branch ${input.branch} exists but has no proposal record; delete it (git branch -D ${input.branch}) and run again`,
        );
      } else fresh.push({ index, input });
    }
    if (fresh.length) {
      const parent = await this.readBaseHead();
      const shas = await this.git.createBranches(
        fresh.map(({ input }) => ({
          branch: input.branch,
          parent,
          files: input.files,
          message: input.commitMessage,
        })),
        this.bot,
        this.now ?? new Date(),
      );
      for (const [k, { index, input }] of fresh.entries()) {
        const botSha = shas[k] as string;
        snap.heads.set(input.branch, botSha);
        const record: ProposalRecord = {
          branch: input.branch,
          cycle: input.cycle,
          title: input.title,
          body: input.body,
          labels: input.labels,
          botSha,
          state: "open",
          createdAt: (this.now ?? new Date()).toISOString(),
        };
        try {
          await this.writeRecord(record);
          results[index] = {
            id: record.branch,
            branch: record.branch,
            title: record.title,
            state: "open",
            labels: record.labels,
            botSha,
            headSha: botSha,
            humanCommits: 0,
          };
        } catch (err) {
          // No record means no proposal: remove the branch so nothing is left orphaned.
          await this.git.run(["update-ref", "-d", `refs/heads/${input.branch}`, botSha]);
          snap.heads.delete(input.branch);
          results[index] = err as Error;
        }
      }
    }
    return results as Array<Proposal | Error>;
  }

  async mergeProposal(branch: string, opts: { by?: string; asBot?: boolean } = {}): Promise<Proposal> {
    const record = await this.requireOpen(branch);
    await requireCleanBranch(this.git, "approving a proposal");
    const current = await this.git.currentBranch();
    if (current !== this.baseBranch) {
      throw new StateError(
        `approving merges into "${this.baseBranch}" but "${current}" is checked out; run \`git switch ${this.baseBranch}\``,
      );
    }
    this.snapshot = undefined;
    this.baseHead = undefined;
    // simple-git's porcelain merge, with the person's own git identity (or the bot's for an auto-merge).
    // A person's merge keeps their identity; with a given time (`--at`, a simulation) it carries that time.
    const dated = this.now
      ? { GIT_AUTHOR_DATE: this.now.toISOString(), GIT_COMMITTER_DATE: this.now.toISOString() }
      : {};
    const porcelain = await gitAt(this.repoDir, opts.asBot ? botEnv(this.bot, this.now) : dated);
    try {
      await porcelain.merge(["--no-ff", "--no-edit", "-m", `Merge proposal ${branch}`, branch]);
    } catch (err) {
      await porcelain.merge(["--abort"]).catch(() => {});
      // A conflict in this repository is for a person to resolve, not an outside service that failed (exit 1).
      throw new StateError(
        `could not merge ${branch}: ${(err as Error).message.split("\n")[0]}; resolve it by hand with git merge ${branch}`,
      );
    }
    record.state = "merged";
    record.mergedSha = await this.git.revParse("HEAD");
    record.mergedBy = opts.by ?? (opts.asBot ? this.bot.name : await this.userName());
    await this.writeRecord(record);
    return this.refresh(record);
  }

  /** Adds a label, as a reviewer does on GitHub (e.g. loopcast:override before approving). */
  async addLabel(branch: string, label: string): Promise<void> {
    await this.addLabels(branch, [label]);
  }

  async addLabels(branch: string, labels: string[]): Promise<void> {
    const record = await this.requireOpen(branch);
    for (const label of labels) if (!record.labels.includes(label)) record.labels.push(label);
    await this.writeRecord(record);
  }

  async closeProposal(branch: string, opts: { by?: string; reason?: string } = {}): Promise<Proposal> {
    const record = await this.requireOpen(branch);
    record.state = "closed";
    record.closedBy = opts.by ?? (await this.userName());
    record.closedAt = (this.now ?? new Date()).toISOString();
    if (opts.reason) record.reason = opts.reason;
    await this.writeRecord(record);
    return this.refresh(record);
  }

  /** The description written when the proposal was opened. */
  async proposalBody(branch: string): Promise<string> {
    return (await this.readRecord(branch))?.body ?? "";
  }

  /** Files the proposal changes relative to the base it was made from, as they are at its head. */
  async changedFiles(p: Proposal): Promise<Array<{ path: string; content: string }>> {
    const names = (await this.git.out(["diff", "--name-only", `${p.botSha}^`, p.headSha]))
      .split("\n")
      .filter(Boolean);
    const contents = await this.readFiles(names.map((path) => ({ ref: p.headSha, path })));
    return names.map((path, i) => ({ path, content: contents[i] ?? "(deleted)" }));
  }

  async readFiles(specs: Array<{ ref: string; path: string }>): Promise<Array<string | undefined>> {
    return this.git.readFiles(specs);
  }

  async commitState(message: string, paths: string[]): Promise<string | undefined> {
    this.baseHead = undefined;
    return commitPaths(this.git.with(botEnv(this.bot, this.now)), message, paths);
  }

  /** Brings a record up to date with the repository: merged or deleted by hand, commits added by people. */
  private async refresh(record: ProposalRecord): Promise<Proposal> {
    const snap = await this.readSnapshot();
    const liveHead = snap.heads.get(record.branch);
    const exists = liveHead !== undefined;
    const headSha = liveHead ?? record.mergedSha ?? record.botSha;
    if (record.state === "open") {
      if (!exists) {
        record.state = "closed";
        record.reason = "branch deleted";
        record.closedAt = (this.now ?? new Date()).toISOString();
        await this.writeRecord(record);
      } else if (snap.merged.has(record.branch)) {
        record.state = "merged";
        record.mergedSha = await this.readBaseHead();
        record.mergedBy = "git";
        await this.writeRecord(record);
      }
    }
    const authors = await this.git.authors(record.botSha, headSha);
    const proposal: Proposal = {
      id: record.branch,
      branch: record.branch,
      title: record.title,
      state: record.state,
      labels: record.labels,
      botSha: record.botSha,
      headSha,
      humanCommits: authors.filter((email) => email !== this.bot.email).length,
    };
    // Commits after Loopcast's (whoever they claim to be by): which files they touch beyond its own.
    if (headSha !== record.botSha && record.state === "open") {
      const names = async (from: string, to: string) =>
        (await this.git.out(["diff", "--name-only", from, to])).split("\n").filter(Boolean);
      const own = new Set(await names(`${record.botSha}^`, record.botSha));
      // Commits that came from the base branch (a person brought the branch up to date) are not foreign.
      const pushed = (
        await this.git.out([
          "log",
          "--format=",
          "--name-only",
          "--no-merges",
          `${record.botSha}..${headSha}`,
          "--not",
          await this.readBaseHead(),
        ])
      )
        .split("\n")
        .filter(Boolean);
      const foreign = [...new Set(pushed)].filter((f) => !own.has(f)).sort();
      if (foreign.length) proposal.foreignFiles = foreign;
    }
    if (record.mergedSha) proposal.mergedSha = record.mergedSha;
    if (record.mergedBy) proposal.mergedBy = record.mergedBy;
    if (record.closedBy) proposal.closedBy = record.closedBy;
    if (headSha !== record.botSha && !(await this.git.isAncestor(record.botSha, headSha)))
      proposal.rewritten = true;
    if (record.state === "closed" && record.reason) proposal.closeReason = record.reason;
    return proposal;
  }

  private readBaseHead(): Promise<string> {
    this.baseHead ??= this.git.revParse(this.baseBranch);
    return this.baseHead;
  }

  private readSnapshot() {
    this.snapshot ??= (async () => ({
      heads: await this.git.heads("refs/heads/loopcast/"),
      merged: await this.git.mergedInto(this.baseBranch, "refs/heads/loopcast/"),
    }))();
    return this.snapshot;
  }

  private async requireOpen(branch: string): Promise<ProposalRecord> {
    const record = await this.readRecord(branch);
    if (!record) throw new StateError(`no proposal for ${branch}; see \`loopcast review list\``);
    const p = await this.refresh(record);
    if (p.state !== "open") throw new StateError(`proposal ${branch} is already ${p.state}`);
    return record;
  }

  private async userName(): Promise<string> {
    return (await this.git.run(["config", "user.name"])).stdout.trim() || "someone";
  }

  private recordPath(branch: string): string {
    return join(this.recordsDir, `${branch.replaceAll("/", "__")}.json`);
  }

  private async readRecord(branch: string): Promise<ProposalRecord | undefined> {
    try {
      return JSON.parse(readFileSync(this.recordPath(branch), "utf8")) as ProposalRecord;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new StateError(
        `proposal record ${this.recordPath(branch)} is unreadable: ${(err as Error).message}`,
      );
    }
  }

  private async readRecords(): Promise<ProposalRecord[]> {
    let names: string[] = [];
    try {
      names = readdirSync(this.recordsDir)
        .filter((n) => n.endsWith(".json"))
        .sort();
    } catch {
      return [];
    }
    const out: ProposalRecord[] = [];
    for (const n of names) {
      const r = await this.readRecord(n.slice(0, -5).replaceAll("__", "/"));
      if (r) out.push(r);
    }
    return out;
  }

  // Records are read and written synchronously: a run reads and writes one per proposal, and each
  // asynchronous call is several round trips to the thread pool for a file of a few hundred bytes.
  private async writeRecord(record: ProposalRecord): Promise<void> {
    mkdirSync(this.recordsDir, { recursive: true });
    const path = this.recordPath(record.branch);
    // Write then rename, so a crash never leaves half a record.
    writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  }
}
