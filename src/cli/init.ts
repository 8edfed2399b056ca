// `loopcast init`: writes the GitHub Actions workflow that runs Loopcast (.github/workflows/loopcast.yml).
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { CronExpressionParser } from "cron-parser";
import { UsageError } from "../errors.ts";
import { type Command, printJson } from "./command.ts";
import { repoRootOf } from "./context.ts";
import { DEFAULT_WORKFLOW, workflowYaml } from "./init-workflow.ts";

export const WORKFLOW_PATH = ".github/workflows/loopcast.yml";

export const init: Command = {
  name: "init",
  summary: "Write the GitHub Actions workflow that runs Loopcast (.github/workflows/loopcast.yml)",
  usage: [
    "usage: loopcast init [--config DIR] [--schedule CRON] [--action OWNER/REPO@REF] [--force] [--json]",
    "",
    "Writes .github/workflows/loopcast.yml at the root of the repository: a schedule, the merge, review,",
    "dashboard and metrics triggers, one run at a time, least-privilege permissions. See docs/github-setup.md.",
    "",
    'example: loopcast init --schedule "17 */2 * * *"',
  ].join("\n"),
  options: {
    schedule: { type: "string", default: DEFAULT_WORKFLOW.schedule },
    action: { type: "string", default: DEFAULT_WORKFLOW.action },
    force: { type: "boolean", default: false },
  },
  async run(args, io) {
    const schedule = String(args.values.schedule);
    const action = String(args.values.action);
    if (!isFiveFieldCron(schedule)) {
      throw new UsageError(
        `--schedule "${schedule}" is not a five-field cron expression (minute hour day month weekday)`,
      );
    }
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(action)) {
      throw new UsageError(
        `--action "${action}" must look like owner/repo@ref, e.g. ${DEFAULT_WORKFLOW.action}`,
      );
    }
    const root = await repoRootOf(io.cwd);
    const path = join(root, WORKFLOW_PATH);
    const existed = existsSync(path);
    if (existed && args.values.force !== true) {
      throw new UsageError(`${WORKFLOW_PATH} exists already; pass --force to overwrite it`);
    }
    await mkdir(join(root, ".github/workflows"), { recursive: true });
    await writeFile(
      path,
      workflowYaml({ action, schedule, config: relative(root, resolve(io.cwd, args.values.config)) || "." }),
    );
    if (args.values.json) printJson(io, { path: WORKFLOW_PATH, overwritten: existed });
    else {
      io.out(`${existed ? "overwrote" : "wrote"} ${WORKFLOW_PATH}`);
      io.out(
        "next: commit it, then follow docs/github-setup.md (repository settings, an App token, secrets)",
      );
    }
    return 0;
  },
};

/** GitHub's schedule takes five-field POSIX cron; cron-parser alone would also accept a seconds field. */
function isFiveFieldCron(cron: string): boolean {
  if (cron.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(cron, { tz: "UTC" });
    return true;
  } catch {
    return false;
  }
}
