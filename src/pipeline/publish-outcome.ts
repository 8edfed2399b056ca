// Settling an item in doubt: its publish to a channel that cannot take an item back (email) started and
// was never confirmed, or failed after the data may have gone out. Loopcast holds it and never sends it
// again on its own; a person checks the channel and says what happened — with `loopcast publish-outcome`
// or a box on GitHub's dashboard issue. Both come here, so the rule and the ledger lines are one:
// "sent" records it as published, "not sent" as a failure that nothing went out of (the next run sends
// it, within the attempts), and the exception that asked for it is resolved with it.
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { type Config, channelById } from "../config/types.ts";
import { isCycleId } from "../core/time.ts";
import { StateError } from "../errors.ts";
import type { Forge } from "../forge/types.ts";
import { exceptionId, listExceptions, resolveException } from "../state/exceptions.ts";
import { appendEvents, cycleStatus, type LedgerEvent, lastOf, readLedgerCycles } from "../state/ledger.ts";

export type PublishOutcome = "sent" | "not-sent";

/** An item nobody knows went out. */
export interface ItemInDoubt {
  cycle: string;
  /** The channel's id and its kind (`email`). */
  channel: string;
  kind: string;
  /** `started`: an intent without an outcome; `failed`: a failure after the data may have gone out. */
  why: "started" | "failed";
  /** When that happened (the intent, or the failure). */
  at: string;
}

/** Whether a cycle is in doubt, from its ledger events; the same rule the planner holds it by. */
export function inDoubt(
  config: Config,
  cycle: string,
  events: readonly LedgerEvent[],
): ItemInDoubt | undefined {
  const intent = lastOf(events, "publishing");
  const proposed = lastOf(events, "proposed");
  const channel = proposed ? channelById(config, proposed.channel) : undefined;
  if (!intent || !channel || CHANNEL_KINDS[channel.type].idempotent) return undefined;
  const status = cycleStatus(events);
  const failed = lastOf(events, "publish-failed");
  const base = { cycle, channel: channel.id, kind: channel.type };
  if (status === "publishing") return { ...base, why: "started", at: intent.at };
  if (status === "failed" && failed?.outcome === "unknown") return { ...base, why: "failed", at: failed.at };
  return undefined;
}

/** The cycles among `cycles` that are in doubt, reading only their ledger files. */
export async function itemsInDoubt(config: Config, cycles: Iterable<string>): Promise<ItemInDoubt[]> {
  const wanted = [...new Set(cycles)].filter(isCycleId).sort();
  const ledger = await readLedgerCycles(config.dir, wanted);
  return wanted.flatMap((cycle) => inDoubt(config, cycle, ledger.get(cycle) ?? []) ?? []);
}

export interface RecordOutcomeOptions {
  config: Config;
  forge: Pick<Forge, "commitState">;
  cycle: string;
  outcome: PublishOutcome;
  /** Who says so: recorded on the ledger line and the resolved exception. */
  by: string;
  now: Date;
  /** Where it was said, for the exception's resolution ("loopcast publish-outcome", "the dashboard"). */
  via: string;
  /** Where it can be seen (with "sent"). */
  url?: string;
  note?: string;
}

/**
 * Records what a person says happened to an item in doubt and resolves its exception, in one commit.
 * Throws StateError when the item is not in doubt (already settled, never started, or a channel that
 * takes items back, where the next run simply tries again).
 */
export async function recordPublishOutcome(o: RecordOutcomeOptions): Promise<ItemInDoubt> {
  const { config, cycle, by } = o;
  const sent = o.outcome === "sent";
  if (!isCycleId(cycle)) throw new StateError(`"${cycle}" is not a cycle id (workflow@YYYYMMDDTHHMMZ)`);
  if (!sent && o.url)
    throw new StateError("a URL goes with an item that went out, not with one that did not");
  const events = (await readLedgerCycles(config.dir, [cycle])).get(cycle) ?? [];
  const doubt = inDoubt(config, cycle, events);
  const intent = lastOf(events, "publishing");
  if (!doubt || !intent)
    throw new StateError(
      `${cycle} is not in doubt (${cycleStatus(events) ?? "not in the ledger"}): only an item whose publish to a channel that cannot take it back started or failed without a known outcome is settled this way`,
    );
  const at = o.now.toISOString();
  const event: LedgerEvent = sent
    ? {
        type: "published",
        at,
        cycle,
        channel: intent.channel,
        idempotencyKey: intent.idempotencyKey,
        receipt: { id: `recorded by ${by}`, ...(o.url ? { url: o.url } : {}) },
        recordedBy: by,
      }
    : {
        type: "publish-failed",
        at,
        cycle,
        error: `recorded as not sent by ${by}${o.note ? `: ${o.note}` : ""}`,
        attempt: events.filter((e) => e.type === "publish-failed").length + 1,
        outcome: "not-sent",
        recordedBy: by,
      };
  const paths = (await appendEvents(config.dir, [event])).map((p) => `${config.dir}/${p}`);
  const id = exceptionId("publish-failure", `${cycle}.unknown`);
  if ((await listExceptions(config.dir)).find((e) => e.id === id)?.status === "open") {
    const resolution = `${sent ? "sent" : "not sent"}, recorded with ${o.via}${o.note ? `: ${o.note}` : ""}`;
    const resolved = await resolveException(config.dir, id, by, o.now, resolution);
    paths.push(`${config.dir}/${resolved.path}`);
  }
  await o.forge.commitState(`loopcast: ${cycle} recorded as ${sent ? "sent" : "not sent"} by ${by}`, paths);
  return doubt;
}
