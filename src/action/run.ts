// runAction(options): one Action run. Routes the event, connects the GitHub forge and calls the same use
// case as the CLI (reconcile), plus what only GitHub has: the dashboard issue, reviews and dispatches.
// The entry point (src/action.ts) only reads the inputs and reports the result.

import { join, relative, resolve } from "node:path";
import { CHANNELS } from "../channels/registry.ts";
import { repoRootOf } from "../cli/context.ts";
import { outcomeCode } from "../cli/exit.ts";
import { runProblems } from "../cli/run.ts";
import { loadConfig, requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { ConfigError } from "../errors.ts";
import { createForge } from "../forge/create.ts";
import { Git } from "../forge/git.ts";
import { ACTIONS_BOT, appBot, resolveToken } from "../forge/github/auth.ts";
import {
  type DashboardSection,
  HOLD_LABEL,
  ITEM_BOXES,
  type ItemBoxKind,
  PAUSE_LABEL,
  parseTicks,
  renderDashboard,
} from "../forge/github/dashboard.ts";
import type { Forge, Proposal } from "../forge/types.ts";
import { createGenerator } from "../generate/registry.ts";
import { itemsInDoubt } from "../pipeline/publish-outcome.ts";
import { reconcile } from "../pipeline/reconcile.ts";
import { listExceptions } from "../state/exceptions.ts";
import { appendEvents } from "../state/ledger.ts";
import { cycleFromBranch } from "../state/paths.ts";
import { disarmEdited } from "./auto-merge.ts";
import { applyTicks, dashboardState } from "./dashboard.ts";
import { ingestDispatch } from "./dispatch-metrics.ts";
import { flagForeign } from "./foreign.ts";
import { ingestMetrics } from "./metrics-ingest.ts";
import { type ActionOptions, type ActionResult, outputsOf } from "./result.ts";
import { type Route, routeEvent } from "./route.ts";

export async function runAction(o: ActionOptions): Promise<ActionResult> {
  const log = o.log ?? (() => {});
  const dryRun = o.dryRun || o.command === "plan";
  const route: Route =
    o.command === "run"
      ? routeEvent(o.eventName, o.event, o)
      : { kind: "reconcile", why: `${o.command} requested` };
  const result: ActionResult = {
    route,
    dryRun,
    applied: [],
    notices: [],
    outputs: outputsOf(undefined),
    requests: 0,
    exitCode: 0,
  };
  log(`event ${o.eventName}: ${route.why}`);
  if (o.command === "validate") {
    const { config, problems } = await loadConfig(resolve(o.workspace, o.configPath));
    if (problems.length) throw new ConfigError(problems);
    result.applied.push(`configuration is valid: ${config?.workflows.length} workflow(s)`);
    return result;
  }
  if (route.kind === "ignore") return result;

  const now = o.at ?? new Date();
  const loaded = await requireConfig(resolve(o.workspace, o.configPath));
  const repoDir = await repoRootOf(loaded.dir);
  const { forge, authRequests } = o.forge
    ? { forge: o.forge, authRequests: 0 }
    : await openGitHub(o, { config: loaded, repoDir, now, log });
  const count = () => authRequests + (forge.requests ?? 0);
  try {
    await routeRun(o, route, { forge, config: loaded, repoDir, now, dryRun, result });
  } finally {
    result.notices.push(...(forge.notices ?? []));
    result.requests = count();
  }
  result.outputs = outputsOf(result.report);
  // The CLI's exit codes: 1 when something waits for a person (items failed, rows quarantined, a ledger
  // line set aside), else 3 when only a channel could not be reached (the next run tries again), else 0.
  const report = result.report;
  result.exitCode = report
    ? outcomeCode({
        problems: dryRun ? 0 : runProblems(report).length,
        unreachable: report.errors.filter((e) => e.unreachable).length,
      })
    : 0;
  return result;
}

/** The GitHub forge for this run: the token (a PAT, GITHUB_TOKEN or an App's installation token) first. */
async function openGitHub(
  o: ActionOptions,
  c: { config: Config; repoDir: string; now: Date; log: (line: string) => void },
): Promise<{ forge: Forge; authRequests: number }> {
  const auth = await resolveToken(o.auth, {
    apiUrl: o.apiUrl,
    owner: o.owner,
    repo: o.repo,
    ...(o.pacing ? { pacing: o.pacing } : {}),
    log: c.log,
  });
  if (auth.kind === "app") o.onSecret?.(auth.token);
  const forge = await createForge({
    kind: "github",
    owner: o.owner,
    repo: o.repo,
    repoDir: c.repoDir,
    token: auth.token,
    apiUrl: o.apiUrl,
    baseBranch: c.config.strategy.baseBranch ?? defaultBranch(o.event) ?? (await currentBranch(c.repoDir)),
    bot: o.committer ?? (auth.kind === "app" ? appBot("loopcast") : ACTIONS_BOT),
    now: c.now,
    stateBranch: o.stateBranch,
    onProtectedBase: o.onProtectedBase,
    log: c.log,
    ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    ...(o.pacing ? { pacing: o.pacing } : {}),
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
  return { forge, authRequests: auth.requests };
}

interface RunCtx {
  forge: Forge;
  config: Config;
  repoDir: string;
  now: Date;
  dryRun: boolean;
  result: ActionResult;
}

async function routeRun(o: ActionOptions, route: Route, c: RunCtx): Promise<void> {
  const { forge, result } = c;
  if (route.kind === "review") {
    result.applied.push(...(await recordReview(forge, route, c)));
    return;
  }
  if (route.kind === "metrics") {
    const done = await ingestDispatch(o.event, {
      // The metrics ingest of src/metrics, unless a test hands in another.
      ingest: o.ingest ?? ingestMetrics,
      config: c.config,
      repoDir: c.repoDir,
      now: c.now,
      commit: (message, paths) => (c.dryRun ? Promise.resolve(undefined) : forge.commitState(message, paths)),
    });
    result.applied.push(
      done.summary ?? `metrics: ${done.accepted} row(s) accepted, ${done.quarantined} quarantined`,
    );
    return;
  }
  const dashboard = forge.dashboard;
  const issue = await dashboard?.find();
  let paused = issue?.labels.includes(PAUSE_LABEL) ?? false;
  // Ticked boxes are applied by the edit's own run, or by the next run if that one never came (a newer
  // run replaced it in the concurrency queue). Between edits the pause label, not the box, is the truth.
  const ticks = parseTicks(route.kind === "dashboard" ? route.body : issue?.body);
  if (route.kind !== "dashboard") ticks.pause = undefined;
  const ticked = (Object.keys(ITEM_BOXES) as ItemBoxKind[]).some((kind) => ticks[kind].length > 0);
  if (dashboard && !c.dryRun && (ticked || ticks.pause !== undefined)) {
    const open = await forge.listOpenProposals();
    const by = route.kind === "dashboard" ? route.by : "dashboard";
    result.applied.push(
      ...(await applyTicks({
        forge,
        dashboard,
        ticks,
        by,
        paused,
        open,
        config: c.config,
        repoDir: c.repoDir,
        now: c.now,
      })),
    );
    if (ticks.pause !== undefined) paused = ticks.pause;
  }
  if (!c.dryRun) {
    const open = await forge.listOpenProposals();
    result.applied.push(...(await disarmEdited(forge, open)), ...(await flagForeign(forge, open)));
  }
  // The pause label on the dashboard is the kill switch people can reach without editing YAML.
  const config = paused ? { ...c.config, guardrails: { ...c.config.guardrails, paused: true } } : c.config;
  const generator = createGenerator(
    o.model
      ? { provider: "template", ...config.strategy.generator, model: o.model }
      : config.strategy.generator,
    o.env,
  );
  result.report = await reconcile({
    config,
    repoDir: c.repoDir,
    now: c.now,
    dryRun: c.dryRun,
    forge,
    generator,
    channels: CHANNELS,
    env: o.env,
  });
  if (c.dryRun) return;
  const open = await forge.listOpenProposals();
  // An item in doubt is one the plan held (it holds every one, whatever else holds it too) or one it
  // published whose send just failed without a known outcome: only their ledger files are read.
  const doubts = await itemsInDoubt(
    c.config,
    result.report.plan.actions.flatMap((a) => (a.kind === "hold" || a.kind === "publish" ? [a.cycle] : [])),
  );
  // Items the plan held because publishing failed until Loopcast gave up: each gets a Retry box.
  const gaveUp = result.report.plan.actions.flatMap((a) =>
    a.kind === "hold" && a.gaveUp
      ? [{ cycle: a.cycle, attempts: a.gaveUp.attempts, lastError: a.gaveUp.lastError }]
      : [],
  );
  const state = dashboardState(open, paused, forge.notices ?? [], doubts, gaveUp);
  state.sections = await dashboardSections(c.config.dir, open);
  const updated = await dashboard?.update(renderDashboard(state));
  if (updated) result.dashboardUrl = updated.url;
}

/** The exception queue and the promotions waiting for a person, for the dashboard issue. */
async function dashboardSections(configDir: string, open: Proposal[]): Promise<DashboardSection[]> {
  const exceptions = (await listExceptions(configDir)).filter((e) => e.status === "open");
  const promotions = open.filter(
    (p) => p.state === "open" && p.branch.startsWith("loopcast/config/promote-"),
  );
  return [
    {
      title: `Exception queue (${exceptions.length})`,
      lines: exceptions.length
        ? [
            ...exceptions.map((e) => `- **${e.severity}** \`${e.id}\` — ${e.title}`),
            "",
            "Resolve one with `loopcast exceptions resolve ID --note …`, or set `status: resolved` in its file.",
          ]
        : ["Nothing waits for a person."],
    },
    {
      title: `Promotions (${promotions.length})`,
      lines: promotions.length
        ? promotions.map(
            (p) =>
              `- [#${p.id}](${p.url ?? ""}) ${p.title.replace(/^\[loopcast\]\s*/, "")}: merging it is the grant`,
          )
        : ["No workflow is waiting for a promotion."],
    },
  ];
}

/** A review of a proposal: a request for changes holds it (so it never merges on its own). */
async function recordReview(
  forge: Forge,
  route: Extract<Route, { kind: "review" }>,
  c: RunCtx,
): Promise<string[]> {
  const dryRun = c.dryRun;
  // Every review of a cycle's proposal goes into its ledger, where the reports and the track record read it.
  const cycle = cycleFromBranch(route.branch);
  const state = route.state as "approved" | "changes_requested" | "commented" | "dismissed";
  if (cycle && !dryRun && ["approved", "changes_requested", "commented", "dismissed"].includes(state)) {
    const paths = await appendEvents(c.config.dir, [
      {
        type: "reviewed",
        at: c.now.toISOString(),
        cycle,
        by: route.by,
        state,
        proposal: { id: String(route.number) },
      },
    ]);
    await forge.commitState(
      `loopcast: review of ${cycle} by ${route.by}`,
      paths.map((p) => relative(c.repoDir, join(c.config.dir, p))),
    );
  }
  if (route.state !== "changes_requested") {
    return [`review of #${route.number} by @${route.by}: ${route.state.replace("_", " ")}`];
  }
  const open = (await forge.listOpenProposals()).find((p) => p.branch === route.branch);
  if (!open)
    return [`review of #${route.number} by @${route.by}: changes requested, but it is no longer open`];
  if (open.labels.includes(HOLD_LABEL))
    return [`review of #${route.number} by @${route.by}: changes requested; already on hold`];
  if (!dryRun) await forge.addLabels?.(route.branch, [HOLD_LABEL]);
  return [
    `review of #${route.number} by @${route.by}: changes requested, so it is on hold until a person merges it or removes \`hold\``,
  ];
}

function defaultBranch(event: unknown): string | undefined {
  const v = (event as { repository?: { default_branch?: unknown } } | null)?.repository?.default_branch;
  return typeof v === "string" && v ? v : undefined;
}

async function currentBranch(repoDir: string): Promise<string> {
  const branch = await new Git(repoDir).currentBranch();
  if (!branch) {
    throw new ConfigError([
      {
        file: "strategy.yaml",
        line: 1,
        column: 1,
        message:
          "cannot tell the base branch: the event names no default branch and the workspace is detached",
        hint: "set `baseBranch: main` in strategy.yaml, or check out the default branch",
      },
    ]);
  }
  return branch;
}
