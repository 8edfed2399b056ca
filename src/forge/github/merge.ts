// Merging without a person: REST first (it merges at once when the checks are green, and `sha` makes it
// refuse if anyone pushed since), then GitHub's auto-merge when the checks are still running and the
// repository allows it. Both are pinned to the bot's commit, so a later human commit never rides along.
import { messageOf, statusOf, toForgeError } from "./client.ts";
import type { PullSummary, Pulls } from "./pulls.ts";

export type AutoMergeOutcome = "merged" | "auto-merge-enabled" | "waiting" | "refused";

export async function mergeOrArm(
  pulls: Pulls,
  pull: PullSummary,
  botSha: string,
  cycle: string,
): Promise<{ outcome: AutoMergeOutcome; detail: string; sha?: string }> {
  const title = `loopcast: auto-merge ${cycle} (#${pull.number})`;
  try {
    const sha = await pulls.merge(
      pull.number,
      botSha,
      title,
      "Merged by Loopcast: the workflow's level allows it and the checks passed.",
    );
    return { outcome: "merged", detail: `merged #${pull.number}`, sha };
  } catch (err) {
    const status = statusOf(err);
    if (status === 409)
      return { outcome: "refused", detail: `the head of #${pull.number} moved; a person must merge it` };
    if (status !== 405) throw toForgeError(err, `merging #${pull.number}`);
    const why = messageOf(err);
    if (pull.auto_merge)
      return { outcome: "waiting", detail: `auto-merge is on for #${pull.number}; ${why}` };
    try {
      await pulls.enableAutoMerge(pull.node_id, botSha, title);
      return {
        outcome: "auto-merge-enabled",
        detail: `#${pull.number} merges when its checks pass (${why})`,
      };
    } catch (armErr) {
      const armWhy = messageOf(armErr);
      // Not allowed here (setting off, no protected base): a later run merges through REST once green.
      if (/not allowed|not configured|clean status|not in the correct state/i.test(armWhy)) {
        return { outcome: "waiting", detail: `#${pull.number} waits for its checks: ${why}` };
      }
      throw toForgeError(armErr, `turning auto-merge on for #${pull.number}`);
    }
  }
}
