// The local forge: proposals are branches plus a record in .git/loopcast/proposals/, the way a pull
// request is a branch plus a record on GitHub. Approving is a real `git merge`; edits a person commits
// to the branch before approving are seen as commits not authored by the bot.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import type { SimpleGit } from "simple-git";
import { ForgeError, StateError } from "../errors.ts";
import {
  botEnv,
  commitFilesToNewBranch,
  commitPaths,
  DEFAULT_BOT,
  gitAt,
  type Identity,
  isAncestor,
  refExists,
  requireCleanBranch,
  revParse,
} from "./git.ts";
import type { Forge, Proposal, ProposalInput } from "./types.ts";

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
}

export class LocalForge implements Forge {
  readonly id = "local";
  readonly baseBranch: string;
  private readonly repoDir: string;
  private readonly bot: Identity;
  private readonly now: Date | undefined;
  private readonly git: SimpleGit;
  private readonly recordsDir: string;

  private constructor(opts: LocalForgeOptions & { baseBranch: string; gitDir: string }) {
    this.repoDir = opts.repoDir;
    this.baseBranch = opts.baseBranch;
    this.bot = opts.bot ?? DEFAULT_BOT;
    this.now = opts.now;
    this.git = gitAt(opts.repoDir);
    this.recordsDir = join(opts.gitDir, "loopcast", "proposals");
  }

  /** Opens the repository; refuses a detached HEAD or a dirty working tree (nothing is half-written). */
  static async open(opts: LocalForgeOptions): Promise<LocalForge> {
    const git = gitAt(opts.repoDir);
    const current = opts.readOnly
      ? (await git.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim()
      : await requireCleanBranch(git, "Loopcast");
    const base = opts.baseBranch ?? current;
    if (base !== current && !opts.readOnly) {
      throw new StateError(
        `the base branch is "${base}" but "${current}" is checked out; run \`git switch ${base}\` first`,
      );
    }
    let gitDir = (await git.raw(["rev-parse", "--git-common-dir"])).trim();
    if (!isAbsolute(gitDir)) gitDir = join(opts.repoDir, gitDir);
    return new LocalForge({ ...opts, baseBranch: base, gitDir });
  }

  /**
   * One run at a time per repository: a lock file holding the owner's pid. A lock whose process is gone
   * (a crashed run) is taken over.
   */
  async lock(): Promise<() => Promise<void>> {
    await mkdir(join(this.recordsDir, ".."), { recursive: true });
    const path = join(this.recordsDir, "..", "run.lock");
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(path, String(process.pid), { flag: "wx" });
        return () => rm(path, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
        const pid = Number(await readFile(path, "utf8").catch(() => "0"));
        if (pid && isAlive(pid)) {
          throw new StateError(
            `another Loopcast run (pid ${pid}) is working on this repository; wait for it to finish`,
          );
        }
        await rm(path, { force: true });
      }
    }
    throw new StateError(`could not take the run lock ${path}`);
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

  async getProposal(branch: string): Promise<Proposal | undefined> {
    const record = await this.readRecord(branch);
    return record ? this.refresh(record) : undefined;
  }

  async openProposal(input: ProposalInput): Promise<Proposal> {
    const existing = await this.readRecord(input.branch);
    if (existing) return this.refresh(existing);
    if (await refExists(this.git, `refs/heads/${input.branch}`)) {
      throw new ForgeError(
        `branch ${input.branch} exists but has no proposal record; delete it (git branch -D ${input.branch}) and run again`,
      );
    }
    const parent = await revParse(this.git, this.baseBranch);
    const botSha = await commitFilesToNewBranch({
      repoDir: this.repoDir,
      parent,
      branch: input.branch,
      files: input.files,
      message: input.commitMessage,
      env: botEnv(this.bot, this.now),
    });
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
    } catch (err) {
      // No record means no proposal: remove the branch so nothing is left orphaned.
      await this.git.raw(["update-ref", "-d", `refs/heads/${input.branch}`, botSha]).catch(() => {});
      throw err;
    }
    return this.refresh(record);
  }

