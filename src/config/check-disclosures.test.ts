// Required disclosures name channels and workflows by id; validate refuses an id that names nothing, at it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../errors.ts";
import { checkDisclosures } from "./check-disclosures.ts";
import { loadConfig } from "./load.ts";
import { validateSource } from "./schemas.ts";
import type { Config, Guardrails } from "./types.ts";
import { parseYaml } from "./yaml-source.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;
const FILE = "marketing/guardrails.yaml";

let example: Config;
beforeAll(async () => {
  const { config, problems } = await loadConfig(EXAMPLE);
  expect(problems).toEqual([]);
  example = config as Config;
});

function check(lines: string[]) {
  const text = ["version: 1", "voice:", "  requiredDisclosures:", ...lines, ""].join("\n");
  const { source } = parseYaml(FILE, text);
  if (!source) throw new Error("the test's YAML does not parse");
  const schema = validateSource("guardrails", source);
  const sources = new Map(example.sources);
  sources.set("guardrails.yaml", source);
  const problems = checkDisclosures({ ...example, guardrails: source.data as Guardrails, sources });
  const at = (needle: string) => {
    const line = text.split("\n").findIndex((l) => l.includes(needle));
    return { file: FILE, line: line + 1, column: (text.split("\n")[line] as string).indexOf(needle) + 1 };
  };
  return { schema, problems, at };
}

describe("required disclosures", () => {
  it("accept entries by channel, by workflow, for paid items, and combined", () => {
    const { schema, problems } = check([
      '    - { channels: [newsletter], text: "Unsubscribe any time." }',
      '    - { workflows: [weekly-blog], text: "Written with Loopcast." }',
      '    - { paid: true, text: "#ad" }',
      '    - { channels: [mastodon], paid: true, text: "Sponsored" }',
    ]);
    expect(schema).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("refuse an unknown workflow or channel, at its id, with the nearest known one", () => {
    const { schema, problems, at } = check([
      '    - { workflows: [weekly-blogg], text: "#ad" }',
      '    - { channels: [newsleter, mastodon], text: "Unsubscribe" }',
      '    - { workflows: [summer-promo], text: "Promo" }',
    ]);
    expect(schema).toEqual([]);
    expect(problems).toEqual<Problem[]>([
      {
        ...at("weekly-blogg"),
        message: 'unknown workflow "weekly-blogg" in the disclosure "#ad"',
        hint: 'did you mean "weekly-blog"?',
      },
      {
        ...at("newsleter"),
        message: 'unknown channel "newsleter" in the disclosure "Unsubscribe"',
        hint: 'did you mean "newsletter"?',
      },
      {
        ...at("summer-promo"),
        message: 'unknown workflow "summer-promo" in the disclosure "Promo"',
        hint: "known workflows: daily-social, weekly-blog, weekly-newsletter; a workflow's id is its file name in workflows/",
      },
    ]);
  });

  it("are refused by the schema when they say of no item that it must carry the text", () => {
    const { schema, at } = check(['    - { text: "#ad", severity: warning }']);
    expect(schema).toEqual<Problem[]>([
      {
        ...at("{ text"),
        message:
          "voice.requiredDisclosures.0: A required disclosure needs channels, workflows or paid: true, to say which items must carry it.",
        hint: expect.stringMatching(/^Text that some items must contain\./) as unknown as string,
      },
    ]);
    expect(check(['    - { paid: false, text: "#ad" }']).schema.map((p) => p.message)).toEqual([
      "voice.requiredDisclosures.0.paid must be true",
    ]);
  });
});
