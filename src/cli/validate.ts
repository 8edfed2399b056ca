import { resolve } from "node:path";
import { checkTiming } from "../config/check-timing.ts";
import { loadConfig } from "../config/load.ts";
import { formatProblem } from "../errors.ts";
import { type Command, printJson } from "./command.ts";

export const validate: Command = {
  name: "validate",
  summary: "Check the configuration and report every problem at once",
  usage: "usage: loopcast validate [--config DIR] [--json]\n\nexample: loopcast validate --config marketing",
  async run(args, io) {
    const { config, problems } = await loadConfig(resolve(io.cwd, args.values.config), {
      displayFrom: io.cwd,
    });
    // Warnings: valid, but it will not work as the owner expects (it does not change the exit code).
    const warnings = config ? checkTiming(config) : [];
    if (args.values.json) {
      printJson(io, { ok: problems.length === 0, problems, warnings });
    } else if (problems.length) {
      for (const p of problems) io.out(formatProblem(p));
      io.out(`\n${problems.length} problem(s) found.`);
    } else {
      for (const w of warnings) io.out(`warning: ${formatProblem(w)}`);
      io.out(
        `configuration is valid: ${config?.workflows.length} workflow(s), ${config?.strategy.channels.length} channel(s), ${config?.benchmarks.benchmarks.length} benchmark(s)${warnings.length ? `, ${warnings.length} warning(s)` : ""}`,
      );
    }
    return problems.length ? 1 : 0;
  },
};
