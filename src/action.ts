// The GitHub Action's entry point (bundled to dist/index.js): read the inputs once, call runAction, and
// report through the runner: outputs, the job summary, and one clear error with an exit code.
import { readFile } from "node:fs/promises";
import { isMainThread } from "node:worker_threads";
import * as core from "@actions/core";
import { inputSecrets, readInputs } from "./action/inputs.ts";
import { runAction } from "./action/run.ts";
import { renderSummary } from "./action/summary.ts";
import { describe, exitCodeFor } from "./cli/exit.ts";
import { secretValues } from "./cli/redact.ts";
// Imported for its effect too: in a worker thread started from dist/index.js it answers the task it was given.
import "./worker-tasks.ts";

export async function main(env: Record<string, string | undefined> = process.env): Promise<number> {
  const secrets = new Set<string>(secretValues(env));
  const redact = (text: string) => {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
    return out;
  };
  try {
    const path = env.GITHUB_EVENT_PATH;
    const event: unknown = path ? JSON.parse(await readFile(path, "utf8")) : {};
    const options = readInputs((name) => core.getInput(name), env, event);
    for (const s of inputSecrets(options)) secrets.add(s);
    const result = await runAction({
      ...options,
      log: (line) => core.info(redact(line)),
      onSecret: (value) => {
        core.setSecret(value);
        secrets.add(value);
      },
    });
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, String(value));
    for (const line of result.applied) core.info(redact(line));
    for (const e of result.report?.errors ?? []) core.error(redact(`${e.cycle}: ${e.message}`));
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redact(renderSummary(result))).write();
    core.info(
      `done: ${result.outputs["proposals-opened"]} proposed, ${result.outputs["items-published"]} published, ${result.requests} GitHub API request(s)`,
    );
    return result.exitCode;
  } catch (err) {
    core.setFailed(redact(describe(err, {})));
    return exitCodeFor(err);
  }
}

// In a worker thread (worker-tasks.ts loads this bundle to run a task) the Action itself does not run.
if (isMainThread) process.exitCode = await main();
