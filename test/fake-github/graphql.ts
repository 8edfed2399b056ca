// POST /graphql: every document is validated against GitHub's real schema (@octokit/graphql-schema)
// and then executed by graphql-js against that same schema, with resolvers over the fake's state.
// Only a few fields are modelled; asking for another one is recorded as a violation, not guessed.
import { schema as githubSchema, validate as validateAgainstGitHub } from "@octokit/graphql-schema";
import {
  buildClientSchema,
  execute,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { enableAutoMerge, GitHubError, pullDetails, syncPulls } from "./pulls.ts";
import type { FakeState } from "./state.ts";
import type { Issue, MergeMethod, Repo, Violation } from "./types.ts";

let cachedSchema: GraphQLSchema | undefined;

// Built once per process: the introspection JSON is ~5 MB.
function schema(): GraphQLSchema {
  cachedSchema ??= buildClientSchema(githubSchema.json as unknown as Parameters<typeof buildClientSchema>[0]);
  return cachedSchema;
}

export interface GraphqlRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** `graphql/<first root field>` (e.g. `graphql/enablePullRequestAutoMerge`), for logs and faults. */
export function graphqlOperationId(request: GraphqlRequest): string {
  if (typeof request.query !== "string") return "graphql";
  try {
    const document = parse(request.query);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION &&
        (request.operationName == null || d.name?.value === request.operationName),
    );
    const field = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
    return field && field.kind === Kind.FIELD ? `graphql/${field.name.value}` : "graphql";
  } catch {
    return "graphql";
  }
}

const ERROR_TYPES: Record<number, string> = { 403: "FORBIDDEN", 404: "NOT_FOUND", 422: "UNPROCESSABLE" };

interface ResolverContext {
  state: FakeState;
  login: string;
  violate(message: string): void;
}

function findPullByNodeId(state: FakeState, id: string): { repo: Repo; issue: Issue } | null {
  for (const repo of state.repos.values()) {
    for (const issue of repo.issues.values()) if (issue.pull && issue.nodeId === id) return { repo, issue };
  }
  return null;
}

function actor(state: FakeState, login: string) {
  const user = state.users.get(login);
  return { __typename: user?.type === "Bot" ? "Bot" : "User", login, id: user?.nodeId ?? login };
}

function pullNode(state: FakeState, repo: Repo, issue: Issue): Record<string, unknown> {
  const pull = issue.pull;
  if (!pull)
    throw new GitHubError(404, `Could not resolve to a PullRequest with the number of ${issue.number}.`);
  const node: Record<string, unknown> = {
    __typename: "PullRequest",
    id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    state: pull.merged ? "MERGED" : issue.state === "open" ? "OPEN" : "CLOSED",
    merged: pull.merged,
    closed: issue.state === "closed",
    isDraft: pull.draft,
    headRefName: pull.headRef,
    baseRefName: pull.baseRef,
    headRefOid: pull.headSha,
    baseRefOid: pull.baseSha,
    mergedAt: pull.mergedAt,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    author: actor(state, issue.user),
    mergedBy: pull.mergedBy ? actor(state, pull.mergedBy) : null,
    mergeable: async () => {
      const details = await pullDetails(repo, issue);
      return details.mergeable === null ? "UNKNOWN" : details.mergeable ? "MERGEABLE" : "CONFLICTING";
    },
    autoMergeRequest: pull.autoMerge
      ? {
          __typename: "AutoMergeRequest",
          enabledAt: pull.autoMerge.enabledAt,
          enabledBy: actor(state, pull.autoMerge.enabledBy),
          mergeMethod: pull.autoMerge.mergeMethod.toUpperCase(),
          commitHeadline: pull.autoMerge.commitTitle || null,
          commitBody: pull.autoMerge.commitMessage || null,
          authorEmail: null,
          pullRequest: () => node,
        }
      : null,
  };
  return node;
}

function repositoryNode(state: FakeState, repo: Repo): Record<string, unknown> {
  return {
    __typename: "Repository",
    id: repo.nodeId,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: { __typename: "Organization", login: repo.owner, id: repo.owner },
    autoMergeAllowed: repo.allowAutoMerge,
    pullRequest: async ({ number }: { number: number }) => {
      await syncPulls(state, repo);
      const issue = repo.issues.get(number);
      if (!issue?.pull)
        throw new GitHubError(404, `Could not resolve to a PullRequest with the number of ${number}.`);
      return pullNode(state, repo, issue);
    },
  };
}

