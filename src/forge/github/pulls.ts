// Pull requests as Loopcast reads and writes them: the few fields it needs, the marker it leaves in the
// body, and the REST calls. Kept apart from the Forge class so each call and its cost are easy to see.
import type { Octokit } from "octokit";
import { messageOf, statusOf, toForgeError } from "./client.ts";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The fields of GitHub's pull-request (and pull-request-simple) shape that Loopcast uses. */
export interface PullSummary {
  number: number;
  node_id: string;
  html_url: string;
  title: string;
  body: string | null;
  state: string;
  created_at: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  labels: Array<{ name?: string }>;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { ref: string; sha: string };
  auto_merge: unknown | null;
  merged_by?: { login: string } | null;
}

/** What Loopcast writes at the end of a body: the cycle and the commit it made, read back on later runs. */
export interface Marker {
  cycle: string;
  botSha: string;
}

const MARKER = /<!-- loopcast:proposal (\{[^<>]*\}) -->/;

export function withMarker(body: string, marker: Marker): string {
  return `${body.trimEnd()}\n\n<!-- loopcast:proposal ${JSON.stringify(marker)} -->\n`;
}

export function readMarker(body: string | null): Marker | undefined {
  const m = MARKER.exec(body ?? "");
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1] as string) as Partial<Marker>;
    return typeof v.cycle === "string" && typeof v.botSha === "string" && /^[0-9a-f]{40}$/.test(v.botSha)
      ? { cycle: v.cycle, botSha: v.botSha }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Every Loopcast branch starts with this: proposals (`loopcast/<cycle>`) and config changes (`loopcast/config/…`). */
export const PROPOSAL_PREFIX = "loopcast/";

export function labelNames(pull: Pick<PullSummary, "labels">): string[] {
  return pull.labels.map((l) => l.name ?? "").filter(Boolean);
}

/** A pull from this repository (never a fork) whose head is a Loopcast branch. */
export function isOwnProposal(pull: PullSummary, repo: RepoRef, prefix = PROPOSAL_PREFIX): boolean {
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  return pull.head.ref.startsWith(prefix) && pull.head.repo?.full_name.toLowerCase() === fullName;
}

export class Pulls {
  private readonly octokit: Octokit;
  private readonly repo: RepoRef;

  constructor(octokit: Octokit, repo: RepoRef) {
    this.octokit = octokit;
    this.repo = repo;
  }

  /** One page of up to 100 pulls; a run with nothing to do needs exactly one of these. */
  async list(
    state: "open" | "closed" | "all",
    opts: { head?: string; sort?: "created" | "updated" } = {},
  ): Promise<PullSummary[]> {
    try {
      const params = {
        ...this.repo,
        state,
        per_page: 100,
        ...(opts.head ? { head: `${this.repo.owner}:${opts.head}` } : {}),
        ...(opts.sort ? { sort: opts.sort, direction: "desc" as const } : {}),
      };
      // Open pulls: every page (there may be more than 100); closed ones: the newest page is enough.
      if (state === "open")
        return (await this.octokit.paginate(this.octokit.rest.pulls.list, params)) as PullSummary[];
      return (await this.octokit.rest.pulls.list(params)).data as PullSummary[];
    } catch (err) {
      throw toForgeError(err, `listing ${state} pull requests of ${this.repo.owner}/${this.repo.repo}`);
    }
  }

