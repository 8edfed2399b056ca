// costPerItem against the budget caps: one item that costs more than a cap it counts against could never be
// planned, so validate refuses it at the workflow's costPerItem, naming the smallest cap it crosses.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../errors.ts";
import { checkCosts } from "./check-costs.ts";
import { loadConfig } from "./load.ts";
import type { Config, Guardrails, Strategy, Workflow } from "./types.ts";
import { parseYaml } from "./yaml-source.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;
const SOCIAL = readFileSync(`${EXAMPLE}/workflows/daily-social.yaml`, "utf8");
const FILE = "marketing/workflows/daily-social.yaml";

let example: Config;
beforeAll(async () => {
  const { config, problems } = await loadConfig(EXAMPLE);
  expect(problems).toEqual([]);
  example = config as Config;
});

/**
 * The example (budget: weekly 40, monthly 120, daily-social 30 a month, campaign loopcast-launch 300) with
 * daily-social costing `cost`, and the budget and strategy changed as given.
 */
function check(
  cost: string,
  change: { budget?: Partial<NonNullable<Guardrails["budget"]>>; strategy?: Partial<Strategy> } = {},
) {
  const text = SOCIAL.replace("costPerItem: 0", `costPerItem: ${cost}`);
  const { source } = parseYaml(FILE, text);
  if (!source) throw new Error("the workflow does not parse");
  const sources = new Map(example.sources);
  sources.set("workflows/daily-social.yaml", source);
  const workflows = example.workflows.map((w) => (w.id === "daily-social" ? (source.data as Workflow) : w));
  const guardrails = {
    ...example.guardrails,
    budget: { ...example.guardrails.budget, currency: "EUR", ...change.budget },
  };
  const strategy = { ...example.strategy, ...change.strategy };
  const line = text.split("\n").findIndex((l) => l.startsWith("costPerItem:")) + 1;
  return {
    problems: checkCosts({ ...example, strategy, guardrails, workflows, sources }),
    at: { file: FILE, line, column: 14 },
  };
}

describe("costPerItem against the budget caps", () => {
  it("accepts an item that fits under every cap, up to the smallest cap exactly", () => {
    expect(check("16").problems).toEqual([]);
    expect(check("30").problems).toEqual([]);
  });

  it("refuses an item above the smallest cap it counts against, at costPerItem", () => {
    const { problems, at } = check("31");
    expect(problems).toEqual<Problem[]>([
      {
        ...at,
        message:
          'costPerItem 31.00 EUR is above the cap budget.perWorkflow.daily-social of 30.00 EUR in guardrails.yaml: no item of "daily-social" could ever be planned',
        hint: "lower costPerItem to at most 30.00 EUR, or raise budget.perWorkflow.daily-social in guardrails.yaml",
      },
    ]);
  });

  it("names the weekly, monthly or campaign cap when that is the smallest", () => {
    const weekly = check("45", { budget: { perWorkflow: {} } }).problems;
    expect(weekly.map((p) => p.hint)).toEqual([
      "lower costPerItem to at most 40.00 EUR, or raise budget.weekly in guardrails.yaml",
    ]);
    const monthly = check("45", { budget: { perWorkflow: {}, weekly: undefined, monthly: 44 } }).problems;
    expect(monthly.map((p) => p.hint)).toEqual([
      "lower costPerItem to at most 44.00 EUR, or raise budget.monthly in guardrails.yaml",
    ]);
    const campaign = check("25", { budget: { perCampaign: { "loopcast-launch": 20 } } }).problems;
    expect(campaign.map((p) => p.hint)).toEqual([
      "lower costPerItem to at most 20.00 EUR, or raise budget.perCampaign.loopcast-launch in guardrails.yaml",
    ]);
  });

  it("leaves a workflow without paid spend, and a configuration without caps, alone", () => {
    expect(check("0").problems).toEqual([]);
    expect(
      check("500", { budget: { weekly: undefined, monthly: undefined, perWorkflow: {}, perCampaign: {} } })
        .problems,
    ).toEqual([]);
  });

  it("counts the LLM tokens an item reserves beside its paid spend", () => {
    // 1,000 tokens at 2.00 EUR per 1,000: an item of costPerItem 29 reserves 31.00 EUR.
    const openai = { generator: { provider: "openai", model: "m", maxTokens: 1000 } } as Partial<Strategy>;
    const { problems } = check("29", { strategy: openai, budget: { prices: { per1kTokens: 2 } } });
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [
        'one item of "daily-social" reserves 31.00 EUR (costPerItem 29.00 EUR plus 2.00 EUR of LLM tokens), above the cap budget.perWorkflow.daily-social of 30.00 EUR in guardrails.yaml: none could ever be planned',
        "lower costPerItem to at most 28.00 EUR, or raise budget.perWorkflow.daily-social in guardrails.yaml",
      ],
    ]);
  });
});
