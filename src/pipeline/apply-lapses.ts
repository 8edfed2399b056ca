// The ends of an item's life that are not a publish: an item that failed until Loopcast gave up (it waits
// for `loopcast retry`), a merged item not out within its workflow's `publishWithin` (skipped for good
// rather than sent late), and slots that passed with no item at all (runs stopped). Each is recorded in
// the ledger and raises an exception, so nothing ends silently. And the other way round: an item that is
// published, or that expires, closes the exceptions raised for it, saying why.
import type { Action } from "../core/plan.ts";
import { parseCycleId } from "../core/time.ts";
import {
  type ExceptionItem,
  exceptionId,
  listExceptions,
  raiseException,
  writeResolved,
} from "../state/exceptions.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

type Expire = Extract<Action, { kind: "expire" }>;
type Miss = Extract<Action, { kind: "miss" }>;
type Hold = Extract<Action, { kind: "hold" }>;

/** Records expired and missed cycles, and raises the exceptions for them and for items Loopcast gave up on. */
export async function applyLapses(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  const at = ctx.now.toISOString();
  const events: LedgerEvent[] = [];
  const raised: ExceptionItem[] = [];
  for (const a of actions) {
    if (a.kind === "expire") {
      if (a.proposal) await ctx.forge.closeProposal(a.proposal, { by: "loopcast", reason: a.reason });
      events.push({ type: "expired", at, cycle: a.cycle, reason: a.reason });
      report.lapsed.push({ cycle: a.cycle, kind: "expired", reason: a.reason });
      raised.push(expiredException(a, at));
    } else if (a.kind === "hold" && a.gaveUp) raised.push(gaveUpException(a, at));
  }
  const missed = actions.filter((a): a is Miss => a.kind === "miss");
  for (const a of missed) {
    events.push({ type: "missed", at, cycle: a.cycle, reason: a.reason });
    report.lapsed.push({ cycle: a.cycle, kind: "missed", reason: a.reason });
  }
  raised.push(...missedExceptions(missed, at));

  const paths: string[] = [];
  for (const ex of raised) {
    const path = await raiseException(ctx.config.dir, ex);
    if (path) paths.push(`${ctx.configRel}/${path}`);
  }
  // The exceptions an expired item had open are closed by its expiry, which has its own.
  paths.push(
    ...(await closeCycleExceptions(
      ctx,
      actions.flatMap((a) =>
        a.kind === "expire"
          ? [{ cycle: a.cycle, resolution: `the item expired: ${a.reason}`, keep: expiredId(a.cycle) }]
          : [],
      ),
    )),
  );
  if (!events.length && !paths.length) return;
  const ledgerPaths = (await appendEvents(ctx.config.dir, events)).map((p) => `${ctx.configRel}/${p}`);
  const what = [
    ...(events.some((e) => e.type === "expired")
      ? [`${events.filter((e) => e.type === "expired").length} expired`]
      : []),
    ...(missed.length ? [`${missed.length} slot(s) missed`] : []),
  ];
  const sha = await ctx.forge.commitState(
    `loopcast: ${what.length ? what.join(", ") : "exceptions for items that failed to publish"}`,
    [...ledgerPaths, ...paths],
  );
  if (sha) report.commits.push(sha);
}

/** Closes the open exceptions of cycles this run published: the item is out, so what held it is over. */
export async function closePublished(ctx: RunContext, report: RunReport): Promise<void> {
  const paths = await closeCycleExceptions(
    ctx,
    report.published.map(({ cycle, url }) => ({
      cycle,
      resolution: `published at ${ctx.now.toISOString()}${url ? ` (${url})` : ""}`,
    })),
  );
  if (!paths.length) return;
  const sha = await ctx.forge.commitState(
    `loopcast: close ${paths.length} exception(s) of published items`,
    paths,
  );
  if (sha) report.commits.push(sha);
}

