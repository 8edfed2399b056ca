// runAction in the test's own process, for the fault scenarios: the same options the entry point builds,
// with GitHub's pacing turned down (no 1 s gap between writes; retry-after seconds become milliseconds).

import type { ActionOptions, ActionResult } from "../../src/action/result.ts";
import { runAction } from "../../src/action/run.ts";
import type { FakeGitHub } from "../fake-github/index.ts";
import type { GitHubEvent } from "./events.ts";
import { BOT, BOT_TOKEN, checkout, OWNER, REPO } from "./harness.ts";

export const FAST = { writeMs: 0, notifyMs: 0, retryBaseMs: 1, maxWaitSeconds: 120 };

export interface InProcessRun {
  result: ActionResult;
  workspace: string;
  logs: string[];
}

export async function runInProcess(
  fake: FakeGitHub,
  o: { event: GitHubEvent; at: Date; workspace?: string; options?: Partial<ActionOptions> },
): Promise<InProcessRun> {
  const workspace = o.workspace ?? (await checkout(fake));
  const logs: string[] = [];
  const result = await runAction({
    command: "run",
    workspace,
    configPath: "marketing",
    dryRun: false,
    at: o.at,
    eventName: o.event.name,
    event: o.event.payload,
    owner: OWNER,
    repo: REPO,
    apiUrl: fake.apiUrl,
    auth: { kind: "token", token: BOT_TOKEN },
    committer: { name: BOT.login, email: BOT.email },
    stateBranch: "loopcast-state",
    onProtectedBase: "pull-request",
    env: {},
    pacing: FAST,
    log: (line) => logs.push(line),
    ...o.options,
  });
  return { result, workspace, logs };
}
