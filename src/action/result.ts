// The Action's options (everything a run needs, defaults included, so tests can pass all of it) and its
// result (what the outputs, the job summary and the exit code are made from).
import type { Identity } from "../forge/git.ts";
import type { TokenSource } from "../forge/github/auth.ts";
import type { Pacing } from "../forge/github/client.ts";
import type { OnProtectedBase } from "../forge/github/state-writer.ts";
import type { Forge } from "../forge/types.ts";
import type { RunReport } from "../pipeline/reconcile.ts";
import type { MetricsIngest } from "./dispatch-metrics.ts";
import type { Route } from "./route.ts";

export type ActionCommand = "run" | "plan" | "validate";

export interface ActionOptions {
  command: ActionCommand;
  /** GITHUB_WORKSPACE: the checked-out repository. */
  workspace: string;
  /** The configuration folder, relative to the workspace. */
  configPath: string;
  dryRun: boolean;
  /** Logical time of the run (the `at` input); default now. */
  at?: Date;
  eventName: string;
  event: unknown;
  owner: string;
  repo: string;
  apiUrl: string;
  /** Link to this run, for the commit status. */
  runUrl?: string;
  auth: TokenSource;
  /** The identity of the bot's commits; default github-actions[bot], or loopcast[bot] with an App. */
  committer?: Identity;
  /** Overrides strategy.generator.model. */
  model?: string;
  stateBranch: string;
  onProtectedBase: OnProtectedBase;
  /** Environment for channels and the generator (SMTP settings, API keys named in the configuration). */
  env: Record<string, string | undefined>;
  /** The metrics ingest for repository_dispatch; default: src/action/metrics-ingest.ts (tests pass another). */
  ingest?: MetricsIngest;
  /**
   * The forge to run against, already open; default: the GitHub forge for owner/repo at apiUrl, made with
   * createForge after the token is resolved. Tests pass another (e.g. the local forge) to test the run's
   * rules without HTTP.
   */
  forge?: Forge;
  pacing?: Partial<Pacing>;
  fetch?: typeof globalThis.fetch;
  log?: (line: string) => void;
  /** Told every secret made during the run (an App's installation token), so the runner masks it. */
  onSecret?: (value: string) => void;
}

export interface ActionOutputs {
  "proposals-opened": number;
  "items-published": number;
  "exceptions-raised": number;
}

export interface ActionResult {
  route: Route;
  dryRun: boolean;
  report?: RunReport;
  /** What the run did besides the reconcile (dashboard ticks, reviews, metrics), one line each. */
  applied: string[];
  notices: string[];
  outputs: ActionOutputs;
  /** GitHub API requests made (REST and GraphQL, retries included). */
  requests: number;
  dashboardUrl?: string;
  /** 0 done; 1 the run found problems (errors in the report). */
  exitCode: number;
}

export function outputsOf(report: RunReport | undefined): ActionOutputs {
  return {
    "proposals-opened": report?.proposed.length ?? 0,
    "items-published": report?.published.length ?? 0,
    "exceptions-raised":
      (report?.errors.length ?? 0) + (report?.refused.length ?? 0) + (report?.held.length ?? 0),
  };
}
