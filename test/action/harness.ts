// Runs the Action the way GitHub Actions does: a separate `node` process with the INPUT_* and GITHUB_*
// variables the runner sets, an event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a fresh
// checkout of a real bare repository served by the fake GitHub's git smart HTTP.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { type FakeGitHub, type FakeGitHubOptions, startFakeGitHub } from "../fake-github/index.ts";
import { ROOT } from "../helpers/repo.ts";

const exec = promisify(execFile);

export const OWNER = "acme";
export const REPO = "site";
export const FULL = `${OWNER}/${REPO}`;
/** A recognisable fake secret: every test checks it never leaks. */
export const BOT_TOKEN = "ghp_FAKEsecretTOKEN0123456789abcdefABCD";
export const ALICE_TOKEN = "alice-token";
export const BOT = { login: "loopcast[bot]", email: "41898282+loopcast[bot]@users.noreply.github.com" };
export const COMMITTER = `${BOT.login} <${BOT.email}>`;
/** Loads preventing any connection that is not to 127.0.0.1 (see no-network.ts). */
const NO_NETWORK = join(ROOT, "test/action/no-network.ts");

/** The example configuration (marketing/ without run state), as files for the fake's first commit. */
export async function exampleFiles(): Promise<Record<string, string>> {
  const root = join(ROOT, "marketing");
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const rel = relative(root, path);
      if (/^(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(rel)) continue;
      if (e.isDirectory()) await walk(path);
      else files[`marketing/${rel}`] = await readFile(path, "utf8");
    }
  };
  await walk(root);
  return files;
}

export interface Clock {
  now: Date;
}

export async function startFake(
  clock: Clock,
  options: Partial<FakeGitHubOptions> & {
    repo?: Partial<NonNullable<FakeGitHubOptions["repos"]>[number]>;
  } = {},
): Promise<FakeGitHub> {
  return startFakeGitHub({
    users: [
      { login: BOT.login, type: "Bot", tokens: [BOT_TOKEN], name: BOT.login, email: BOT.email },
      {
        login: "alice",
        type: "User",
        tokens: [ALICE_TOKEN],
        name: "Alice Example",
        email: "alice@example.com",
      },
    ],
    now: () => clock.now,
    logViolations: false,
    ...options,
    repos: [{ owner: OWNER, name: REPO, files: await exampleFiles(), ...options.repo }],
  });
}

const gitEnv = {
  PATH: process.env.PATH ?? "",
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_TERMINAL_PROMPT: "0",
};

export function basicHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
}

/** What actions/checkout leaves: a clone on the default branch, no credentials kept (persist-credentials: false). */
export async function checkout(fake: FakeGitHub, opts: { persistHeader?: string } = {}): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), "loopcast-ws-"));
  const dir = join(parent, REPO);
  await exec(
    "git",
    ["-c", `http.extraheader=${basicHeader(BOT_TOKEN)}`, "clone", "--quiet", fake.gitUrl(OWNER, REPO), dir],
    {
      env: gitEnv,
    },
  );
  if (opts.persistHeader) {
    await exec("git", ["config", `http.${fake.serverUrl}/.extraheader`, opts.persistHeader], {
      cwd: dir,
      env: gitEnv,
    });
  }
  return dir;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export interface RunOptions {
  event: { name: string; payload: Record<string, unknown> };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  workspace?: string;
  /** Run dist/index.js instead of src/action.ts. */
  entry?: string;
}

/** Runs the Action in a child process against the fake; a fresh checkout unless `workspace` is given. */
export async function runActionProcess(fake: FakeGitHub, o: RunOptions): Promise<ActionRun> {
  const workspace = o.workspace ?? (await checkout(fake));
  const scratch = await mkdtemp(join(tmpdir(), "loopcast-runner-"));
  const eventPath = join(scratch, "event.json");
  const outputPath = join(scratch, "output");
  const summaryPath = join(scratch, "summary.md");
  await writeFile(eventPath, JSON.stringify(o.event.payload));
  await writeFile(outputPath, "");
  await writeFile(summaryPath, "");
  const inputs: Record<string, string> = {
    "github-token": BOT_TOKEN,
    config: "marketing",
    committer: COMMITTER,
    // The fake GitHub has no secondary rate limits: waiting a second between writes would only make the
    // tests slow. The default (1000) is checked in src/action/inputs.test.ts.
    "write-pacing": "0",
    ...o.inputs,
  };
  const env: Record<string, string> = {
    ...gitEnv,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: o.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_SERVER_URL: fake.serverUrl,
    GITHUB_REPOSITORY: FULL,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: "4242",
    RUNNER_TEMP: scratch,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...o.env,
  };
  const entry = o.entry ?? join(ROOT, "src/action.ts");
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", NO_NETWORK, entry],
      { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    );
  });
  const outputs = parseOutputs(await readFile(outputPath, "utf8"));
  const summary = await readFile(summaryPath, "utf8");
  await rm(scratch, { recursive: true, force: true });
  return { ...r, outputs, summary, workspace };
}

/** GITHUB_OUTPUT's heredoc format: `name<<delimiter\nvalue\ndelimiter`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/** Fails when a secret appears anywhere in the texts (the runner's `::add-mask::` lines excepted). */
export function assertNoSecret(texts: Record<string, string>, secrets: string[] = [BOT_TOKEN]): void {
  for (const [where, text] of Object.entries(texts)) {
    const visible = text
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    for (const s of [
      ...secrets,
      ...secrets.map((x) => Buffer.from(`x-access-token:${x}`).toString("base64")),
    ]) {
      if (visible.includes(s)) throw new Error(`a secret appeared in ${where}`);
    }
  }
}

export async function gitIn(dir: string, args: string[]): Promise<string> {
  return (await exec("git", args, { cwd: dir, env: gitEnv })).stdout.trim();
}

export async function bareGit(fake: FakeGitHub, args: string[]): Promise<string> {
  return (await exec("git", args, { cwd: fake.gitDir(OWNER, REPO), env: gitEnv })).stdout.trim();
}
