// Public surface of the fake GitHub for other test suites; see README.md.
export type { FaultSpec } from "./faults.ts";
export type { Human } from "./human.ts";
export { type FakeGitHub, startFakeGitHub } from "./server.ts";
export { cloneRepo, octokitFor, redactTokens, type WorkingClone } from "./test-support.ts";
export type {
  AppSpec,
  FakeGitHubOptions,
  MergeMethod,
  RepoSpec,
  RequestLogEntry,
  ReviewState,
  StatusState,
  UserSpec,
  Violation,
} from "./types.ts";
