// Pull request behaviour shared by REST, GraphQL and the human helpers: keeping pulls in step with
// the bare repository, mergeability, real merges, and auto-merge. Errors carry GitHub's status and
// wording so every entry point answers the same way.
import {
  commitTree,
  diffFiles,
  GitCommandError,
  isAncestor,
  listBranches,
  listCommits,
  mergeTree,
  readRef,
  updateRef,
} from "./git-store.ts";
import { latestStatuses } from "./render-git.ts";
import type { PullDetails } from "./render-issues.ts";
import type { FakeState } from "./state.ts";
import type { Issue, MergeMethod, PullFields, Repo } from "./types.ts";

export class GitHubError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = "GitHubError";
    this.status = status;
    this.extra = extra;
  }
}

export function pullOf(issue: Issue): PullFields {
  if (!issue.pull) throw new GitHubError(404, "Not Found");
  return issue.pull;
}

/**
 * Brings open pulls in line with the bare repository: a pushed head moves `head.sha` (and
 * `refs/pull/<n>/head`, which GitHub keeps); a deleted head branch closes the pull, as GitHub does
 * when a pull request's head branch is deleted (it stays closed and unmergeable, head.sha frozen).
 */
export async function syncPulls(state: FakeState, repo: Repo): Promise<void> {
  const branches = await listBranches(repo.gitDir);
  for (const issue of repo.issues.values()) {
    const pull = issue.pull;
    if (!pull || issue.state !== "open") continue;
    const head = branches.get(pull.headRef);
    if (head === undefined) {
      issue.state = "closed";
      issue.closedAt = state.timestamp();
      issue.updatedAt = issue.closedAt;
      pull.headRefDeleted = true;
      pull.autoMerge = null;
      continue;
    }
    if (head !== pull.headSha) {
      pull.headSha = head;
      issue.updatedAt = state.timestamp();
      await updateRef(repo.gitDir, `refs/pull/${issue.number}/head`, head);
    }
    pull.baseSha = branches.get(pull.baseRef) ?? pull.baseSha;
  }
}

/** Required contexts of the base branch that are not `success` on the head (missing or failing). */
export function unmetRequiredChecks(
  repo: Repo,
  pull: PullFields,
): { context: string; state: string | null }[] {
  const required = repo.protectedBranches.get(pull.baseRef)?.requiredStatusChecks ?? [];
  const latest = latestStatuses(repo, pull.headSha);
  return required
    .map((context) => {
      const status = latest.find((s) => s.context.toLowerCase() === context.toLowerCase());
      return { context, state: status?.state ?? null };
    })
    .filter((c) => c.state !== "success");
}

export async function pullDetails(repo: Repo, issue: Issue): Promise<PullDetails> {
  const pull = pullOf(issue);
  const commits = await listCommits(repo.gitDir, pull.baseSha, pull.headSha);
  const files = await diffFiles(repo.gitDir, pull.baseSha, pull.headSha);
  const counts = {
    commits: commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
  };
  if (pull.merged) return { ...counts, mergeable: null, mergeableState: "unknown", rebaseable: null };
  if (issue.state === "closed")
    return { ...counts, mergeable: false, mergeableState: "unknown", rebaseable: false };
  const merge = await mergeTree(repo.gitDir, pull.baseSha, pull.headSha);
  const rebaseable = merge.clean && (await isAncestor(repo.gitDir, pull.baseSha, pull.headSha));
  return {
    ...counts,
    mergeable: merge.clean,
    mergeableState: await mergeableState(repo, pull, merge.clean),
    rebaseable,
  };
}

// GitHub computes this asynchronously and may answer null first; the fake answers at once.
async function mergeableState(repo: Repo, pull: PullFields, clean: boolean): Promise<string> {
  if (!clean) return "dirty";
  if (pull.draft) return "draft";
  if (unmetRequiredChecks(repo, pull).length > 0) return "blocked";
  if (latestStatuses(repo, pull.headSha).some((s) => s.state !== "success")) return "unstable";
  return "clean";
}

export interface MergeRequest {
  login: string;
  method?: MergeMethod;
  sha?: string;
  commitTitle?: string;
  commitMessage?: string;
}

