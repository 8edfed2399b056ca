// Writes src/schema-types/<name>.generated.ts from schemas/<name>.schema.json, so the TypeScript types
// follow the JSON Schemas by construction, and the precompiled validators (scripts/gen-validators.ts).
// `--check` exits 1 when a generated file is stale (used by tests).
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";
import { generateValidators } from "./gen-validators.ts";

const root = new URL("..", import.meta.url).pathname;
const schemaDir = join(root, "schemas");
const outDir = join(root, "src/schema-types");

export async function generateAll(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(await readFile(join(schemaDir, file), "utf8"));
    const name = file.replace(/\.schema\.json$/, "");
    const ts = await compile(schema, schema.title ?? name, {
      cwd: schemaDir,
      bannerComment: `/* Generated from schemas/${file} by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */`,
      additionalProperties: false,
      // Plain arrays read better than [T, ...T[]] tuples; the schema still enforces minItems at runtime.
      ignoreMinAndMaxItems: true,
      style: { singleQuote: false, printWidth: 110 },
    });
    out.set(join(outDir, `${name}.generated.ts`), ts);
  }
  for (const [path, js] of await generateValidators()) out.set(path, js);
  return out;
}

if (import.meta.main) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, ts] of await generateAll()) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current === ts) continue;
    stale++;
    if (check) console.error(`stale: ${path} (run npm run gen:types)`);
    else await writeFile(path, ts);
  }
  if (check && stale) process.exit(1);
  console.log(check ? "generated types and validators are current" : `wrote ${stale} file(s)`);
}
