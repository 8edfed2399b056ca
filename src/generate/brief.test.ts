import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { chooseBrief, requestSeed } from "./brief.ts";
import { TemplateGenerator } from "./template.ts";
import type { GenerateRequest } from "./types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let config: Config;
beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});

function request(workflowId: string, cycle: string, attempt = 1): GenerateRequest {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  const channel = config.strategy.channels.find((c) => c.id === workflow?.channel);
  if (!workflow || !channel) throw new Error(workflowId);
  return {
    cycle,
    slot: new Date(),
    workflow,
    channel,
    strategy: config.strategy,
    voiceGuide: "",
    disclosures: [],
    maxLength: 12000,
    attempt,
  };
}

describe("chooseBrief", () => {
  it("chooses the same arms as the template generator, on first drafts and on retries", async () => {
    const template = new TemplateGenerator();
    let compared = 0;
    for (const workflow of config.workflows) {
      for (let day = 1; day <= 12; day++) {
        for (const attempt of [1, 2]) {
          const req = request(
            workflow.id,
            `${workflow.id}@202612${String(day).padStart(2, "0")}T0900Z`,
            attempt,
          );
          expect(chooseBrief(req).arms).toEqual((await template.generate(req)).arms);
          compared++;
        }
      }
    }
    expect(compared).toBe(config.workflows.length * 24);
  });

  it("fills in the same title, hook and call to action, with the workflow's variants or the defaults", async () => {
    const template = new TemplateGenerator();
    for (const workflow of config.workflows) {
      for (const templates of [workflow.templates, undefined]) {
        for (let day = 1; day <= 6; day++) {
          const base = request(workflow.id, `${workflow.id}@202612${String(day).padStart(2, "0")}T0900Z`);
          // As a post, the template generator's body starts with the hook and carries the call to action.
          const req = { ...base, workflow: { ...base.workflow, format: "post" as const, templates } };
          const brief = chooseBrief(req);
          const written = await template.generate(req);
          expect(written.title).toBe(brief.title);
          expect(written.body.startsWith(`${brief.hook} `)).toBe(true);
          expect(written.body).toContain(brief.cta);
        }
      }
    }
  });

  it("fills the variants and lists the pillar's other points after the chosen one", () => {
    const brief = chooseBrief(request("weekly-blog", "weekly-blog@20261201T0900Z"));
    const index = Number(brief.arms.point);
    expect(brief.pillar.id).toBe(brief.arms.pillar);
    expect(brief.point).toBe(brief.pillar.points[index]);
    expect(brief.others).toEqual([
      ...brief.pillar.points.slice(index + 1),
      ...brief.pillar.points.slice(0, index),
    ]);
    for (const text of [brief.title, brief.hook, brief.cta]) expect(text).not.toMatch(/\{[a-z]+\}/);
  });

  it("derives a 31-bit seed per cycle and attempt", () => {
    const first = requestSeed({ cycle: "weekly-blog@20261201T0900Z" });
    expect(requestSeed({ cycle: "weekly-blog@20261201T0900Z", attempt: 1 })).toBe(first);
    expect(requestSeed({ cycle: "weekly-blog@20261201T0900Z", attempt: 2 })).not.toBe(first);
    expect(requestSeed({ cycle: "weekly-blog@20261208T0900Z" })).not.toBe(first);
    expect(Number.isInteger(first) && first >= 0 && first < 2 ** 31).toBe(true);
  });

  describe("with the learner's options", () => {
    const CYCLE = "weekly-blog@20261201T0900Z";
    /** For each dimension, an option other than the one drawn without arms. */
    function otherThanDrawn(attempt = 1): Record<string, string> {
      const drawn = chooseBrief(request("weekly-blog", CYCLE, attempt)).arms;
      const workflow = config.workflows.find((w) => w.id === "weekly-blog");
      const pillar = workflow?.pillars.find((p) => p !== drawn.pillar) as string;
      const flip = (i: string | undefined) => String(1 - Number(i));
      return { pillar, title: flip(drawn.title), hook: flip(drawn.hook), cta: flip(drawn.cta) };
    }

    it("writes the first draft with them", async () => {
      const arms = otherThanDrawn();
      const brief = chooseBrief({ ...request("weekly-blog", CYCLE), arms });
      expect(brief.arms).toMatchObject(arms);
      expect(brief.pillar.id).toBe(arms.pillar);
      expect(brief.point).toBe(brief.pillar.points[Number(brief.arms.point)]);
      // The template generator writes, and records, the same options.
      expect(
        (await new TemplateGenerator().generate({ ...request("weekly-blog", CYCLE), arms })).arms,
      ).toEqual(brief.arms);
    });

    it("draws a rewrite's options afresh: an option may be what broke the guardrails", () => {
      const arms = otherThanDrawn(2);
      const retry = chooseBrief({ ...request("weekly-blog", CYCLE, 2), arms });
      expect(retry).toEqual(chooseBrief(request("weekly-blog", CYCLE, 2)));
      expect(retry.arms.hook).not.toBe(arms.hook);
    });

    it("falls back to the draw for an option the configuration no longer has", () => {
      const drawn = chooseBrief(request("weekly-blog", CYCLE));
      const stale = { pillar: "retired", title: "7", hook: "-1", cta: "one" };
      expect(chooseBrief({ ...request("weekly-blog", CYCLE), arms: stale })).toEqual(drawn);
      // The valid ones still count.
      const mixed = chooseBrief({
        ...request("weekly-blog", CYCLE),
        arms: { title: "2", hook: otherThanDrawn().hook as string },
      });
      expect(mixed.arms.title).toBe(drawn.arms.title);
      expect(mixed.arms.hook).toBe(otherThanDrawn().hook);
    });
  });
});
