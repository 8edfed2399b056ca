// REST dispatch: route by GitHub's description, validate the request (422 like GitHub), run the
// handler, and validate what it answers against the same description (a violation otherwise).
import type { Request as BackendRequest, OpenAPIBackend } from "openapi-backend";
import type { FaultBook } from "./faults.ts";
import { describeErrors, normalizeGreedyPath, type SchemaError } from "./openapi.ts";
import { GitHubError, syncPulls } from "./pulls.ts";
import { getResponseValidator } from "./response-validator.ts";
import { issueHandlers } from "./rest-issues.ts";
import { pullHandlers } from "./rest-pulls.ts";
import { repoHandlers } from "./rest-repos.ts";
import { DOCS_URL, type Env, type Reply, type RestHandler } from "./rest-shared.ts";

export const REST_HANDLERS: Record<string, RestHandler> = {
  ...pullHandlers,
  ...issueHandlers,
  ...repoHandlers,
};

export interface RestRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export class RestRouter {
  private readonly api: OpenAPIBackend;
  private readonly env: Env;
  private readonly book: FaultBook;

  constructor(api: OpenAPIBackend, env: Env, book: FaultBook) {
    this.api = api;
    this.env = env;
    this.book = book;
    const missing = api
      .getOperations()
      .map((op) => op.operationId)
      .filter((id): id is string => typeof id === "string" && !(id in REST_HANDLERS));
    if (missing.length > 0) {
      throw new Error(`fake-github: the fixture has operations without a handler: ${missing.join(", ")}.`);
    }
  }

  private toBackendRequest(request: RestRequest): BackendRequest {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (value !== undefined) headers[name] = value;
    return {
      ...request,
      headers,
      body: request.body as BackendRequest["body"],
      path: normalizeGreedyPath(request.path),
    };
  }

  /** The operationId GitHub's description routes this request to, or null (unknown route). */
  match(method: string, path: string): string | null {
    const operation = this.api.matchOperation({ method, path: normalizeGreedyPath(path), headers: {} });
    return operation?.operationId ?? null;
  }

  private docsUrl(operationId: string): string {
    const docs = this.api.getOperation(operationId)?.externalDocs?.url;
    return typeof docs === "string" ? docs : DOCS_URL;
  }

  async handle(operationId: string, request: RestRequest, login: string, viaAppJwt: boolean): Promise<Reply> {
    const violate = (kind: "request" | "response" | "internal", message: string, details?: unknown) =>
      this.book.violate({ kind, method: request.method, path: request.path, operationId, message, details });
    const backendRequest = this.toBackendRequest(request);
    const operation = this.api.matchOperation(backendRequest);
    if (!operation) throw new Error(`fake-github: ${operationId} matched before but not now.`);

    const validation = this.api.validateRequest(backendRequest, operation);
    if (!validation.valid) {
      const details = describeErrors(validation.errors as SchemaError[]);
      violate("request", `request does not match GitHub's description: ${details}`, validation.errors);
      // GitHub words schema failures like this, with status 422.
      return {
        status: 422,
        body: { message: `Invalid request.\n\n${details}`, documentation_url: this.docsUrl(operationId) },
      };
    }
    const parsed = this.api.router.parseRequest(backendRequest, operation);
    const params = parsed.params as Record<string, string>;

    let reply: Reply;
    try {
      const repo =
        params.owner && params.repo ? (this.env.state.repo(params.owner, params.repo) ?? null) : null;
      if (params.owner && params.repo && !repo) throw new GitHubError(404, "Not Found");
      if (repo) await syncPulls(this.env.state, repo);
      const handler = REST_HANDLERS[operationId];
      if (!handler) throw new Error(`no handler for ${operationId}`);
      reply = await handler(
        {
          login,
          viaAppJwt,
          params,
          query: parsed.query as Record<string, unknown>,
          body: request.body,
          repo,
        },
        this.env,
      );
    } catch (error) {
      if (!(error instanceof GitHubError)) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        violate("internal", `handler failed: ${message}`);
        return { status: 500, body: { message: "Server Error", documentation_url: DOCS_URL } };
      }
      reply = {
        status: error.status,
        body: { message: error.message, documentation_url: this.docsUrl(operationId), ...error.extra },
      };
    }
    const problem = getResponseValidator().validate(operationId, reply.status, reply.body);
    if (problem)
      violate("response", `response ${reply.status} does not match GitHub's description: ${problem}`);
    return reply;
  }
}
