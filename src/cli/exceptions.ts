// `loopcast exceptions list | resolve ID`: the queue of things that wait for a person.
import { resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { exceptionPath, listExceptions, resolveException } from "../state/exceptions.ts";
import { type Command, printJson } from "./command.ts";
import { repoRootOf, requireConfigOf } from "./context.ts";

const USAGE = `usage: loopcast exceptions list [--all] [--config DIR] [--json]
       loopcast exceptions resolve ID [--note TEXT]

example: loopcast exceptions resolve budget--weekly-blog@20261201T0800Z --note "raised the cap"`;

export const exceptions: Command = {
  name: "exceptions",
  summary: "List the exception queue, or resolve an exception",
  usage: USAGE,
  options: { all: { type: "boolean", default: false }, note: { type: "string" } },
  async run(args, io) {
    const [sub, id] = args.positionals;
    const config = await requireConfigOf(args, io);
    if (sub === "list" || sub === undefined) {
      const all = await listExceptions(config.dir);
      const shown = args.values.all ? all : all.filter((e) => e.status === "open");
      if (args.values.json) printJson(io, shown);
      else if (!shown.length) io.out(args.values.all ? "the exception queue is empty" : "no open exceptions");
      else for (const e of shown) io.out(`${e.id}  [${e.severity}, ${e.type}, ${e.status}]  ${e.title}`);
      return 0;
    }
    if (sub !== "resolve") throw new UsageError(`unknown exceptions command "${sub}"\n\n${USAGE}`);
    if (!id) throw new UsageError(`missing ID\n\n${USAGE}`);
    const repoDir = await repoRootOf(config.dir);
    const git = new Git(repoDir);
    const by = (await git.run(["config", "user.name"])).stdout.trim() || "someone";
    const note = typeof args.values.note === "string" ? args.values.note : undefined;
    const { exception } = await resolveException(config.dir, id, by, new Date(), note);
    const rel = resolve(config.dir, exceptionPath(id));
    await git.out(["add", "--", rel]);
    await git.out(["commit", "--quiet", "-m", `loopcast: resolve exception ${id}`, "--", rel]);
    if (args.values.json) printJson(io, exception);
    else io.out(`resolved ${id}`);
    return 0;
  },
};
