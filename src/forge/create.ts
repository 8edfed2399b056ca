// The one place a forge is made: use cases and entry points name the kind and its options, and never
// construct an implementation themselves, so tests can hand them any other Forge. The GitHub forge is
// loaded only when asked for, so the CLI does not load Octokit.
import type { GitHubForge, GitHubForgeOptions } from "./github/forge.ts";
import { LocalForge, type LocalForgeOptions } from "./local.ts";

export type ForgeOptions =
  | ({ kind: "local" } & LocalForgeOptions)
  | ({ kind: "github" } & GitHubForgeOptions);

export async function createForge(o: { kind: "local" } & LocalForgeOptions): Promise<LocalForge>;
export async function createForge(o: { kind: "github" } & GitHubForgeOptions): Promise<GitHubForge>;
export async function createForge(o: ForgeOptions): Promise<LocalForge | GitHubForge> {
  if (o.kind === "local") return LocalForge.open(o);
  const { GitHubForge } = await import("./github/forge.ts");
  return GitHubForge.open(o);
}
