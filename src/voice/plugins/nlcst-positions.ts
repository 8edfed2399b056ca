import type { Nodes, Root } from "nlcst";
import type { VFile } from "vfile";
import { OBJECT_REPLACEMENT, type ProseBlock, type TextSegment, voiceContext } from "../context.ts";
import { toPoint } from "../text-position.ts";

/**
 * nlcst stage, right after remark-retext: correct every node's position and collect the prose
 * blocks our own rules read.
 *
 * mdast-util-to-nlcst places the words of a text node by counting from the node's start, which
 * drifts where the parser dropped source characters (quote markers, list indentation, escapes).
 * The mdast stage recorded the true offset of each character; here every position is rebuilt
 * from them, so retext-passive and retext-simplify report exact positions too.
 */
export function retextVoicePositions() {
  return (tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const locate = offsetLocator(context.segments);
    // An end lies just after the node's last character, not at the next one: the parser may
    // have dropped source text in between (trailing spaces, a quote marker, emphasis).
    const locateEnd = (start: number, end: number) => (end > start ? locate(end - 1) + 1 : locate(start));
    const blocks: ProseBlock[] = [];
    let text = "";
    let offsets: number[] = [];
    let inParagraph = false;

    const walk = (node: Nodes): void => {
      const original = node.position;
      const start = original?.start.offset;
      const end = original?.end.offset;

      if ("children" in node) {
        const isParagraph = node.type === "ParagraphNode";
        if (isParagraph) {
          inParagraph = true;
          text = "";
          offsets = [];
        }
        for (const child of node.children) walk(child);
        if (isParagraph) {
          inParagraph = false;
          offsets.push(
            start === undefined || end === undefined ? (offsets.at(-1) ?? 0) : locateEnd(start, end),
          );
          blocks.push({ text, offsets: Int32Array.from(offsets) });
        }
      } else if (inParagraph) {
        // Leaves: words' text, white space, punctuation, symbols, and source (code, URLs).
        const base = start ?? -1;
        if (node.type === "SourceNode") {
          text += OBJECT_REPLACEMENT;
          offsets.push(base < 0 ? (offsets.at(-1) ?? 0) : locate(base));
        } else if (base < 0) {
          text += node.value;
          for (let i = 0; i < node.value.length; i++) offsets.push(offsets.at(-1) ?? 0);
        } else {
          text += node.value;
          for (let i = 0; i < node.value.length; i++) offsets.push(locate(base + i));
        }
      }

      // Replace (never mutate) points: mdast-util-to-nlcst shares point objects between a node
      // and its first or last child, and every node must be mapped from its original offsets.
      if (start !== undefined && end !== undefined) {
        node.position = {
          start: toPoint(context.lineStarts, locate(start)),
          end: toPoint(context.lineStarts, locateEnd(start, end)),
        };
      }
    };

    walk(tree);
    context.prose = blocks;
  };
}

/** Map an offset as mdast-util-to-nlcst counted it to the true document offset. */
export function offsetLocator(segments: readonly TextSegment[]): (offset: number) => number {
  // Leaves come in document order, so the segment of the previous lookup is nearly always the
  // right one; try it before searching.
  let last: TextSegment | undefined;
  return (offset) => {
    if (last !== undefined && offset >= last.start && offset <= last.start + last.length) {
      return last.map[offset - last.start] ?? offset;
    }
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((segments[mid]?.start ?? 0) <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    const segment = segments[found];
    if (segment === undefined || offset > segment.start + segment.length) return offset;
    last = segment;
    return segment.map[offset - segment.start] ?? offset;
  };
}
