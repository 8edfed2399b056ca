// GitHub's auto-merge, once armed, merges whatever the head is when the checks pass. The pipeline decides
// when Loopcast merges (L4 after the review window, L5 at once) and the forge pins that merge to the bot's
// commit; this step covers the gap in between: a proposal armed earlier that a person has pushed to since is
// no longer the bot's item, so its auto-merge is turned off and a person must merge it.
import type { Level } from "../config/types.ts";
import { pathList } from "../forge/github/foreign.ts";
import type { Forge, Proposal } from "../forge/types.ts";

export function levelOf(labels: string[]): Level | undefined {
  return labels.filter((l) => /^L[0-5]$/.test(l)).sort()[0] as Level | undefined;
}

/** Open proposals whose auto-merge is armed but whose head is no longer the bot's commit. */
export function armedButEdited(proposals: Proposal[]): Proposal[] {
  return proposals.filter((p) => p.state === "open" && p.autoMergeEnabled && p.headSha !== p.botSha);
}

export async function disarmEdited(forge: Forge, proposals: Proposal[]): Promise<string[]> {
  const lines: string[] = [];
  for (const p of armedButEdited(proposals)) {
    await forge.cancelAutoMerge?.(p.branch);
    p.autoMergeEnabled = false;
    const beyond = p.foreignFiles?.length
      ? `, changing files beyond its item (${pathList(p.foreignFiles)})`
      : "";
    lines.push(
      `auto-merge turned off for ${p.branch}: someone pushed to it${beyond}, so a person must merge it`,
    );
  }
  return lines;
}
