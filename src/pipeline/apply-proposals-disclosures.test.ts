// The disclosures a draft is asked for: per channel, per workflow and for paid items, each text once, the
// very list the voice lock checks the draft against.
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Config } from "../config/types.ts";
import { applyProposals } from "./apply-proposals.ts";
import { newReport } from "./reconcile.ts";

const report = () => newReport({ actions: [], levels: [] } as never);

/** The example with these disclosures, and daily-social (Mastodon) costing `cost` per item. */
const withDisclosures =
  (cost: number) =>
  (c: Config): Config => ({
    ...c,
    workflows: c.workflows.map((w) => (w.id === "daily-social" ? { ...w, costPerItem: cost } : w)),
    guardrails: {
      ...c.guardrails,
      voice: {
        requiredDisclosures: [
          { paid: true, text: "#ad" },
          { channels: ["mastodon"], text: "#AD", severity: "warning" },
          { workflows: ["daily-social"], text: "Made with Loopcast." },
          { workflows: ["weekly-blog"], text: "Not for this item." },
        ],
      },
    },
  });

async function requested(cost: number, body: string) {
  const ctx = await memoryContext({ bodies: [body], config: withDisclosures(cost) });
  const cycle = "daily-social@20261202T1130Z";
  await applyProposals(
    ctx,
    [
      {
        kind: "propose",
        cycle,
        workflow: "daily-social",
        slot: "2026-12-02T11:30:00.000Z",
        level: "L4",
        reservation: cost,
      },
    ],
    report(),
  );
  return ctx;
}

describe("the disclosures a draft is asked for", () => {
  it("are the channel's, the workflow's and the paid items' texts, each once", async () => {
    const ctx = await requested(3, "Fresh bread. #ad Made with Loopcast.");
    expect(ctx.generator.requests[0]?.disclosures).toEqual(["#ad", "Made with Loopcast."]);
    // The draft carries each once: proposed without a rewrite.
    expect(ctx.generator.requests).toHaveLength(1);
    expect(ctx.forge.opened.flat()).toHaveLength(1);
  });

  it("leave out the paid items' texts when the workflow costs nothing, but keep the channel's", async () => {
    const ctx = await requested(0, "Fresh bread. #AD Made with Loopcast.");
    expect(ctx.generator.requests[0]?.disclosures).toEqual(["#AD", "Made with Loopcast."]);
  });
});
