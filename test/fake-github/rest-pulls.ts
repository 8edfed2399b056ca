// REST handlers for pull requests (pulls/*).
import { diffFiles, listCommits, readRef, updateRef } from "./git-store.ts";
import { closePull, GitHubError, mergePull, pullDetails, pullOf, syncPulls } from "./pulls.ts";
import { renderCommit } from "./render-git.ts";
import { renderPull, renderPullSimple, renderReview } from "./render-issues.ts";
import { repoApiUrl, repoHtmlUrl } from "./render-repo.ts";
import {
  type Call,
  type Env,
  issueOf,
  paginate,
  type RestHandler,
  repoOf,
  sortByDate,
  validationFailed,
} from "./rest-shared.ts";
import type { Issue, Repo } from "./types.ts";

/** `owner:branch` or `branch` → branch (same-repository pulls only; forks are out of scope). */
function branchName(repo: Repo, head: string): string {
  const colon = head.indexOf(":");
  if (colon === -1) return head;
  const owner = head.slice(0, colon);
  if (owner.toLowerCase() !== repo.owner.toLowerCase())
    throw validationFailed([{ resource: "PullRequest", field: "head", code: "invalid" }]);
  return head.slice(colon + 1);
}

async function fullPull(env: Env, repo: Repo, issue: Issue) {
  return renderPull(env.render, repo, issue, await pullDetails(repo, issue));
}

function pullIssue(call: Call): Issue {
  const issue = issueOf(call, "pull_number");
  if (!issue.pull) throw new GitHubError(404, "Not Found");
  return issue;
}

const create: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const { title, body, draft, maintainer_can_modify: maintainerCanModify } = call.body;
  if (title === undefined) {
    // The `issue` form (turn an issue into a pull) is not modelled.
    throw validationFailed([{ resource: "PullRequest", field: "title", code: "missing_field" }]);
  }
  const headRef = branchName(repo, call.body.head);
  const baseRef = String(call.body.base);
  const headSha = await readRef(repo.gitDir, `refs/heads/${headRef}`);
  const baseSha = await readRef(repo.gitDir, `refs/heads/${baseRef}`);
  if (!baseSha) throw validationFailed([{ resource: "PullRequest", field: "base", code: "invalid" }]);
  if (!headSha) throw validationFailed([{ resource: "PullRequest", field: "head", code: "invalid" }]);
  const existing = [...repo.issues.values()].find(
    (i) => i.state === "open" && i.pull?.headRef === headRef && i.pull.baseRef === baseRef,
  );
  if (existing) {
    throw validationFailed([
      {
        resource: "PullRequest",
        code: "custom",
        message: `A pull request already exists for ${repo.owner}:${headRef}.`,
      },
    ]);
  }
  if ((await listCommits(repo.gitDir, baseSha, headSha)).length === 0) {
    throw validationFailed([
      { resource: "PullRequest", code: "custom", message: `No commits between ${baseRef} and ${headRef}` },
    ]);
  }
  const now = env.state.timestamp();
  const issue = env.state.addIssue(repo, {
    title: String(title),
    body: body ?? null,
    state: "open",
    stateReason: null,
    user: call.login,
    labels: [],
    assignees: [],
    comments: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    pull: {
      headRef,
      baseRef,
      headSha,
      baseSha,
      draft: draft === true,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      maintainerCanModify: maintainerCanModify !== false,
      reviews: [],
      autoMerge: null,
      headRefDeleted: false,
    },
  });
  // GitHub keeps every pull's head under refs/pull/<n>/head, which outlives the branch.
  await updateRef(repo.gitDir, `refs/pull/${issue.number}/head`, headSha);
  return {
    status: 201,
    body: await fullPull(env, repo, issue),
    headers: { location: `${repoApiUrl(env.render, repo)}/pulls/${issue.number}` },
  };
};

const list: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const state = (call.query.state as string | undefined) ?? "open";
  const head = call.query.head === undefined ? undefined : String(call.query.head);
  let pulls = [...repo.issues.values()].filter((i) => i.pull && (state === "all" || i.state === state));
  if (head !== undefined) {
    // GitHub filters by `user:ref`; a bare ref matches nothing, as on GitHub.
    pulls = pulls.filter((i) => `${repo.owner}:${i.pull?.headRef}`.toLowerCase() === head.toLowerCase());
  }
  if (call.query.base !== undefined) pulls = pulls.filter((i) => i.pull?.baseRef === call.query.base);
  const sort = call.query.sort ?? "created";
  const direction = call.query.direction ?? (sort === "created" ? "desc" : "asc");
  const page = paginate(
    sortByDate(pulls, sort, direction),
    call,
    env,
    `/repos/${repo.owner}/${repo.name}/pulls`,
  );
  return {
    status: 200,
    body: page.items.map((i) => renderPullSimple(env.render, repo, i)),
    headers: page.headers,
  };
};