  async get(number: number): Promise<PullSummary> {
    try {
      return (await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number })).data as PullSummary;
    } catch (err) {
      throw toForgeError(err, `reading pull request #${number}`);
    }
  }

  /** Opens a pull; `undefined` when one is already open for the branch (a concurrent run made it). */
  async create(input: {
    branch: string;
    base: string;
    title: string;
    body: string;
  }): Promise<PullSummary | undefined> {
    try {
      const { data } = await this.octokit.rest.pulls.create({
        ...this.repo,
        head: input.branch,
        base: input.base,
        title: input.title,
        body: input.body,
        maintainer_can_modify: true,
      });
      return data as PullSummary;
    } catch (err) {
      if (statusOf(err) === 422 && /already exists/i.test(messageOf(err))) {
        return undefined;
      }
      throw toForgeError(err, `opening a pull request for ${input.branch}`);
    }
  }

  /**
   * The files a pull request changes, as its "Files changed" tab shows them (its head against the merge
   * base with its base, so a merge of the base into it adds nothing): every page, up to GitHub's 3,000.
   * A renamed file counts under both names.
   */
  async listFiles(number: number): Promise<string[]> {
    try {
      const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
        ...this.repo,
        pull_number: number,
        per_page: 100,
      });
      return [
        ...new Set(
          files.flatMap((f) => (f.previous_filename ? [f.previous_filename, f.filename] : [f.filename])),
        ),
      ];
    } catch (err) {
      throw toForgeError(err, `listing the files of pull request #${number}`);
    }
  }

  async setBody(number: number, body: string): Promise<PullSummary> {
    try {
      return (await this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, body }))
        .data as PullSummary;
    } catch (err) {
      throw toForgeError(err, `updating the description of pull request #${number}`);
    }
  }

  async close(number: number): Promise<PullSummary> {
    try {
      return (await this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, state: "closed" }))
        .data as PullSummary;
    } catch (err) {
      throw toForgeError(err, `closing pull request #${number}`);
    }
  }

  /** Merges only if the head is still `sha` (GitHub answers 409 otherwise), so nobody's later commit slips in. */
  async merge(number: number, sha: string, title: string, message: string): Promise<string> {
    const { data } = await this.octokit.rest.pulls.merge({
      ...this.repo,
      pull_number: number,
      sha,
      merge_method: "merge",
      commit_title: title,
      commit_message: message,
    });
    return data.sha;
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    if (!labels.length) return;
    try {
      await this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels });
    } catch (err) {
      throw toForgeError(err, `labelling #${number}`);
    }
  }

  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.octokit.rest.issues.removeLabel({ ...this.repo, issue_number: number, name: label });
    } catch (err) {
      if (statusOf(err) === 404) return; // already gone: what we wanted
      throw toForgeError(err, `removing the label ${label} from #${number}`);
    }
  }

  async comment(number: number, body: string): Promise<void> {
    try {
      await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body });
    } catch (err) {
      throw toForgeError(err, `commenting on #${number}`);
    }
  }

  async closedBy(number: number): Promise<string | undefined> {
    return (await this.closing(number)).by;
  }

  /**
   * Who closed a pull request without merging it, and why in their own words: the latest comment or review
   * they wrote on it up to a minute after closing (GitHub's "Close with comment" posts the comment first).
   */
  async closing(number: number): Promise<{ by?: string; reason?: string }> {
    try {
      const { data } = await this.octokit.rest.issues.get({ ...this.repo, issue_number: number });
      const by = data.closed_by?.login;
      if (!by) return {};
      const until = Date.parse(data.closed_at ?? "") + 60_000;
      const [comments, reviews] = await Promise.all([
        this.octokit.paginate(this.octokit.rest.issues.listComments, {
          ...this.repo,
          issue_number: number,
          per_page: 100,
        }),
        this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
          ...this.repo,
          pull_number: number,
          per_page: 100,
        }),
      ]);
      const said = [
        ...comments.map((c) => ({ who: c.user?.login, at: c.created_at, body: c.body ?? "" })),
        ...reviews.map((r) => ({ who: r.user?.login, at: r.submitted_at ?? "", body: r.body ?? "" })),
      ]
        .filter((x) => x.who === by && x.body.trim() && !(Date.parse(x.at) > until))
        .sort((a, b) => a.at.localeCompare(b.at));
      const last = said.at(-1)?.body.replace(/\s+/g, " ").trim();
      return { by, ...(last ? { reason: last.length > 300 ? `${last.slice(0, 299)}…` : last } : {}) };
    } catch (err) {
      throw toForgeError(err, `reading who closed #${number} and why`);
    }
  }

  async setStatus(
    sha: string,
    status: { state: "success" | "failure" | "pending"; description: string; url?: string },
  ) {
    try {
      await this.octokit.rest.repos.createCommitStatus({
        ...this.repo,
        sha,
        state: status.state,
        context: "loopcast/checks",
        description: status.description.slice(0, 140),
        ...(status.url ? { target_url: status.url } : {}),
      });
    } catch (err) {
      throw toForgeError(err, `setting the loopcast/checks status on ${sha.slice(0, 7)}`);
    }
  }

  /** The latest review state per reviewer (a later review replaces an earlier one, as GitHub shows it). */
  async latestReviews(number: number): Promise<Map<string, string>> {
    try {
      const reviews = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
        ...this.repo,
        pull_number: number,
        per_page: 100,
      });
      const latest = new Map<string, string>();
      for (const r of reviews) {
        if (r.user && r.state !== "COMMENTED" && r.state !== "PENDING") latest.set(r.user.login, r.state);
      }
      return latest;
    } catch (err) {
      throw toForgeError(err, `reading the reviews of #${number}`);
    }
  }

  async combinedStatus(ref: string): Promise<string> {
    try {
      return (await this.octokit.rest.repos.getCombinedStatusForRef({ ...this.repo, ref })).data.state;
    } catch (err) {
      throw toForgeError(err, `reading the checks of ${ref}`);
    }
  }

  /** GitHub's auto-merge (GraphQL); refuses if the head moved from `sha`. */
  async enableAutoMerge(nodeId: string, sha: string, title: string): Promise<void> {
    await this.octokit.graphql(
      `mutation($id: ID!, $sha: GitObjectID!, $title: String!) {
        enablePullRequestAutoMerge(input: { pullRequestId: $id, expectedHeadOid: $sha, mergeMethod: MERGE, commitHeadline: $title }) {
          pullRequest { number }
        }
      }`,
      { id: nodeId, sha, title },
    );
  }

  async disableAutoMerge(nodeId: string): Promise<void> {
    try {
      await this.octokit.graphql(
        `mutation($id: ID!) { disablePullRequestAutoMerge(input: { pullRequestId: $id }) { pullRequest { number } } }`,
        { id: nodeId },
      );
    } catch (err) {
      throw toForgeError(err, "turning auto-merge off");
    }
  }
}
