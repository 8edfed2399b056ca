// Builds what the use cases need from CLI flags: the configuration, the repository, the forge and the
// generator. The commands stay thin.
import { normalize, relative, resolve } from "node:path";
import { CHANNELS } from "../channels/registry.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { parseInstant } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { createForge } from "../forge/create.ts";
import { Git } from "../forge/git.ts";
import { createGenerator } from "../generate/registry.ts";
import type { RunPorts } from "../pipeline/reconcile.ts";
import { runWrites } from "../state/paths.ts";
import type { Io, Parsed } from "./command.ts";

export async function repoRootOf(dir: string): Promise<string> {
  const r = await new Git(dir).run(["rev-parse", "--show-toplevel"]).catch(() => undefined);
  if (r?.code === 0) return r.stdout.trim();
  throw new StateError(
    `${dir} is not inside a git repository; Loopcast keeps its state in git. Run \`git init\` first.`,
  );
}

/**
 * The time a command acts at: `--at` when given, else the wall clock. It is the only place the command
 * line reads the clock, so every command that writes state or asks "what is due now" can be replayed at
 * the time a person names (and a simulation or a test runs the real code at its own time).
 */
export function parseAt(args: Parsed): Date {
  return parseTimeFlag(args, "at") ?? new Date();
}

/** A time flag (`--at`, `--from`, `--to`) as an instant, refused with the flag's name when impossible. */
export function parseTimeFlag(args: Parsed, flag: string): Date | undefined {
  const value = args.values[flag];
  if (value === undefined) return undefined;
  try {
    return parseInstant(String(value));
  } catch (err) {
    throw new UsageError(`--${flag}: ${(err as Error).message}`);
  }
}

/** The configuration `--config` names, its problems shown relative to the user's working folder. */
export function requireConfigOf(args: Parsed, io: Io): Promise<Config> {
  return requireConfig(resolve(io.cwd, args.values.config), { displayFrom: io.cwd });
}

/** The folders channels publish into, relative to the repository (a blog's `outputDir`). */
function channelOutputs(config: Config): string[] {
  return config.strategy.channels.flatMap((c) =>
    "outputDir" in c && typeof c.outputDir === "string" ? [normalize(c.outputDir)] : [],
  );
}

export async function openRun(
  args: Parsed,
  io: Io,
  now: Date,
): Promise<{ config: Config; repoDir: string } & RunPorts> {
  const config = await requireConfigOf(args, io);
  const repoDir = await repoRootOf(config.dir);
  const forge = await createForge({
    kind: "local",
    repoDir,
    now,
    // State an interrupted run left uncommitted is finished under the run lock, not refused on opening.
    runWrites: runWrites(relative(repoDir, config.dir) || ".", channelOutputs(config)),
    ...(config.strategy.baseBranch ? { baseBranch: config.strategy.baseBranch } : {}),
  });
  const generator = createGenerator(config.strategy.generator, io.env);
  return { config, repoDir, forge, generator, channels: CHANNELS, env: io.env };
}