const get: RestHandler = async (call, env) => {
  const issue = pullIssue(call);
  return { status: 200, body: await fullPull(env, repoOf(call), issue) };
};

const update: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = pullIssue(call);
  const pull = pullOf(issue);
  const { title, body, state, base, maintainer_can_modify: maintainerCanModify } = call.body ?? {};
  if (state === "open" && issue.state === "closed") {
    if (pull.merged || pull.headRefDeleted) {
      const why = pull.merged ? "The pull request has been merged" : "The head branch was deleted";
      throw validationFailed([
        {
          resource: "PullRequest",
          field: "state",
          code: "custom",
          message: `state cannot be changed. ${why}.`,
        },
      ]);
    }
    Object.assign(issue, { state: "open", stateReason: "reopened", closedAt: null, closedBy: null });
    await syncPulls(env.state, repo);
  } else if (state === "closed" && issue.state === "open") {
    closePull(env.state, issue, call.login);
  }
  if (base !== undefined && base !== pull.baseRef) {
    const baseSha = await readRef(repo.gitDir, `refs/heads/${base}`);
    if (!baseSha) throw validationFailed([{ resource: "PullRequest", field: "base", code: "invalid" }]);
    Object.assign(pull, { baseRef: base, baseSha });
  }
  if (title !== undefined) issue.title = title;
  if (body !== undefined) issue.body = body;
  if (maintainerCanModify !== undefined) pull.maintainerCanModify = maintainerCanModify;
  issue.updatedAt = env.state.timestamp();
  return { status: 200, body: await fullPull(env, repo, issue) };
};

const merge: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = pullIssue(call);
  const result = await mergePull(env.state, repo, issue, {
    login: call.login,
    method: call.body?.merge_method,
    sha: call.body?.sha,
    commitTitle: call.body?.commit_title,
    commitMessage: call.body?.commit_message,
  });
  return { status: 200, body: { sha: result.sha, merged: true, message: result.message } };
};

const listCommitsHandler: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = pullIssue(call);
  const pull = pullOf(issue);
  const commits = await listCommits(repo.gitDir, pull.baseSha, pull.headSha);
  const path = `/repos/${repo.owner}/${repo.name}/pulls/${issue.number}/commits`;
  // GitHub lists at most 250 commits here.
  const page = paginate(commits.slice(0, 250), call, env, path);
  return {
    status: 200,
    body: page.items.map((c) => renderCommit(env.render, repo, c)),
    headers: page.headers,
  };
};

const listReviews: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = pullIssue(call);
  const path = `/repos/${repo.owner}/${repo.name}/pulls/${issue.number}/reviews`;
  const page = paginate(pullOf(issue).reviews, call, env, path);
  return {
    status: 200,
    body: page.items.map((r) => renderReview(env.render, repo, issue, r)),
    headers: page.headers,
  };
};

const listFiles: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = pullIssue(call);
  const pull = pullOf(issue);
  const files = await diffFiles(repo.gitDir, pull.baseSha, pull.headSha);
  const api = repoApiUrl(env.render, repo);
  const html = repoHtmlUrl(env.render, repo);
  const body = files.map((f) => ({
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${html}/blob/${pull.headSha}/${f.filename}`,
    raw_url: `${html}/raw/${pull.headSha}/${f.filename}`,
    contents_url: `${api}/contents/${f.filename}?ref=${pull.headSha}`,
    ...(f.previousFilename ? { previous_filename: f.previousFilename } : {}),
  }));
  const page = paginate(body, call, env, `/repos/${repo.owner}/${repo.name}/pulls/${issue.number}/files`);
  return { status: 200, body: page.items, headers: page.headers };
};

export const pullHandlers: Record<string, RestHandler> = {
  "pulls/create": create,
  "pulls/list": list,
  "pulls/get": get,
  "pulls/update": update,
  "pulls/merge": merge,
  "pulls/list-commits": listCommitsHandler,
  "pulls/list-reviews": listReviews,
  "pulls/list-files": listFiles,
};
