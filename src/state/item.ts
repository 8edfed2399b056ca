// An item on disk: YAML front matter (ids, arms, generator) and a Markdown body.
import { createHash } from "node:crypto";
import { parse, stringify } from "yaml";

/** One image of an item: a file under the configuration folder's `media/` and the words that describe it. */
export interface ItemMedia {
  /** Path relative to `marketing/media/`, with forward slashes, e.g. "croissants/morning.jpg". */
  file: string;
  /** Alt text: what a person who cannot see the image needs to know. The voice lock requires it. */
  alt: string;
}

export interface ItemMeta {
  cycle: string;
  workflow: string;
  channel: string;
  slot: string;
  title: string;
  summary: string;
  arms: Record<string, string>;
  generator: string;
  /** Images, in the order channels show them. Absent or empty: a text-only item. */
  media?: ItemMedia[];
}

export interface Item {
  meta: ItemMeta;
  body: string;
}

export function renderItem(item: Item): string {
  return `---\n${stringify(item.meta, { lineWidth: 0 })}---\n\n${item.body.trimEnd()}\n`;
}

export function parseItem(text: string, file: string): Item {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}:1:1  item has no front matter; it must start with a --- block`);
  const meta = parse(m[1] as string) as Partial<ItemMeta> | null;
  for (const key of ["cycle", "workflow", "channel", "title"] as const) {
    if (!meta || typeof meta[key] !== "string") {
      throw new Error(
        `${file}:2:1  front matter lacks "${key}"; restore it from the proposal's first commit`,
      );
    }
  }
  return { meta: meta as ItemMeta, body: (m[2] as string).replace(/^\r?\n/, "") };
}

/**
 * The front matter `title` of an item's text, or undefined when there is none or the front matter does not
 * parse (a person may have broken it while editing a proposal): never throws.
 */
export function itemTitle(text: string): string | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const meta = parse(m[1] as string) as { title?: unknown } | null;
    return typeof meta?.title === "string" ? meta.title : undefined;
  } catch {
    return undefined;
  }
}

/** Number of lines before the body in a rendered item, so findings in the body can point into the file. */
export function bodyLineOffset(text: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n(\r?\n)?/.exec(text);
  return m ? m[0].split("\n").length - 1 : 0;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) n++;
  return n;
}