/** Merges for real in the bare repository and marks the pull merged; throws GitHubError like pulls/merge. */
export async function mergePull(
  state: FakeState,
  repo: Repo,
  issue: Issue,
  request: MergeRequest,
): Promise<{ sha: string; message: string }> {
  await syncPulls(state, repo);
  const pull = pullOf(issue);
  if (issue.state !== "open" || pull.merged) throw new GitHubError(405, "Pull Request is not mergeable");
  if (request.sha && request.sha !== pull.headSha) {
    throw new GitHubError(409, "Head branch was modified. Review and try the merge again.");
  }
  const unmet = unmetRequiredChecks(repo, pull)[0];
  if (unmet) {
    const how = unmet.state === null || unmet.state === "pending" ? "expected" : "failing";
    throw new GitHubError(405, `Required status check "${unmet.context}" is ${how}.`);
  }
  const base = await readRef(repo.gitDir, `refs/heads/${pull.baseRef}`);
  if (!base) throw new GitHubError(405, "Pull Request is not mergeable");
  const method = request.method ?? "merge";
  const committer = { name: "GitHub", email: "noreply@github.com", date: state.now() };
  const merger = state.identity(request.login);
  let newSha: string;
  if (method === "rebase") {
    // Replays the commits with new committers. Only when the head already contains the base: a
    // replay onto a moved base needs `merge-tree --merge-base` (git ≥ 2.40), so it is refused.
    if (!(await isAncestor(repo.gitDir, base, pull.headSha)))
      throw new GitHubError(405, "This branch can't be rebased");
    newSha = base;
    for (const commit of await listCommits(repo.gitDir, base, pull.headSha)) {
      const author = { ...commit.author, date: new Date(commit.author.date) };
      newSha = await commitTree(repo.gitDir, commit.tree, [newSha], commit.message, author, committer);
    }
  } else {
    const merged = await mergeTree(repo.gitDir, base, pull.headSha);
    if (!merged.clean) throw new GitHubError(405, "Pull Request is not mergeable");
    const commits = await listCommits(repo.gitDir, base, pull.headSha);
    const title =
      request.commitTitle ??
      (method === "squash"
        ? `${issue.title} (#${issue.number})`
        : `Merge pull request #${issue.number} from ${repo.owner}/${pull.headRef}`);
    const body =
      request.commitMessage ??
      (method === "squash" ? commits.map((c) => `* ${c.message.split("\n")[0]}`).join("\n") : issue.title);
    const message = body ? `${title}\n\n${body}\n` : `${title}\n`;
    const parents = method === "squash" ? [base] : [base, pull.headSha];
    const author = method === "squash" ? state.identity(issue.user) : merger;
    newSha = await commitTree(repo.gitDir, merged.tree, parents, message, author, committer);
  }
  try {
    await updateRef(repo.gitDir, `refs/heads/${pull.baseRef}`, newSha, base);
  } catch (error) {
    if (error instanceof GitCommandError)
      throw new GitHubError(405, "Base branch was modified. Review and try the merge again.");
    throw error;
  }
  const now = state.timestamp();
  Object.assign(pull, {
    merged: true,
    mergedAt: now,
    mergedBy: request.login,
    mergeCommitSha: newSha,
    baseSha: base,
    autoMerge: null,
  });
  Object.assign(issue, {
    state: "closed",
    stateReason: null,
    closedAt: now,
    closedBy: request.login,
    updatedAt: now,
  });
  return { sha: newSha, message: "Pull Request successfully merged" };
}

export function closePull(state: FakeState, issue: Issue, login: string): void {
  const now = state.timestamp();
  Object.assign(issue, { state: "closed", closedAt: now, closedBy: login, updatedAt: now });
  if (issue.pull) issue.pull.autoMerge = null;
}

/**
 * Checks the conditions GitHub puts on enablePullRequestAutoMerge, with its error messages, and
 * records the request. A pull that could be merged right now is refused ("clean status"), which is
 * why callers fall back to a REST merge when the checks are already green.
 */
export async function enableAutoMerge(
  state: FakeState,
  repo: Repo,
  issue: Issue,
  login: string,
  method: MergeMethod,
): Promise<void> {
  await syncPulls(state, repo);
  const pull = pullOf(issue);
  if (!repo.allowAutoMerge)
    throw new GitHubError(422, "Pull request Auto merge is not allowed for this repository");
  if (issue.state !== "open")
    throw new GitHubError(422, "Pull request is not in the correct state to enable auto-merge");
  if (!repo.protectedBranches.has(pull.baseRef)) {
    throw new GitHubError(422, "Pull request Protected branch rules not configured for this branch");
  }
  const details = await pullDetails(repo, issue);
  if (details.mergeableState === "clean" || details.mergeableState === "unstable") {
    throw new GitHubError(422, "Pull request is in clean status");
  }
  pull.autoMerge = {
    enabledBy: login,
    enabledAt: state.timestamp(),
    mergeMethod: method,
    commitTitle: "",
    commitMessage: "",
  };
  issue.updatedAt = state.timestamp();
}

/** Merges every pull whose auto-merge is on and whose required checks are green; returns their numbers. */
export async function runAutoMerges(state: FakeState, repo: Repo): Promise<number[]> {
  await syncPulls(state, repo);
  const merged: number[] = [];
  for (const issue of repo.issues.values()) {
    const pull = issue.pull;
    if (!pull?.autoMerge || issue.state !== "open" || unmetRequiredChecks(repo, pull).length > 0) continue;
    try {
      await mergePull(state, repo, issue, {
        login: pull.autoMerge.enabledBy,
        method: pull.autoMerge.mergeMethod,
      });
      merged.push(issue.number);
    } catch (error) {
      // Like GitHub, a pull that cannot be merged (conflict, moved base) keeps waiting.
      if (!(error instanceof GitHubError)) throw error;
    }
  }
  return merged;
}
