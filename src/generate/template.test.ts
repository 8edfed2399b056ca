import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { graphemeLength } from "../state/item.ts";
import { TemplateGenerator } from "./template.ts";
import type { GenerateRequest } from "./types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let config: Config;
beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});

function request(
  workflowId: string,
  cycle: string,
  maxLength: number,
  disclosures: string[] = [],
): GenerateRequest {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  if (!workflow) throw new Error(workflowId);
  const channel = config.strategy.channels.find((c) => c.id === workflow.channel);
  if (!channel) throw new Error(workflow.channel);
  return {
    cycle,
    slot: new Date(),
    workflow,
    channel,
    strategy: config.strategy,
    voiceGuide: "",
    disclosures,
    maxLength,
  };
}

describe("TemplateGenerator", () => {
  const gen = new TemplateGenerator();

  it("is deterministic for a cycle and varies across cycles", async () => {
    const a = await gen.generate(request("weekly-blog", "weekly-blog@20261201T0800Z", 12000));
    const b = await gen.generate(request("weekly-blog", "weekly-blog@20261201T0800Z", 12000));
    expect(b).toEqual(a);
    const bodies = new Set<string>();
    for (let d = 1; d <= 8; d++) {
      bodies.add(
        (
          await gen.generate(
            request("weekly-blog", `weekly-blog@202612${String(d).padStart(2, "0")}T0800Z`, 12000),
          )
        ).body,
      );
    }
    expect(bodies.size).toBeGreaterThan(3);
  });

  it("writes from the workflow's pillars and templates and records the choices as arms", async () => {
    const d = await gen.generate(
      request("weekly-newsletter", "weekly-newsletter@20261203T0700Z", 6000, ["Unsubscribe at any time."]),
    );
    const pillar = config.strategy.pillars.find((p) => p.id === d.arms.pillar);
    expect(["review-is-approval", "earned-autonomy"]).toContain(d.arms.pillar);
    expect(d.body).toContain(pillar?.points[Number(d.arms.point)]);
    expect(d.body.startsWith("Hi there,")).toBe(true);
    expect(d.body.trimEnd().endsWith("Unsubscribe at any time.")).toBe(true);
    expect(Object.keys(d.arms).sort()).toEqual(["cta", "hook", "pillar", "point", "title"]);
  });

  it("always fits the channel's length, or says why it cannot", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 28 }),
        async (max, day) => {
          const cycle = `daily-social@202612${String(day).padStart(2, "0")}T1130Z`;
          try {
            const d = await gen.generate(request("daily-social", cycle, max));
            expect(graphemeLength(d.body)).toBeLessThanOrEqual(max);
          } catch (err) {
            expect((err as Error).message).toMatch(/longer than channel "mastodon" allows/);
          }
        },
      ),
      { numRuns: 60 },
    );
    const post = await gen.generate(request("daily-social", "daily-social@20261201T1130Z", 500));
    expect(graphemeLength(post.body)).toBeLessThanOrEqual(500);
  });
});
