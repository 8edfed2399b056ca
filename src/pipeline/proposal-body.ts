// The text a reviewer reads on a proposal: a preview, why this slot and variant, and what approving does.
// A pure function of its inputs.
import type { Level, Workflow } from "../config/types.ts";
import { findingLines, type ItemCheck } from "../guardrails/check-item.ts";
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
  check?: ItemCheck;
  reservation?: number;
  currency?: string;
  attempt?: number;
  /** The learner's reasons, one line per dimension, with the numbers. */
  learned?: string[];
}): string {
  const { item, workflow, level } = opts;
  const arms = Object.entries(item.meta.arms)
    .map(([k, v]) => `\`${k}=${v}\``)
    .join(", ");
  const needsHuman = opts.check?.needsHuman ?? [];
  const approve =
    level === "L3" || needsHuman.length
      ? "Merging approves it; it is published at its slot (or at once if the slot has passed). Closing rejects it."
      : "This workflow may auto-merge at its level; add the `hold` label to keep it for review.";
  const check = opts.check;
  const guardrails = check
    ? [
        `### Guardrails: ${check.errors} error(s), ${check.warnings} warning(s), ${check.suggestions} suggestion(s)`,
        "",
        ...(needsHuman.length
          ? ["**A person must merge this item:**", ...needsHuman.map((r) => `- ${r}`), ""]
          : []),
        ...(check.findings.length
          ? ["```", ...findingLines(check.findings, opts.contentPath), "```", ""]
          : []),
      ]
    : [];
  const spend = opts.reservation
    ? [`- reserves ${opts.reservation.toFixed(2)} ${opts.currency ?? ""} of the budget`]
    : [];
  const tries =
    opts.attempt && opts.attempt > 1
      ? [`- draft ${opts.attempt}: earlier drafts broke the guardrails and were rewritten`]
      : [];
  return [
    `**${item.meta.title}** — ${workflow.name} on \`${item.meta.channel}\`, scheduled for ${opts.slotLocal}.`,
    "",
    `> ${item.body.split("\n").slice(0, 12).join("\n> ")}`,
    "",
    "<details><summary>Why this item</summary>",
    "",
    `- cycle \`${item.meta.cycle}\`, level ${level}, generator \`${item.meta.generator}\``,
    `- chosen variants: ${arms}`,
    ...(opts.learned?.length
      ? [
          "- why these options (from the measured results in the ledger):",
          ...opts.learned.map((w) => `  - ${w}`),
        ]
      : []),
    ...spend,
    ...tries,
    "",
    "</details>",
    "",
    ...guardrails,
    `Edit \`${opts.contentPath}\` on this branch to change the item; edits are measured and count toward the workflow's track record.`,
    approve,
  ].join("\n");
}
