// Extracts the GitHub REST operations Loopcast calls from GitHub's official OpenAPI description
// (`@octokit/openapi`, ~385 MB unpacked) into a small, committed test fixture that the fake GitHub
// (test/fake-github) routes and validates with. The big package stays out of the project's install:
//
//   npm install --prefix /tmp/octokit-openapi @octokit/openapi
//   node scripts/extract-github-openapi.ts /tmp/octokit-openapi/node_modules/@octokit/openapi/generated/api.github.com.json
//
// Output is deterministic (keys sorted at every level, arrays kept in order), so re-running it on the
// same package version produces a byte-identical file and a version bump produces a readable diff.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The operations Loopcast's GitHub forge sends; the fake answers 404 (and records it) to anything else. */
export const OPERATION_IDS = [
  "repos/get",
  "repos/get-branch",
  "pulls/list",
  "pulls/create",
  "pulls/get",
  "pulls/update",
  "pulls/merge",
  "pulls/list-commits",
  "pulls/list-reviews",
  "pulls/list-files",
  "issues/create",
  "issues/update",
  "issues/get",
  "issues/list-for-repo",
  "issues/add-labels",
  "issues/remove-label",
  "issues/create-comment",
  "issues/list-comments",
  "repos/create-commit-status",
  "repos/get-combined-status-for-ref",
  "checks/list-for-ref",
  "git/delete-ref",
  "git/get-ref",
  "rate-limit/get",
  "apps/create-installation-access-token",
  "repos/get-content",
] as const;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Recursively sorts object keys so the output does not depend on the source's key order. */
export function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] as Json);
  return out;
}

/**
 * Media-type `examples`/`example` are documentation only: nothing routes or validates with them, and
 * they are most of the size (whole pull requests, repeated per operation). Dropping them keeps the
 * fixture small; every schema, parameter, response and header is kept as published.
 */
function stripExamples(value: Json, parentKey = ""): Json {
  if (Array.isArray(value)) return value.map((item) => stripExamples(item));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    // Inside `properties` the keys are field names, so a field called "example" is kept.
    if ((key === "examples" || key === "example") && parentKey !== "properties") continue;
    out[key] = stripExamples(child, key);
  }
  return out;
}

function collectRefs(value: Json, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string") found.add(child);
    else collectRefs(child, found);
  }
}

function resolvePointer(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/components/")) {
    throw new Error(`Unsupported $ref "${ref}": only local #/components/... references are extracted.`);
  }
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split("/")) {
    const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    node = isObject(node) ? node[part] : undefined;
  }
  if (node === undefined) throw new Error(`Dangling $ref "${ref}" in the source description.`);
  return node;
}

export interface ExtractOptions {
  operationIds: readonly string[];
  packageVersion: string;
  keepExamples?: boolean;
}

/** Pure: source description in, fixture out. Throws when an operation is missing from the source. */
export function extract(source: JsonObject, options: ExtractOptions): JsonObject {
  const wanted = new Set(options.operationIds);
  const paths: JsonObject = {};
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(source.paths as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op) || typeof op.operationId !== "string" || !wanted.has(op.operationId)) continue;
      if (item.parameters !== undefined) {
        throw new Error(`Path ${path} has path-level parameters; teach the extractor to copy them.`);
      }
      seen.add(op.operationId);
      const kept = options.keepExamples ? op : stripExamples(op);
      paths[path] = { ...(isObject(paths[path]) ? paths[path] : {}), [method]: kept };
    }
  }
  const missing = options.operationIds.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw new Error(`Operations not found in the source description: ${missing.join(", ")}. Check the ids.`);
  }

  // Transitive closure over #/components/<kind>/<name> references.
  const components: Record<string, JsonObject> = {};
  const pending = new Set<string>();
  collectRefs(paths, pending);
  const done = new Set<string>();
  while (pending.size > 0) {
    const ref = pending.values().next().value as string;
    pending.delete(ref);
    if (done.has(ref)) continue;
    done.add(ref);
    const [, , kind, name] = ref.split("/") as [string, string, string, string];
    const raw = resolvePointer(source, ref);
    const entry = options.keepExamples ? raw : stripExamples(raw);
    components[kind] ??= {};
    (components[kind] as JsonObject)[name] = entry;
    const next = new Set<string>();
    collectRefs(entry, next);
    for (const r of next) if (!done.has(r)) pending.add(r);
  }

  const info = {
    ...(source.info as JsonObject),
    "x-extracted": {
      from: `@octokit/openapi@${options.packageVersion} generated/api.github.com.json`,
      by: "scripts/extract-github-openapi.ts",
      examples: options.keepExamples ? "kept" : "dropped",
      operationIds: [...options.operationIds],
    },
  };
  return sortKeys({
    openapi: source.openapi as Json,
    info,
    servers: source.servers as Json,
    paths,
    components,
  }) as JsonObject;
}

function main(argv: string[]): void {
  const args = argv.filter((a) => !a.startsWith("--"));
  const input = args[0];
  if (!input) {
    console.error(
      "Usage: node scripts/extract-github-openapi.ts <path to @octokit/openapi/generated/api.github.com.json> [out] [--keep-examples]\n" +
        "Install the description out of tree first: npm install --prefix /tmp/octokit-openapi @octokit/openapi",
    );
    process.exit(2);
  }
  const out = resolve(args[1] ?? join(import.meta.dirname, "..", "test", "fixtures", "github-openapi.json"));
  const packageJson = JSON.parse(readFileSync(join(dirname(resolve(input)), "..", "package.json"), "utf8"));
  const source = JSON.parse(readFileSync(input, "utf8")) as JsonObject;
  const fixture = extract(source, {
    operationIds: OPERATION_IDS,
    packageVersion: String(packageJson.version),
    keepExamples: argv.includes("--keep-examples"),
  });
  const text = `${JSON.stringify(fixture, null, 1)}\n`;
  writeFileSync(out, text);
  let componentCount = 0;
  for (const kind of Object.values(fixture.components as JsonObject)) {
    componentCount += Object.keys(kind as JsonObject).length;
  }
  console.log(
    `Wrote ${out}: ${OPERATION_IDS.length} operations, ${componentCount} components, ${Buffer.byteLength(text)} bytes ` +
      `(from @octokit/openapi@${packageJson.version}).`,
  );
}

if (import.meta.main) main(process.argv.slice(2));
