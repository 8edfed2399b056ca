// Publishing exactly once: commit a write-ahead "publishing" intent with an idempotency key, call the
// channel, then commit the receipt (or the failure). A crash between the two leaves an intent without
// a receipt, which the next plan retries only on channels that accept idempotency keys. For a channel
// that cannot take an item back (email), each item's intent is committed just before its own call and
// its outcome just after, so a crash leaves at most one item in doubt; an item in doubt — an intent
// without an outcome, or a failure after the data may have gone out — raises an exception and waits for
// a person's `loopcast publish-outcome`.

import { join } from "node:path";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { adapterFor } from "../channels/registry.ts";
import {
  type ChannelAdapter,
  type PublishRequest,
  type PublishResult,
  publishEach,
} from "../channels/types.ts";
import { type Config, channelById } from "../config/types.ts";
import { type Action, OVERRIDE_LABEL } from "../core/plan.ts";
import { parseCycleId } from "../core/time.ts";
import { ChannelError, isUnreachable } from "../errors.ts";
import { isPaid } from "../guardrails/budget.ts";
import { checkItemText, findingLines } from "../guardrails/check-item.ts";
import { exceptionId, raiseException } from "../state/exceptions.ts";
import { parseItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath } from "../state/paths.ts";
import { type RunContext, type RunReport, readRepoFile } from "./reconcile.ts";

type PublishAction = Extract<Action, { kind: "publish" }>;

type Ready = { action: PublishAction; text: string; key: string };

export async function applyPublishes(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  const at = ctx.now.toISOString();
  const doubts: string[] = [];
  for (const a of actions) {
    if (a.kind !== "hold") continue;
    report.held.push({ cycle: a.cycle, reason: a.reason });
    if (a.unknown) {
      const raised = await raiseDoubt(ctx, a.cycle, a.reason, at);
      if (raised) doubts.push(raised);
    }
  }
  const due = actions.filter((a): a is PublishAction => a.kind === "publish");
  if (!due.length) {
    if (doubts.length) await commitEvents(ctx, report, [], "loopcast: publish outcomes in doubt", doubts);
    return;
  }

  const ready: Ready[] = [];
  const failures: LedgerEvent[] = [];
  const exceptionPaths: string[] = [...doubts];
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
    ready.push({ action, text, key: `${action.cycle}.${hash.slice(0, 16)}` });
  }
  // Items a retry cannot send twice go one by one; the others in one batch, as the channels allow.
  const oneByOne = ready.filter((r) => !retrySafe(ctx, r.action.channel));
  const batch = ready.filter((r) => retrySafe(ctx, r.action.channel));
  await commitEvents(
    ctx,
    report,
    [...batch.map((r) => intent(r, at)), ...failures],
    `loopcast: publishing ${batch.length} item(s)`,
    exceptionPaths,
  );
  await publishAndRecord(ctx, report, batch, at);
  for (const item of oneByOne) {
    await commitEvents(ctx, report, [intent(item, at)], `loopcast: publishing ${item.action.cycle}`);
    await publishAndRecord(ctx, report, [item], at);
  }
}

/** Whether a second call for an item that may have gone out is harmless on this channel. */
function retrySafe(ctx: RunContext, channelId: string): boolean {
  const channel = channelById(ctx.config, channelId);
  return channel ? CHANNEL_KINDS[channel.type].idempotent : true;
}

function intent({ action, key }: Ready, at: string): LedgerEvent {
  return { type: "publishing", at, cycle: action.cycle, channel: action.channel, idempotencyKey: key };
}

/** Calls the channels for `items` and commits their receipts and failures (even when a call threw). */
async function publishAndRecord(ctx: RunContext, report: RunReport, items: Ready[], at: string) {
  if (!items.length) return;
  const outcomes: LedgerEvent[] = [];
  const written: string[] = [];
  const doubts: string[] = [];
  const published = report.published.length;
  try {
    const { results, beforeCall } = await publishInOrder(ctx, items);
    for (const [i, { action, key }] of items.entries()) {
      const result = results[i] as PublishResult | Error;
      if (result instanceof Error) {
        const message = result.message;
        // Whether it may have gone out: a ChannelError says; an error before the call means it did not;
        // anything else thrown during the call is taken as unknown where a retry could send it twice.
        const outcome = beforeCall.has(i)
          ? "not-sent"
          : result instanceof ChannelError
            ? result.outcome
            : retrySafe(ctx, action.channel)
              ? "not-sent"
              : "unknown";
        outcomes.push({
          type: "publish-failed",
          at,
          cycle: action.cycle,
          error: message,
          attempt: action.attempt,
          ...(outcome === "unknown" ? { outcome } : {}),
        });
        report.errors.push({
          cycle: action.cycle,
          message,
          ...(isUnreachable(result) ? { unreachable: true } : {}),
        });
        if (outcome === "unknown" && !retrySafe(ctx, action.channel)) {
          const raised = await raiseDoubt(ctx, action.cycle, message, at);
          if (raised) doubts.push(raised);
        }
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
      `loopcast: published ${report.published.length - published} item(s)`,
      [...written, ...doubts],
    );
  }
}

/** The exception for an item that may or may not have gone out; its path, when newly raised. */
async function raiseDoubt(
  ctx: RunContext,
  cycle: string,
  why: string,
  at: string,
): Promise<string | undefined> {
  const raised = await raiseException(ctx.config.dir, {
    id: exceptionId("publish-failure", `${cycle}.unknown`),
    type: "publish-failure",
    severity: "error",
    status: "open",
    title: `${cycle}: it is not known whether it went out`,
    detail: `${why}\nCheck the channel (the list's archive, the provider's log). Then record what happened — \`loopcast publish-outcome ${cycle} --sent\` (optionally with --url) or \`loopcast publish-outcome ${cycle} --not-sent\`, which lets the next run send it — and this exception is resolved with it. Until then it is not sent again.`,
    cycle,
    workflow: parseCycleId(cycle).workflow,
    raisedAt: at,
  });
  return raised ? `${ctx.configRel}/${raised}` : undefined;
}

/**
 * Calls the channels, in order: one answer per item, its result or the error that stopped it. Items of one
 * channel in a row go to the adapter together when it can publish several at once (the blog then writes its
 * feeds once instead of once per item).
 */
async function publishInOrder(
  ctx: RunContext,
  ready: readonly Ready[],
): Promise<{ results: Array<PublishResult | Error>; beforeCall: Set<number> }> {
  const results: Array<PublishResult | Error> = [];
  /** Items that failed before their channel was called: they did not go out. */
  const beforeCall = new Set<number>();
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
        mediaDir: join(ctx.config.dir, "media"),
        ...paidReservation(ctx.config, item.meta.workflow),
        env: ctx.env,
        now: ctx.now,
      };
    } catch (err) {
      await flush();
      beforeCall.add(results.length);
      results.push(err as Error);
      continue;
    }
    if (run?.channel !== action.channel || run.adapter !== adapter) await flush();
    run ??= { channel: action.channel, adapter, requests: [] };
    run.requests.push(request);
  }
  await flush();
  return { results, beforeCall };
}

/**
 * The paid spend an item of this workflow reserves (costPerItem: what a boost or a paid send may spend; the
 * LLM tokens were spent when it was written), in the budget's currency; nothing for an unpaid item.
 */
export function paidReservation(config: Config, workflowId: string): Pick<PublishRequest, "reserved"> {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  if (!workflow?.costPerItem || !isPaid(workflow)) return {};
  const currency = config.guardrails.budget?.currency;
  return { reserved: { amount: workflow.costPerItem, ...(currency ? { currency } : {}) } };
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
