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
});
