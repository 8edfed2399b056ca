// `loopcast report`: regenerates dashboard.md, index.html and the missing weekly reports from the
// repository state alone (the same state gives the same bytes), optionally committing them.
import { resolve } from "node:path";
import { requireConfig } from "../config/load.ts";
import { commitPaths, Git } from "../forge/git.ts";
import { type Command, printJson } from "./command.ts";
import { parseAt, repoRootOf } from "./context.ts";

export const report: Command = {
  name: "report",
  summary: "Regenerate the dashboard, index.html and the weekly reports from the repository state",
  usage:
    "usage: loopcast report [--config DIR] [--at ISO-TIME] [--commit] [--json]\n\nWithout --at the reports are as of the latest time recorded in the state, so the same state gives the same bytes.\n\nexample: loopcast report --commit",
  options: { at: { type: "string" }, commit: { type: "boolean", default: false } },
  async run(args, io) {
    // Loaded when the command runs, so `loopcast --help` and other commands start fast.
    const { readMetricsAhead, writeReports } = await import("../report/index.ts");
    const configDir = resolve(io.cwd, args.values.config);
    const now = args.values.at === undefined ? undefined : parseAt(args);
    // The metric files are read in a worker thread while this one loads the configuration.
    const metricsAhead = readMetricsAhead(configDir);
    const config = await requireConfig(configDir, { displayFrom: io.cwd });
    const repoDir = await repoRootOf(config.dir);
    const written = await writeReports({ config, repoDir, metricsAhead, ...(now ? { now } : {}) });
    let commit: string | undefined;
    if (args.values.commit && written.length)
      commit = await commitPaths(new Git(repoDir), `loopcast: reports (${written.length} file(s))`, written);
    if (args.values.json) {
      printJson(io, { written, ...(commit ? { commit } : {}) });
      return 0;
    }
    if (!written.length) io.out("reports are current: nothing changed");
    for (const path of written) io.out(`wrote ${path}`);
    if (commit) io.out(`committed ${commit.slice(0, 12)}`);
    return 0;
  },
};
