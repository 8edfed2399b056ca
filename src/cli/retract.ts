// `loopcast retract CYCLE`: a person says a published item was taken back (deleted, recalled). It is
// recorded in the ledger, and it takes autonomy back from the workflow on the next run.

import { isCycleId } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { appendEvents, cycleStatus, readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";
import { underRunLock } from "./under-run-lock.ts";

export const retract: Command = {
  name: "retract",
  summary: "Record that a person took a published item back (demotes its workflow)",
  usage:
    'usage: loopcast retract CYCLE [--reason TEXT] [--at TIME] [--config DIR]\n\nexample: loopcast retract daily-social@20261201T1130Z --reason "wrong link"',
  options: { reason: { type: "string" }, at: { type: "string" } },
  async run(args, io) {
    const [cycle] = args.positionals;
    if (!cycle || !isCycleId(cycle))
      throw new UsageError(`give the CYCLE id of a published item\n\n${retract.usage}`);
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const by = (await new Git(ctx.repoDir).run(["config", "user.name"])).stdout.trim() || "someone";
    const reason = typeof args.values.reason === "string" ? args.values.reason : undefined;
    await underRunLock(ctx.forge, async () => {
      const ledger = await readLedger(ctx.config.dir);
      warnInvalidLedger(io, ledger);
      const events = ledger.get(cycle) ?? [];
      if (cycleStatus(events) !== "published")
        throw new StateError(`${cycle} is not published; only published items can be retracted`);
      const paths = await appendEvents(ctx.config.dir, [
        { type: "retracted", at: now.toISOString(), cycle, by, ...(reason ? { reason } : {}) },
      ]);
      const rel = paths.map((p) => `${ctx.config.dir}/${p}`);
      await ctx.forge.commitState(`loopcast: ${cycle} retracted by ${by}`, rel);
    });
    if (args.values.json) printJson(io, { cycle, by, reason });
    else io.out(`recorded: ${cycle} retracted by ${by}. The next run takes autonomy back from its workflow.`);
    return 0;
  },
};
