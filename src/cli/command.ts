// What every CLI command declares: its name, a one-line summary, its usage with an example, its options
// (node:util parseArgs format) and run(). The shared flags --config, --json and --help are added here.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../errors.ts";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined> & { config: string; json: boolean };
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: Options;
  /** Returns the exit code: 0 done, 1 problems found. */
  run(args: Parsed, io: Io): Promise<number>;
}

export const SHARED_OPTIONS: Options = {
  config: { type: "string", default: "marketing" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
};

export function parse(command: Command, argv: string[]): Parsed & { help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...SHARED_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed["values"], positionals, help: values.help === true };
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split("\n")[0]}\n\n${command.usage}`);
  }
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
