// Asking for an item Loopcast gave up on to be tried again, once its cause is fixed: `loopcast retry` and the
// dashboard issue's Retry box both record it here. A `retried` event makes the attempts count again from
// there, and the exceptions that asked for it are resolved with it, in one commit.
import { relative } from "node:path";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { type Config, channelById } from "../config/types.ts";
import { failuresSinceRetry } from "../core/plan.ts";
import { StateError } from "../errors.ts";
import type { Forge } from "../forge/types.ts";
import { appendEvents, cycleStatus, lastOf, readLedgerCycles } from "../state/ledger.ts";
import { closeCycleExceptions } from "./apply-lapses.ts";

export interface RetryOptions {
  config: Config;
  repoDir: string;
  forge: Pick<Forge, "commitState">;
  cycle: string;
  by: string;
  now: Date;
  note?: string;
}

/** Records the retry; returns how many times it had failed and the exception files resolved. */
export async function recordRetry(o: RetryOptions): Promise<{ failures: number; closed: string[] }> {
  const { config, cycle } = o;
  const events = (await readLedgerCycles(config.dir, [cycle])).get(cycle) ?? [];
  const status = cycleStatus(events);
  if (status !== "failed")
    throw new StateError(
      `${cycle} is ${status ?? "not in the ledger"}: only an item whose publishing failed is retried${
        status === "publishing" ? "; it may have gone out — settle it with `loopcast publish-outcome`" : ""
      }`,
    );
  const last = lastOf(events, "publish-failed");
  const proposed = lastOf(events, "proposed");
  const channel = proposed ? channelById(config, proposed.channel) : undefined;
  if (last?.outcome === "unknown" && channel && !CHANNEL_KINDS[channel.type].idempotent)
    throw new StateError(
      `${cycle} may have gone out (its last failure came after the data reached ${channel.id}); a retry could send it twice — check, then record it: loopcast publish-outcome ${cycle} --sent | --not-sent`,
    );
  const configRel = relative(o.repoDir, config.dir) || ".";
  const failures = failuresSinceRetry(events).length;
  const ledgerPaths = await appendEvents(config.dir, [
    { type: "retried", at: o.now.toISOString(), cycle, by: o.by, ...(o.note ? { note: o.note } : {}) },
  ]);
  const closed = await closeCycleExceptions({ config, configRel, now: o.now }, [
    {
      cycle,
      by: o.by,
      resolution: `${o.by} asked for a retry${o.note ? `: ${o.note}` : ""}; the next run tries again`,
    },
  ]);
  await o.forge.commitState(`loopcast: retry ${cycle} (asked by ${o.by})`, [
    ...ledgerPaths.map((p) => `${configRel}/${p}`),
    ...closed,
  ]);
  return { failures, closed };
}
