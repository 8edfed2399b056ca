// An item on disk: YAML front matter (ids, arms, generator) and a Markdown body.
import { createHash } from "node:crypto";
import { isMap, isScalar, isSeq, LineCounter, type Node, parse, parseDocument, stringify } from "yaml";
import { StateError } from "../errors.ts";

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
  const item = { meta: meta as ItemMeta, body: (m[2] as string).replace(/^\r?\n/, "") };
  if (item.meta.media !== undefined) checkMediaList(item.meta.media, m[1] as string, file, item);
  return item;
}

/**
 * A `media` list that is not a list of {file, alt}. It carries the item without its images, so the item
 * check can report the problem as a finding at its line (and refuse the item) instead of stopping a run.
 */
export class ItemMediaError extends StateError {
  override name = "ItemMediaError";
  readonly line: number;
  /** The problem without the file:line prefix. */
  readonly problem: string;
  readonly item: Item;
  constructor(file: string, line: number, problem: string, item: Item) {
    super(`${file}:${line}:1  ${problem}`);
    this.line = line;
    this.problem = problem;
    const { media: _, ...meta } = item.meta;
    this.item = { ...item, meta };
  }
}

const MEDIA_EXAMPLE = `media:\n  - file: croissants/morning.jpg\n    alt: Three croissants cooling on a wooden board`;

/**
 * Refuses a `media` list a channel could not read: each entry names a file (relative to marketing/media/)
 * and its alt text, nothing else. Whether the file exists and fits the channel is the item check's
 * question (guardrails/check-item.ts), asked again at publish time.
 */
function checkMediaList(media: unknown, front: string, file: string, item: Item): void {
  const fail = (path: Array<string | number>, what: string): never => {
    // A key that is missing points at its entry; an entry that is missing, at the list.
    let line = 2;
    for (let n = path.length; n > 0; n--) {
      const at = frontMatterPosition(front, path.slice(0, n));
      if (at) {
        line = at.line;
        break;
      }
    }
    throw new ItemMediaError(file, line, `${what}. Write each image as\n${MEDIA_EXAMPLE}`, item);
  };
  if (!Array.isArray(media)) fail(["media"], '"media" must be a list of images');
  for (const [i, entry] of (media as unknown[]).entries()) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry))
      fail(["media", i], `media[${i}] must be a mapping with "file" and "alt"`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e))
      if (key !== "file" && key !== "alt")
        fail(
          ["media", i, key],
          `media[${i}] has an unknown key "${key}"; an image has only "file" and "alt"`,
        );
    if (typeof e.file !== "string" || e.file.trim() === "")
      fail(["media", i, "file"], `media[${i}] needs "file": a path inside marketing/media/`);
    if (typeof e.alt !== "string")
      fail(
        ["media", i, "alt"],
        `media[${i}] needs "alt": words that describe the image to someone who cannot see it`,
      );
  }
}

/**
 * Where in the item's file (1-based; the opening --- is line 1) the value at `path` of its front matter
 * starts, e.g. ["media", 0, "alt"]; undefined when there is no such value. Findings on front matter point here.
 */
export function frontMatterPosition(
  front: string,
  path: ReadonlyArray<string | number>,
): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(front, { lineCounter });
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) return undefined;
      // A key without a value (`alt:`) points at the key itself.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === "number") node = node.items[key];
    else return undefined;
  }
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line: line + 1, column: col };
}

/** The front matter of an item's text (between the --- lines), or "" when it has none. */
export function frontMatterOf(text: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
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
