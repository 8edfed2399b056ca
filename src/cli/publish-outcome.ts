// `loopcast publish-outcome CYCLE --sent | --not-sent`: a person settles an item in doubt — one whose
// publish started (or failed) on a channel that cannot take it back, so Loopcast does not know whether it
// went out and will not send it again on its own. --sent records it as published (with the URL if there
// is one); --not-sent records that it did not go out, and the next run sends it (within the attempts).
// The exception that asked for it is resolved with it.
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { channelById } from "../config/types.ts";
import { isCycleId } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { exceptionId, listExceptions, resolveException } from "../state/exceptions.ts";
import { appendEvents, cycleStatus, type LedgerEvent, lastOf, readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";

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
    const events = (await readLedger(ctx.config.dir)).get(cycle) ?? [];
    const intent = lastOf(events, "publishing");
    const proposed = lastOf(events, "proposed");
    const channel = proposed ? channelById(ctx.config, proposed.channel) : undefined;
    const status = cycleStatus(events);
    const inDoubt =
      intent !== undefined &&
      channel !== undefined &&
      !CHANNEL_KINDS[channel.type].idempotent &&
      (status === "publishing" ||
        (status === "failed" && lastOf(events, "publish-failed")?.outcome === "unknown"));
    if (!inDoubt)
      throw new StateError(
        `${cycle} is not in doubt (${status ?? "not in the ledger"}): only an item whose publish to a channel that cannot take it back started or failed without a known outcome is settled this way`,
      );
    const by = (await new Git(ctx.repoDir).run(["config", "user.name"])).stdout.trim() || "someone";
    const note = typeof args.values.note === "string" ? args.values.note : undefined;
    const url = typeof args.values.url === "string" ? args.values.url : undefined;
    const at = now.toISOString();
    const event: LedgerEvent = sent
      ? {
          type: "published",
          at,
          cycle,
          channel: intent.channel,
          idempotencyKey: intent.idempotencyKey,
          receipt: { id: `recorded by ${by}`, ...(url ? { url } : {}) },
          recordedBy: by,
        }
      : {
          type: "publish-failed",
          at,
          cycle,
          error: `recorded as not sent by ${by}${note ? `: ${note}` : ""}`,
          attempt: events.filter((e) => e.type === "publish-failed").length + 1,
          outcome: "not-sent",
          recordedBy: by,
        };
    const paths = (await appendEvents(ctx.config.dir, [event])).map((p) => `${ctx.config.dir}/${p}`);
    const doubt = exceptionId("publish-failure", `${cycle}.unknown`);
    if ((await listExceptions(ctx.config.dir)).find((e) => e.id === doubt)?.status === "open") {
      const resolution = `${sent ? "sent" : "not sent"}, recorded with loopcast publish-outcome${note ? `: ${note}` : ""}`;
      const resolved = await resolveException(ctx.config.dir, doubt, by, now, resolution);
      paths.push(`${ctx.config.dir}/${resolved.path}`);
    }
    await ctx.forge.commitState(
      `loopcast: ${cycle} recorded as ${sent ? "sent" : "not sent"} by ${by}`,
      paths,
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
