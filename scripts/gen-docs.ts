// Writes docs/configuration.md from the JSON Schemas, so the reference never drifts from what
// `loopcast validate` enforces. `--check` exits 1 when the file is stale (used by tests).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CHANNEL_KINDS, type ChannelType } from "../src/channels/catalogue.ts";

const root = new URL("..", import.meta.url).pathname;
const FILES: Array<[string, string]> = [
  ["strategy", "marketing/strategy.yaml"],
  ["workflow", "marketing/workflows/<id>.yaml"],
  ["guardrails", "marketing/guardrails.yaml"],
  ["voice-rules", "marketing/guardrails.yaml → voice"],
  ["benchmarks", "marketing/benchmarks.yaml"],
];

type Schema = Record<string, unknown> & {
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  definitions?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  oneOf?: Schema[];
};

function typeOf(s: Schema, defs: Record<string, Schema>): string {
  if (s.$ref?.startsWith("#/definitions/")) return typeOf(defs[s.$ref.slice(14)] ?? {}, defs);
  if (s.$ref) return `see ${s.$ref.replace(".schema.json", "")}`;
  if (Array.isArray(s.enum)) return s.enum.map((v) => `\`${v}\``).join(" \\| ");
  if ("const" in s) return `\`${JSON.stringify(s.const)}\``;
  if (s.type === "array") return `list of ${s.items ? typeOf(s.items, defs) : "values"}`;
  if (s.oneOf) return "one of the kinds below";
  return String(s.type ?? "object");
}

function rows(s: Schema, defs: Record<string, Schema>, prefix: string, out: string[]): void {
  const resolved = s.$ref?.startsWith("#/definitions/") ? (defs[s.$ref.slice(14)] ?? s) : s;
  for (const [key, prop] of Object.entries(resolved.properties ?? {})) {
    if (typeof prop !== "object") continue;
    const target = prop.$ref?.startsWith("#/definitions/") ? (defs[prop.$ref.slice(14)] ?? prop) : prop;
    const name = `${prefix}${key}`;
    const required = resolved.required?.includes(key) ? "yes" : "";
    const description = (prop.description ?? target.description ?? "")
      .replace(/\|/g, "\\|")
      .replace(/\n/g, " ");
    out.push(`| \`${name}\` | ${typeOf(prop, defs)} | ${required} | ${description} |`);
    if (target.properties) rows(target, defs, `${name}.`, out);
    if (target.type === "array" && target.items) {
      const item = target.items.$ref?.startsWith("#/definitions/")
        ? defs[target.items.$ref.slice(14)]
        : target.items;
      if (item?.properties) rows(item, defs, `${name}[].`, out);
    }
  }
}

/**
 * One section per channel kind, in the order of the schema's `channel` branches, after a table of what
 * each kind is (src/channels/catalogue.ts). A new kind needs no line here.
 */
function channelSections(defs: Record<string, Schema>, out: string[]): void {
  out.push(
    "",
    "### Channel kinds",
    "",
    "| type | default maxLength | can be taken back | a retry never publishes twice |",
    "|---|---|---|---|",
  );
  const branches = (defs.channel?.oneOf ?? []).map((branch) => {
    const ref = branch.$ref ?? "";
    const def = ref.startsWith("#/definitions/") ? defs[ref.slice(14)] : undefined;
    const type = (def?.properties?.type as { const?: unknown } | undefined)?.const;
    if (!def || typeof type !== "string" || !(type in CHANNEL_KINDS)) {
      throw new Error(
        `schemas/strategy.schema.json: channel branch ${ref} has no type that src/channels/catalogue.ts knows`,
      );
    }
    return { type: type as ChannelType, def };
  });
  for (const { type } of branches) {
    const kind = CHANNEL_KINDS[type];
    const yes = (v: boolean) => (v ? "yes" : "no");
    out.push(`| \`${type}\` | ${kind.maxLength} | ${yes(kind.reversible)} | ${yes(kind.idempotent)} |`);
  }
  for (const { type, def } of branches) {
    out.push(
      "",
      `### channels[] with type ${type}`,
      "",
      "| key | type | required | meaning |",
      "|---|---|---|---|",
    );
    rows(def, defs, "", out);
  }
}

export async function render(): Promise<string> {
  const parts = [
    "# Configuration reference",
    "",
    "Generated from `schemas/*.schema.json` by `npm run gen:docs`; do not edit by hand.",
    "Every file is checked by `loopcast validate`, which reports each problem as `file:line:col` with a hint.",
  ];
  for (const [name, file] of FILES) {
    const schema = JSON.parse(await readFile(join(root, `schemas/${name}.schema.json`), "utf8")) as Schema;
    const defs = schema.definitions ?? {};
    parts.push(
      "",
      `## ${file}`,
      "",
      schema.description ?? "",
      "",
      "| key | type | required | meaning |",
      "|---|---|---|---|",
    );
    rows(schema, defs, "", parts);
    if (name === "strategy") channelSections(defs, parts);
  }
  return `${parts.join("\n")}\n`;
}

if (import.meta.main) {
  const path = join(root, "docs/configuration.md");
  const text = await render();
  if (process.argv.includes("--check")) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== text) {
      console.error("docs/configuration.md is stale: run npm run gen:docs");
      process.exit(1);
    }
  } else await writeFile(path, text);
}
