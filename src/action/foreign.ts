// Changes beyond the item on GitHub: a pull request whose later commits change files that are not its item
// gets a loud warning at the top of its description (taken away again once those changes are gone), so a
// reviewer who opens it from a notification sees it before the diff. The dashboard lists it the same way;
// neither Loopcast nor a dashboard box merges it (core/plan.ts, action/dashboard.ts).

import { pathList } from "../forge/github/foreign.ts";
import type { Forge, Proposal } from "../forge/types.ts";

export async function flagForeign(forge: Forge, proposals: Proposal[]): Promise<string[]> {
  if (!forge.flagForeignFiles) return [];
  const lines: string[] = [];
  for (const p of proposals) {
    if (p.state !== "open") continue;
    const files = p.foreignFiles ?? [];
    if (!(await forge.flagForeignFiles(p.branch, files))) continue;
    lines.push(
      files.length
        ? `${p.branch} changes files beyond its item (${pathList(files)}): warned on its pull request; it is merged only by hand`
        : `${p.branch} no longer changes files beyond its item: the warning on its pull request is gone`,
    );
  }
  return lines;
}
