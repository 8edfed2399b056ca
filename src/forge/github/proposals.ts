// Pull requests read back as Proposals: which commit is the bot's (the body's marker, or the leading bot
// commits when a person rewrote the body), how many commits people added (from git, no API request), which
// files beyond its item someone's commits change (one API read, only for an open pull someone pushed to),
// and who merged or closed it (learnt from this run's own actions, or one API read each).
import type { Identity } from "../git.ts";
import type { Proposal } from "../types.ts";
import type { Commits } from "./commits.ts";
import { foreignFiles } from "./foreign.ts";
import { labelNames, type PullSummary, type Pulls, readMarker } from "./pulls.ts";

export class ProposalReader {
  /** By pull number. */
  readonly mergedBy = new Map<number, string>();
  readonly closedBy = new Map<number, string | undefined>();
  /** Why, in the closer's words (their closing comment or review), by pull number. */
  readonly closeReason = new Map<number, string>();
  private readonly commits: Commits;
  private readonly pulls: Pulls;
  private readonly bot: Identity;
  /** Foreign files by pull, head and bot commit: a run reads its proposals several times. */
  private readonly foreign = new Map<string, Promise<string[]>>();

  constructor(commits: Commits, pulls: Pulls, bot: Identity) {
    this.commits = commits;
    this.pulls = pulls;
    this.bot = bot;
  }

  /**
   * Files the pull request changes that Loopcast's own commit did not: what commits pushed after it (under
   * any name) bring along. Asked only of an open pull whose head moved past the bot's commit.
   */
  foreignFilesOf(pull: PullSummary, botSha: string): Promise<string[]> {
    const key = `${pull.number}:${pull.head.sha}:${botSha}`;
    let found = this.foreign.get(key);
    if (!found) {
      found = (async () => {
        const [changed, own] = await Promise.all([
          this.pulls.listFiles(pull.number),
          this.commits.filesOf(botSha),
        ]);
        return foreignFiles(changed, new Set(own));
      })();
      // A failed read is asked again by the next caller rather than remembered.
      found.catch(() => this.foreign.delete(key));
      this.foreign.set(key, found);
    }
    return found;
  }

  /** The commit Loopcast made: from the body's marker, else the last of the leading bot commits. */
  async botShaOf(pull: PullSummary): Promise<string> {
    const marker = readMarker(pull.body);
    if (marker) return marker.botSha;
    await this.commits.ensure([pull.head.sha, pull.base.sha]);
    let sha = pull.head.sha;
    for (const c of await this.commits.log(pull.base.sha, pull.head.sha)) {
      if (c.email.toLowerCase() !== this.bot.email.toLowerCase()) break;
      sha = c.sha;
    }
    return sha;
  }

  async toProposals(pulls: PullSummary[]): Promise<Proposal[]> {
    const bots: string[] = [];
    for (const p of pulls) bots.push(await this.botShaOf(p));
    // Commits to compare, fetched in one go: only where someone pushed after the bot.
    await this.commits.ensure(pulls.flatMap((p, i) => (p.head.sha === bots[i] ? [] : [bots[i], p.head.sha])));
    const out: Proposal[] = [];
    for (const [i, pull] of pulls.entries()) {
      const botSha = bots[i] as string;
      const p: Proposal = {
        id: String(pull.number),
        branch: pull.head.ref,
        title: pull.title,
        url: pull.html_url,
        state: pull.merged_at ? "merged" : pull.state === "open" ? "open" : "closed",
        labels: labelNames(pull),
        botSha,
        headSha: pull.head.sha,
        humanCommits: await this.commits.humanCommits(botSha, pull.head.sha, this.bot.email),
        createdAt: pull.created_at,
        autoMergeEnabled: pull.auto_merge != null,
      };
      if (p.state === "open" && pull.head.sha !== botSha) {
        const foreign = await this.foreignFilesOf(pull, botSha);
        if (foreign.length) p.foreignFiles = foreign;
      }
      if (pull.merged_at && pull.merge_commit_sha) p.mergedSha = pull.merge_commit_sha;
      const mergedBy = this.mergedBy.get(pull.number) ?? pull.merged_by?.login;
      if (pull.merged_at && mergedBy) p.mergedBy = mergedBy;
      const closedBy = this.closedBy.get(pull.number);
      if (!pull.merged_at && pull.state !== "open" && closedBy) p.closedBy = closedBy;
      const reason = this.closeReason.get(pull.number);
      if (!pull.merged_at && pull.state !== "open" && reason) p.closeReason = reason;
      // Merged without Loopcast's commit in its history: someone rewrote (force-pushed) the branch.
      if (
        pull.merged_at &&
        pull.head.sha !== botSha &&
        !(await this.commits.isAncestor(botSha, pull.head.sha))
      )
        p.rewritten = true;
      out.push(p);
    }
    return out;
  }

  async one(pull: PullSummary): Promise<Proposal> {
    return (await this.toProposals([pull]))[0] as Proposal;
  }
}
