// Loads marketing/ (strategy, guardrails, benchmarks, voice.md, workflows/*.yaml), validates each file
// against its schema and then across files, and reports every problem at once.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { ConfigError, type Problem } from "../errors.ts";
import { checkCalendar } from "./check-calendar.ts";
import { checkCosts } from "./check-costs.ts";
import { checkDisclosures } from "./check-disclosures.ts";
import { checkLimits } from "./check-limits.ts";
import { checkMarkup } from "./check-markup.ts";
import { checkMediaPools } from "./check-media.ts";
import { checkReferences } from "./check-references.ts";
import { checkSecrets, type ScannedFile } from "./check-secrets.ts";
import { checkSlots } from "./check-slots.ts";
import { checkWebhookUrls } from "./check-webhook-url.ts";
import { type SchemaName, validateSource } from "./schemas.ts";
import type { Benchmarks, Config, Guardrails, Strategy, Workflow } from "./types.ts";
import { parseYaml, type YamlSource } from "./yaml-source.ts";

export interface LoadResult {
  config?: Config;
  problems: Problem[];
}

const TOP_FILES: Array<{ name: string; schema: SchemaName; hint: string }> = [
  {
    name: "strategy.yaml",
    schema: "strategy",
    hint: "copy marketing/strategy.yaml from the Loopcast repository, or see `loopcast init --help` for a starter configuration",
  },
  { name: "guardrails.yaml", schema: "guardrails", hint: "create it with at least `version: 1`" },
  { name: "benchmarks.yaml", schema: "benchmarks", hint: "create it with `version: 1` and `benchmarks: []`" },
];

export interface LoadOptions {
  /** The folder file names in problems are shown relative to: the user's working folder (default: this process's). */
  displayFrom?: string;
}

/** Loads and validates; returns problems instead of throwing, so `validate` can list them all. */
export async function loadConfig(dirArg: string, options: LoadOptions = {}): Promise<LoadResult> {
  const dir = resolve(dirArg);
  const problems: Problem[] = [];
  const sources = new Map<string, YamlSource>();
  // Every file's text as read, for the secret scan (which also reads files that do not parse).
  const scanned: ScannedFile[] = [];
  const from = options.displayFrom ?? process.cwd();
  const display = (name: string) => relative(from, join(dir, name)) || name;

  // A folder that is not there is one problem, not one per file it should hold.
  const missing = await missingFolder(dir, relative(from, dir) || ".");
  if (missing) return { problems: [missing] };

  const readYaml = async (name: string, schema: SchemaName, hint: string) => {
    let text: string;
    try {
      text = await readFile(join(dir, name), "utf8");
    } catch (err) {
      problems.push({ file: display(name), line: 1, column: 1, message: describeReadError(err), hint });
      return;
    }
    const parsed = parseYaml(display(name), text);
    scanned.push({ file: display(name), text, ...(parsed.source ? { source: parsed.source } : {}) });
    problems.push(...parsed.problems);
    if (!parsed.source) return;
    sources.set(name, parsed.source);
    problems.push(...validateSource(schema, parsed.source));
  };

  for (const f of TOP_FILES) await readYaml(f.name, f.schema, f.hint);

  let workflowFiles: string[] = [];
  try {
    workflowFiles = (await readdir(join(dir, "workflows"))).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (err) {
    problems.push({
      file: display("workflows"),
      line: 1,
      column: 1,
      message: describeReadError(err),
      hint: "create marketing/workflows/ with one <id>.yaml per workflow",
    });
  }
  for (const f of workflowFiles) await readYaml(`workflows/${f}`, "workflow", "");

  let voiceGuide = "";
  try {
    voiceGuide = await readFile(join(dir, "voice.md"), "utf8");
    scanned.push({ file: display("voice.md"), text: voiceGuide });
  } catch (err) {
    problems.push({
      file: display("voice.md"),
      line: 1,
      column: 1,
      message: describeReadError(err),
      hint: "write your brand voice guide in marketing/voice.md; the generator follows it",
    });
  }

  // A hook URL with its token in strategy.yaml is said once, by the check that knows where it belongs
  // (urlEnv), not again by the secret scan at the same line.
  const hookUrls = checkWebhookUrls(sources.get("strategy.yaml"));
  const leaks = await checkSecrets(scanned);
  problems.push(
    ...leaks.filter((p) => !hookUrls.some((h) => h.file === p.file && h.line === p.line)),
    ...hookUrls,
  );
  // Cross-file checks only make sense once every file has the right shape.
  if (problems.length) return { problems };

  const data = <T>(name: string) => sources.get(name)?.data as T;
  const config: Config = {
    dir,
    strategy: data<Strategy>("strategy.yaml"),
    guardrails: data<Guardrails>("guardrails.yaml"),
    benchmarks: data<Benchmarks>("benchmarks.yaml"),
    workflows: workflowFiles.map((f) => data<Workflow>(`workflows/${f}`)),
    voiceGuide,
    sources,
  };
  problems.push(
    ...checkReferences(config),
    ...checkSlots(config),
    ...checkLimits(config),
    ...checkMarkup(config),
    ...checkMediaPools(config),
  );
  problems.push(...(await checkCalendar(config)), ...checkCosts(config), ...checkDisclosures(config));
  return problems.length ? { problems } : { config, problems };
}

/** Loads or throws a ConfigError with every problem. */
export async function requireConfig(dir: string, options: LoadOptions = {}): Promise<Config> {
  const { config, problems } = await loadConfig(dir, options);
  if (!config) throw new ConfigError(problems);
  return config;
}

async function missingFolder(dir: string, shown: string): Promise<Problem | undefined> {
  const kind = await stat(dir).then(
    (s) => (s.isDirectory() ? "folder" : "file"),
    (err: NodeJS.ErrnoException) => (err.code === "ENOENT" || err.code === "ENOTDIR" ? "none" : "folder"),
  );
  if (kind === "folder") return undefined;
  const config = shown === "marketing" ? "" : ` --config ${/\s/.test(shown) ? `"${shown}"` : shown}`;
  return {
    file: shown,
    line: 1,
    column: 1,
    message:
      kind === "none"
        ? "the configuration folder does not exist"
        : "the configuration folder is a file, not a folder",
    hint: `write a starter configuration for your business there with \`loopcast init${config} --business "Your Business" --timezone Europe/Lisbon --channels blog\` (see loopcast init --help), or pass --config DIR to name the folder that holds strategy.yaml`,
  };
}

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "expected a file but found a folder";
  if (code === "ENOTDIR") return "expected a folder but found a file";
  return `cannot read: ${(err as Error).message}`;
}
