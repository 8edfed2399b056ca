// The JSON Schemas are the single source of truth: generated types and validators must match them, every
// example file must validate against them and point editors at them.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateAll } from "../../scripts/gen-types.ts";
import { loadConfig } from "../../src/config/load.ts";
import { ROOT } from "../helpers/repo.ts";

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await yamlFiles(p)));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

describe("schemas", () => {
  it("generated TypeScript types and validators are current (npm run gen:types)", async () => {
    for (const [path, ts] of await generateAll()) {
      expect(await readFile(path, "utf8"), `${path} is stale: run npm run gen:types`).toBe(ts);
    }
  });

  it("the shipped example configuration is valid", async () => {
    const { problems } = await loadConfig(join(ROOT, "marketing"));
    expect(problems).toEqual([]);
  });

  it("every example YAML file names its schema for editors, and the schema exists", async () => {
    const files = (await yamlFiles(join(ROOT, "marketing"))).filter(
      (f) => !/\/(ledger|metrics|reports)\//.test(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const first = (await readFile(file, "utf8")).split("\n")[0] ?? "";
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, `${file} lacks the yaml-language-server comment`).not.toBeNull();
      expect(existsSync(resolve(dirname(file), m?.[1] ?? "")), `${file} points at a missing schema`).toBe(
        true,
      );
    }
  });

  it("every property in every schema has a description, so hints and docs are never empty", async () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(
        (n.properties as Record<string, Record<string, unknown>>) ?? {},
      )) {
        if (typeof value !== "object") continue; // `false` forbids a property; nothing to describe
        if (!value.description && !value.$ref && !("const" in value)) missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(n))
        if (typeof value === "object") walk(value, `${path}/${key}`);
    };
    for (const name of ["strategy", "workflow", "guardrails", "benchmarks", "voice-rules"]) {
      walk(JSON.parse(await readFile(join(ROOT, `schemas/${name}.schema.json`), "utf8")), name);
    }
    expect(missing).toEqual([]);
  });
});

describe("docs/configuration.md", () => {
  it("is current with the schemas (npm run gen:docs)", async () => {
    const { render } = await import("../../scripts/gen-docs.ts");
    expect(await readFile(join(ROOT, "docs/configuration.md"), "utf8")).toBe(await render());
  });
});
