import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { GenerateError } from "../errors.ts";
import { graphemeLength } from "../state/item.ts";
import { TemplateGenerator } from "./template.ts";
import type { Draft, GenerateRequest } from "./types.ts";

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

  it("writes the longest body that fits the channel, and refuses only when even the shortest does not", async () => {
    let written = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 28 }),
        async (max, day) => {
          const cycle = `daily-social@202612${String(day).padStart(2, "0")}T1130Z`;
          // With room for everything, the longest variant: what a tighter limit may only shorten.
          const full = await gen.generate(request("daily-social", cycle, 1_000_000));
          const hook = config.workflows.find((w) => w.id === "daily-social")?.templates?.hooks?.[
            Number(full.arms.hook)
          ];
          expect(hook, JSON.stringify(full.arms)).toBeDefined();
          expect(full.body.startsWith(`${hook} `)).toBe(true);
          const keywords = config.strategy.pillars.find((p) => p.id === full.arms.pillar)?.keywords ?? [];
          for (const k of keywords) expect(full.body).toContain(`#${k}`);
          let draft: Draft;
          try {
            draft = await gen.generate(request("daily-social", cycle, max));
          } catch (err) {
            refused++;
            expect(err).toBeInstanceOf(GenerateError);
            const said =
              /even the shortest post \((\d+) characters\) is longer than channel "mastodon" allows \((\d+)\)/.exec(
                (err as Error).message,
              );
            expect(said, (err as Error).message).not.toBeNull();
            const shortest = Number(said?.[1]);
            expect(Number(said?.[2])).toBe(max);
            expect(shortest).toBeGreaterThan(max);
            // The refusal is honest: given the length it names, the generator writes that shortest body.
            const tight = await gen.generate(request("daily-social", cycle, shortest));
            expect(graphemeLength(tight.body)).toBe(shortest);
            return;
          }
          written++;
          expect(graphemeLength(draft.body)).toBeLessThanOrEqual(max);
          // The limit shortens the text; it does not change what was drawn or drop the point and the link.
          expect(draft.arms).toEqual(full.arms);
          expect(draft.title).toBe(full.title);
          expect(draft.title.length).toBeGreaterThan(0);
          const pillar = config.strategy.pillars.find((p) => p.id === draft.arms.pillar);
          const point = pillar?.points[Number(draft.arms.point)];
          expect(point, JSON.stringify(draft.arms)).toBeDefined();
          expect(draft.body).toContain(String(point).trim().replace(/[.]+$/, ""));
          expect(draft.body).toContain(config.strategy.business.url);
          if (max >= graphemeLength(full.body)) expect(draft.body).toBe(full.body);
          else expect(graphemeLength(draft.body)).toBeLessThan(graphemeLength(full.body));
        },
      ),
      { numRuns: 60 },
    );
    // Most limits leave room for a post (so the checks above ran on real drafts); the smallest do not.
    expect(written).toBeGreaterThan(0);
    const post = await gen.generate(request("daily-social", "daily-social@20261201T1130Z", 500));
    expect(graphemeLength(post.body)).toBeLessThanOrEqual(500);
    expect(graphemeLength(post.body)).toBeGreaterThan(0);
    await expect(gen.generate(request("daily-social", "daily-social@20261201T1130Z", 5))).rejects.toThrow(
      /longer than channel "mastodon" allows \(5\)/,
    );
    expect(refused + written).toBe(60);
  });
});
