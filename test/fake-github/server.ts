// The fake GitHub: REST (routed and validated by GitHub's OpenAPI description), GraphQL (validated
// by GitHub's schema) and git smart HTTP (git's own http-backend) on one 127.0.0.1 port.
//
//   const fake = await startFakeGitHub({ repos: [{ owner: "acme", name: "site", allowAutoMerge: true }] });
//   const octokit = new Octokit({ auth: fake.tokenFor("loopcast[bot]"), baseUrl: fake.apiUrl });
//   ...
//   fake.assertNoViolations(); await fake.close();
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  authenticate,
  BAD_CREDENTIALS,
  bearerOf,
  type Credentials,
  RateLimits,
  REQUIRES_AUTH,
} from "./auth.ts";
import { FaultBook, type FaultSpec } from "./faults.ts";
import { matchGitRoute, serveGit } from "./git-http.ts";
import { executeGraphql, graphqlOperationId } from "./graphql.ts";
import { type Human, humanActions } from "./human.ts";
import { registerFake } from "./live.ts";
import { getSharedBackend } from "./openapi.ts";
import { runAutoMerges, syncPulls } from "./pulls.ts";
import { RestRouter } from "./rest-router.ts";
import type { Env, Reply } from "./rest-shared.ts";
import { FakeState } from "./state.ts";
import type { FakeGitHubOptions, Repo, RepoSpec, RequestLogEntry, Violation } from "./types.ts";

export interface FakeGitHub {
  /** REST base URL: `GITHUB_API_URL`, octokit's `baseUrl`. */
  readonly apiUrl: string;
  /** `GITHUB_GRAPHQL_URL` (= `${apiUrl}/graphql`). */
  readonly graphqlUrl: string;
  /** `GITHUB_SERVER_URL`: git is served at `${serverUrl}/<owner>/<repo>.git`. */
  readonly serverUrl: string;
  readonly state: FakeState;
  readonly requests: readonly RequestLogEntry[];
  readonly violations: readonly Violation[];
  /** Clone/push URL; with a token, credentials are embedded (`x-access-token:<token>@`). */
  gitUrl(owner: string, repo: string, token?: string): string;
  /** Path of the bare repository, for inspecting it with git directly. */
  gitDir(owner: string, repo: string): string;
  tokenFor(login: string): string;
  createRepo(spec: RepoSpec): Promise<Repo>;
  as(login: string): Human;
  failNext(spec: FaultSpec): void;
  count(operationId?: string): number;
  expect(operationId: string, times?: number): void;
  assertExpectationsMet(): void;
  assertNoViolations(): void;
  /** Returns the violations so far and clears them, for tests that provoke one on purpose. */
  takeViolations(): Violation[];
  /** Runs pending auto-merges on every repository (also done whenever a status is set); returns "repo#n" merged. */
  tick(): Promise<string[]>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const root = await mkdtemp(join(tmpdir(), "fake-github-"));
  const state = new FakeState(root, options);
  const book = new FaultBook(options.logViolations ?? true);
  const restLimits = new RateLimits(options.rateLimit ?? 5000);
  const graphqlLimits = new RateLimits(options.rateLimit ?? 5000);
  const anonymousLimits = new RateLimits(60);
  const nowSeconds = () => Math.floor(state.now().getTime() / 1000);

