// Generated text is text. An item's Markdown may hold prose, emphasis, lists, code and links to web pages;
// not raw HTML (a <script>, an <img onerror>), links that run code (javascript:, data:, vbscript:), or
// the tags of static-site templates ({{ … }}, {% … %}, {# … #}: Liquid, Jinja, Nunjucks, Handlebars, Hugo),
// which Jekyll and its kind run before the Markdown is read, code blocks included. The item check refuses
// them (findings); the blog channel neutralises whatever still arrives (an override, an older item), so
// the two use the one detection here.
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Finding } from "../voice/finding.ts";

export type MarkupKind = "html" | "link" | "template";

export interface MarkupHit {
  kind: MarkupKind;
  /** Offsets in the scanned text: [start, end). */
  start: number;
  end: number;
  /** The markup as written, shortened for a message. */
  text: string;
  /** For links: the scheme refused ("javascript:"). */
  scheme?: string;
  /** What the blog writes instead (for html and link hits; template tags are rewritten in place). */
  replacement?: string;
}

const parser = unified().use(remarkParse);

/** Links a reader's browser may follow from a post: web pages and e-mail. Relative links are the site's. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * The opening of a template tag: `{{` (also `{{{`, `{{<`, `{{%`), `{%`, a `{# … #}` comment (a lone `{#`
 * is kramdown's heading id, `## Title {#id}`, and stays), and kramdown's `{:` attribute lists and `{::`
 * extensions, which put attributes such as onclick on the element before them or switch Markdown off.
 */
