// The GitHub forge; see forge.ts. This file only re-exports.
export {
  ACTIONS_BOT,
  appBot,
  appJwt,
  parseIdentity,
  type ResolvedAuth,
  resolveToken,
  type TokenSource,
} from "./auth.ts";
export { createClient, GITHUB_PACING, type GitHubClient, type Pacing, toForgeError } from "./client.ts";
export {
  DASHBOARD_LABEL,
  Dashboard,
  type DashboardEntry,
  type DashboardIssue,
  type DashboardSection,
  type DashboardState,
  HOLD_LABEL,
  isDashboardBody,
  PAUSE_LABEL,
  parseTicks,
  renderDashboard,
} from "./dashboard.ts";
export { GitHubForge, type GitHubForgeOptions, MergePendingError } from "./forge.ts";
export { type RepoRef, readMarker, withMarker } from "./pulls.ts";
export type { OnProtectedBase } from "./state-writer.ts";
export type * from "./types.ts";
