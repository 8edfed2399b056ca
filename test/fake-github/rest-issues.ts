// REST handlers for issues, labels and comments (issues/*). Pull requests are issues too: their
// numbers, labels and comments live here, as on GitHub.
import { closePull, GitHubError } from "./pulls.ts";
import { renderComment, renderIssue, renderLabel } from "./render-issues.ts";
import { repoApiUrl } from "./render-repo.ts";
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

/** Label names from the `labels` field, which accepts names or `{ name }` objects. */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => (typeof l === "string" ? l : String((l as { name?: unknown }).name ?? "")));
}

function setLabels(env: Env, repo: Repo, issue: Issue, names: string[]): void {
  const unique: string[] = [];
  for (const name of names) {
    if (!name.trim()) throw validationFailed([{ resource: "Label", field: "name", code: "missing_field" }]);
    if (!unique.some((u) => u.toLowerCase() === name.toLowerCase())) unique.push(name);
    env.state.ensureLabel(repo, name);
  }
  // The issue shows the label's stored spelling, like GitHub.
  issue.labels = unique.map((name) => repo.labels.get(name.toLowerCase())?.name ?? name);
}

const create: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const now = env.state.timestamp();
  const issue = env.state.addIssue(repo, {
    title: String(call.body.title),
    body: call.body.body ?? null,
    state: "open",
    stateReason: null,
    user: call.login,
    labels: [],
    assignees: (call.body.assignees as string[] | undefined) ?? [],
    comments: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    pull: null,
  });
  setLabels(env, repo, issue, labelNames(call.body.labels));
  return {
    status: 201,
    body: renderIssue(env.render, repo, issue),
    headers: { location: `${repoApiUrl(env.render, repo)}/issues/${issue.number}` },
  };
};

const get: RestHandler = async (call, env) => ({
  status: 200,
  body: renderIssue(env.render, repoOf(call), issueOf(call)),
});

const update: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = issueOf(call);
  const body = call.body ?? {};
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body;
  if (body.labels !== undefined) setLabels(env, repo, issue, labelNames(body.labels));
  if (body.assignees !== undefined) issue.assignees = body.assignees;
  if (body.state === "closed" && issue.state === "open") {
    if (issue.pull) closePull(env.state, issue, call.login);
    else Object.assign(issue, { state: "closed", closedAt: env.state.timestamp(), closedBy: call.login });
    issue.stateReason = issue.pull ? null : (body.state_reason ?? "completed");
  } else if (body.state === "open" && issue.state === "closed") {
    if (issue.pull?.merged || issue.pull?.headRefDeleted) {
      throw validationFailed([
        { resource: "Issue", field: "state", code: "custom", message: "state cannot be changed." },
      ]);
    }
    Object.assign(issue, { state: "open", stateReason: "reopened", closedAt: null, closedBy: null });
  }
  issue.updatedAt = env.state.timestamp();
  return { status: 200, body: renderIssue(env.render, repo, issue) };
};

const listForRepo: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const state = (call.query.state as string | undefined) ?? "open";
  const wanted = call.query.labels === undefined ? [] : String(call.query.labels).split(",").filter(Boolean);
  const since = call.query.since === undefined ? undefined : String(call.query.since);
  const issues = [...repo.issues.values()].filter(
    (i) =>
      (state === "all" || i.state === state) &&
      wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w.trim().toLowerCase())) &&
      (call.query.creator === undefined || i.user === call.query.creator) &&
      (since === undefined || i.updatedAt >= since),
  );
  const sorted = sortByDate(issues, call.query.sort ?? "created", call.query.direction ?? "desc");
  const page = paginate(sorted, call, env, `/repos/${repo.owner}/${repo.name}/issues`);
  return {
    status: 200,
    body: page.items.map((i) => renderIssue(env.render, repo, i)),
    headers: page.headers,
  };
};

const addLabels: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = issueOf(call);
  setLabels(env, repo, issue, [...issue.labels, ...labelNames(call.body.labels)]);
  issue.updatedAt = env.state.timestamp();
  return { status: 200, body: issue.labels.map((name) => renderLabel(env.render, repo, name)) };
};

const removeLabel: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = issueOf(call);
  const name = String(call.params.name).toLowerCase();
  if (!issue.labels.some((l) => l.toLowerCase() === name)) throw new GitHubError(404, "Label does not exist");
  issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
  issue.updatedAt = env.state.timestamp();
  return { status: 200, body: issue.labels.map((label) => renderLabel(env.render, repo, label)) };
};

const createComment: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const issue = issueOf(call);
  const id = env.state.nextId();
  const now = env.state.timestamp();
  const comment = {
    id,
    nodeId: env.state.nodeId("IC", id),
    user: call.login,
    body: String(call.body.body),
    createdAt: now,
    updatedAt: now,
  };
  issue.comments.push(comment);
  issue.updatedAt = now;
  return {
    status: 201,
    body: renderComment(env.render, repo, issue, comment),
    headers: { location: `${repoApiUrl(env.render, repo)}/issues/comments/${id}` },
  };
};

const listComments: RestHandler = async (call: Call, env: Env) => {
  const repo = repoOf(call);
  const issue = issueOf(call);
  const since = call.query.since === undefined ? undefined : String(call.query.since);
  const comments = issue.comments.filter((c) => since === undefined || c.updatedAt >= since);
  const page = paginate(
    comments,
    call,
    env,
    `/repos/${repo.owner}/${repo.name}/issues/${issue.number}/comments`,
  );
  return {
    status: 200,
    body: page.items.map((c) => renderComment(env.render, repo, issue, c)),
    headers: page.headers,
  };
};

export const issueHandlers: Record<string, RestHandler> = {
  "issues/create": create,
  "issues/get": get,
  "issues/update": update,
  "issues/list-for-repo": listForRepo,
  "issues/add-labels": addLabels,
  "issues/remove-label": removeLabel,
  "issues/create-comment": createComment,
  "issues/list-comments": listComments,
};
