// `loopcast init`: writes the GitHub Actions workflow that runs Loopcast (.github/workflows/loopcast.yml)
// and, for a business described with --business, a starter configuration that validates as written.
// Nothing is ever overwritten without --force: a file that exists with other content stops the command
// before anything is written; one that already holds exactly what init would write is left alone.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cronProblem } from "../config/cron.ts";
import { loadConfig } from "../config/load.ts";
import { ConfigError, UsageError } from "../errors.ts";
import { type Command, type Io, printJson } from "./command.ts";
import { repoRootOf } from "./context.ts";
import { type Business, businessFromFlags, DEFAULT_CHANNELS, STARTER_CHANNELS } from "./init-business.ts";
import { starterFiles, starterPlaceholders, starterSecrets } from "./init-starter.ts";
import { DEFAULT_WORKFLOW, workflowYaml } from "./init-workflow.ts";

export const WORKFLOW_PATH = ".github/workflows/loopcast.yml";

export const init: Command = {
  name: "init",
  summary: "Write a starter configuration for your business (--business) and the GitHub Actions workflow",
  usage: [
    "usage: loopcast init --business NAME --timezone ZONE [--channels LIST] [--url URL] [--audience TEXT]",
    "                     [--description TEXT] [--level L0..L3] [--config DIR] [--schedule CRON]",
    "                     [--action OWNER/REPO@REF] [--force] [--json]",
    "       loopcast init [--config DIR] [--schedule CRON] [--action OWNER/REPO@REF] [--force]",
    "",
    "With --business, writes a commented starter configuration into --config (default marketing/):",
    "strategy.yaml, guardrails.yaml, benchmarks.yaml, voice.md and one workflow per channel, at L3",
    "(every item is proposed for a person to merge) unless --level says lower. It validates as written.",
    `  --channels   any of ${Object.keys(STARTER_CHANNELS).join(", ")} (newsletter is email); default ${DEFAULT_CHANNELS}`,
    "  --timezone   the IANA zone your posting times are meant in, e.g. Europe/Lisbon",
    "Secrets are written only as the names of environment variables.",
    "",
    "Always writes .github/workflows/loopcast.yml at the root of the repository: a schedule, the merge,",
    "review, dashboard and metrics triggers, one run at a time, least-privilege permissions. See",
    "docs/github-setup.md. Without --business the configuration folder must exist already.",
    "",
    "A file that exists with other content is never overwritten without --force; nothing is written then.",
    "",
    `example: loopcast init --business "Rosa's Bakery" --timezone Europe/Lisbon --channels blog,newsletter,mastodon`,
  ].join("\n"),
  options: {
    business: { type: "string" },
    timezone: { type: "string" },
    channels: { type: "string" },
    url: { type: "string" },
    audience: { type: "string" },
    description: { type: "string" },
    level: { type: "string" },
    schedule: { type: "string", default: DEFAULT_WORKFLOW.schedule },
    action: { type: "string", default: DEFAULT_WORKFLOW.action },
    force: { type: "boolean", default: false },
  },
  async run(args, io) {
    const schedule = String(args.values.schedule);
    const action = String(args.values.action);
    // GitHub's schedule is five-field cron in UTC.
    const cron = cronProblem(schedule, "UTC");
    if (cron) throw new UsageError(`--schedule "${schedule}": ${cron.message}\n    hint: ${cron.hint}`);
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(action)) {
      throw new UsageError(
        `--action "${action}" must look like owner/repo@ref, e.g. ${DEFAULT_WORKFLOW.action}`,
      );
    }
    const business = businessFromFlags(args.values);
    const root = await repoRootOf(io.cwd);
    const configDir = resolve(io.cwd, args.values.config);
    const config = relative(root, configDir) || ".";
    if (!business && !existsSync(configDir)) {
      throw new UsageError(
        `the configuration folder ${relative(io.cwd, configDir) || "."} does not exist. Describe your business and init writes a starter configuration there with the workflow: loopcast init --business "Your Business" --timezone Europe/Lisbon --channels blog${args.values.config === "marketing" ? "" : ` --config ${args.values.config}`}`,
      );
    }

    const planned: Planned[] = [
      ...(business
        ? starterFiles(business, { schemas: schemasFrom(configDir, root) }).map((f) => ({
            path: join(configDir, f.path),
            text: f.text,
          }))
        : []),
      {
        path: join(root, WORKFLOW_PATH),
        text: workflowYaml({
          action,
          schedule,
          config,
          ...(business ? { env: starterSecrets(business.channels) } : {}),
        }),
      },
    ];
    const files = await Promise.all(planned.map(async (f) => ({ ...f, status: await statusOf(f) })));
    const differing = files.filter((f) => f.status === "differs");
    if (differing.length && args.values.force !== true) {
      throw new UsageError(
        `${differing.length === 1 ? "this file exists" : "these files exist"} already with other content, so nothing was written: ${differing.map((f) => relative(root, f.path)).join(", ")}. Pass --force to overwrite ${differing.length === 1 ? "it" : "them"}, or --config DIR to write the configuration into another folder`,
      );
    }
    for (const f of files) {
      if (f.status === "same") continue;
      await mkdir(dirname(f.path), { recursive: true });
      await writeFile(f.path, f.text);
    }

    const done = files.map((f) => ({ path: relative(root, f.path), action: ACTIONS[f.status] }));
    if (!args.values.json) for (const f of done) io.out(`${f.action} ${f.path}`);
    // The starter validates as written; files of the folder that init did not write may still disagree.
    const workflows = business ? await validated(configDir, io) : 0;
    if (args.values.json) {
      printJson(io, {
        files: done,
        ...(business
          ? { secrets: starterSecrets(business.channels), toChange: starterPlaceholders(business) }
          : {}),
      });
    } else if (business) report(io, business, workflows);
    else
      io.out(
        "next: commit it, then follow docs/github-setup.md (repository settings, an App token, secrets)",
      );
    return 0;
  },
};

