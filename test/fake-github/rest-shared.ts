// What every REST handler gets and returns, plus GitHub's error and pagination conventions.
import { GitHubError } from "./pulls.ts";
import type { RenderContext } from "./render-repo.ts";
import type { FakeState } from "./state.ts";
import type { Issue, Repo } from "./types.ts";

export interface Call {
  /** The authenticated account (an App JWT acts as the app's bot). */
  login: string;
  viaAppJwt: boolean;
  params: Record<string, string | number>;
  query: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies were validated against the description already.
  body: any;
  /** The repository named by `{owner}/{repo}`, when the route has them (404 before the handler otherwise). */
  repo: Repo | null;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Env {
  state: FakeState;
  render: RenderContext;
  /** Runs auto-merges of a repository after something that can turn its checks green. */
  afterChecksChanged(repo: Repo): Promise<void>;
  /** Current primary rate-limit window of an account (REST `core` and `graphql` resources). */
  rateLimits(login: string): RateWindow;
  graphqlRateLimits(login: string): RateWindow;
}

export interface RateWindow {
  limit: number;
  used: number;
  remaining: number;
  reset: number;
}

export type RestHandler = (call: Call, env: Env) => Promise<Reply>;

export const DOCS_URL = "https://docs.github.com/rest";

export function notFound(message = "Not Found"): GitHubError {
  return new GitHubError(404, message);
}

/** GitHub's 422 shape: "Validation Failed" plus `errors` entries naming the resource and field. */
export function validationFailed(
  errors: { resource: string; field?: string; code: string; message?: string }[],
) {
  return new GitHubError(422, "Validation Failed", { errors });
}

export function repoOf(call: Call): Repo {
  if (!call.repo) throw notFound();
  return call.repo;
}

export function issueOf(call: Call, key = "issue_number"): Issue {
  const issue = repoOf(call).issues.get(Number(call.params[key]));
  if (!issue) throw notFound();
  return issue;
}

/** Pages like GitHub (`per_page` ≤ 100, default 30) and adds the `Link` header octokit.paginate follows. */
export function paginate<T>(
  items: T[],
  call: Call,
  env: Env,
  path: string,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(call.query.per_page ?? 30)));
  const page = Math.max(1, Number(call.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(call.query)) {
      if (key !== "page" && value !== undefined) query.set(key, String(value));
    }
    query.set("page", String(p));
    return `<${env.render.base}${path}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
  return { items: slice, headers: links.length > 0 ? { link: links.join(", ") } : {} };
}

export function sortByDate<T extends { createdAt: string; updatedAt: string }>(
  items: T[],
  sort: unknown,
  direction: unknown,
): T[] {
  const key = sort === "updated" ? "updatedAt" : "createdAt";
  const sign = direction === "asc" ? 1 : -1;
  // Ties (same second) fall back to creation order so results are deterministic.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => sign * (a.item[key].localeCompare(b.item[key]) || a.index - b.index))
    .map(({ item }) => item);
}
