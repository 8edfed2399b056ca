// `loopcast publish-outcome CYCLE --sent | --not-sent`: a person settles an item in doubt — one whose
// publish started (or failed) on a channel that cannot take it back, so Loopcast does not know whether it
// went out and will not send it again on its own. --sent records it as published (with the URL if there
// is one); --not-sent records that it did not go out, and the next run sends it (within the attempts).
// The exception that asked for it is resolved with it. The rule and the recording are shared with the
// dashboard's boxes (pipeline/publish-outcome.ts).
import { isCycleId } from "../core/time.ts";
import { UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { recordPublishOutcome } from "../pipeline/publish-outcome.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { underRunLock } from "./under-run-lock.ts";

export const publishOutcome: Command = {
  name: "publish-outcome",
  summary: "Record whether an item in doubt went out (--sent or --not-sent), so it is settled or sent again",
  usage: [
    "usage: loopcast publish-outcome CYCLE --sent [--url URL] [--note TEXT] | --not-sent [--note TEXT]",
    "",
    "examples:",
    '  loopcast publish-outcome weekly-newsletter@20261203T0700Z --sent --note "in the list archive"',
    "  loopcast publish-outcome weekly-newsletter@20261203T0700Z --not-sent",
  ].join("\n"),
  options: {
    sent: { type: "boolean", default: false },
    "not-sent": { type: "boolean", default: false },
    url: { type: "string" },
    note: { type: "string" },
    at: { type: "string" },
  },
  async run(args, io) {
    const [cycle] = args.positionals;
    if (!cycle || !isCycleId(cycle))
      throw new UsageError(`give the CYCLE id of the item in doubt\n\n${publishOutcome.usage}`);
    const sent = args.values.sent === true;
    const notSent = args.values["not-sent"] === true;
    if (sent === notSent) throw new UsageError(`say either --sent or --not-sent\n\n${publishOutcome.usage}`);
    if (notSent && args.values.url) throw new UsageError("--url goes with --sent");
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const by = (await new Git(ctx.repoDir).run(["config", "user.name"])).stdout.trim() || "someone";
    const note = typeof args.values.note === "string" ? args.values.note : undefined;
    const url = typeof args.values.url === "string" ? args.values.url : undefined;
    await underRunLock(ctx.forge, () =>
      recordPublishOutcome({
        config: ctx.config,
        forge: ctx.forge,
        cycle,
        outcome: sent ? "sent" : "not-sent",
        by,
        now,
        via: "loopcast publish-outcome",
        ...(url ? { url } : {}),
        ...(note ? { note } : {}),
      }),
    );
    if (args.values.json) printJson(io, { cycle, outcome: sent ? "sent" : "not-sent", by });
    else
      io.out(
        sent
          ? `recorded: ${cycle} went out (${by}). It is published; it will not be sent again.`
          : `recorded: ${cycle} did not go out (${by}). The next run sends it.`,
      );
    return 0;
  },
};