  async mergeProposal(branch: string, opts: { by?: string } = {}): Promise<Proposal> {
    const record = await this.requireOpen(branch);
    await requireCleanBranch(this.git, "approving a proposal");
    const current = (await this.git.raw(["symbolic-ref", "--short", "HEAD"])).trim();
    if (current !== this.baseBranch) {
      throw new StateError(
        `approving merges into "${this.baseBranch}" but "${current}" is checked out; run \`git switch ${this.baseBranch}\``,
      );
    }
    try {
      await this.git.raw(["merge", "--no-ff", "--no-edit", "-m", `Merge proposal ${branch}`, branch]);
    } catch (err) {
      await this.git.raw(["merge", "--abort"]).catch(() => {});
      throw new ForgeError(
        `could not merge ${branch}: ${(err as Error).message.split("\n")[0]}; resolve it by hand with git merge ${branch}`,
      );
    }
    record.state = "merged";
    record.mergedSha = (await this.git.raw(["rev-parse", "HEAD"])).trim();
    record.mergedBy = opts.by ?? (await this.userName());
    await this.writeRecord(record);
    return this.refresh(record);
  }

  async closeProposal(branch: string, opts: { by?: string; reason?: string } = {}): Promise<Proposal> {
    const record = await this.requireOpen(branch);
    record.state = "closed";
    record.closedBy = opts.by ?? (await this.userName());
    record.closedAt = new Date().toISOString();
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
    const names = (await this.git.raw(["diff", "--name-only", `${p.botSha}^`, p.headSha]))
      .split("\n")
      .filter(Boolean);
    const out: Array<{ path: string; content: string }> = [];
    for (const path of names)
      out.push({ path, content: (await this.readFile(p.headSha, path)) ?? "(deleted)" });
    return out;
  }

  async readFile(ref: string, path: string): Promise<string | undefined> {
    try {
      return await this.git.raw(["show", `${ref}:${path}`]);
    } catch {
      return undefined;
    }
  }

  async commitState(message: string, paths: string[]): Promise<string | undefined> {
    return commitPaths(gitAt(this.repoDir, botEnv(this.bot, this.now)), message, paths);
  }

  /** Brings a record up to date with the repository: merged or deleted by hand, commits added by people. */
  private async refresh(record: ProposalRecord): Promise<Proposal> {
    const branchRef = `refs/heads/${record.branch}`;
    const exists = await refExists(this.git, branchRef);
    const headSha = exists ? await revParse(this.git, branchRef) : (record.mergedSha ?? record.botSha);
    if (record.state === "open") {
      if (!exists) {
        record.state = "closed";
        record.reason = "branch deleted";
        record.closedAt = new Date().toISOString();
        await this.writeRecord(record);
      } else if (await isAncestor(this.git, headSha, this.baseBranch)) {
        record.state = "merged";
        record.mergedSha = await revParse(this.git, this.baseBranch);
        record.mergedBy = "git";
        await this.writeRecord(record);
      }
    }
    const authors = exists || record.mergedSha ? await this.authorsSince(record.botSha, headSha) : [];
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
    if (record.mergedSha) proposal.mergedSha = record.mergedSha;
    if (record.mergedBy) proposal.mergedBy = record.mergedBy;
    if (record.closedBy) proposal.closedBy = record.closedBy;
    return proposal;
  }

  private async authorsSince(from: string, to: string): Promise<string[]> {
    if (from === to) return [];
    const out = await this.git.raw(["log", "--format=%ae", `${from}..${to}`, "--no-merges"]).catch(() => "");
    return out.split("\n").filter(Boolean);
  }

  private async requireOpen(branch: string): Promise<ProposalRecord> {
    const record = await this.readRecord(branch);
    if (!record) throw new StateError(`no proposal for ${branch}; see \`loopcast review list\``);
    const p = await this.refresh(record);
    if (p.state !== "open") throw new StateError(`proposal ${branch} is already ${p.state}`);
    return record;
  }

  private async userName(): Promise<string> {
    return (await this.git.raw(["config", "user.name"]).catch(() => "")).trim() || "someone";
  }

  private recordPath(branch: string): string {
    return join(this.recordsDir, `${branch.replaceAll("/", "__")}.json`);
  }

  private async readRecord(branch: string): Promise<ProposalRecord | undefined> {
    try {
      return JSON.parse(await readFile(this.recordPath(branch), "utf8")) as ProposalRecord;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new ForgeError(
        `proposal record ${this.recordPath(branch)} is unreadable: ${(err as Error).message}`,
      );
    }
  }

  private async readRecords(): Promise<ProposalRecord[]> {
    let names: string[] = [];
    try {
      names = (await readdir(this.recordsDir)).filter((n) => n.endsWith(".json")).sort();
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

  private async writeRecord(record: ProposalRecord): Promise<void> {
    await mkdir(this.recordsDir, { recursive: true });
    const path = this.recordPath(record.branch);
    // Write then rename, so a crash never leaves half a record.
    await writeFile(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
    await rename(`${path}.tmp`, path);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
