// What a reviewer reads on a proposal: the preview, why this item, the guardrail findings, and what
// merging does at the workflow's level.
import { describe, expect, it } from "vitest";
import type { Workflow } from "../config/types.ts";
import type { ItemCheck } from "../guardrails/check-item.ts";
import type { Item } from "../state/item.ts";
import { proposalBody, proposalTitle } from "./proposal-body.ts";

const item: Item = {
  meta: {
    cycle: "daily-social@20261201T1130Z",
    workflow: "daily-social",
    channel: "mastodon",
    slot: "2026-12-01T11:30:00.000Z",
    title: "Review is the approval",
    summary: "s",
    arms: { hook: "h2", cta: "c1" },
    generator: "template",
  },
  body: "Line one.\nLine two.",
};
const workflow = { id: "daily-social", name: "Daily social post", channel: "mastodon" } as Workflow;
const base = {
  item,
  workflow,
  contentPath: "marketing/content/daily-social/daily-social@20261201T1130Z.md",
  slotLocal: "Tue 1 Dec 2026, 12:30 (Europe/Berlin)",
};
const clean: ItemCheck = { findings: [], errors: 0, warnings: 0, suggestions: 0, needsHuman: [] };

const AUTO = "This workflow may auto-merge at its level; add the `hold` label to keep it for review.";
const MANUAL =
  "Merging approves it; it is published at its slot (or at once if the slot has passed). Closing rejects it.";

describe("proposal text", () => {
  it("titles the proposal with the workflow and the item's title", () => {
    expect(proposalTitle(item)).toBe("[loopcast] daily-social: Review is the approval");
  });

  it("previews the item and says why it was chosen", () => {
    const lines = proposalBody({ ...base, level: "L4", check: clean }).split("\n");
    expect(lines.slice(0, 11)).toEqual([
      "**Review is the approval** — Daily social post on `mastodon`, scheduled for Tue 1 Dec 2026, 12:30 (Europe/Berlin).",
      "",
      "> Line one.",
      "> Line two.",
      "",
      "<details><summary>Why this item</summary>",
      "",
      "- cycle `daily-social@20261201T1130Z`, level L4, generator `template`",
      "- chosen variants: `hook=h2`, `cta=c1`",
      "",
      "</details>",
    ]);
    expect(lines.slice(-4)).toEqual([
      "### Guardrails: 0 error(s), 0 warning(s), 0 suggestion(s)",
      "",
      "Edit `marketing/content/daily-social/daily-social@20261201T1130Z.md` on this branch to change the item; edits are measured and count toward the workflow's track record.",
      AUTO,
    ]);
  });

  it("quotes at most the first twelve lines of the body", () => {
    const body = Array.from({ length: 15 }, (_, i) => `line ${i + 1}`).join("\n");
    const text = proposalBody({ ...base, item: { ...item, body }, level: "L3" });
    expect(text).toContain("> line 12\n");
    expect(text).not.toContain("line 13");
  });

  it("tells the reviewer that merging approves at L3, or when a person must merge, else that it may auto-merge", () => {
    expect(proposalBody({ ...base, level: "L3", check: clean }).endsWith(MANUAL)).toBe(true);
    expect(proposalBody({ ...base, level: "L5" }).endsWith(AUTO)).toBe(true);
    const needsHuman = { ...clean, needsHuman: ["topic: pricing changes need the founder"] };
    const text = proposalBody({ ...base, level: "L4", check: needsHuman });
    expect(text.endsWith(MANUAL)).toBe(true);
    expect(text).toContain(
      "**A person must merge this item:**\n- topic: pricing changes need the founder\n\nEdit `",
    );
  });

  it("lists the findings as file:line:col lines in a code block", () => {
    const check: ItemCheck = {
      ...clean,
      warnings: 1,
      findings: [
        { ruleId: "loopcast.topic", severity: "warning", message: "Mentions x.", line: 12, column: 3 },
      ],
    };
    const text = proposalBody({ ...base, level: "L4", check });
    expect(text).toContain(
      "### Guardrails: 0 error(s), 1 warning(s), 0 suggestion(s)\n\n```\nmarketing/content/daily-social/daily-social@20261201T1130Z.md:12:3  warning  Mentions x.  [loopcast.topic]\n```\n\nEdit `",
    );
    expect(text).not.toContain("A person must merge");
  });

  it("has no guardrail section without a check", () => {
    expect(proposalBody({ ...base, level: "L4" })).not.toContain("### Guardrails");
  });

  it("shows the reservation in the budget's currency, and only a reservation above zero", () => {
    const withSpend = proposalBody({ ...base, level: "L4", reservation: 2.5, currency: "EUR" });
    expect(withSpend).toContain(
      "- chosen variants: `hook=h2`, `cta=c1`\n- reserves 2.50 EUR of the budget\n\n",
    );
    expect(proposalBody({ ...base, level: "L4", reservation: 2.5 })).toContain(
      "- reserves 2.50  of the budget",
    );
    expect(proposalBody({ ...base, level: "L4", reservation: 0, currency: "EUR" })).not.toContain("reserves");
  });

  it("says when earlier drafts were rewritten", () => {
    expect(proposalBody({ ...base, level: "L4", attempt: 3 })).toContain(
      "- draft 3: earlier drafts broke the guardrails and were rewritten\n",
    );
    expect(proposalBody({ ...base, level: "L4", attempt: 1 })).not.toContain("- draft");
    expect(proposalBody({ ...base, level: "L4" })).not.toContain("- draft");
  });

  it("lists the learner's reasons, one line per dimension, after the chosen variants", () => {
    const learned = [
      "slot Tue 08:00 (Thompson draw): Tue 08:00 click_rate 3.1 % over 12 measured of 12 sent, P(best) 0.94",
      'hook "Marketing you can review like code." (burn-in: every option is tried before the evidence decides): …',
    ];
    const text = proposalBody({ ...base, level: "L4", reservation: 1, currency: "EUR", learned });
    expect(text).toContain(
      [
        "- chosen variants: `hook=h2`, `cta=c1`",
        "- why these options (from the measured results in the ledger):",
        `  - ${learned[0]}`,
        `  - ${learned[1]}`,
        "- reserves 1.00 EUR of the budget",
        "",
      ].join("\n"),
    );
    // No reasons, no heading: options drawn without the learner (a rewrite, an L2 item).
    expect(proposalBody({ ...base, level: "L4", learned: [] })).not.toContain("why these options");
    expect(proposalBody({ ...base, level: "L4" })).not.toContain("why these options");
  });
});
