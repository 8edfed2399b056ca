// REST handlers backed by the bare repository (repos/*, git/*, checks/*), plus rate-limit/get and
// the App installation token.
import { randomBytes } from "node:crypto";
import { deleteRef, readCommit, readPath, readRef } from "./git-store.ts";
import { GitHubError, syncPulls } from "./pulls.ts";
import { renderBranch, renderCombinedStatus, renderContent, renderRef, renderStatus } from "./render-git.ts";
import { renderRepo, repoApiUrl } from "./render-repo.ts";
import { notFound, type RestHandler, repoOf, validationFailed } from "./rest-shared.ts";
import type { StatusState } from "./types.ts";

const getRepo: RestHandler = async (call, env) => ({
  status: 200,
  body: renderRepo(env.render, repoOf(call)),
});

const getBranch: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const name = String(call.params.branch);
  const sha = await readRef(repo.gitDir, `refs/heads/${name}`);
  if (!sha) throw notFound("Branch not found");
  return { status: 200, body: renderBranch(env.render, repo, name, await readCommit(repo.gitDir, sha)) };
};

const getContent: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const ref = call.query.ref === undefined ? repo.defaultBranch : String(call.query.ref);
  const found = await readPath(repo.gitDir, ref, String(call.params.path));
  if (!found) throw notFound();
  return { status: 200, body: renderContent(env.render, repo, ref, found) };
};

/** A commit sha (full or abbreviated) or ref name → full sha; 422/404 worded as GitHub words them. */
async function resolveCommit(gitDir: string, ref: string, status: 404 | 422): Promise<string> {
  const sha = await readRef(gitDir, ref);
  if (!sha) throw new GitHubError(status, `No commit found for SHA: ${ref}`);
  return sha;
}

const createStatus: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const sha = await resolveCommit(repo.gitDir, String(call.params.sha), 422);
  const now = env.state.timestamp();
  const id = env.state.nextId();
  const status = {
    id,
    nodeId: env.state.nodeId("SC", id),
    state: call.body.state as StatusState,
    context: (call.body.context as string | undefined) ?? "default",
    description: call.body.description ?? null,
    targetUrl: call.body.target_url ?? null,
    creator: call.login,
    createdAt: now,
    updatedAt: now,
  };
  repo.statuses.set(sha, [...(repo.statuses.get(sha) ?? []), status]);
  await env.afterChecksChanged(repo);
  return {
    status: 201,
    body: renderStatus(env.render, repo, sha, status),
    headers: { location: `${repoApiUrl(env.render, repo)}/statuses/${sha}` },
  };
};

const combinedStatus: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const sha = await resolveCommit(repo.gitDir, String(call.params.ref), 404);
  return { status: 200, body: renderCombinedStatus(env.render, repo, sha) };
};

// Check runs are not modelled: the fake's CI reports commit statuses. An empty list keeps callers
// that look at both working.
const listCheckRuns: RestHandler = async (call) => {
  const repo = repoOf(call);
  await resolveCommit(repo.gitDir, String(call.params.ref), 404);
  return { status: 200, body: { total_count: 0, check_runs: [] } };
};

const getGitRef: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const ref = `refs/${String(call.params.ref)}`;
  const sha = await readRef(repo.gitDir, ref);
  if (!sha) throw notFound();
  return { status: 200, body: renderRef(env.render, repo, ref, sha) };
};

const deleteGitRef: RestHandler = async (call, env) => {
  const repo = repoOf(call);
  const ref = `refs/${String(call.params.ref)}`;
  const sha = await readRef(repo.gitDir, ref);
  if (!sha) throw new GitHubError(422, "Reference does not exist");
  await deleteRef(repo.gitDir, ref, sha);
  // An open pull whose head this was is closed now, as on GitHub.
  await syncPulls(env.state, repo);
  return { status: 204 };
};

/** Reads but does not count against the limit, as GitHub documents for this endpoint. */
const rateLimit: RestHandler = async (call, env) => {
  const limits = env.rateLimits(call.login);
  const zero = (limit: number) => ({ limit, used: 0, remaining: limit, reset: limits.reset });
  return {
    status: 200,
    body: {
      resources: {
        core: limits,
        search: zero(30),
        graphql: env.graphqlRateLimits(call.login),
        integration_manifest: zero(5000),
        code_search: zero(10),
      },
      rate: limits,
    },
  };
};

const installationToken: RestHandler = async (call, env) => {
  if (!call.viaAppJwt) throw new GitHubError(401, "A JSON web token could not be decoded");
  const app = env.state.apps.find((a) => `${a.slug}[bot]` === call.login);
  if (!app || app.installationId !== Number(call.params.installation_id)) throw notFound();
  const requested = call.body?.repositories as string[] | undefined;
  for (const name of requested ?? []) {
    if (![...env.state.repos.values()].some((r) => r.name === name)) {
      throw validationFailed([{ resource: "Repository", field: "repositories", code: "invalid" }]);
    }
  }
  // `ghs_` like real installation tokens, so code that recognises token kinds by prefix behaves.
  const token = `ghs_${randomBytes(18).toString("base64url")}`;
  const expires = new Date(env.state.now().getTime() + 3600_000);
  env.state.addToken(token, call.login, expires);
  return {
    status: 201,
    body: {
      token,
      expires_at: expires.toISOString().replace(/\.\d{3}Z$/, "Z"),
      permissions: call.body?.permissions ?? {
        contents: "write",
        pull_requests: "write",
        issues: "write",
        statuses: "write",
      },
      repository_selection: requested ? "selected" : "all",
    },
  };
};

export const repoHandlers: Record<string, RestHandler> = {
  "repos/get": getRepo,
  "repos/get-branch": getBranch,
  "repos/get-content": getContent,
  "repos/create-commit-status": createStatus,
  "repos/get-combined-status-for-ref": combinedStatus,
  "checks/list-for-ref": listCheckRuns,
  "git/get-ref": getGitRef,
  "git/delete-ref": deleteGitRef,
  "rate-limit/get": rateLimit,
  "apps/create-installation-access-token": installationToken,
};
