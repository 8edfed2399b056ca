// Writes src/schema-validators/validators.generated.js (+ .d.ts): every schema in schemas/ compiled ahead
// of time with Ajv's standalone code, one named export per schema (strategy, ledgerEvent, …) and
// `validators` holding them all. Compiling at start-up cost about 170 ms of every command; importing the
// generated module costs about 15. Run through `npm run gen:types` (scripts/gen-types.ts), whose `--check`
// and test/meta/schemas.test.ts catch a stale file; src/config/schemas.test.ts checks that its errors are
// Ajv's own.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";

const root = new URL("..", import.meta.url).pathname;
const schemaDir = join(root, "schemas");
export const VALIDATORS_JS = join(root, "src/schema-validators/validators.generated.js");
export const VALIDATORS_DTS = join(root, "src/schema-validators/validators.generated.d.ts");

const BANNER =
  "/* Generated from schemas/*.schema.json by scripts/gen-validators.ts. Do not edit: change the schema and run npm run gen:types. */";

/**
 * The one Ajv configuration for Loopcast's schemas. `verbose` puts `schema` and `parentSchema` into every
 * error: src/config/schemas.ts takes its hints from the schema's descriptions. The generator compiles with
 * it; the test that keeps the generated code honest compiles with it too (`source: false`).
 */
export function createAjv({ source }: { source: boolean }): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    ...(source ? { code: { source: true, esm: true, lines: true } } : {}),
  });
  // ajv-formats ships as CommonJS; its default export is the plugin function.
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv;
}

/** schemas/<file>.schema.json, keyed by the export name: "ledger-event" → "ledgerEvent". */
export async function readSchemas(): Promise<Map<string, { $id: string }>> {
  const out = new Map<string, { $id: string }>();
  for (const file of (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json")).sort()) {
    const name = file.replace(/\.schema\.json$/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out.set(name, JSON.parse(await readFile(join(schemaDir, file), "utf8")));
  }
  return out;
}

export async function generateValidators(): Promise<Map<string, string>> {
  const schemas = await readSchemas();
  const ajv = createAjv({ source: true });
  for (const schema of schemas.values()) ajv.addSchema(schema);
  const refs = Object.fromEntries([...schemas].map(([name, s]) => [name, s.$id]));
  // The CommonJS module is the function, and carries itself as `.default` for TypeScript's view of it.
  const code = esmImports(standaloneCode.default(ajv, refs));
  const names = [...schemas.keys()];
  const dts = [
    BANNER,
    'import type { ErrorObject } from "ajv";',
    "",
    "/** Ajv's ValidateFunction as standalone code has it: a call and `errors`, no `schema` or `schemaEnv`. */",
    "export interface PrecompiledValidator {",
    "  (data: unknown): boolean;",
    "  errors?: ErrorObject[] | null;",
    "}",
    "",
    ...names.map((name) => `export declare const ${name}: PrecompiledValidator;`),
    "",
    "/** Every validator by name, for lookups by a name held in a variable. */",
    "export declare const validators: {",
    ...names.map((name) => `  ${name}: PrecompiledValidator;`),
    "};",
    "",
  ].join("\n");
  const map = `export const validators = { ${names.join(", ")} };`;
  return new Map([
    [VALIDATORS_JS, `${BANNER}\n${code}\n${map}\n`],
    [VALIDATORS_DTS, dts],
  ]);
}

/**
 * Ajv's `esm` output still reaches its runtime helpers (and ajv-formats its formats) through `require(…)`,
 * which an ES module, and the esbuild bundle in dist/, do not have; so each becomes an import.
 * `require("m").name` becomes a named import. `require("m").default` (Ajv's helpers are CommonJS compiled
 * from TypeScript, with `__esModule`) becomes a default import unwrapped by `esDefault`: Node hands an ES
 * module `module.exports` itself, while Vitest and bundlers may already have unwrapped it.
 */
function esmImports(code: string): string {
  const imports = new Map<string, string>();
  let unwrap = false;
  const body = code.replace(/require\("([^"]+)"\)\.(\w+)/g, (_, spec: string, name: string) => {
    const from = spec.replace(/(\.js)?$/, ".js");
    const local = `${spec.replace(/.*\//, "").replace(/\W/g, "_")}_${name}`;
    if (name !== "default") {
      imports.set(local, `import { ${name} as ${local} } from "${from}";`);
      return local;
    }
    imports.set(local, `import ${local} from "${from}";`);
    unwrap = true;
    return `esDefault(${local})`;
  });
  if (body.includes("require(")) throw new Error("gen-validators: a require() is left in the generated code");
  const head = [...imports.values()];
  if (unwrap) head.push("function esDefault(m) {", "  return m?.__esModule ? m.default : m;", "}");
  // An ES module is strict already; the imports take the place of Ajv's "use strict".
  return body.replace(/^"use strict";\n?/, `${head.join("\n")}\n`);
}
