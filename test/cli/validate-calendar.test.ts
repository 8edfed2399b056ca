// `loopcast validate` on calendars people have: a holiday country date-holidays does not know, an impossible
// yearly date and a costPerItem above a budget cap, each refused at file:line:col with a hint.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";

const HOLIDAYS = '    - { holidays: { country: XX }, reason: "public holidays" }';

describe("loopcast validate: blackouts, holidays and costs", () => {
  it("refuses an unknown holiday country, an impossible date and a costPerItem above a cap; accepts them fixed", async () => {
    const repo = await tempRepo();
    const guardrails = join(repo.dir, "marketing/guardrails.yaml");
    const social = join(repo.dir, "marketing/workflows/daily-social.yaml");
    const original = await readFile(guardrails, "utf8");
    await writeFile(
      guardrails,
      original
        .replace('"12-26", "01-01"]', '"12-26", "01-01", "02-30"]')
        .replace(
          '    - { days: [sun], reason: "no marketing on Sundays" }\n',
          `    - { days: [sun], reason: "no marketing on Sundays" }\n${HOLIDAYS}\n`,
        ),
    );
    await writeFile(social, (await readFile(social, "utf8")).replace("costPerItem: 0", "costPerItem: 45"));

    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const lines = (await readFile(guardrails, "utf8")).split("\n");
    const holidays = lines.indexOf(HOLIDAYS) + 1;
    const dates = lines.findIndex((l) => l.includes('"02-30"')) + 1;
    const cost =
      (await readFile(social, "utf8")).split("\n").findIndex((l) => l.startsWith("costPerItem")) + 1;
    expect(r.stdout).toContain(
      `marketing/guardrails.yaml:${holidays}:${HOLIDAYS.indexOf("XX") + 1}  date-holidays knows no country "XX"\n` +
        "    hint: use the country's ISO 3166-1 alpha-2 code, e.g. PT (Portugal), DE (Germany), GB (United Kingdom), US (United States)",
    );
    expect(r.stdout).toContain(
      `marketing/guardrails.yaml:${dates}:${(lines[dates - 1] as string).indexOf('"02-30"') + 1}  "02-30" is not a calendar date: February has at most 29 days\n` +
        '    hint: write YYYY-MM-DD for one day ("2026-12-24") or MM-DD for the same day every year ("12-25")',
    );
    expect(r.stdout).toContain(
      `marketing/workflows/daily-social.yaml:${cost}:14  costPerItem 45.00 EUR is above the cap budget.perWorkflow.daily-social of 30.00 EUR in guardrails.yaml: no item of "daily-social" could ever be planned\n` +
        "    hint: lower costPerItem to at most 30.00 EUR, or raise budget.perWorkflow.daily-social in guardrails.yaml",
    );
    expect(r.stdout).toContain("\n3 problem(s) found.");

    // Portugal's holidays, a date that exists and a cost under the caps: valid.
    await writeFile(
      guardrails,
      (await readFile(guardrails, "utf8")).replace("country: XX", "country: PT").replace(', "02-30"]', "]"),
    );
    await writeFile(social, (await readFile(social, "utf8")).replace("costPerItem: 45", "costPerItem: 12"));
    const ok = await loopcast(["validate"], { cwd: repo.dir });
    expect(ok.stdout).toMatch(/configuration is valid/);
    expect(ok.code).toBe(0);
  });
});