const TEMPLATE = /\{\{|\{%|\{:|\{#(?=[\s\S]*?#\})/g;

/** Raw HTML, unsafe links and template tags in an item's Markdown body, in text order. */
export function findMarkup(markdown: string): MarkupHit[] {
  const tree = parser.parse(markdown) as Root;
  // A reference (`[click][x]`) is as unsafe as the definition it uses (`[x]: javascript:…`).
  const schemes = new Map<string, string>();
  for (const d of definitions(tree)) {
    const scheme = unsafeScheme(d.url);
    if (scheme && !schemes.has(d.identifier)) schemes.set(d.identifier, scheme);
  }
  const hits: MarkupHit[] = [];
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const source = markdown.slice(start, end);
      const text = short(source);
      if (node.type === "html") {
        hits.push({ kind: "html", start, end, text, replacement: escapeAngles(source) });
      } else if (node.type === "link" || node.type === "image" || node.type === "definition") {
        const scheme = unsafeScheme(node.url);
        if (scheme) hits.push({ kind: "link", start, end, text, scheme, replacement: textOf(node) });
      } else if (node.type === "linkReference" || node.type === "imageReference") {
        const scheme = schemes.get(node.identifier);
        if (scheme) hits.push({ kind: "link", start, end, text, scheme, replacement: textOf(node) });
      }
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return [...hits, ...templateHits(markdown)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Tags and template tags in a plain-text field (a title, a summary): no Markdown is read there. */
export function findMarkupInText(text: string): MarkupHit[] {
  const hits: MarkupHit[] = [];
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*(?:>|$)/g)) {
    hits.push({
      kind: "html",
      start: m.index,
      end: m.index + m[0].length,
      text: short(m[0]),
      replacement: "",
    });
  }
  return [...hits, ...templateHits(text)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The body as the blog publishes it: raw HTML escaped (shown as text), unsafe links replaced by their text,
 * unsafe definitions dropped, and every template tag opened apart (`{{` → `{ {`), so no template engine
 * runs it. Text without markup comes back unchanged.
 */
export function neutraliseMarkdown(markdown: string): string {
  return openTemplateTags(replaceHits(markdown, findMarkup(markdown)));
}

/** A plain-text field as the blog publishes it: tags removed, template tags opened apart. */
export function neutraliseText(text: string): string {
  return openTemplateTags(replaceHits(text, findMarkupInText(text)));
}

/**
 * Error findings for an item: its body (positioned like the voice findings: `lineOffset` lines of front
 * matter before it) and the plain-text fields of its front matter (positioned at their line of `text`).
 */
export function markupFindings(input: {
  text: string;
  body: string;
  lineOffset: number;
  fields: Record<string, string | undefined>;
}): Finding[] {
  const findings: Finding[] = [];
  const starts = [0];
  for (let i = 0; i < input.body.length; i++) if (input.body[i] === "\n") starts.push(i + 1);
  for (const hit of findMarkup(input.body)) {
    let line = starts.length - 1;
    while ((starts[line] as number) > hit.start) line--;
    findings.push(
      finding(hit, input.body, line + 1 + input.lineOffset, hit.start - (starts[line] as number) + 1),
    );
  }
  const lines = input.text.split("\n").slice(0, input.lineOffset);
  for (const [field, value] of Object.entries(input.fields)) {
    if (!value) continue;
    const at = lines.findIndex((l) => l.startsWith(`${field}:`));
    for (const hit of findMarkupInText(value)) {
      const column =
        at >= 0
          ? Math.max((lines[at] as string).indexOf(value.slice(hit.start, hit.end)), field.length + 2) + 1
          : 1;
      findings.push(finding(hit, value, at >= 0 ? at + 1 : 1, column, field));
    }
  }
  return findings;
}

function finding(hit: MarkupHit, source: string, line: number, column: number, field?: string): Finding {
  const where = field ? `in the ${field}` : "";
  const message =
    hit.kind === "html"
      ? `Raw HTML "${hit.text}"${where ? ` ${where}` : ""}: an item is published as text, and a tag could run script on the blog or in a feed reader. Remove it${field ? "" : ", or put it in backticks to show it as code"}.`
      : hit.kind === "link"
        ? `Link to a ${hit.scheme} URL "${hit.text}": only http, https, mailto and relative links are published. Link to a web page, or remove the link.`
        : `Template tag "${hit.text}"${where ? ` ${where}` : ""}: the static site would run it when it builds (Liquid, Jinja, Handlebars, Hugo, kramdown) and could publish what it names, even inside code. Remove it, or write the braces apart ("{ {").`;
  const ruleId = {
    html: "loopcast.raw-html",
    link: "loopcast.unsafe-link",
    template: "loopcast.template-tag",
  }[hit.kind];
  return { ruleId, severity: "error", message, line, column, actual: source.slice(hit.start, hit.end) };
}

function templateHits(text: string): MarkupHit[] {
  const hits: MarkupHit[] = [];
  for (const m of text.matchAll(TEMPLATE)) {
    const close = m[0] === "{%" ? "%}" : m[0] === "{#" ? "#}" : m[0] === "{:" ? "}" : "}}";
    const at = text.indexOf(close, m.index + 2);
    // An unclosed tag still breaks (or runs) the site's build: report to the end of its line.
    const lineEnd = text.indexOf("\n", m.index);
    const end = at >= 0 ? at + close.length : lineEnd >= 0 ? lineEnd : text.length;
    hits.push({ kind: "template", start: m.index, end, text: short(text.slice(m.index, end)) });
  }
  return hits;
}

/** html and link hits replaced, the outer one where two overlap (an unsafe link around an unsafe image). */
function replaceHits(text: string, hits: readonly MarkupHit[]): string {
  const outer: MarkupHit[] = [];
  const ordered = hits
    .filter((h) => h.replacement !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of ordered) if (h.start >= (outer.at(-1)?.end ?? 0)) outer.push(h);
  let out = text;
  for (const h of outer.reverse()) out = out.slice(0, h.start) + (h.replacement as string) + out.slice(h.end);
  return out;
}

function openTemplateTags(text: string): string {
  return text.replace(/\{(?=[{%:])/g, "{ ").replace(/\{#(?=[\s\S]*?#\})/g, "{ #");
}

/** The scheme of a URL a browser would run or load as a document from the page ("javascript:"), if any. */
function unsafeScheme(url: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return undefined; // relative: a page of the same site
  }
  return SAFE_SCHEMES.has(protocol) ? undefined : protocol;
}

function definitions(tree: Root): Definition[] {
  const found: Definition[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "definition") found.push(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** What a reader sees of a link or an image: its text, or its alt text; a definition shows nothing. */
function textOf(node: Link | Image | Definition | LinkReference | ImageReference): string {
  if (node.type === "definition") return "";
  if (node.type === "image" || node.type === "imageReference") return asMarkdownText(node.alt ?? "");
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "text" || n.type === "inlineCode") parts.push(n.value);
    else if (n.type === "image" || n.type === "imageReference") parts.push(n.alt ?? "");
    else if ("children" in n) for (const child of n.children) walk(child);
  };
  for (const child of node.children) walk(child);
  return asMarkdownText(parts.join(""));
}

/** Text put back into Markdown as text: what the parser decoded (`&lt;`) must not become markup again. */
function asMarkdownText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([[\]\\`])/g, "\\$1");
}

function escapeAngles(html: string): string {
  return html.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
