// Where each piece of state lives, relative to the configuration folder (marketing/). Every cycle writes
// only files named by its own id, so proposals and shards never write the same file.
import { cycleId, isCycleId, parseCycleId } from "../core/time.ts";
import type { StateWrite } from "../forge/recover.ts";

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

/**
 * The files a run writes, by how the next run finishes them when a run stopped before committing them
 * (forge/recover.ts): the state under the configuration folder (`configRel`, relative to the repository
 * root), and the folders channels publish into (`outputs`: a blog's outputDir), whose files a publish
 * writes whole before its receipt is committed. Folders people write to (workflows/, content/, queue/)
 * are not listed: uncommitted changes there are a person's.
 */
export function runWrites(configRel: string, outputs: string[] = []): StateWrite[] {
  const dir = (sub: string) => `${configRel === "." ? "" : `${configRel}/`}${sub}/`;
  // A run moves invalid ledger lines to ledger/quarantine/ before it rewrites the file without them
  // (state/ledger-quarantine.ts).
  return [
    {
      kind: "log",
      dir: dir("ledger"),
      files: /^\d{4}\/\d{2}\/[^/]+\.jsonl$/,
      setAside: dir("ledger/quarantine"),
    },
    { kind: "log", dir: dir("ledger/quarantine"), files: /\.jsonl$/ },
    { kind: "log", dir: dir("autonomy"), files: /^[^/]+\.jsonl$/ },
    { kind: "whole", dir: dir("exceptions"), files: /^[^/]+\.yaml$/ },
    { kind: "whole", dir: dir("decisions"), files: /\.json$/ },
    { kind: "whole", dir: dir("metrics"), files: /\.jsonl$/ },
    { kind: "consumed", dir: dir("metrics/inbox"), files: /./ },
    // L2 takes a person's item from queue/<workflow>/ into content/<workflow>/ (pipeline/apply-queue.ts).
    { kind: "consumed", dir: dir("queue"), files: /^[^/]+\/[^/]+\.md$/ },
    { kind: "whole", dir: dir("content"), files: /^[^/]+\/[^/]+@\d{8}T\d{4}Z\.md$/ },
    { kind: "derived", dir: dir("reports"), files: /^(dashboard\.md|index\.html|weekly\/\d{4}-W\d{2}\.md)$/ },
    // Never the whole repository, nor a folder outside it.
    ...outputs
      .map((out) => out.replace(/^\.\/+|\/+$/g, ""))
      .filter((out) => out && out !== "." && !out.startsWith("..") && !out.startsWith("/"))
      .map((out): StateWrite => ({ kind: "whole", dir: `${out}/`, files: /./ })),
  ];
}
