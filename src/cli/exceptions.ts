// `loopcast exceptions list | resolve ID`: the queue of things that wait for a person.
import { resolve } from "node:path";
import { StateError, UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { resolutionEffect } from "../pipeline/resolve-effects.ts";
import { fmtTimeWithZone } from "../report/format.ts";
import { readAutonomy } from "../state/autonomy.ts";
import { type ExceptionItem, exceptionPath, listExceptions, resolveException } from "../state/exceptions.ts";
import { appendEvents, readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt, repoRootOf, requireConfigOf } from "./context.ts";
import { underRunLock } from "./under-run-lock.ts";

const USAGE = `usage: loopcast exceptions list [--all] [--config DIR] [--json]
       loopcast exceptions resolve ID [--note TEXT] [--at ISO-TIME]

Resolving is recorded at --at (default: now), which cannot be before the exception was raised.

example: loopcast exceptions resolve budget--weekly-blog@20261201T0800Z --note "raised the cap"`;

export const exceptions: Command = {
  name: "exceptions",
  summary: "List the exception queue, or resolve an exception",
  usage: USAGE,
  options: { all: { type: "boolean", default: false }, note: { type: "string" }, at: { type: "string" } },
  async run(args, io) {
    const [sub, id] = args.positionals;
    const config = await requireConfigOf(args, io);
    const tz = config.strategy.timezone;
    if (sub === "list" || sub === undefined) {
      const all = await listExceptions(config.dir);
      const shown = args.values.all ? all : all.filter((e) => e.status === "open");
      if (args.values.json) printJson(io, shown);
      else if (!shown.length) io.out(args.values.all ? "the exception queue is empty" : "no open exceptions");
      else
        for (const e of shown)
          io.out(`${e.id}  [${e.severity}, ${e.type}, ${e.status}]  ${e.title}\n    ${when(e, tz)}`);
      return 0;
    }
    if (sub !== "resolve") throw new UsageError(`unknown exceptions command "${sub}"\n\n${USAGE}`);
    if (!id) throw new UsageError(`missing ID\n\n${USAGE}`);
    const now = parseAt(args);
    const raised = (await listExceptions(config.dir)).find((e) => e.id === id)?.raisedAt;
    if (raised !== undefined && now.getTime() < Date.parse(raised)) {
      const times = `${id} was raised at ${fmtTimeWithZone(raised, tz)} (${raised}); it cannot be resolved before that, at ${fmtTimeWithZone(now, tz)} (${now.toISOString()})`;
      // A wrong --at is the caller's to fix; without one, a run was given a time ahead of this clock.
      if (args.values.at !== undefined) throw new UsageError(`--at: ${times}: give a later --at`);
      throw new StateError(`${times}, this machine's clock: give --at ${raised} or later`);
    }
    const repoDir = await repoRootOf(config.dir);
    const git = new Git(repoDir);
    const by = (await git.run(["config", "user.name"])).stdout.trim() || "someone";
    const note = typeof args.values.note === "string" ? args.values.note : undefined;
    const { forge } = await openRun(args, io, now);
    // Under the run lock: what resolving restores (a retry's ledger line) must not land inside a run.
    const { exception, says } = await underRunLock(forge, async () => {
      const found = (await listExceptions(config.dir)).find((e) => e.id === id);
      const effect =
        found?.status === "open"
          ? resolutionEffect(found, {
              ledger: await readLedger(config.dir),
              autonomy: await readAutonomy(config.dir),
              by,
              at: now,
              ...(note ? { note } : {}),
            })
          : { events: [], says: "" };
      const resolution = [note, effect.says && `resolving it: ${effect.says}`].filter(Boolean).join(" — ");
      const { exception } = await resolveException(config.dir, id, by, now, resolution || undefined);
      const paths = [
        resolve(config.dir, exceptionPath(id)),
        ...(await appendEvents(config.dir, effect.events)).map((p) => resolve(config.dir, p)),
      ];
      // The commit carries the time the resolution is recorded at, as a run's commits carry the run's.
      const at = now.toISOString();
      const dated =
        args.values.at === undefined ? git : git.with({ GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
      await dated.out(["add", "--", ...paths]);
      await dated.out(["commit", "--quiet", "-m", `loopcast: resolve exception ${id}`, "--", ...paths]);
      return { exception, says: effect.says };
    });
    if (args.values.json) printJson(io, exception);
    else io.out(`resolved ${id} at ${fmtTimeWithZone(now, tz)}, by ${by}${says ? `: ${says}` : ""}`);
    return 0;
  },
};

/** When an exception was raised and, once it is, resolved: local time with the zone, as the dashboard. */
function when(e: ExceptionItem, tz: string): string {
  const raised = `raised ${fmtTimeWithZone(e.raisedAt, tz)}`;
  return e.resolvedAt ? `${raised}, resolved ${fmtTimeWithZone(e.resolvedAt, tz)}` : raised;
}
