// The text a reviewer reads on a proposal: a preview, why this slot and variant, and what approving does.
// A pure function of its inputs.
import type { Level, Workflow } from "../config/types.ts";
import type { Item } from "../state/item.ts";

export function proposalTitle(item: Item): string {
  return `[loopcast] ${item.meta.workflow}: ${item.meta.title}`;
}

export function proposalBody(opts: {
  item: Item;
  workflow: Workflow;
  level: Level;
  contentPath: string;
  slotLocal: string;
}): string {
  const { item, workflow, level } = opts;
  const arms = Object.entries(item.meta.arms)
    .map(([k, v]) => `\`${k}=${v}\``)
    .join(", ");
  const approve =
    level === "L3"
      ? "Merging approves it; it is published at its slot (or at once if the slot has passed). Closing rejects it."
      : "This workflow may auto-merge at its level; add the `hold` label to keep it for review.";
  return [
    `**${item.meta.title}** — ${workflow.name} on \`${item.meta.channel}\`, scheduled for ${opts.slotLocal}.`,
    "",
    `> ${item.body.split("\n").slice(0, 12).join("\n> ")}`,
    "",
    "<details><summary>Why this item</summary>",
    "",
    `- cycle \`${item.meta.cycle}\`, level ${level}, generator \`${item.meta.generator}\``,
    `- chosen variants: ${arms}`,
    "",
    "</details>",
    "",
    `Edit \`${opts.contentPath}\` on this branch to change the item; edits are measured and count toward the workflow's track record.`,
    approve,
  ].join("\n");
}
