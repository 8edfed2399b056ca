// `loopcast retry CYCLE`: a person fixed what made an item fail to publish (a missing secret, a channel
// setting) and asks for it to be tried again. Loopcast stops after MAX_PUBLISH_ATTEMPTS failures and raises
// a publish-failure exception; a `retried` event in the ledger makes the attempts count again from there,
// and the exception is resolved with it. An item in doubt (it may have gone out) is not retried this way:
// `loopcast publish-outcome` settles it.
import { relative } from "node:path";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { channelById } from "../config/types.ts";
import { failuresSinceRetry } from "../core/plan.ts";
import { isCycleId } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { closeCycleExceptions } from "../pipeline/apply-lapses.ts";
import { appendEvents, cycleStatus, lastOf, readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { underRunLock } from "./under-run-lock.ts";

export const retry: Command = {
  name: "retry",
  summary: "Try again to publish an item whose publishing failed, once the cause is fixed",
  usage: [
    "usage: loopcast retry CYCLE [--note TEXT] [--at TIME] [--config DIR]",
    "",
    'example: loopcast retry weekly-newsletter@20261203T0700Z --note "set LOOPCAST_SMTP_PASSWORD"',
  ].join("\n"),
  options: { note: { type: "string" }, at: { type: "string" } },
  async run(args, io) {
    const [cycle] = args.positionals;
    if (!cycle || !isCycleId(cycle))
      throw new UsageError(`give the CYCLE id of the item that failed to publish\n\n${retry.usage}`);
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const note = typeof args.values.note === "string" ? args.values.note : undefined;
    const by = (await new Git(ctx.repoDir).run(["config", "user.name"])).stdout.trim() || "someone";
    const configRel = relative(ctx.repoDir, ctx.config.dir) || ".";
    const done = await underRunLock(ctx.forge, async () => {
      const events = (await readLedger(ctx.config.dir)).get(cycle) ?? [];
      const status = cycleStatus(events);
      if (status !== "failed")
        throw new StateError(
          `${cycle} is ${status ?? "not in the ledger"}: only an item whose publishing failed is retried${
            status === "publishing"
              ? "; it may have gone out — settle it with `loopcast publish-outcome`"
              : ""
          }`,
        );
      const last = lastOf(events, "publish-failed");
      const proposed = lastOf(events, "proposed");
      const channel = proposed ? channelById(ctx.config, proposed.channel) : undefined;
      if (last?.outcome === "unknown" && channel && !CHANNEL_KINDS[channel.type].idempotent)
        throw new StateError(
          `${cycle} may have gone out (its last failure came after the data reached ${channel.id}); a retry could send it twice — check, then record it: loopcast publish-outcome ${cycle} --sent | --not-sent`,
        );
      const failures = failuresSinceRetry(events).length;
      const ledgerPaths = await appendEvents(ctx.config.dir, [
        { type: "retried", at: now.toISOString(), cycle, by, ...(note ? { note } : {}) },
      ]);
      const closed = await closeCycleExceptions(
        { config: ctx.config, configRel, now },
        cycle,
        `${by} asked for a retry${note ? `: ${note}` : ""}; the next run tries again`,
      );
      await ctx.forge.commitState(`loopcast: retry ${cycle} (asked by ${by})`, [
        ...ledgerPaths.map((p) => `${configRel}/${p}`),
        ...closed,
      ]);
      return { failures, closed };
    });
    if (args.values.json) printJson(io, { cycle, by, ...(note ? { note } : {}), ...done });
    else
      io.out(
        `recorded: ${by} asked for ${cycle} to be tried again (it had failed ${done.failures} time(s))${
          done.closed.length ? `; resolved ${done.closed.length} exception(s)` : ""
        }. The next run publishes it, if its slot is not more than publishWithin ago.`,
      );
    return 0;
  },
};
