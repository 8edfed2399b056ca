// The validators are compiled ahead of time (scripts/gen-validators.ts). Ajv's standalone code must report
// exactly what Ajv compiling the same schemas at run time reports, errors, `schema` and `parentSchema`
// included, because the Problems `validate` prints are built from them.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { ErrorObject, ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAjv, readSchemas } from "../../scripts/gen-validators.ts";
import { type SchemaName, validator } from "./schemas.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
type Schema = Record<string, unknown>;

async function yaml(file: string): Promise<unknown> {
  return parse(await readFile(join(ROOT, "marketing", file), "utf8"));
}

/** Valid documents to start from: the shipped example configuration. */
async function examples(): Promise<Partial<Record<string, unknown[]>>> {
  const guardrails = (await yaml("guardrails.yaml")) as { voice: unknown };
  const workflows = (await readdir(join(ROOT, "marketing/workflows"))).sort();
  return {
    strategy: [await yaml("strategy.yaml")],
    guardrails: [guardrails],
    voiceRules: [guardrails.voice],
    benchmarks: [await yaml("benchmarks.yaml")],
    workflow: await Promise.all(workflows.map((f) => yaml(`workflows/${f}`))),
  };
}

/**
 * A document shaped after the schema, every property filled in; one per branch of a top-level oneOf/anyOf
 * (one per ledger event type, say). Not necessarily valid (patterns get "x"), but deep enough that the
 * errors come from inside the branches.
 */
function skeletons(root: Schema, all: Map<string, Schema>): unknown[] {
  const resolve = (s: Schema, base: Schema): [Schema, Schema] => {
    const ref = s.$ref as string | undefined;
    if (!ref) return [s, base];
    if (ref.startsWith("#/")) {
      const target = ref
        .slice(2)
        .split("/")
        .reduce<Schema>((n, k) => n[k] as Schema, base);
      return resolve(target, base);
    }
    const other = [...all.values()].find((o) => (o.$id as string).endsWith(`/${ref}`));
    if (!other) throw new Error(`unresolved $ref ${ref}`);
    return resolve(other, other);
  };
  const build = (schemaIn: Schema, baseIn: Schema, depth: number): unknown => {
    const [s, base] = resolve(schemaIn, baseIn);
    if ("const" in s) return s.const;
    if (Array.isArray(s.enum)) return s.enum[0];
    const branch = ((s.oneOf ?? s.anyOf) as Schema[] | undefined)?.[0];
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    if (type === "object" || s.properties) {
      const fromBranch = branch ? build(branch, base, depth) : undefined;
      const out = (fromBranch && typeof fromBranch === "object" ? fromBranch : {}) as Record<string, unknown>;
      if (depth > 6) return out;
      for (const [k, p] of Object.entries((s.properties ?? {}) as Record<string, Schema | boolean>))
        if (typeof p === "object") out[k] = build(p, base, depth + 1);
      return out;
    }
    if (type === "array") return s.items && depth <= 6 ? [build(s.items as Schema, base, depth + 1)] : [];
    if (type === "string")
      return s.format === "date-time"
        ? "2026-03-02T09:00:00Z"
        : s.format === "date"
          ? "2026-03-02"
          : s.format === "uri"
            ? "https://example.com/a"
            : "x";
    if (type === "number" || type === "integer") return (s.minimum as number | undefined) ?? 1;
    if (type === "boolean") return true;
    return branch ? build(branch, base, depth) : null;
  };
  const branches = (root.oneOf ?? root.anyOf) as Schema[] | undefined;
  if (!branches) return [build(root, root, 0)];
  return branches.map((b) => {
    const { oneOf: _o, anyOf: _a, ...rest } = root;
    return { ...(build(rest, root, 0) as object), ...(build(b, root, 0) as object) };
  });
}

/** Every document one edit away: each value of the wrong type, emptied, negative or removed; a stray key. */
function mutations(doc: unknown): unknown[] {
  const out: unknown[] = [];
  type Node = Record<string | number, unknown>;
  const edit = (path: Array<string | number>, change: (parent: Node, key: string | number) => void) => {
    const copy = structuredClone(doc) as Node;
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k] as Node;
    change(parent, path[path.length - 1] as string | number);
    out.push(copy);
  };
  const set = (path: Array<string | number>, value: unknown) =>
    edit(path, (parent, key) => {
      parent[key] = value;
    });
  const walk = (node: unknown, path: Array<string | number>) => {
    if (path.length) {
      const replacements = Array.isArray(node)
        ? [{}, []]
        : node && typeof node === "object"
          ? [[]]
          : typeof node === "string"
            ? [42, ""]
            : typeof node === "number"
              ? ["42", -1.5]
              : ["42"];
      for (const value of replacements) set(path, value);
      edit(path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      });
    }
    if (!node || typeof node !== "object") return;
    if (!Array.isArray(node)) set([...path, "bogus"], true);
    for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
  };
  walk(doc, []);
  return out;
}

function outcome(
  fn: ValidateFunction,
  doc: unknown,
): { valid: boolean; errors: ErrorObject[] | null | undefined } {
  const valid = fn(doc);
  return { valid, errors: fn.errors };
}

describe("precompiled validators", () => {
  it("report exactly what Ajv compiling the schemas now reports, for every one-edit variant of the examples", async () => {
    const schemas = await readSchemas();
    const fresh = createAjv({ source: false });
    for (const s of schemas.values()) fresh.addSchema(s);
    const valid = await examples();
    const keywords = new Set<string>();
    const mismatches: unknown[] = [];
    for (const [name, schema] of schemas) {
      const compiled = fresh.getSchema(schema.$id);
      if (!compiled) throw new Error(`${name}: not compiled`);
      const docs = [
        null,
        [],
        "x",
        {},
        { bogus: 1 },
        ...(valid[name] ?? []),
        ...skeletons(schema as Schema, schemas as Map<string, Schema>),
      ];
      let invalid = 0;
      for (const doc of [...docs, ...docs.flatMap(mutations)]) {
        const want = outcome(compiled, doc);
        const got = outcome(validator(name as SchemaName), doc);
        if (!want.valid) invalid++;
        for (const e of want.errors ?? []) keywords.add(e.keyword);
        if (!isDeepStrictEqual(got, want)) mismatches.push({ schema: name, doc, got, want });
      }
      expect(invalid, `${name}: too few invalid documents to compare`).toBeGreaterThan(20);
    }
    expect(mismatches.slice(0, 1)).toEqual([]);
    // The documents reach every kind of error the Problems are built from.
    expect([...keywords].sort()).toEqual(
      expect.arrayContaining([
        "additionalProperties",
        "required",
        "enum",
        "const",
        "type",
        "pattern",
        "minimum",
        "minLength",
        "format",
        "discriminator",
        "oneOf",
      ]),
    );
  });

  it("carry the schema in their errors, where the hints come from", () => {
    const fn = validator("workflow");
    expect(fn({ id: "x", bogus: 1 })).toBe(false);
    const extra = fn.errors?.find((e) => e.keyword === "additionalProperties");
    expect(extra?.parentSchema).toMatchObject({
      properties: expect.objectContaining({ format: expect.anything() }),
    });
  });
});