/**
 * Resolves the open guardrail and publish-failure exceptions of each cycle (except its `keep`), by
 * Loopcast unless the closure names the person whose action ended them (a retry they asked for), with the
 * resolution saying what ended them; the queue is read once for all of them. Returns
 * the paths written, relative to the repository.
 */
export async function closeCycleExceptions(
  ctx: Pick<RunContext, "config" | "configRel" | "now">,
  closures: ReadonlyArray<{ cycle: string; resolution: string; keep?: string; by?: string }>,
): Promise<string[]> {
  if (!closures.length) return [];
  const byCycle = new Map(closures.map((c) => [c.cycle, c]));
  const paths: string[] = [];
  for (const e of await listExceptions(ctx.config.dir)) {
    const c = e.cycle === undefined ? undefined : byCycle.get(e.cycle);
    if (!c || e.status !== "open" || e.id === c.keep) continue;
    if (e.type !== "guardrail" && e.type !== "publish-failure") continue;
    const { path } = await writeResolved(ctx.config.dir, e, c.by ?? "loopcast", ctx.now, c.resolution);
    paths.push(`${ctx.configRel}/${path}`);
  }
  return paths;
}

const expiredId = (cycle: string) => exceptionId("publish-failure", `${cycle}.expired`);

function expiredException(a: Expire, at: string): ExceptionItem {
  return {
    id: expiredId(a.cycle),
    type: "publish-failure",
    severity: "warning",
    status: "open",
    title: `${a.cycle}: skipped, it was not published in time`,
    detail: `${a.reason}.\nNothing was sent. Resolve this exception once you have seen it (\`loopcast exceptions resolve ${expiredId(a.cycle)}\`).`,
    cycle: a.cycle,
    workflow: parseCycleId(a.cycle).workflow,
    raisedAt: at,
  };
}

/** One per round of attempts: a retry that fails again raises a new one. */
export function gaveUpId(cycle: string, retries: number): string {
  return exceptionId("publish-failure", `${cycle}.failed${retries ? `-${retries + 1}` : ""}`);
}

function gaveUpException(a: Hold, at: string): ExceptionItem {
  const gaveUp = a.gaveUp as NonNullable<Hold["gaveUp"]>;
  const id = gaveUpId(a.cycle, gaveUp.retries);
  return {
    id,
    type: "publish-failure",
    severity: "error",
    status: "open",
    title: `${a.cycle}: publishing failed ${gaveUp.attempts} times; it waits for a retry`,
    detail: `The last error: ${gaveUp.lastError}\nFix the cause (a missing secret, the channel's settings, the item), then run \`loopcast retry ${a.cycle}\` (or resolve this exception, which does the same): the next run tries again, up to ${gaveUp.attempts} more times. If it should not go out any more, leave it: it expires after its workflow's publishWithin.`,
    cycle: a.cycle,
    workflow: parseCycleId(a.cycle).workflow,
    raisedAt: at,
  };
}

/** One per workflow and gap: the slots a stretch without runs left without an item. */
function missedExceptions(missed: readonly Miss[], at: string): ExceptionItem[] {
  const byWorkflow = new Map<string, Miss[]>();
  for (const a of missed) byWorkflow.set(a.workflow, [...(byWorkflow.get(a.workflow) ?? []), a]);
  return [...byWorkflow].map(([workflow, list]) => {
    const first = list[0] as Miss;
    const last = list.at(-1) as Miss;
    return {
      id: exceptionId("anomaly", `missed.${first.cycle}`),
      type: "anomaly",
      severity: "warning",
      status: "open",
      title: `${workflow}: ${list.length} slot(s) passed with no item (${first.slot}${list.length > 1 ? ` … ${last.slot}` : ""})`,
      detail: `No run proposed an item for ${list.length === 1 ? "this slot" : "these slots"} within the lead time: the scheduled run did not run (check the workflow's schedule and its last runs), Loopcast was paused, or the workflow was below L2. They are recorded as missed in the ledger and shown in the reports; nothing is sent late for them. Resolve this exception once the runs are back.`,
      workflow,
      raisedAt: at,
    } satisfies ExceptionItem;
  });
}
