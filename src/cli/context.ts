// Builds what the use cases need from CLI flags: the configuration, the repository, the forge and the
// generator. The commands stay thin.
import { resolve } from "node:path";
import { CHANNELS } from "../channels/registry.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { parseInstant } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { createForge } from "../forge/create.ts";
import { Git } from "../forge/git.ts";
import { createGenerator } from "../generate/registry.ts";
import type { RunPorts } from "../pipeline/reconcile.ts";
import type { Io, Parsed } from "./command.ts";

export async function repoRootOf(dir: string): Promise<string> {
  const r = await new Git(dir).run(["rev-parse", "--show-toplevel"]).catch(() => undefined);
  if (r?.code === 0) return r.stdout.trim();
  throw new StateError(
    `${dir} is not inside a git repository; Loopcast keeps its state in git. Run \`git init\` first.`,
  );
}

export function parseAt(args: Parsed): Date {
  const at = args.values.at;
  if (at === undefined) return new Date();
  try {
    return parseInstant(String(at));
  } catch (err) {
    throw new UsageError(`--at: ${(err as Error).message}`);
  }
}

/** The configuration `--config` names, its problems shown relative to the user's working folder. */
export function requireConfigOf(args: Parsed, io: Io): Promise<Config> {
  return requireConfig(resolve(io.cwd, args.values.config), { displayFrom: io.cwd });
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
    ...(config.strategy.baseBranch ? { baseBranch: config.strategy.baseBranch } : {}),
  });
  const generator = createGenerator(config.strategy.generator, io.env);
  return { config, repoDir, forge, generator, channels: CHANNELS, env: io.env };
}
