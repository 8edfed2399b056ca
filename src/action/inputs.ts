// The Action's inputs (action.yml) and the variables Actions sets, read once into ActionOptions. Every
// problem names the input to change.
import { resolve } from "node:path";
import { parseInstant } from "../core/time.ts";
import { UsageError } from "../errors.ts";
import { parseIdentity, type TokenSource } from "../forge/github/auth.ts";
import type { OnProtectedBase } from "../forge/github/state-writer.ts";
import type { ActionCommand, ActionOptions } from "./result.ts";

type Env = Record<string, string | undefined>;

const COMMANDS: ActionCommand[] = ["run", "plan", "validate"];
const ON_PROTECTED: OnProtectedBase[] = ["pull-request", "state-branch", "fail"];

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input \`${name}\` must be one of ${allowed.join(", ")}; got "${value}"`);
}

function bool(name: string, value: string): boolean {
  if (["", "false", "False", "FALSE"].includes(value)) return false;
  if (["true", "True", "TRUE"].includes(value)) return true;
  throw new UsageError(`input \`${name}\` must be true or false; got "${value}"`);
}

function required(env: Env, name: string): string {
  const v = env[name];
  if (!v)
    throw new UsageError(
      `${name} is not set; this step must run inside GitHub Actions (or set it for a local test)`,
    );
  return v;
}

/** `get` is core.getInput (trimmed, "" when absent). */
export function readInputs(
  get: (name: string) => string,
  env: Env,
  event: unknown,
): Omit<ActionOptions, "log"> {
  const [owner, repo] = required(env, "GITHUB_REPOSITORY").split("/");
  if (!owner || !repo)
    throw new UsageError(`GITHUB_REPOSITORY must be owner/repo; got "${env.GITHUB_REPOSITORY}"`);
  const appId = get("app-id");
  let auth: TokenSource;
  if (appId) {
    const privateKey = get("app-private-key");
    if (!privateKey) throw new UsageError("input `app-private-key` is required with `app-id`");
    const installation = get("app-installation-id");
    if (installation && !/^\d+$/.test(installation)) {
      throw new UsageError(`input \`app-installation-id\` must be a number; got "${installation}"`);
    }
    auth = {
      kind: "app",
      appId,
      privateKey,
      ...(installation ? { installationId: Number(installation) } : {}),
    };
  } else {
    auth = { kind: "token", token: get("github-token") };
  }
  const at = get("at");
  let atDate: Date | undefined;
  if (at) {
    try {
      atDate = parseInstant(at);
    } catch (err) {
      throw new UsageError(`input \`at\`: ${(err as Error).message}`);
    }
  }
  const pacing = get("write-pacing");
  if (pacing && !/^\d{1,5}$/.test(pacing))
    throw new UsageError(
      `input \`write-pacing\` must be a number of milliseconds (GitHub asks for 1000); got "${pacing}"`,
    );
  const committer = get("committer");
  const model = get("model");
  const apiKey = get("openai-api-key");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    command: oneOf("command", get("command") || "run", COMMANDS),
    workspace: resolve(required(env, "GITHUB_WORKSPACE")),
    configPath: get("config") || "marketing",
    dryRun: bool("dry-run", get("dry-run")),
    ...(atDate ? { at: atDate } : {}),
    eventName: required(env, "GITHUB_EVENT_NAME"),
    event,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...(env.GITHUB_RUN_ID ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    auth,
    ...(committer ? { committer: parseIdentity(committer) } : {}),
    ...(model ? { model } : {}),
    stateBranch: get("state-branch") || "loopcast-state",
    onProtectedBase: oneOf("on-protected-base", get("on-protected-base") || "pull-request", ON_PROTECTED),
    ...(pacing ? { pacing: { writeMs: Number(pacing), notifyMs: Number(pacing) } } : {}),
    // The model's key reaches the generator the way the configuration names it (OPENAI_API_KEY by default).
    env: { ...env, ...(apiKey ? { OPENAI_API_KEY: apiKey } : {}) },
  };
}

/** Every secret an input carries, for redaction (the runner masks registered secrets; this covers the rest). */
export function inputSecrets(o: Pick<ActionOptions, "auth" | "env">): string[] {
  const out =
    o.auth.kind === "token" ? [o.auth.token] : [o.auth.privateKey, ...o.auth.privateKey.split("\n")];
  if (o.env.OPENAI_API_KEY) out.push(o.env.OPENAI_API_KEY);
  return out.filter((s) => s && s.trim().length >= 8 && !/^-----/.test(s.trim()));
}
