// GitHub JSON for git-backed resources: commits, refs, branches, contents and commit statuses.
import type { CommitInfo, PathContent } from "./git-store.ts";
import {
  type Json,
  type RenderContext,
  renderRepo,
  renderUser,
  repoApiUrl,
  repoHtmlUrl,
} from "./render-repo.ts";
import type { CommitStatus, Repo, StatusState } from "./types.ts";

export function renderCommit(ctx: RenderContext, repo: Repo, commit: CommitInfo): Json {
  const api = repoApiUrl(ctx, repo);
  // GitHub links a commit to an account through the author's email; unknown emails render as null.
  const userFor = (email: string) => {
    const login = ctx.state.loginForEmail(email);
    return login ? renderUser(ctx, login) : null;
  };
  return {
    sha: commit.sha,
    node_id: ctx.state.nodeId("C", Number.parseInt(commit.sha.slice(0, 8), 16)),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${repoHtmlUrl(ctx, repo)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: userFor(commit.author.email),
    committer: userFor(commit.committer.email),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${repoHtmlUrl(ctx, repo)}/commit/${sha}`,
    })),
  };
}

export function renderRef(ctx: RenderContext, repo: Repo, ref: string, sha: string): Json {
  const api = repoApiUrl(ctx, repo);
  return {
    ref,
    node_id: ctx.state.nodeId("REF", repo.id),
    url: `${api}/git/${ref}`,
    object: { sha, type: "commit", url: `${api}/git/commits/${sha}` },
  };
}

export function renderBranch(ctx: RenderContext, repo: Repo, name: string, commit: CommitInfo): Json {
  const api = repoApiUrl(ctx, repo);
  const protection = repo.protectedBranches.get(name);
  const checks = protection?.requiredStatusChecks ?? [];
  return {
    name,
    commit: renderCommit(ctx, repo, commit),
    _links: {
      html: `${repoHtmlUrl(ctx, repo)}/tree/${name}`,
      self: `${api}/branches/${encodeURIComponent(name)}`,
    },
    protected: protection !== undefined,
    protection: {
      enabled: protection !== undefined,
      required_status_checks: {
        enforcement_level: protection ? "non_admins" : "off",
        contexts: checks,
        checks: checks.map((context) => ({ context, app_id: null })),
      },
    },
    protection_url: `${api}/branches/${encodeURIComponent(name)}/protection`,
  };
}

export function renderContent(
  ctx: RenderContext,
  repo: Repo,
  ref: string,
  found: PathContent,
): Json | Json[] {
  const api = repoApiUrl(ctx, repo);
  const html = repoHtmlUrl(ctx, repo);
  const entry = (type: "file" | "dir", path: string, sha: string, size: number) => {
    const self = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const git = `${api}/git/${type === "dir" ? "trees" : "blobs"}/${sha}`;
    const htmlUrl = `${html}/${type === "dir" ? "tree" : "blob"}/${ref}/${path}`;
    return {
      type,
      name: path.split("/").pop() ?? path,
      path,
      sha,
      size,
      url: self,
      git_url: git,
      html_url: htmlUrl,
      download_url: type === "file" ? `${ctx.base}/raw/${repo.owner}/${repo.name}/${ref}/${path}` : null,
      _links: { self, git, html: htmlUrl },
    };
  };
  if (found.type === "file") {
    return {
      ...entry("file", found.path, found.sha, found.size),
      encoding: "base64",
      // GitHub wraps base64 at 60 columns; clients decode either way.
      content: (found.content.toString("base64").match(/.{1,60}/g) ?? []).join("\n"),
    };
  }
  return found.entries.map((e) =>
    entry(e.type, found.path ? `${found.path}/${e.name}` : e.name, e.sha, e.type === "dir" ? 0 : e.size),
  );
}

export function renderStatus(ctx: RenderContext, repo: Repo, sha: string, status: CommitStatus): Json {
  return {
    url: `${repoApiUrl(ctx, repo)}/statuses/${sha}`,
    avatar_url: null,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator: renderUser(ctx, status.creator),
  };
}

/** Latest status per context (contexts are case-insensitive), in first-seen order. */
export function latestStatuses(repo: Repo, sha: string): CommitStatus[] {
  const latest = new Map<string, CommitStatus>();
  for (const status of repo.statuses.get(sha) ?? []) latest.set(status.context.toLowerCase(), status);
  return [...latest.values()];
}

/** GitHub's combined state: failure beats pending beats success; no statuses at all is pending. */
export function combinedState(statuses: CommitStatus[]): StatusState {
  if (statuses.some((s) => s.state === "error" || s.state === "failure")) return "failure";
  if (statuses.length === 0 || statuses.some((s) => s.state === "pending")) return "pending";
  return "success";
}

export function renderCombinedStatus(ctx: RenderContext, repo: Repo, sha: string): Json {
  const api = repoApiUrl(ctx, repo);
  const statuses = latestStatuses(repo, sha);
  return {
    state: combinedState(statuses),
    sha,
    total_count: statuses.length,
    statuses: statuses.map((s) => {
      const { creator: _creator, ...rest } = renderStatus(ctx, repo, sha, s);
      return rest;
    }),
    repository: renderRepo(ctx, repo),
    commit_url: `${api}/commits/${sha}`,
    url: `${api}/commits/${sha}/status`,
  };
}