interface Planned {
  path: string;
  text: string;
}

type Status = "new" | "same" | "differs";

const ACTIONS: Record<Status, string> = { new: "wrote", same: "unchanged", differs: "overwrote" };

async function statusOf(f: Planned): Promise<Status> {
  if (!existsSync(f.path)) return "new";
  const text = await readFile(f.path, "utf8").catch(() => undefined);
  return text === f.text ? "same" : "differs";
}

async function validated(configDir: string, io: Io): Promise<number> {
  const { config, problems } = await loadConfig(configDir, { displayFrom: io.cwd });
  if (!config) {
    io.err("loopcast: the files are written, but the configuration does not validate yet:");
    throw new ConfigError(problems);
  }
  return config.workflows.length;
}

function report(io: Io, b: Business, workflows: number): void {
  const secrets = starterSecrets(b.channels);
  const mode: Record<Business["level"], string> = {
    L0: "L0: nothing is written until you raise the level",
    L1: "L1: items are written only when you ask, with loopcast draft",
    L2: "L2: items people write into queue/ are published",
    L3: "L3: every item is proposed, and a person's merge approves it",
  };
  io.out(`the configuration is valid: ${workflows} workflow(s) at ${mode[b.level]}`);
  io.out("next:");
  io.out("  1. replace what init guessed (the lines marked CHANGE), in the configuration folder:");
  for (const place of starterPlaceholders(b)) io.out(`       ${place}`);
  io.out("  2. loopcast validate, then loopcast plan: what a run would do now, without doing it");
  if (secrets.length)
    io.out(
      `  3. set these environment variables (GitHub: repository secrets, already named in the workflow): ${secrets.join(", ")}`,
    );
  io.out(
    `  ${secrets.length ? 4 : 3}. commit, then follow docs/github-setup.md (repository settings, an App token)`,
  );
}

/**
 * The folder of Loopcast's JSON Schemas as seen from the configuration folder, for the
 * `# yaml-language-server: $schema=` line editors complete from; undefined when that folder is outside
 * the repository (a global install, npx's cache), where a path would break on the next machine.
 */
function schemasFrom(configDir: string, root: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    if (!existsSync(join(dir, "schemas/strategy.schema.json"))) continue;
    const schemas = join(dir, "schemas");
    return relative(root, schemas).startsWith("..") ? undefined : relative(configDir, schemas);
  }
  return undefined;
}
