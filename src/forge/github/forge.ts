// The GitHub forge: a proposal is a pull request from a `loopcast/<cycle>` branch of this repository (never
// a fork). Branches are made locally with one fast-import and pushed with git; pull requests, labels and the
// commit status go through octokit. Reading is cheap by design: one `pulls/list` gives every open proposal,
// and commit authorship comes from git, so a run with nothing to do makes one or two API requests.
import { ForgeError, MergePendingError, StateError } from "../../errors.ts";
import { cycleFromBranch } from "../../state/paths.ts";
import { botEnv, Git, type Identity } from "../git.ts";
import type { Forge, Proposal, ProposalInput } from "../types.ts";
import { createClient, type GitHubClient, type Pacing, toForgeError } from "./client.ts";
import { Commits } from "./commits.ts";
import { Dashboard } from "./dashboard.ts";
import { pathList, withForeignWarning } from "./foreign.ts";
import { GitRemote } from "./git-remote.ts";
import { mergeOrArm } from "./merge.ts";
import { ProposalReader } from "./proposals.ts";
import {
  isOwnProposal,
  PROPOSAL_PREFIX,
  type PullSummary,
  Pulls,
  type RepoRef,
  readMarker,
  withMarker,
} from "./pulls.ts";
import { type OnProtectedBase, StateWriter } from "./state-writer.ts";

export interface GitHubForgeOptions extends RepoRef {
  /** The workspace: a clone of the repository with `origin` pointing at GitHub. */
  repoDir: string;
  token: string;
  apiUrl: string;
  baseBranch: string;
  bot: Identity;
  now?: Date;
  stateBranch?: string;
  onProtectedBase?: OnProtectedBase;
  /** Link for the commit status (the Actions run). */
  runUrl?: string;
  pacing?: Partial<Pacing>;
  log?: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

export class GitHubForge implements Forge {
  readonly id = "github";
  readonly baseBranch: string;
  readonly client: GitHubClient;
  readonly pulls: Pulls;
  readonly dashboard: Dashboard;
  readonly repo: RepoRef;
  readonly bot: Identity;
  private readonly git: Git;
  private readonly remote: GitRemote;
  private readonly commits: Commits;
  private readonly state: StateWriter;
  private readonly now: Date | undefined;
  private readonly runUrl: string | undefined;
  private readonly log: (line: string) => void;
  private readonly reader: ProposalReader;
  private openPulls: Promise<PullSummary[]> | undefined;
  private closedPulls: Promise<PullSummary[]> | undefined;

  private constructor(o: GitHubForgeOptions, client: GitHubClient, remote: GitRemote, state: StateWriter) {
    this.repo = { owner: o.owner, repo: o.repo };
    this.baseBranch = o.baseBranch;
    this.bot = o.bot;
    this.now = o.now;
    this.runUrl = o.runUrl;
    this.log = o.log ?? (() => {});
    this.client = client;
    this.pulls = new Pulls(client.octokit, this.repo);
    this.dashboard = new Dashboard(client.octokit, this.repo);
    this.git = new Git(o.repoDir);
    this.remote = remote;
    this.commits = new Commits(this.git, remote);
    this.reader = new ProposalReader(this.commits, this.pulls, o.bot);
    this.state = state;
  }

  /** Connects to GitHub and brings the workspace to the newest base (one git fetch, no API request). */
  static async open(o: GitHubForgeOptions): Promise<GitHubForge> {
    const client = createClient({
      token: o.token,
      apiUrl: o.apiUrl,
      ...(o.pacing ? { pacing: o.pacing } : {}),
      ...(o.log ? { log: o.log } : {}),
      ...(o.fetch ? { fetch: o.fetch } : {}),
    });
    const git = new Git(o.repoDir);
    const remote = await GitRemote.open(git, o.token);
    let forge: GitHubForge | undefined;
    const state = new StateWriter({
      git: git.with(botEnv(o.bot, o.now)),
      remote,
      base: o.baseBranch,
      stateBranch: o.stateBranch ?? "loopcast-state",
      onProtectedBase: o.onProtectedBase ?? "pull-request",
      ...(o.log ? { log: o.log } : {}),
      onStateBranch: async (branch) => {
        if (o.onProtectedBase !== "state-branch") await forge?.ensureStatePull(branch);
      },
    });
    await state.prepare();
    forge = new GitHubForge(o, client, remote, state);
    return forge;
  }

  get requests(): number {
    return this.client.requests;
  }

  /** Plain sentences about how state was stored (e.g. the base is protected), for the log and summary. */
  get notices(): readonly string[] {
    return this.state.notices;
  }