  // One request (or human action) at a time: handlers read state, run git, then write state, and
  // interleaving two of them would let e.g. two merges both see an open pull.
  let chain: Promise<unknown> = Promise.resolve();
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };

  let base = "";
  const env: Env = {
    state,
    render: {
      state,
      get base() {
        return base;
      },
    },
    afterChecksChanged: async (repo) => {
      await runAutoMerges(state, repo);
    },
    rateLimits: (login) => restLimits.snapshot(login, nowSeconds()),
    graphqlRateLimits: (login) => graphqlLimits.snapshot(login, nowSeconds()),
  };
  const rest = new RestRouter(await getSharedBackend(), env, book);
  for (const spec of options.repos ?? []) await state.createRepo(spec);

  const send = (res: ServerResponse, reply: Reply) => {
    const headers: Record<string, string> = {
      "x-github-request-id": randomUUID().toUpperCase(),
      "x-github-media-type": "github.v3; format=json",
      ...reply.headers,
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(reply.body));
  };

  const identity = (credentials: Credentials) =>
    credentials.kind === "user" ? credentials.login : `${credentials.app.slug}[bot]`;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = (req.method ?? "GET").toUpperCase();
    const isGraphql = url.pathname === "/graphql" && method === "POST";
    const raw = await readBody(req);
    let body: unknown;
    let badJson = false;
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
    } catch {
      badJson = true;
    }
    const operationId = isGraphql
      ? graphqlOperationId((body ?? {}) as Record<string, unknown>)
      : rest.match(method, url.pathname);
    const path = url.pathname + url.search;
    const violate = (v: Omit<Violation, "method" | "path">) => book.violate({ method, path, ...v });

    let login: string | null = null;
    const reply = await (async (): Promise<Reply> => {
      const token = bearerOf(req.headers.authorization);
      const credentials = token ? authenticate(state, token) : null;
      const anonymous = anonymousLimits.headers("anonymous", nowSeconds(), "core");
      if (!operationId) {
        violate({
          kind: "unknown-route",
          message: "no operation in GitHub's description (or the fixture) matches",
        });
        const headers = credentials
          ? restLimits.headers(identity(credentials), nowSeconds(), "core")
          : anonymous;
        return {
          status: 404,
          body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
          headers,
        };
      }
      if (!credentials)
        return { status: 401, body: token ? BAD_CREDENTIALS : REQUIRES_AUTH, headers: anonymous };
      login = identity(credentials);
      const viaAppJwt = credentials.kind === "app";
      if (viaAppJwt && !operationId.startsWith("apps/")) {
        return {
          status: 403,
          body: {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest",
          },
          headers: restLimits.headers(login, nowSeconds(), "core"),
        };
      }
      const limits = isGraphql ? graphqlLimits : restLimits;
      const resource = isGraphql ? "graphql" : "core";
      if (operationId !== "rate-limit/get" && !limits.consume(login, nowSeconds())) {
        const user = state.users.get(login);
        return {
          status: 403,
          body: {
            message: `API rate limit exceeded for user ID ${user?.id ?? 0}.`,
            documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
          },
          headers: limits.headers(login, nowSeconds(), resource),
        };
      }
      const rateHeaders = limits.headers(login, nowSeconds(), resource);
      const fault = book.takeFault(operationId, nowSeconds());
      if (fault)
        return { status: fault.status, body: fault.body, headers: { ...rateHeaders, ...fault.headers } };
      if (badJson) {
        violate({ kind: "request", operationId, message: "body is not valid JSON" });
        return {
          status: 400,
          body: { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest" },
          headers: rateHeaders,
        };
      }
      const who = login;
      const answer = await run(() =>
        isGraphql
          ? executeGraphql(state, who, (body ?? {}) as Record<string, unknown>, violate)
          : rest.handle(
              operationId,
              {
                method,
                path: url.pathname,
                query: Object.fromEntries(url.searchParams),
                headers: req.headers,
                body,
              },
              who,
              viaAppJwt,
            ),
      );
      return { ...answer, headers: { ...rateHeaders, ...("headers" in answer ? answer.headers : {}) } };
    })();
    send(res, reply);
    book.log({ method, path, operationId, status: reply.status, login });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base || "http://127.0.0.1");
    const gitRoute = matchGitRoute(url.pathname, url.searchParams);
    const work = gitRoute
      ? serveGit(state, gitRoute, req, res, (repo) =>
          run(async () => {
            await syncPulls(state, repo);
            await runAutoMerges(state, repo);
          }),
        ).then(({ status, login }) =>
          book.log({
            method: req.method ?? "GET",
            path: url.pathname + url.search,
            operationId: `git-http/${gitRoute.service}`,
            status,
            login,
          }),
        )
      : handleApi(req, res, url);
    work.catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      book.violate({ kind: "internal", method: req.method ?? "GET", path: url.pathname, message });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Server Error" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeGitHub = {
    apiUrl: base,
    graphqlUrl: `${base}/graphql`,
    serverUrl: base,
    state,
    requests: book.requests,
    violations: book.violations,
    gitUrl: (owner, repo, token) =>
      token
        ? `http://x-access-token:${encodeURIComponent(token)}@${base.slice("http://".length)}/${owner}/${repo}.git`
        : `${base}/${owner}/${repo}.git`,
    gitDir: (owner, repo) => state.repoByFullName(`${owner}/${repo}`).gitDir,
    tokenFor: (login) => state.tokenFor(login),
    createRepo: (spec) => run(() => state.createRepo(spec)),
    as: (login) => humanActions(state, login, run),
    failNext: (spec) => book.failNext(spec),
    count: (operationId) => book.count(operationId),
    expect: (operationId, times) => book.expect(operationId, times),
    assertExpectationsMet: () => book.assertExpectationsMet(),
    assertNoViolations: () => book.assertNoViolations(),
    takeViolations: () => book.takeViolations(),
    tick: () =>
      run(async () => {
        const merged: string[] = [];
        for (const repo of state.repos.values()) {
          for (const n of await runAutoMerges(state, repo)) merged.push(`${repo.owner}/${repo.name}#${n}`);
        }
        return merged;
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      live.closed();
      await rm(root, { recursive: true, force: true });
    },
  };
  // Seen by the vitest setup file that fails a test whose fakes recorded violations (live.ts).
  const live = registerFake(fake);
  return fake;
}
