// A small, safe Markdown -> HTML renderer for the HTML part of a newsletter. remark-parse gives a
// CommonMark tree; we write only the elements a newsletter needs (paragraphs, headings, lists, links,
// emphasis, code, quotes) and escape every text. Raw HTML in the Markdown is shown as text, never
// interpreted, and links keep only http(s) and mailto targets: an item written by a generator must not
// be able to put script or tracking markup into subscribers' mailboxes.
import type { Definition, Nodes, Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse);

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export function markdownToHtml(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  return blocks(tree.children, definitions);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The URL when it is absolute and of a kind a mail client may open; undefined otherwise. */
export function safeUrl(url: string): string | undefined {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === "definition" && !into.has(node.identifier)) into.set(node.identifier, node);
  if ("children" in node) for (const child of node.children) collectDefinitions(child, into);
}

function blocks(nodes: RootContent[], defs: Map<string, Definition>): string {
  return (
    nodes
      // Block-level raw HTML is shown as an escaped paragraph of text.
      .map((n) => (n.type === "html" ? `<p>${escapeHtml(n.value)}</p>` : render(n, defs)))
      .filter((html) => html !== "")
      .join("\n")
  );
}

function inline(nodes: RootContent[], defs: Map<string, Definition>): string {
  return nodes.map((n) => render(n, defs)).join("");
}

function link(url: string | undefined, content: string): string {
  const href = url === undefined ? undefined : safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${content}</a>` : content;
}

function render(node: RootContent, defs: Map<string, Definition>): string {
  switch (node.type) {
    case "paragraph":
      return `<p>${inline(node.children, defs)}</p>`;
    case "heading":
      return `<h${node.depth}>${inline(node.children, defs)}</h${node.depth}>`;
    case "list": {
      const tag = node.ordered ? "ol" : "ul";
      const start =
        node.ordered && typeof node.start === "number" && node.start !== 1 ? ` start="${node.start}"` : "";
      const items = node.children.map((item) => {
        // A tight list item is written without <p>, as CommonMark renders it.
        const only = item.children.length === 1 ? item.children[0] : undefined;
        const body =
          !node.spread && !item.spread && only?.type === "paragraph"
            ? inline(only.children, defs)
            : blocks(item.children, defs);
        return `<li>${body}</li>`;
      });
      return `<${tag}${start}>\n${items.join("\n")}\n</${tag}>`;
    }
    case "blockquote":
      return `<blockquote>\n${blocks(node.children, defs)}\n</blockquote>`;
    case "code":
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
    case "thematicBreak":
      return "<hr>";
    case "html":
      return escapeHtml(node.value);
    case "text":
      return escapeHtml(node.value);
    case "emphasis":
      return `<em>${inline(node.children, defs)}</em>`;
    case "strong":
      return `<strong>${inline(node.children, defs)}</strong>`;
    case "inlineCode":
      return `<code>${escapeHtml(node.value)}</code>`;
    case "break":
      return "<br>";
    case "link":
      return link(node.url, inline(node.children, defs));
    case "linkReference":
      return link(defs.get(node.identifier)?.url, inline(node.children, defs));
    // Images become links: remote images in mail are blocked by most clients and act as trackers.
    case "image":
      return link(node.url, escapeHtml(node.alt || node.url));
    case "imageReference": {
      const url = defs.get(node.identifier)?.url;
      return link(url, escapeHtml(node.alt || url || ""));
    }
    case "definition":
      return "";
    default:
      // Kinds CommonMark does not produce (GFM tables, footnotes, …) keep their text, escaped.
      if ("children" in node) return inline(node.children as RootContent[], defs);
      if ("value" in node && typeof node.value === "string") return escapeHtml(node.value);
      return "";
  }
}
