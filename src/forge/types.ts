// The Forge port: where proposals live and how approved state reaches the base branch. The local forge
// (plain git) and the GitHub forge (octokit) implement it; use cases never ask which one they have.

export interface FileChange {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

export interface ProposalInput {
  cycle: string;
  branch: string;
  title: string;
  body: string;
  labels: string[];
  files: FileChange[];
  commitMessage: string;
  /** The guardrail check, shown as a commit status where the forge has them. */
  status?: { state: "success" | "failure" | "pending"; description: string };
}

export type ProposalState = "open" | "merged" | "closed";

export interface Proposal {
  /** Forge-specific id: the branch name locally, the PR number on GitHub. */
  id: string;
  branch: string;
  title: string;
  url?: string;
  state: ProposalState;
  labels: string[];
  /** The commit Loopcast made; anything after it was added by someone else. */
  botSha: string;
  headSha: string;
  mergedSha?: string;
  mergedBy?: string;
  closedBy?: string;
  /** Loopcast's commit is no longer in the branch's history: someone rewrote (force-pushed) the branch. */
  rewritten?: boolean;
  /** Why it was closed without merging, in the closer's words (`review reject --reason`, the closing comment or review on GitHub), or what happened (branch deleted). */
  closeReason?: string;
  /** Commits on the proposal whose author is not Loopcast. */
  humanCommits: number;
  /**
   * Files changed on the proposal after Loopcast's commit that are not the proposal's own (its item): a
   * change to guardrails, a workflow or a CI file riding along. Such a proposal is never merged by batch
   * approval or automatically. Absent when the forge does not tell.
   */
  foreignFiles?: string[];
  /** A reviewer asked for changes (forges with reviews). */
  changesRequested?: boolean;
  /** When the proposal was opened (ISO 8601). */
  createdAt?: string;
  /** The forge's own auto-merge is armed and will merge once the required checks pass. */
  autoMergeEnabled?: boolean;
}

/** The issue where people see what waits for them and steer Loopcast (GitHub: the dashboard issue). */
export interface DashboardPort {
  /** The dashboard as it is now, or undefined before the first run wrote it. */
  find(): Promise<{ body: string; labels: string[] } | undefined>;
  /** Sets or clears the pause label: the kill switch people can reach without editing YAML. */
  setPaused(paused: boolean): Promise<void>;
  /** Writes the dashboard (creating it the first time). */
  update(body: string): Promise<{ url: string }>;
}

/** How a run under the lock ended: `completed` when every step ran (and committed what it wrote). */
export interface RunOutcome {
  completed: boolean;
}

export interface Forge {
  readonly id: string;
  /** The identity Loopcast commits state as (absent on test forges that commit nothing). */
  readonly bot?: { name: string; email: string };
  /** The branch that holds approved state. */
  readonly baseBranch: string;
  /**
   * Takes an exclusive lock for one run, where the forge needs one (Actions uses a concurrency group).
   * The release is told whether the run completed: one that did not may have left state to finish.
   */
  lock?(): Promise<(outcome?: RunOutcome) => Promise<void>>;
  /** Deletes the proposal branches `done` names whose outcome is recorded (the local forge; GitHub deletes a merged head branch itself when the repository is set to). */
  pruneBranches?(done: (branch: string) => boolean): Promise<string[]>;
  /** Open proposals made by Loopcast (for adoption after an interrupted run). */
  listOpenProposals(): Promise<Proposal[]>;
  /** The proposal for a branch in its current state, or undefined when it no longer exists anywhere. */
  getProposal(branch: string): Promise<Proposal | undefined>;
  /**
   * Opens proposals, in one batch (one push, one import). A branch that already has a proposal gets it
   * back unchanged (idempotent). Each entry of the result is the proposal or the error for that input.
   */
  openProposals(inputs: ProposalInput[]): Promise<Array<Proposal | Error>>;
  /** Merges; `asBot` for an auto-merge by Loopcast (L4 after the review window, L5 at once). */
  mergeProposal(branch: string, opts?: { by?: string; asBot?: boolean }): Promise<Proposal>;
  closeProposal(branch: string, opts?: { by?: string; reason?: string }): Promise<Proposal>;
  /** Optional capabilities of forges with labels and auto-merge (GitHub). */
  addLabels?(branch: string, labels: string[]): Promise<void>;
  removeLabel?(branch: string, label: string): Promise<void>;
  cancelAutoMerge?(branch: string): Promise<void>;
  /** Shows (or, with none, clears) a loud warning about `foreignFiles` in the proposal's description. */
  flagForeignFiles?(branch: string, files: readonly string[]): Promise<boolean>;
  /** Files at commits or refs, read in one batch; undefined where absent. */
  readFiles(specs: Array<{ ref: string; path: string }>): Promise<Array<string | undefined>>;
  /** Commits state files (ledger, reports, published output) to the base branch; returns the commit sha. */
  commitState(message: string, paths: string[]): Promise<string | undefined>;
  /** Forges with a place for people to steer Loopcast (GitHub's dashboard issue). */
  readonly dashboard?: DashboardPort;
  /** What the forge had to work around in this run (e.g. a protected base branch), for the reports. */
  readonly notices?: readonly string[];
  /** API requests made so far, where the forge has an API. */
  readonly requests?: number;
}
