// Routing and request validation against GitHub's official OpenAPI description (the committed
// extract in test/fixtures/github-openapi.json, see scripts/extract-github-openapi.ts):
// openapi-backend routes by operationId and validates requests. Responses are checked against the
// same document by response-validator.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import addFormatsModule from "ajv-formats";
import { type Document, OpenAPIBackend } from "openapi-backend";

export const FIXTURE_PATH = join(import.meta.dirname, "..", "fixtures", "github-openapi.json");

// ajv-formats is CommonJS; depending on the loader the plugin is the default export or its `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: unknown) => unknown;

type AjvLike = { addFormat: (name: string, format: unknown) => unknown };

/**
 * Formats GitHub's description uses: `date-time`/`uri`/… are checked for real (ajv-formats), and
 * GitHub's own names get a meaning instead of an "unknown format" warning per schema.
 */
export function addGitHubFormats(ajv: unknown): void {
  addFormats(ajv);
  (ajv as AjvLike).addFormat("repo.nwo", /^[^/\s]+\/[^/\s]+$/);
  (ajv as AjvLike).addFormat("timestamp", { type: "number", validate: () => true });
}

let cachedDocument: Document | undefined;

/**
 * OpenAPI 3.0 allows `nullable: true` beside `oneOf`/`allOf`/`anyOf` without a `type` (GitHub uses
 * it, e.g. a commit's `author`), but Ajv refuses to compile that. Rewrites such a schema to the
 * equivalent `anyOf: [<schema>, { type: "null" }]`; schemas with a `type` are left to Ajv's own
 * `nullable` support (plus null added to nullable enums, see below).
 */
export function rewriteUntypedNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteUntypedNullable);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = rewriteUntypedNullable(value);
  // GitHub answers null for nullable enums (e.g. an open issue's `state_reason`), but Ajv applies
  // `enum` after `nullable`, so null has to be one of the values.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === undefined && !("$ref" in out)) {
    const { nullable: _nullable, description, title, ...rest } = out;
    return {
      ...(description ? { description } : {}),
      ...(title ? { title } : {}),
      anyOf: [rest, { type: "null" }],
    };
  }
  return out;
}

/** The fixture, read and adapted once per process (openapi-backend dereferences its own copy). */
export function loadDescription(): Document {
  cachedDocument ??= rewriteUntypedNullable(JSON.parse(readFileSync(FIXTURE_PATH, "utf8"))) as Document;
  return structuredClone(cachedDocument);
}

let sharedBackend: Promise<OpenAPIBackend> | undefined;

/**
 * One backend per process, shared by every fake: it holds no request state, and its validators are
 * compiled lazily on first use (~100 ms for the pull-request schema), so sharing keeps a suite that
 * starts a fake per test fast.
 */
export function getSharedBackend(): Promise<OpenAPIBackend> {
  sharedBackend ??= createBackend();
  return sharedBackend;
}

export async function createBackend(): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: loadDescription(),
    // quick: no validation of the document itself and lazily compiled validators (~10 ms to start).
    quick: true,
    strict: true,
    coerceTypes: true,
    customizeAjv: (ajv) => {
      addGitHubFormats(ajv);
      return ajv;
    },
  });
  await api.init();
  return api;
}

// Path parameters that hold slashes (refs, file paths, branch names). Octokit escapes them
// (`heads%2Fmain`), but GitHub also accepts them raw; re-escaping lets the router match either.
const GREEDY_PATHS: RegExp[] = [
  /^(\/repos\/[^/]+\/[^/]+\/git\/refs?\/)(.+)$/,
  /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)$/,
  /^(\/repos\/[^/]+\/[^/]+\/branches\/)(.+)$/,
  /^(\/repos\/[^/]+\/[^/]+\/commits\/)(.+)(\/(?:status|check-runs))$/,
];

export function normalizeGreedyPath(path: string): string {
  for (const pattern of GREEDY_PATHS) {
    const match = pattern.exec(path);
    if (match) {
      const [, prefix, rest, suffix = ""] = match as unknown as [string, string, string, string?];
      return `${prefix}${rest.split("/").join("%2F")}${suffix}`;
    }
  }
  return path;
}

export interface SchemaError {
  instancePath?: string;
  message?: string;
  params?: unknown;
}

/** One readable line per ajv error, e.g. `/requestBody must have required property 'head'`. */
export function describeErrors(errors: SchemaError[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ");
}
