// Where each piece of state lives, relative to the configuration folder (marketing/). Every cycle writes
// only files named by its own id, so proposals and shards never write the same file.
import { cycleId, isCycleId, parseCycleId } from "../core/time.ts";

export function contentPath(cycle: string): string {
  return `content/${parseCycleId(cycle).workflow}/${cycle}.md`;
}

export function ledgerPath(cycle: string): string {
  const iso = parseCycleId(cycle).slot.toISOString();
  return `ledger/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${cycle}.jsonl`;
}

export function proposalBranch(cycle: string): string {
  return `loopcast/${cycle}`;
}

/** The cycle a proposal branch is for; undefined for other Loopcast branches (config proposals). */
export function cycleFromBranch(branch: string): string | undefined {
  const rest = branch.startsWith("loopcast/") ? branch.slice("loopcast/".length) : undefined;
  return rest !== undefined && isCycleId(rest) ? rest : undefined;
}

export function configBranch(kind: "promote" | "demote", workflow: string, level: string, at: Date): string {
  return `loopcast/config/${kind}-${workflow}-${level}-${cycleId("x", at).slice(2)}`;
}