function rootValue(state: FakeState, login: string): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = state.repo(owner, name);
      if (!repo)
        throw new GitHubError(404, `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repositoryNode(state, repo);
    },
    node: ({ id }: { id: string }) => {
      const found = findPullByNodeId(state, id);
      return found ? pullNode(state, found.repo, found.issue) : null;
    },
    viewer: () => actor(state, login),
    enablePullRequestAutoMerge: async ({ input }: { input: Record<string, unknown> }) => {
      const found = findPullByNodeId(state, String(input.pullRequestId));
      if (!found)
        throw new GitHubError(
          404,
          `Could not resolve to a node with the global id of '${input.pullRequestId}'`,
        );
      const { repo, issue } = found;
      if (input.expectedHeadOid && input.expectedHeadOid !== issue.pull?.headSha) {
        throw new GitHubError(422, "Head sha didn't match expected head sha");
      }
      const method = String(input.mergeMethod ?? "MERGE").toLowerCase() as MergeMethod;
      await enableAutoMerge(state, repo, issue, login, method);
      if (issue.pull?.autoMerge) {
        issue.pull.autoMerge.commitTitle =
          typeof input.commitHeadline === "string" ? input.commitHeadline : "";
        issue.pull.autoMerge.commitMessage = typeof input.commitBody === "string" ? input.commitBody : "";
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: actor(state, login),
        pullRequest: pullNode(state, repo, issue),
      };
    },
    disablePullRequestAutoMerge: async ({ input }: { input: Record<string, unknown> }) => {
      const found = findPullByNodeId(state, String(input.pullRequestId));
      if (!found?.issue.pull)
        throw new GitHubError(
          404,
          `Could not resolve to a node with the global id of '${input.pullRequestId}'`,
        );
      found.issue.pull.autoMerge = null;
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: actor(state, login),
        pullRequest: pullNode(state, found.repo, found.issue),
      };
    },
  };
}

// graphql-js's default resolver, plus a violation when a field the document asks for is not modelled.
const fieldResolver: GraphQLFieldResolver<unknown, ResolverContext> = (source, args, context, info) => {
  const value = (source as Record<string, unknown> | null)?.[info.fieldName];
  if (value === undefined) {
    const type = `${info.parentType.name}.${info.fieldName}: ${isNonNullType(info.returnType) ? "non-null " : ""}${getNamedType(info.returnType).name}`;
    context.violate(`field ${type} is not modelled by the fake`);
    return null;
  }
  return typeof value === "function" ? value(args, context, info) : value;
};

export async function executeGraphql(
  state: FakeState,
  login: string,
  request: GraphqlRequest,
  violate: (violation: Omit<Violation, "method" | "path">) => void,
): Promise<{ status: number; body: unknown }> {
  if (typeof request.query !== "string") {
    violate({ kind: "graphql", message: "request has no `query` string" });
    return {
      status: 400,
      body: { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/graphql" },
    };
  }
  let problems: readonly GraphQLError[];
  try {
    problems = validateAgainstGitHub(request.query);
  } catch (error) {
    problems = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const operationId = graphqlOperationId(request);
  if (problems.length > 0) {
    violate({ kind: "graphql", operationId, message: problems.map((p) => p.message).join("; ") });
    return {
      status: 200,
      body: { errors: problems.map((p) => ({ message: p.message, locations: p.locations })) },
    };
  }
  const result = await execute({
    schema: schema(),
    document: parse(request.query),
    rootValue: rootValue(state, login),
    contextValue: {
      state,
      login,
      violate: (message: string) => violate({ kind: "graphql", operationId, message }),
    } satisfies ResolverContext,
    variableValues: (request.variables ?? {}) as Record<string, unknown>,
    operationName: typeof request.operationName === "string" ? request.operationName : null,
    fieldResolver,
  });
  const errors = result.errors?.map((e) => {
    const original = e.originalError;
    // Errors without a path are about the request itself (e.g. a variable with an invalid enum value).
    // A missing non-null field was recorded by fieldResolver already; graphql-js then reports it again.
    const unmodelled = original?.message.startsWith("Cannot return null for non-nullable field") ?? false;
    if (!e.path) violate({ kind: "graphql", operationId, message: e.message });
    else if (original && !unmodelled && !(original instanceof GitHubError)) {
      violate({ kind: "internal", operationId, message: `${original.name}: ${original.message}` });
    }
    const type =
      original instanceof GitHubError ? (ERROR_TYPES[original.status] ?? "UNPROCESSABLE") : undefined;
    return { ...(type ? { type } : {}), path: e.path, locations: e.locations, message: e.message };
  });
  return { status: 200, body: { data: result.data ?? null, ...(errors ? { errors } : {}) } };
}
