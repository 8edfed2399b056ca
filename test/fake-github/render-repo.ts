// GitHub JSON for users and repositories. Shapes follow the response schemas of the fixture
// (simple-user, repository, full-repository, minimal-repository); every response is validated
// against them, so a missing required field here shows up as a violation.
import type { FakeState } from "./state.ts";
import type { Repo, User } from "./types.ts";

export interface RenderContext {
  state: FakeState;
  /** Origin of the fake (`http://127.0.0.1:<port>`): API, web and git URLs all live under it. */
  base: string;
}

export type Json = Record<string, unknown>;

/** A login as it appears in a URL path (`loopcast[bot]` → `loopcast%5Bbot%5D`, as GitHub writes it). */
export function loginPath(login: string): string {
  return encodeURIComponent(login);
}

/** An account for any login: a known user, or an organization synthesized for repository owners. */
export function account(
  ctx: RenderContext,
  login: string,
): User | { login: string; id: number; nodeId: string; type: "Organization" } {
  const user = ctx.state.users.get(login);
  if (user) return user;
  // Stable per login so the same owner renders the same id across responses.
  let id = 7000;
  for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 1_000_000;
  return { login, id: 7_000_000 + id, nodeId: ctx.state.nodeId("O", id), type: "Organization" };
}

export function renderUser(ctx: RenderContext, login: string): Json {
  const user = account(ctx, login);
  const api = `${ctx.base}/users/${loginPath(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `${ctx.base}/avatars/u/${user.id}`,
    gravatar_id: "",
    url: api,
    html_url: `${ctx.base}/${loginPath(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function repoApiUrl(ctx: RenderContext, repo: Repo): string {
  return `${ctx.base}/repos/${repo.owner}/${repo.name}`;
}

export function repoHtmlUrl(ctx: RenderContext, repo: Repo): string {
  return `${ctx.base}/${repo.owner}/${repo.name}`;
}

/** Open issues and pulls, as GitHub counts `open_issues_count`. */
function openIssues(repo: Repo): number {
  let n = 0;
  for (const issue of repo.issues.values()) if (issue.state === "open") n++;
  return n;
}

/**
 * One renderer for `repository`, `full-repository` and `minimal-repository`: they differ only in
 * which fields are required, and none forbids extra fields.
 */
export function renderRepo(ctx: RenderContext, repo: Repo): Json {
  const url = repoApiUrl(ctx, repo);
  const open = openIssues(repo);
  const updated = ctx.state.timestamp();
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: true,
    visibility: "private",
    owner: renderUser(ctx, repo.owner),
    html_url: repoHtmlUrl(ctx, repo),
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `${ctx.base}/${repo.owner}/${repo.name}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${repo.owner}/${repo.name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${ctx.base}/${repo.owner}/${repo.name}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: repoHtmlUrl(ctx, repo),
    homepage: null,
    language: null,
    license: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    subscribers_count: 0,
    network_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: open,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: updated,
    created_at: repo.createdAt,
    updated_at: updated,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_auto_merge: repo.allowAutoMerge,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    allow_update_branch: false,
    delete_branch_on_merge: false,
    use_squash_pr_title_as_default: false,
    web_commit_signoff_required: false,
  };
}
