// The validators for every schema in schemas/, and the translation of Ajv's errors into Problems that name
// the place in the YAML and say how to fix it (the schema's own descriptions are the hints).
import type { ErrorObject, ValidateFunction } from "ajv";
import { closest } from "../core/closest.ts";
import type { Problem } from "../errors.ts";
// Compiled ahead of time by scripts/gen-validators.ts (npm run gen:types): compiling them here at
// start-up took about 170 ms of every command.
import { validators } from "../schema-validators/validators.generated.js";
import type { YamlSource } from "./yaml-source.ts";

/** One per file in schemas/, camel-cased: "ledger-event.schema.json" → "ledgerEvent". */
export type SchemaName = keyof typeof validators;

export function validator(name: SchemaName): ValidateFunction {
  // Standalone code has Ajv's call and `errors` (verbose: with `schema` and `parentSchema`), but not the
  // `schema`/`schemaEnv` properties of a function Ajv compiled at run time; nothing reads those.
  return validators[name] as unknown as ValidateFunction;
}

/** Validates YAML data against a schema and returns one Problem per distinct error, positioned in the file. */
export function validateSource(name: SchemaName, source: YamlSource): Problem[] {
  const fn = validator(name);
  if (fn(source.data)) return [];
  return dedupe((fn.errors ?? []).filter((e) => !isNoise(e)).map((e) => toProblem(e, source)));
}

// oneOf/anyOf wrappers repeat what their branches already said; keep the specific errors.
function isNoise(e: ErrorObject): boolean {
  return e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if";
}

function pointerToPath(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function where(path: string[]): string {
  return path.length ? path.join(".") : "the file";
}

function toProblem(e: ErrorObject, source: YamlSource): Problem {
  const path = pointerToPath(e.instancePath);
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  const base = { file: source.file, ...source.position(path) };
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const near = closest(key, known);
      return {
        ...base,
        ...source.keyPosition(path, key),
        message: `unknown property "${key}" in ${where(path)}`,
        hint: near ? `did you mean "${near}"?` : `allowed here: ${known.join(", ") || "nothing"}`,
      };
    }
    case "required": {
      const missing = String(e.params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, { description?: string }> }).properties;
      return {
        ...base,
        message: `missing required property "${missing}" in ${where(path)}`,
        hint: props?.[missing]?.description ?? `add "${missing}"`,
      };
    }
    case "enum":
      return {
        ...base,
        message: `${where(path)} must be one of: ${(e.params.allowedValues as unknown[]).join(", ")}`,
        hint: description,
      };
    case "const":
      return {
        ...base,
        message: `${where(path)} must be ${JSON.stringify(e.params.allowedValue)}`,
        hint: description,
      };
    case "not":
      // A `not` clause carries its own description of what it forbids.
      return {
        ...base,
        message: `${where(path)}: ${(e.schema as { description?: string }).description ?? "is not allowed here"}`,
        hint: description,
      };
    case "discriminator":
      return {
        ...base,
        message: `${where(path)}: ${e.message}`,
        hint: description ?? "set `type` to one of the documented kinds",
      };
    default:
      return { ...base, message: `${where(path)} ${e.message}`, hint: description };
  }
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Re-exported from where it lives, for the checks that import it from here.
export { closest };
