// Publishing exactly once: commit a write-ahead "publishing" intent with an idempotency key, call the
// channel, then commit the receipt (or the failure). A crash between the two leaves an intent without
// a receipt, which the next plan retries only on channels that accept idempotency keys.
import { adapterFor } from "../channels/registry.ts";
import {
  type ChannelAdapter,
  type PublishRequest,
  type PublishResult,
  publishEach,
} from "../channels/types.ts";
import { channelById } from "../config/types.ts";
import { type Action, OVERRIDE_LABEL } from "../core/plan.ts";
import { parseCycleId } from "../core/time.ts";
import { checkItemText, findingLines } from "../guardrails/check-item.ts";
import { exceptionId, raiseException } from "../state/exceptions.ts";
import { parseItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath } from "../state/paths.ts";
import { type RunContext, type RunReport, readRepoFile } from "./reconcile.ts";

type PublishAction = Extract<Action, { kind: "publish" }>;

export async function applyPublishes(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  for (const a of actions) if (a.kind === "hold") report.held.push({ cycle: a.cycle, reason: a.reason });
  const due = actions.filter((a): a is PublishAction => a.kind === "publish");
  if (!due.length) return;
  const at = ctx.now.toISOString();

  const ready: Array<{ action: PublishAction; text: string; key: string }> = [];
  const intents: LedgerEvent[] = [];
  const failures: LedgerEvent[] = [];
  const exceptionPaths: string[] = [];
  for (const action of due) {
    const path = `${ctx.configRel}/${contentPath(action.cycle)}`;
    const text = await readRepoFile(ctx.repoDir, path);
    if (text === undefined) {
      failures.push({
        type: "publish-failed",
        at,
        cycle: action.cycle,
        error: `${path} is missing on the base branch`,
        attempt: action.attempt,
      });
      report.errors.push({
        cycle: action.cycle,
        message: `${path} is missing on the base branch; restore it or close the cycle`,
      });
      continue;
    }
    const hash = sha256(text);
    // The walls are checked again at publish time: what was merged may differ from what was proposed.
    if (!action.override) {
      const check = checkItemText(ctx.config, text, path);
      if (check.errors > 0) {
        const reason = `${check.errors} guardrail error(s) in the merged item; fix it on the base branch or merge with the ${OVERRIDE_LABEL} label`;
        report.held.push({ cycle: action.cycle, reason });
        if (action.blockedHash !== hash) {
          failures.push({
            type: "blocked",
            at,
            cycle: action.cycle,
            contentHash: hash,
            errors: check.errors,
          });
          const raised = await raiseException(ctx.config.dir, {
            id: exceptionId("guardrail", `${action.cycle}.${hash.slice(0, 8)}`),
            type: "guardrail",
            severity: "error",
            status: "open",
            title: `${action.cycle}: publishing refused by the guardrails`,
            detail: `${reason}:\n${findingLines(
              check.findings.filter((f) => f.severity === "error"),
              path,
            ).join("\n")}`,
            cycle: action.cycle,
            workflow: parseCycleId(action.cycle).workflow,
            raisedAt: at,
          });
          if (raised) exceptionPaths.push(`${ctx.configRel}/${raised}`);
        }
        continue;
      }
    }
    const key = `${action.cycle}.${hash.slice(0, 16)}`;
    intents.push({
      type: "publishing",
      at,
      cycle: action.cycle,
      channel: action.channel,
      idempotencyKey: key,
    });
    ready.push({ action, text, key });
  }
  await commitEvents(
    ctx,
    report,
    [...intents, ...failures],
    `loopcast: publishing ${intents.length} item(s)`,
    exceptionPaths,
  );

  const outcomes: LedgerEvent[] = [];
  const written: string[] = [];
  try {
    const results = await publishInOrder(ctx, ready);
    for (const [i, { action, key }] of ready.entries()) {
      const result = results[i] as PublishResult | Error;
      if (result instanceof Error) {
        const message = result.message;
        outcomes.push({
          type: "publish-failed",
          at,
          cycle: action.cycle,
          error: message,
          attempt: action.attempt,
        });
        report.errors.push({ cycle: action.cycle, message });
        continue;
      }
      written.push(...result.files);
      outcomes.push({
        type: "published",
        at,
        cycle: action.cycle,
        channel: action.channel,
        idempotencyKey: key,
        receipt: result.receipt,
      });
      report.published.push({
        cycle: action.cycle,
        ...(result.receipt.url ? { url: result.receipt.url } : {}),
      });
    }
  } finally {
    // Receipts are committed even when a later publish threw, so nothing that went out is forgotten.
    await commitEvents(
      ctx,
      report,
      outcomes,
      `loopcast: published ${report.published.length} item(s)`,
      written,
    );
  }
}

/**
 * Calls the channels, in order: one answer per item, its result or the error that stopped it. Items of one
 * channel in a row go to the adapter together when it can publish several at once (the blog then writes its
 * feeds once instead of once per item).
 */
async function publishInOrder(
  ctx: RunContext,
  ready: ReadonlyArray<{ action: PublishAction; text: string; key: string }>,
): Promise<Array<PublishResult | Error>> {
  const results: Array<PublishResult | Error> = [];
  let run: { channel: string; adapter: ChannelAdapter; requests: PublishRequest[] } | undefined;
  const flush = async () => {
    if (!run) return;
    const { adapter, requests } = run;
    run = undefined;
    const answers = adapter.publishAll
      ? await adapter.publishAll(requests).catch((err: Error) => requests.map(() => err))
      : await publishEach(adapter, requests);
    results.push(...answers);
  };
  for (const { action, text, key } of ready) {
    let request: PublishRequest;
    let adapter: ChannelAdapter;
    try {
      const channel = channelById(ctx.config, action.channel);
      if (!channel) throw new Error(`channel "${action.channel}" is not configured`);
      const item = parseItem(text, `${ctx.configRel}/${contentPath(action.cycle)}`);
      adapter = adapterFor(ctx.channels, channel.type, channel.id);
      request = {
        item,
        channel,
        strategy: ctx.config.strategy,
        idempotencyKey: key,
        repoDir: ctx.repoDir,
        env: ctx.env,
        now: ctx.now,
      };
    } catch (err) {
      await flush();
      results.push(err as Error);
      continue;
    }
    if (run?.channel !== action.channel || run.adapter !== adapter) await flush();
    run ??= { channel: action.channel, adapter, requests: [] };
    run.requests.push(request);
  }
  await flush();
  return results;
}

async function commitEvents(
  ctx: RunContext,
  report: RunReport,
  events: LedgerEvent[],
  message: string,
  extra: string[] = [],
) {
  if (!events.length && !extra.length) return;
  const paths = (await appendEvents(ctx.config.dir, events)).map((p) => `${ctx.configRel}/${p}`);
  const sha = await ctx.forge.commitState(message, [...paths, ...extra]);
  if (sha) report.commits.push(sha);
}
