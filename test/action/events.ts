// Event payloads for GITHUB_EVENT_PATH, built from what the fake GitHub answers over REST and checked
// against GitHub's own webhook schemas (@octokit/webhooks-schemas), so the Action is fed what GitHub
// really sends. REST and webhook shapes differ in a few fields; `asWebhook*` bridges exactly those.
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import type { FakeGitHub } from "../fake-github/index.ts";
import { octokitFor } from "../fake-github/index.ts";
import { BOT, FULL, OWNER, REPO } from "./harness.ts";

const require = createRequire(import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(require("@octokit/webhooks-schemas/schema.json") as object, "webhooks");

type Json = Record<string, unknown>;
export interface GitHubEvent {
  name: string;
  payload: Json;
}

/** Throws with GitHub's schema errors when a payload is not what GitHub sends for that event. */
export function assertWebhookShape(definition: string, payload: unknown): void {
  const validate = ajv.getSchema(`webhooks#/definitions/${definition}`);
  if (!validate) throw new Error(`no webhook schema ${definition}`);
  if (!validate(payload)) {
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`${definition} payload does not match GitHub's schema:\n  ${errors.join("\n  ")}`);
  }
}

function user(u: Json): Json {
  const { user_view_type: _ignored, ...rest } = u;
  return rest;
}

function repository(r: Json): Json {
  const { subscribers_count: _s, network_count: _n, organization: _o, ...rest } = r;
  return { ...rest, owner: user(r.owner as Json), custom_properties: {} };
}

function label(l: Json): Json {
  return {
    id: l.id,
    node_id: l.node_id,
    url: l.url,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description ?? null,
  };
}

async function restRepo(fake: FakeGitHub): Promise<Json> {
  const ok = octokitFor(fake, BOT.login);
  return (await ok.rest.repos.get({ owner: OWNER, repo: REPO })).data as unknown as Json;
}

function sender(fake: FakeGitHub, repo: Json, login: string): Json {
  const owner = repo.owner as Json;
  const known = fake.state.users.get(login);
  const base = String(owner.url).replace(/\/users\/.*$/, "");
  const api = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: known?.id ?? 1,
    node_id: known?.nodeId ?? "U_1",
    avatar_url: `${base}/avatars/u/${known?.id ?? 1}`,
    gravatar_id: "",
    url: api,
    html_url: `${base}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: known?.type ?? "User",
    site_admin: false,
  };
}

export function scheduleEvent(): GitHubEvent {
  // GitHub has no webhook for schedule; the runner writes just this.
  return { name: "schedule", payload: { schedule: "17 * * * *" } };
}

export async function workflowDispatchEvent(fake: FakeGitHub, by = "alice"): Promise<GitHubEvent> {
  const repo = repository(await restRepo(fake));
  const payload = {
    inputs: null,
    ref: "refs/heads/main",
    repository: repo,
    sender: sender(fake, repo, by),
    workflow: ".github/workflows/loopcast.yml",
  };
  assertWebhookShape("workflow_dispatch$event", payload);
  return { name: "workflow_dispatch", payload };
}

export async function repositoryDispatchEvent(
  fake: FakeGitHub,
  clientPayload: Json,
  type = "loopcast-metrics",
): Promise<GitHubEvent> {
  const repo = repository(await restRepo(fake));
  const payload = {
    action: type,
    branch: "main",
    client_payload: clientPayload,
    repository: repo,
    sender: sender(fake, repo, "alice"),
    installation: { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
  };
  assertWebhookShape("repository_dispatch$event", payload);
  return { name: "repository_dispatch", payload };
}

async function pullPayload(fake: FakeGitHub, number: number): Promise<Json> {
  const ok = octokitFor(fake, BOT.login);
  const pr = (await ok.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: number }))
    .data as unknown as Json;
  const side = (s: Json) => ({ ...s, user: user(s.user as Json), repo: repository(s.repo as Json) });
  const { auto_merge, ...rest } = pr;
  return {
    ...rest,
    user: user(pr.user as Json),
    assignees: [],
    requested_reviewers: [],
    labels: (pr.labels as Json[]).map(label),
    head: side(pr.head as Json),
    base: side(pr.base as Json),
    merged_by: pr.merged_by ? user(pr.merged_by as Json) : null,
    auto_merge: auto_merge ?? null,
    review_comments: 0,
  };
}

export async function pullRequestClosedEvent(
  fake: FakeGitHub,
  number: number,
  by = "alice",
): Promise<GitHubEvent> {
  const repo = repository(await restRepo(fake));
  const payload = {
    action: "closed",
    number,
    pull_request: await pullPayload(fake, number),
    repository: repo,
    sender: sender(fake, repo, by),
  };
  assertWebhookShape("pull_request$closed", payload);
  return { name: "pull_request", payload };
}

export async function reviewSubmittedEvent(
  fake: FakeGitHub,
  number: number,
  by: string,
): Promise<GitHubEvent> {
  const ok = octokitFor(fake, BOT.login);
  const reviews = (await ok.rest.pulls.listReviews({ owner: OWNER, repo: REPO, pull_number: number }))
    .data as unknown as Json[];
  const review = reviews.at(-1) as Json;
  const repo = repository(await restRepo(fake));
  const pr = await pullPayload(fake, number);
  const {
    merged: _m,
    mergeable: _a,
    rebaseable: _b,
    mergeable_state: _c,
    merged_by: _d,
    comments: _e,
    review_comments: _f,
    maintainer_can_modify: _g,
    commits: _h,
    additions: _i,
    deletions: _j,
    changed_files: _k,
    ...simple
  } = pr;
  const payload = {
    action: "submitted",
    review: {
      ...review,
      user: user(review.user as Json),
      state: String(review.state).toLowerCase(),
      body: review.body || null,
    },
    pull_request: simple,
    repository: repo,
    sender: sender(fake, repo, by),
  };
  assertWebhookShape("pull_request_review$submitted", payload);
  return { name: "pull_request_review", payload };
}

export async function issueEditedEvent(
  fake: FakeGitHub,
  number: number,
  by: string,
  previousBody: string,
): Promise<GitHubEvent> {
  const ok = octokitFor(fake, BOT.login);
  const issue = (await ok.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: number }))
    .data as unknown as Json;
  const repo = repository(await restRepo(fake));
  const { closed_by: _c, timeline_url: _t, state_reason, ...rest } = issue;
  const payload = {
    action: "edited",
    changes: { body: { from: previousBody } },
    issue: {
      ...rest,
      state_reason: state_reason ?? null,
      user: user(issue.user as Json),
      labels: (issue.labels as Json[]).map(label),
      assignees: [],
      reactions: {
        url: `${issue.url}/reactions`,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    },
    repository: repo,
    sender: sender(fake, repo, by),
  };
  assertWebhookShape("issues$edited", payload);
  return { name: "issues", payload };
}

export const FULL_NAME = FULL;
