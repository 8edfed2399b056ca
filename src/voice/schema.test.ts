import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULTS } from "./compile.ts";

const schemaPath = new URL("../../schemas/voice-rules.schema.json", import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// Strictest settings, so the schema works whatever options the config loader picks.
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

const example = parse(`
bannedTerms:
  - { term: "revolutionary", replacement: "new", severity: error }
  - { term: "synergy", severity: warning }
requiredDisclosures:
  - { channels: [newsletter], text: "You get this email because you subscribed", severity: error }
readingGrade: { max: 9, severity: warning }
length:
  mastodon: { max: 500, severity: error }
  blog: { min: 300, max: 12000 }
exclamations: { max: 1, severity: warning }
emoji: { max: 2, severity: warning }
brandNames: [Loopcast, GitHub, Mastodon, { name: Google Analytics, severity: error }]
passiveVoice: suggestion
jargon: { level: suggestion, ignore: [request] }
`);

describe("schemas/voice-rules.schema.json", () => {
  it("accepts the documented example", () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({})).toBe(true);
  });

  it.each([
    [{ bannedTerms: [{ term: "x", severity: "fatal" }] }, "/bannedTerms/0/severity"],
    [{ bannedTerms: [{ term: "x", replace: "y" }] }, "/bannedTerms/0"],
    [{ length: { mastodon: { severity: "error" } } }, "/length/mastodon"],
    [{ length: { "bad id": { max: 1 } } }, "/length"],
    [{ requiredDisclosures: [{ channels: [], text: "x" }] }, "/requiredDisclosures/0/channels"],
    [{ readingGrade: { severity: "warning" } }, "/readingGrade"],
    [{ emoji: { max: -1 } }, "/emoji/max"],
    [{ brandNames: [{ severity: "error" }] }, "/brandNames/0"],
    [{ passiveVoice: "on" }, "/passiveVoice"],
    [{ jargon: { level: "warning", ignored: [] } }, "/jargon"],
    [{ tone: "friendly" }, ""],
  ])("rejects %j at %s", (rules, path) => {
    expect(validate(rules)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(path);
  });

  it("describes every property, since descriptions become hints in errors and docs", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      // Object.entries walks arrays too (keys "0", "1", ...).
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties" && !path.endsWith("/not")) {
          for (const [name, property] of Object.entries(value as Record<string, { description?: string }>)) {
            if (!property.description) missing.push(`${path}/properties/${name}`);
          }
        }
        walk(value, `${path}/${key}`);
      }
    };
    walk(schema, "#");
    expect(missing).toEqual([]);
  });

  it("states the same defaults the checker applies", () => {
    const definitions = schema.definitions;
    const properties = schema.properties;
    expect({
      bannedTermSeverity: definitions.bannedTerm.properties.severity.default,
      disclosureSeverity: definitions.requiredDisclosure.properties.severity.default,
      readingGradeSeverity: properties.readingGrade.properties.severity.default,
      readingGradeMinWords: properties.readingGrade.properties.minWords.default,
      lengthSeverity: definitions.lengthLimit.properties.severity.default,
      countSeverity: properties.exclamations.properties.severity.default,
      brandNameSeverity: definitions.brandName.properties.severity.default,
    }).toEqual(DEFAULTS);
    expect(properties.emoji.properties.severity.default).toBe(DEFAULTS.countSeverity);
  });
});
