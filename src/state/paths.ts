// Where each piece of state lives, relative to the configuration folder (marketing/). Every cycle writes
// only files named by its own id, so proposals and shards never write the same file.
import { parseCycleId } from "../core/time.ts";

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

export function cycleFromBranch(branch: string): string | undefined {
  return branch.startsWith("loopcast/") ? branch.slice("loopcast/".length) : undefined;
}
