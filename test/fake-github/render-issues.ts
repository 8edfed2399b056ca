// GitHub JSON for issues, pull requests, labels, comments and reviews (schemas issue, pull-request,
// pull-request-simple, label, issue-comment, pull-request-review of the fixture).
import {
  type Json,
  type RenderContext,
  renderRepo,
  renderUser,
  repoApiUrl,
  repoHtmlUrl,
} from "./render-repo.ts";
import type { Comment, Issue, Repo, Review } from "./types.ts";

/** Figures GitHub computes from git for the full pull-request shape (see pulls.ts). */
export interface PullDetails {
  mergeable: boolean | null;
  mergeableState: string;
  rebaseable: boolean | null;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

export function authorAssociation(ctx: RenderContext, repo: Repo, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return "OWNER";
  return ctx.state.users.get(login)?.type === "Bot" ? "NONE" : "COLLABORATOR";
}

/** `pull-request-simple` requires a string description; the other shapes allow null. */
export function renderLabel(ctx: RenderContext, repo: Repo, name: string, descriptionAsString = false): Json {
  const label = repo.labels.get(name.toLowerCase());
  const id = label?.id ?? 0;
  const description = label?.description ?? null;
  return {
    id,
    node_id: label?.nodeId ?? "",
    url: `${repoApiUrl(ctx, repo)}/labels/${encodeURIComponent(label?.name ?? name)}`,
    name: label?.name ?? name,
    color: label?.color ?? "ededed",
    default: false,
    description: descriptionAsString ? (description ?? "") : description,
  };
}

function issueUrls(ctx: RenderContext, repo: Repo, issue: Issue) {
  const url = `${repoApiUrl(ctx, repo)}/issues/${issue.number}`;
  const html = `${repoHtmlUrl(ctx, repo)}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  return { url, html };
}

export function renderIssue(ctx: RenderContext, repo: Repo, issue: Issue): Json {
  const { url, html } = issueUrls(ctx, repo, issue);
  const pullUrl = `${repoApiUrl(ctx, repo)}/pulls/${issue.number}`;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: repoApiUrl(ctx, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    timeline_url: `${url}/timeline`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(ctx, issue.user),
    labels: issue.labels.map((name) => renderLabel(ctx, repo, name)),
    assignee: issue.assignees[0] ? renderUser(ctx, issue.assignees[0]) : null,
    assignees: issue.assignees.map((login) => renderUser(ctx, login)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    ...(issue.pull
      ? {
          pull_request: {
            url: pullUrl,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pull.mergedAt,
          },
          draft: issue.pull.draft,
        }
      : {}),
    closed_at: issue.closedAt,
    closed_by: issue.closedBy ? renderUser(ctx, issue.closedBy) : null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: authorAssociation(ctx, repo, issue.user),
  };
}

function pullShared(ctx: RenderContext, repo: Repo, issue: Issue, simple: boolean): Json {
  const pull = issue.pull;
  if (!pull) throw new Error(`fake-github: #${issue.number} is an issue, not a pull request.`);
  const api = repoApiUrl(ctx, repo);
  const url = `${api}/pulls/${issue.number}`;
  const html = `${repoHtmlUrl(ctx, repo)}/pull/${issue.number}`;
  const issueUrl = `${api}/issues/${issue.number}`;
  const repoJson = renderRepo(ctx, repo);
  const side = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: renderUser(ctx, repo.owner),
    repo: repoJson,
  });
  const link = (href: string) => ({ href });
  return {
    url,
    id: issue.id,
    node_id: issue.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(ctx, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => renderLabel(ctx, repo, name, simple)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: issue.assignees[0] ? renderUser(ctx, issue.assignees[0]) : null,
    assignees: issue.assignees.map((login) => renderUser(ctx, login)),
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.headRef, pull.headSha),
    base: side(pull.baseRef, pull.baseSha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issueUrl),
      comments: link(`${issueUrl}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/statuses/${pull.headSha}`),
    },
    author_association: authorAssociation(ctx, repo, issue.user),
    auto_merge: pull.autoMerge
      ? {
          enabled_by: renderUser(ctx, pull.autoMerge.enabledBy),
          merge_method: pull.autoMerge.mergeMethod,
          commit_title: pull.autoMerge.commitTitle,
          commit_message: pull.autoMerge.commitMessage,
        }
      : null,
    draft: pull.draft,
  };
}

/** The `pull-request-simple` shape of pulls/list. */
export function renderPullSimple(ctx: RenderContext, repo: Repo, issue: Issue): Json {
  return pullShared(ctx, repo, issue, true);
}

/** The full `pull-request` shape of pulls/get, create, update. */
export function renderPull(ctx: RenderContext, repo: Repo, issue: Issue, details: PullDetails): Json {
  const pull = issue.pull;
  if (!pull) throw new Error(`fake-github: #${issue.number} is an issue, not a pull request.`);
  return {
    ...pullShared(ctx, repo, issue, false),
    merged: pull.merged,
    mergeable: details.mergeable,
    rebaseable: details.rebaseable,
    mergeable_state: details.mergeableState,
    merged_by: pull.mergedBy ? renderUser(ctx, pull.mergedBy) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: details.commits,
    additions: details.additions,
    deletions: details.deletions,
    changed_files: details.changedFiles,
  };
}

export function renderComment(ctx: RenderContext, repo: Repo, issue: Issue, comment: Comment): Json {
  const { url, html } = issueUrls(ctx, repo, issue);
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${repoApiUrl(ctx, repo)}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: url,
    author_association: authorAssociation(ctx, repo, comment.user),
  };
}

export function renderReview(ctx: RenderContext, repo: Repo, issue: Issue, review: Review): Json {
  const html = `${repoHtmlUrl(ctx, repo)}/pull/${issue.number}#pullrequestreview-${review.id}`;
  const pullUrl = `${repoApiUrl(ctx, repo)}/pulls/${issue.number}`;
  return {
    id: review.id,
    node_id: review.nodeId,
    user: renderUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: authorAssociation(ctx, repo, review.user),
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
  };
}
