// Reads a scenario file the way configuration is read (src/config/load.ts): YAML with positions, the
// schema's validator, then the checks a schema cannot express (slot labels, rhythms, references from
// events), every problem with file:line:col and a hint.
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { validateSource } from "../config/schemas.ts";
import { parseYaml } from "../config/yaml-source.ts";
import { ConfigError, type Problem } from "../errors.ts";
import type { Scenario } from "../schema-types/scenario.generated.ts";
import type { ScenarioModel } from "./model.ts";
import { buildModel } from "./scenario-model.ts";

export interface ScenarioResult {
  scenario?: ScenarioModel;
  problems: Problem[];
}

/** Parses and checks scenario text; `file` is the name problems carry. */
export function parseScenario(file: string, text: string): ScenarioResult {
  const parsed = parseYaml(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const problems = [...parsed.problems, ...validateSource("scenario", parsed.source)];
  // The checks below read the shapes the schema guarantees.
  if (problems.length) return { problems };
  const built = buildModel(parsed.source.data as Scenario, parsed.source);
  // In the order of the file, as a reader fixes them.
  built.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return built;
}

/** Reads a scenario file or throws a ConfigError with every problem (exit code 1 in the CLI). */
export async function loadScenario(path: string, options: { cwd?: string } = {}): Promise<ScenarioModel> {
  const cwd = options.cwd ?? process.cwd();
  const full = resolve(cwd, path);
  const display = relative(cwd, full) || path;
  let text: string;
  try {
    text = await readFile(full, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError([
      {
        file: display,
        line: 1,
        column: 1,
        message: code === "ENOENT" ? "file not found" : `cannot read: ${(err as Error).message}`,
        hint: "pass a scenario YAML file, e.g. --scenario bench/scenarios/two-close-slots.yaml",
      },
    ]);
  }
  const { scenario, problems } = parseScenario(display, text);
  if (!scenario) throw new ConfigError(problems);
  return scenario;
}
