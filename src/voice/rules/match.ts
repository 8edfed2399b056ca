import type { ProseBlock } from "../context.ts";

export interface ProseMatch {
  /** The matched prose with white space collapsed (a phrase may wrap across lines). */
  text: string;
  /** Document offsets of the first character and just after the last one. */
  start: number;
  end: number;
}

/**
 * Whole-word matches of `pattern` (a global regex) in the prose, skipping those that are part
 * of an address: "github" in "api.github.com" or "@github" is a domain or a handle, not prose.
 */
export function matchProse(blocks: readonly ProseBlock[], pattern: RegExp): ProseMatch[] {
  const matches: ProseMatch[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (to === from || isPartOfAddress(block.text, from, to)) continue;
      matches.push({
        text: match[0].replace(/\s+/g, " "),
        start: block.offsets[from] ?? 0,
        // After the last character, not at the next one: markup such as ** may lie in between.
        end: (block.offsets[to - 1] ?? 0) + 1,
      });
    }
  }
  return matches;
}

const ALNUM = /[\p{L}\p{N}]/u;

function isPartOfAddress(text: string, from: number, to: number): boolean {
  const before = text.charAt(from - 1);
  const after = text.charAt(to);
  if (before === "@" || before === "/" || after === "@") return true;
  if (before === "." && ALNUM.test(text.charAt(from - 2))) return true;
  return after === "." && ALNUM.test(text.charAt(to + 1));
}

/** "Revolutionary" -> "New": keep a capital at the start of a suggestion when the text had one. */
export function matchCase(actual: string, suggestion: string): string {
  const first = actual.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return suggestion;
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}
