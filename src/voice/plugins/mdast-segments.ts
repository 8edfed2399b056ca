import type { InlineCode, PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { type TextSegment, voiceContext } from "../context.ts";
import { alignValue, toPoint } from "../text-position.ts";

// Bare URLs and e-mail addresses in running text. CommonMark without GFM leaves them as plain
// text, and prose rules must not read "github" in https://github.com/... as a brand name.
const URL_PATTERN =
  /(?:\b(?:https?:\/\/|mailto:|www\.)[^\s<>"'`]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
const TRAILING_PUNCTUATION = /[.,;:!?'"*_]+$/;

/** Index ranges [from, to) of URLs in `value`, without sentence punctuation that follows them. */
export function findUrls(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // The pattern is slow on ordinary words (the e-mail branch retries at every letter); every
  // match needs one of these, and most text has none.
  if (!value.includes("@") && !value.includes("://") && !/www\./i.test(value)) return ranges;
  for (const match of value.matchAll(URL_PATTERN)) {
    let url = match[0];
    // Keep a closing parenthesis only when the URL opened one (Wikipedia-style paths).
    for (;;) {
      const trimmed = url.replace(TRAILING_PUNCTUATION, "");
      const unbalanced = trimmed.endsWith(")") && count(trimmed, "(") < count(trimmed, ")");
      const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
      if (next === url) break;
      url = next;
    }
    if (url.length > 0) ranges.push([match.index, match.index + url.length]);
  }
  return ranges;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/**
 * mdast stage: record where every text node's characters sit in the document (see
 * `alignValue`) and turn bare URLs into inline code, which mdast-util-to-nlcst keeps as a
 * `SourceNode` that no prose rule or retext plugin reads.
 */
export function remarkVoiceSegments() {
  return (tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const doc = String(file.value);
    const segments: TextSegment[] = [];

    visit(tree, "text", (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || index === undefined || parent === undefined) return;
      const map = alignValue(node.value, doc.slice(start, end), start);
      const urls = findUrls(node.value);
      if (urls.length === 0) {
        segments.push({ start, length: node.value.length, map });
        return;
      }

      const pieces: Array<Text | InlineCode> = [];
      const position = (from: number, to: number) => ({
        start: toPoint(context.lineStarts, map[from] ?? start),
        end: toPoint(context.lineStarts, map[to] ?? end),
      });
      const addText = (from: number, to: number) => {
        if (to <= from) return;
        pieces.push({ type: "text", value: node.value.slice(from, to), position: position(from, to) });
        segments.push({ start: map[from] ?? start, length: to - from, map: map.subarray(from, to + 1) });
      };
      let cursor = 0;
      for (const [from, to] of urls) {
        addText(cursor, from);
        pieces.push({ type: "inlineCode", value: node.value.slice(from, to), position: position(from, to) });
        cursor = to;
      }
      addText(cursor, node.value.length);
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });

    segments.sort((a, b) => a.start - b.start);
    context.segments = segments;
  };
}