  async listOpenProposals(): Promise<Proposal[]> {
    return this.reader.toProposals(await this.ownOpen());
  }

  async getProposal(branch: string): Promise<Proposal | undefined> {
    const open = (await this.ownOpen()).find((p) => p.head.ref === branch);
    if (open) return await this.reader.one(open);
    this.closedPulls ??= this.pulls.list("closed", { sort: "updated" });
    let pull = (await this.closedPulls).find((p) => p.head.ref === branch && isOwnProposal(p, this.repo));
    // Closed long ago (beyond the newest hundred): ask for this branch alone.
    pull ??= (await this.pulls.list("all", { head: branch }))
      .filter((p) => isOwnProposal(p, this.repo))
      .sort((a, b) => b.number - a.number)[0];
    if (!pull) return undefined;
    if (pull.merged_at && !this.reader.mergedBy.has(pull.number)) {
      const full = await this.pulls.get(pull.number);
      this.reader.mergedBy.set(pull.number, full.merged_by?.login ?? "");
    } else if (!pull.merged_at && !this.reader.closedBy.has(pull.number)) {
      const { by, reason } = await this.pulls.closing(pull.number);
      this.reader.closedBy.set(pull.number, by);
      if (reason) this.reader.closeReason.set(pull.number, reason);
    }
    return await this.reader.one(pull);
  }

  async openProposals(inputs: ProposalInput[]): Promise<Array<Proposal | Error>> {
    const results: Array<Proposal | Error | undefined> = [];
    const open = await this.ownOpen();
    const fresh: Array<{ index: number; input: ProposalInput }> = [];
    for (const [index, input] of inputs.entries()) {
      const existing = open.find((p) => p.head.ref === input.branch);
      // Idempotent: the proposal a branch already has is returned as it is (a person may have edited it).
      if (existing) results[index] = await this.reader.one(existing);
      else fresh.push({ index, input });
    }
    if (!fresh.length) return results as Array<Proposal | Error>;

    const parent = await this.git.revParse(
      this.state.usesStateBranch ? `refs/remotes/origin/${this.baseBranch}` : "HEAD",
    );
    // Local branches are only a staging area: a stale one from an earlier run in this workspace goes.
    await this.git.run(
      ["update-ref", "--stdin"],
      fresh.map(({ input }) => `delete refs/heads/${input.branch}\n`).join(""),
    );
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
    this.commits.remember(parent, ...shas);
    // One push for every new branch; each must not exist yet on GitHub (an empty lease).
    const pushed = await this.remote.push(
      fresh.map(({ input }) => `refs/heads/${input.branch}:refs/heads/${input.branch}`),
      { leases: fresh.map(({ input }) => `refs/heads/${input.branch}:`) },
    );
    for (const [k, { index, input }] of fresh.entries()) {
      const ref = pushed.refs.find((r) => r.to === `refs/heads/${input.branch}`);
      try {
        if (ref && ref.flag !== "!") {
          results[index] = await this.openPull(input, shas[k] as string);
        } else {
          // Refused: usually the branch exists already (an interrupted run, or a concurrent one that
          // pushed a moment earlier); adopt it if it is the bot's, else say what origin answered.
          results[index] = await this.adoptBranch(input, parent, ref?.summary ?? pushed.message);
        }
      } catch (err) {
        results[index] = err instanceof Error ? err : new Error(String(err));
      }
    }
    return results as Array<Proposal | Error>;
  }

