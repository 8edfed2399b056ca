// The workflow `loopcast init` writes to .github/workflows/loopcast.yml: every trigger the Action routes,
// one run at a time, and only the permissions Loopcast needs. A pure function of its options, so a test can
// read it back and check it against action.yml.
export interface WorkflowOptions {
  /** The Action to run, `owner/repo@ref`. */
  action: string;
  /** The configuration folder. */
  config: string;
  /** When scheduled runs happen (cron, UTC). */
  schedule: string;
  /** Environment variables the channels read their secrets from, passed from the repository's secrets. */
  env?: readonly string[];
}

export const DEFAULT_WORKFLOW: WorkflowOptions = {
  action: "loopcast/loopcast@v1",
  config: "marketing",
  // Hourly, a few minutes past the hour: GitHub delays scheduled runs that start exactly on the hour.
  schedule: "17 * * * *",
};

export function workflowYaml(o: WorkflowOptions = DEFAULT_WORKFLOW): string {
  return `# Loopcast: autonomous marketing as GitOps. Setup and settings: docs/github-setup.md
name: Loopcast

on:
  schedule:
    - cron: "${o.schedule}"
  workflow_dispatch:
    inputs:
      dry-run:
        description: Only plan; change nothing
        type: boolean
        default: false
  # A merged proposal is published at once (runs only for merges made by a person or an App/PAT token:
  # what GITHUB_TOKEN merges triggers nothing, and the next scheduled run publishes it instead).
  pull_request:
    types: [closed]
  pull_request_review:
    types: [submitted]
  # Ticks on the dashboard issue (approve, hold, pause).
  issues:
    types: [edited, labeled, unlabeled]
  # Metrics pushed by Zapier, Make, n8n or a script.
  repository_dispatch:
    types: [loopcast-metrics]

# Nothing by default; the job below asks for exactly what Loopcast uses.
permissions: {}

# One run at a time: only Loopcast writes its state. A newer run may replace one that waits; every run
# reconciles everything, so nothing is lost. Metrics dispatches carry data, so they never wait in line.
concurrency:
  group: \${{ github.event_name == 'repository_dispatch' && format('loopcast-metrics-{0}', github.run_id) || 'loopcast' }}
  cancel-in-progress: false

jobs:
  loopcast:
    # Never for a fork's pull request, and only for the events that concern Loopcast (not the bot's own
    # dashboard updates).
    if: >-
      (github.event_name != 'pull_request' && github.event_name != 'pull_request_review'
        || (github.event.pull_request.head.repo.full_name == github.repository
            && (github.event_name == 'pull_request' || startsWith(github.event.pull_request.head.ref, 'loopcast/'))))
      && (github.event_name != 'issues'
        || (contains(github.event.issue.labels.*.name, 'loopcast:dashboard') && github.event.sender.type != 'Bot'))
    runs-on: ubuntu-latest
    timeout-minutes: 20
    permissions:
      contents: write # commit the ledger and reports, push proposal branches
      pull-requests: write # open, label and merge proposals
      issues: write # the dashboard issue
      statuses: write # the loopcast/checks commit status
    steps:
      - uses: actions/checkout@v4
        with:
          # Always the base branch (a closed pull request's merge ref no longer exists), with full history
          # so state can be rebased, and without a stored token: Loopcast hands git its own.
          ref: \${{ github.event.repository.default_branch }}
          fetch-depth: 0
          persist-credentials: false
      - uses: ${o.action}
        with:
          config: ${o.config}
          # Recommended: a GitHub App token, so merges and pull requests trigger your other workflows
          # (see docs/github-setup.md). Without it, the workflow's own GITHUB_TOKEN is used.
          github-token: \${{ secrets.LOOPCAST_TOKEN || github.token }}
          # app-id: \${{ vars.LOOPCAST_APP_ID }}
          # app-private-key: \${{ secrets.LOOPCAST_APP_PRIVATE_KEY }}
          # openai-api-key: \${{ secrets.OPENAI_API_KEY }}
          dry-run: \${{ inputs.dry-run || false }}
${secretsEnv(o.env ?? [])}`;
}

/** The step's env: the secrets the channels name, or a commented example when none is known. */
function secretsEnv(names: readonly string[]): string {
  if (!names.length)
    return `        # Secrets the channels name in strategy.yaml (SMTP, Mastodon, webhooks) go here:
        # env:
        #   MASTODON_TOKEN: \${{ secrets.MASTODON_TOKEN }}
`;
  return `        # The secrets strategy.yaml names (add each under Settings → Secrets and variables → Actions):
        env:
${names.map((n) => `          ${n}: \${{ secrets.${n} }}`).join("\n")}
`;
}
