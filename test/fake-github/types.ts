// Plain data shapes of the fake GitHub's in-memory state and options. Rendering these into GitHub's
// JSON lives in render.ts; the only other state is the real bare git repositories on disk.

export type UserType = "User" | "Bot";

export interface UserSpec {
  login: string;
  /** Tokens that authenticate as this user (`Authorization: token|Bearer <t>`, or git Basic password). */
  tokens: string[];
  type?: UserType;
  /** Git identity used for commits this user makes through the human helpers and merges. */
  name?: string;
  email?: string;
}

export interface User {
  login: string;
  id: number;
  nodeId: string;
  type: UserType;
  name: string;
  email: string;
}

export interface AppSpec {
  /** The JWT's `iss` claim that identifies the app (GitHub App id or client id). */
  id: number | string;
  slug: string;
  installationId: number;
}

export interface RepoSpec {
  owner: string;
  name: string;
  defaultBranch?: string;
  allowAutoMerge?: boolean;
  /** Branch name → contexts that must report `success` before a merge (classic branch protection). */
  protectedBranches?: Record<string, { requiredStatusChecks: string[] }>;
  /** Files of the initial commit on the default branch (path → content). */
  files?: Record<string, string>;
  /** Author of the initial commit; defaults to the first user. */
  initialAuthor?: string;
}

export type StatusState = "error" | "failure" | "pending" | "success";

export interface CommitStatus {
  id: number;
  nodeId: string;
  state: StatusState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";

export interface Review {
  id: number;
  nodeId: string;
  user: string;
  state: ReviewState;
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface Comment {
  id: number;
  nodeId: string;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export type MergeMethod = "merge" | "squash" | "rebase";

export interface AutoMergeRequest {
  enabledBy: string;
  enabledAt: string;
  mergeMethod: MergeMethod;
  commitTitle: string;
  commitMessage: string;
}

/** The pull-request half of an issue number (GitHub shares numbers between issues and pulls). */
export interface PullFields {
  headRef: string;
  baseRef: string;
  /** Last head sha seen; kept after the branch is deleted (GitHub keeps `refs/pull/<n>/head`). */
  headSha: string;
  /** Base sha when opened, refreshed while open; frozen at merge. */
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  maintainerCanModify: boolean;
  reviews: Review[];
  autoMerge: AutoMergeRequest | null;
  /** Set when the head branch disappeared from the bare repo while the pull was open. */
  headRefDeleted: boolean;
}

export interface Issue {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  user: string;
  labels: string[];
  assignees: string[];
  comments: Comment[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  pull: PullFields | null;
}

export interface Repo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  defaultBranch: string;
  allowAutoMerge: boolean;
  protectedBranches: Map<string, { requiredStatusChecks: string[] }>;
  /** Absolute path of the bare repository on disk. */
  gitDir: string;
  createdAt: string;
  nextNumber: number;
  issues: Map<number, Issue>;
  labels: Map<string, Label>;
  /** Commit statuses per sha, oldest first. */
  statuses: Map<string, CommitStatus[]>;
}

export interface FakeGitHubOptions {
  /** Users and their tokens; defaults to `loopcast[bot]` (token "bot-token") and `alice` ("alice-token"). */
  users?: UserSpec[];
  /** GitHub Apps whose JWTs may call apps/create-installation-access-token. */
  apps?: AppSpec[];
  /** Repositories to create at start. */
  repos?: RepoSpec[];
  /** Commit author email → GitHub login, for pulls/list-commits; users' own emails are always mapped. */
  emailToLogin?: Record<string, string>;
  /** Clock; defaults to the real one. Timestamps in responses and commits come from it. */
  now?: () => Date;
  /** Primary rate limit per token and hour (default 5000). */
  rateLimit?: number;
  /** Echo violations to stderr as they happen (default true), in addition to `fake.violations`. */
  logViolations?: boolean;
}

export interface Violation {
  kind: "request" | "response" | "unknown-route" | "graphql" | "internal";
  method: string;
  path: string;
  operationId?: string;
  message: string;
  details?: unknown;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** REST operationId, `graphql/<root field>`, or `git/<service>` for smart HTTP. */
  operationId: string | null;
  status: number;
  login: string | null;
}