  /**
   * A person's approval (`by`), or Loopcast's own merge (`asBot`: L4 after the review window, L5 at once).
   * The bot merges only its own commit (pinned by sha, so a later push makes GitHub refuse), never over a
   * reviewer's request for changes, and only with green checks; while they run it arms GitHub's auto-merge
   * and throws MergePendingError, since nothing is merged yet.
   */
  async mergeProposal(branch: string, opts: { by?: string; asBot?: boolean } = {}): Promise<Proposal> {
    const pull = await this.requireOpen(branch);
    const cycle = readMarker(pull.body)?.cycle ?? branch;
    if (opts.asBot) {
      const botSha = await this.reader.botShaOf(pull);
      await this.commits.ensure([botSha]);
      if (pull.head.sha !== botSha) {
        const foreign = await this.reader.foreignFilesOf(pull, botSha);
        const beyond = foreign.length
          ? `, and it now also changes ${pathList(foreign, 10)}, which is not its item`
          : "";
        throw new ForgeError(
          `not merging #${pull.number} automatically: someone pushed to it${beyond}, so a person must merge it`,
        );
      }
      if ((await this.commits.authorOf(botSha))?.toLowerCase() !== this.bot.email.toLowerCase()) {
        throw new ForgeError(
          `not merging #${pull.number} automatically: its head is not a commit of ${this.bot.name}`,
        );
      }
      const asked = [...(await this.pulls.latestReviews(pull.number))].filter(
        ([, s]) => s === "CHANGES_REQUESTED",
      );
      if (asked.length) {
        throw new ForgeError(
          `not merging #${pull.number} automatically: ${asked.map(([who]) => `@${who}`).join(", ")} asked for changes`,
        );
      }
      const result = await mergeOrArm(this.pulls, pull, botSha, cycle);
      if (result.outcome !== "merged" || !result.sha) {
        if (result.outcome === "auto-merge-enabled") pull.auto_merge = { enabled: true };
        throw new MergePendingError(result.detail);
      }
      return this.markMerged(pull, result.sha, opts.by ?? this.bot.name);
    }
    const title = `loopcast: approve ${cycle} (#${pull.number})`;
    const body = opts.by ? `Approved by @${opts.by} on the Loopcast dashboard.` : "Approved.";
    let sha: string;
    try {
      sha = await this.pulls.merge(pull.number, pull.head.sha, title, body);
    } catch (err) {
      throw toForgeError(err, `merging #${pull.number} (${branch})`);
    }
    return this.markMerged(pull, sha, opts.by ?? this.bot.name);
  }

  async closeProposal(branch: string, opts: { by?: string; reason?: string } = {}): Promise<Proposal> {
    const pull = await this.requireOpen(branch);
    if (opts.reason) await this.pulls.comment(pull.number, `Closed by Loopcast: ${opts.reason}`);
    const closed = await this.pulls.close(pull.number);
    this.reader.closedBy.set(pull.number, opts.by ?? this.bot.name);
    if (opts.reason) this.reader.closeReason.set(pull.number, opts.reason);
    this.dropOpen(pull.number);
    return this.reader.one(closed);
  }

