// `loopcast retry CYCLE`: a person fixed what made an item fail to publish (a missing secret, a channel
// setting) and asks for it to be tried again. Loopcast stops after MAX_PUBLISH_ATTEMPTS failures and raises
// a publish-failure exception; a `retried` event in the ledger makes the attempts count again from there,
// and the exception is resolved with it. An item in doubt (it may have gone out) is not retried this way:
// `loopcast publish-outcome` settles it.
import { isCycleId } from "../core/time.ts";
import { UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { recordRetry } from "../pipeline/retry.ts";
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
    const done = await underRunLock(ctx.forge, () =>
      recordRetry({
        config: ctx.config,
        repoDir: ctx.repoDir,
        forge: ctx.forge,
        cycle,
        by,
        now,
        ...(note ? { note } : {}),
      }),
    );
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
