// What every CLI command declares: its name, a one-line summary, its usage with an example, its options
// (node:util parseArgs format) and run(). The shared flags --config, --json and --help are added here.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest } from "../core/closest.ts";
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
  const options = { ...SHARED_OPTIONS, ...command.options };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed["values"], positionals, help: values.help === true };
  } catch (err) {
    throw new UsageError(`${flagProblem(command.name, options, argv, err)}\n\n${command.usage}`);
  }
}

/**
 * One line on what is wrong with the flags, naming the flag as typed: Node's own message is several lines
 * long and speaks of positionals. The strict parse decides *that* something is wrong; a lenient parse of
 * the same arguments, with tokens, shows *which* flag it is.
 */
function flagProblem(commandName: string, options: Options, argv: string[], err: unknown): string {
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(options);
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = options[token.name];
    if (!option) {
      const near = token.rawName.startsWith("--")
        ? closest(token.name, longNames)
        : shortOwner(token.name, options);
      return `unknown flag ${token.rawName} for loopcast ${commandName}${near ? `; did you mean --${near}?` : ""}`;
    }
    if (option.type === "string" && token.value === undefined)
      return `${token.rawName} needs a value (${token.rawName} VALUE)`;
    if (option.type === "string" && !token.inlineValue && token.value?.startsWith("-"))
      return `${token.rawName} needs a value, but the next argument is the flag ${token.value}; write ${token.rawName}=${token.value} if that is the value`;
    if (option.type === "boolean" && token.value !== undefined)
      return `${token.rawName} takes no value; write ${token.rawName} alone (found ${token.rawName}=${token.value})`;
  }
  // A case the tokens do not show (none is known): Node's first line, without its advice on positionals.
  return String((err as Error).message ?? err)
    .split("\n")[0]
    ?.replace(/\. To specify a positional.*$/, "") as string;
}

/** A single-letter flag someone typed: the long flag whose initial it is, when only one has that initial. */
function shortOwner(letter: string, options: Options): string | undefined {
  const owners = Object.keys(options).filter((name) => name.startsWith(letter.toLowerCase()));
  return owners.length === 1 ? owners[0] : undefined;
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