  /**
   * Deletes the head branches of proposals whose outcome is recorded (`done`): one ls-remote and, when there
   * is something to delete, one push. Each delete is leased on the head it saw, so a branch someone pushed
   * to meanwhile is left alone. (A repository set to delete merged head branches has fewer to delete.)
   */
  async pruneBranches(done: (branch: string) => boolean): Promise<string[]> {
    const heads = await this.remote.heads("loopcast/");
    const gone = [...heads].filter(([branch]) => cycleFromBranch(branch) !== undefined && done(branch));
    if (!gone.length) return [];
    const pushed = await this.remote.push(
      gone.map(([branch]) => `:refs/heads/${branch}`),
      { leases: gone.map(([branch, sha]) => `refs/heads/${branch}:${sha}`) },
    );
    return pushed.refs.filter((r) => r.flag === "-").map((r) => r.to.replace(/^refs\/heads\//, ""));
  }

  async readFiles(specs: Array<{ ref: string; path: string }>): Promise<Array<string | undefined>> {
    await this.commits.ensure(specs.map((s) => s.ref));
    return this.git.readFiles(specs);
  }

  async commitState(message: string, paths: string[]): Promise<string | undefined> {
    return this.state.commit(message, paths);
  }

  /**
   * Puts the warning about files beyond the item at the top of the pull request's description, or takes it
   * away once they are gone; true when the description changed (at most one request, none when it did not).
   */
  async flagForeignFiles(branch: string, files: readonly string[]): Promise<boolean> {
    const pull = (await this.ownOpen()).find((p) => p.head.ref === branch);
    if (!pull) return false;
    const body = withForeignWarning(pull.body, files);
    if (body === (pull.body ?? "")) return false;
    pull.body = (await this.pulls.setBody(pull.number, body)).body;
    return true;
  }

  async cancelAutoMerge(branch: string): Promise<void> {
    const pull = (await this.ownOpen()).find((p) => p.head.ref === branch);
    if (pull?.auto_merge) await this.pulls.disableAutoMerge(pull.node_id);
  }

  async addLabels(branch: string, labels: string[]): Promise<void> {
    await this.pulls.addLabels((await this.requireOpen(branch)).number, labels);
  }

  async removeLabel(branch: string, label: string): Promise<void> {
    await this.pulls.removeLabel((await this.requireOpen(branch)).number, label);
  }

  /** Every open pull request of the repository (one request per hundred), read once per run. */
  allOpenPulls(): Promise<PullSummary[]> {
    this.openPulls ??= this.pulls.list("open");
    return this.openPulls;
  }

  /** Opens the living pull request that carries state into a protected base, unless one is open. */
  async ensureStatePull(branch: string): Promise<void> {
    const open = await this.allOpenPulls();
    if (
      open.some(
        (p) => p.head.ref === branch && p.head.repo?.full_name === `${this.repo.owner}/${this.repo.repo}`,
      )
    )
      return;
    const pull = await this.pulls.create({
      branch,
      base: this.baseBranch,
      title: "[loopcast] State and reports",
      body: [
        `\`${this.baseBranch}\` is protected, so Loopcast keeps its ledger, metrics and reports on \`${branch}\`.`,
        "Each run merges this branch into its workspace first, so nothing is lost while this stays open.",
        `Merge it to bring the state into \`${this.baseBranch}\`; Loopcast opens a new one when there is more.`,
      ].join("\n\n"),
    });
    if (pull) open.push(pull);
  }

  private ownOpen(): Promise<PullSummary[]> {
    return this.allOpenPulls().then((all) => all.filter((p) => isOwnProposal(p, this.repo, PROPOSAL_PREFIX)));
  }

  private async requireOpen(branch: string): Promise<PullSummary> {
    const pull = (await this.ownOpen()).find((p) => p.head.ref === branch);
    if (!pull)
      throw new StateError(`no open pull request for ${branch}; it was merged, closed or never opened`);
    return pull;
  }

  private dropOpen(number: number): void {
    const list = this.openPulls;
    if (list) this.openPulls = list.then((all) => all.filter((p) => p.number !== number));
  }

  private async markMerged(pull: PullSummary, sha: string, by: string): Promise<Proposal> {
    this.reader.mergedBy.set(pull.number, by);
    this.dropOpen(pull.number);
    const merged: PullSummary = {
      ...pull,
      state: "closed",
      merged_at: new Date().toISOString(),
      merge_commit_sha: sha,
    };
    const list = await (this.closedPulls ?? Promise.resolve([]));
    this.closedPulls = Promise.resolve([merged, ...list.filter((p) => p.number !== pull.number)]);
    return this.reader.one(merged);
  }

  /** The branch exists already on GitHub (an interrupted or concurrent run): adopts it if it is the bot's. */
  private async adoptBranch(input: ProposalInput, parent: string, refusal: string): Promise<Proposal> {
    const tracking = `refs/remotes/origin/${input.branch}`;
    try {
      await this.remote.fetch([`+refs/heads/${input.branch}:${tracking}`]);
    } catch {
      throw new ForgeError(
        `origin refused the branch ${input.branch}: ${refusal}; check that the token may push branches`,
      );
    }
    const head = await this.git.revParse(tracking);
    const log = await this.commits.log(parent, head);
    const foreign = log.filter((c) => c.email.toLowerCase() !== this.bot.email.toLowerCase());
    const existing = (await this.pulls.list("all", { head: input.branch }))
      .filter((p) => isOwnProposal(p, this.repo))
      .sort((a, b) => b.number - a.number)[0];
    if (existing) return this.reader.one(existing);
    if (!foreign.length && log.length)
      this.log(`${input.branch} exists from an earlier run; opening its pull request`);
    if (foreign.length || !log.length) {
      throw new ForgeError(
        `branch ${input.branch} already exists on GitHub with commits not made by ${this.bot.name}; delete the branch (or open its pull request by hand) and run again`,
      );
    }
    return this.openPull(input, head);
  }

  private async openPull(input: ProposalInput, botSha: string): Promise<Proposal> {
    const body = withMarker(input.body, { cycle: input.cycle, botSha });
    const created = await this.pulls.create({
      branch: input.branch,
      base: this.baseBranch,
      title: input.title,
      body,
    });
    if (!created) {
      // A concurrent run opened it a moment ago: take that one.
      const theirs = (await this.pulls.list("open", { head: input.branch })).find((p) =>
        isOwnProposal(p, this.repo),
      );
      if (!theirs)
        throw new ForgeError(`GitHub says a pull request for ${input.branch} exists but lists none`);
      return this.reader.one(theirs);
    }
    const labels = [...new Set(["loopcast", ...input.labels])];
    if (input.status?.state === "failure") labels.push("loopcast:checks-failed");
    await this.pulls.addLabels(created.number, labels);
    const checks = input.status ?? {
      state: "success" as const,
      description: "Opened by Loopcast; no checks reported",
    };
    await this.pulls.setStatus(botSha, { ...checks, ...(this.runUrl ? { url: this.runUrl } : {}) });
    const withLabels: PullSummary = { ...created, labels: labels.map((name) => ({ name })) };
    (await this.allOpenPulls()).push(withLabels);
    return this.reader.one(withLabels);
  }
}
