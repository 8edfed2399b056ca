// One segmenter for the process: building one costs far more than using it.
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

export interface Grapheme {
  segment: string;
  index: number;
}

/**
 * Ranges [from, to) of `text` that need real segmentation: each run of non-ASCII code units,
 * widened by its ASCII neighbour on each side (a combining mark joins the letter before it, a
 * prepended mark the one after) but never into \r or \n, which always break. Between two ASCII
 * characters other than \r\n there is always a grapheme boundary (UAX #29), so outside these
 * ranges every code unit is one grapheme. Segmenting only these ranges is what keeps the length
 * and emoji rules cheap on long posts that hold a single emoji.
 */
export function nonAsciiRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/[\u0080-\uffff]+/g)) {
    let from = match.index;
    let to = from + match[0].length;
    if (from > 0 && !isLineBreak(text.charCodeAt(from - 1))) from--;
    if (to < text.length && !isLineBreak(text.charCodeAt(to))) to++;
    const last = ranges.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = to;
    else ranges.push([from, to]);
  }
  return ranges;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Number of user-perceived characters in `text`. */
export function countGraphemes(text: string): number {
  // \r\n is one grapheme; \r and \n never fall inside the ranges below.
  let count = text.length - (text.match(/\r\n/g)?.length ?? 0);
  for (const [from, to] of nonAsciiRanges(text)) {
    count -= to - from;
    for (const _ of segmenter.segment(text.slice(from, to))) count++;
  }
  return count;
}

/** UTF-16 index of the grapheme numbered `n` (0-based), or undefined if there are not that many. */
export function graphemeIndex(text: string, n: number): number | undefined {
  let count = 0;
  for (const { index } of segmenter.segment(text)) {
    if (count === n) return index;
    count++;
  }
  return undefined;
}

/** Graphemes of `text` that contain a non-ASCII code unit, with their UTF-16 start index. */
export function nonAsciiGraphemes(text: string): Grapheme[] {
  const found: Grapheme[] = [];
  for (const [from, to] of nonAsciiRanges(text)) {
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
      if (hasNonAscii(segment)) found.push({ segment, index: from + index });
    }
  }
  return found;
}

/** Whether `text` has a code unit outside ASCII (every emoji and multi-unit grapheme does, bar \r\n). */
export function hasNonAscii(text: string): boolean {
  return /[\u0080-\uffff]/.test(text);
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F/u;
const KEYCAP_OR_FLAG = /\u20E3|\p{Regional_Indicator}/u;

/**
 * Whether a grapheme shows as an emoji. Extended_Pictographic alone also covers ©, ®, ™, ‼ and
 * arrows, which are ordinary typography in marketing copy ("Loopcast™"), so a pictograph counts
 * only when it has emoji presentation: by default, through U+FE0F, or because it lies in the
 * emoji planes (U+1F000 and above) where fonts draw no text form. Keycaps and flags count too.
 */
export function isEmoji(grapheme: string): boolean {
  if (KEYCAP_OR_FLAG.test(grapheme)) return true;
  if (!PICTOGRAPHIC.test(grapheme)) return false;
  if (EMOJI_PRESENTATION.test(grapheme)) return true;
  for (const char of grapheme) {
    if ((char.codePointAt(0) ?? 0) >= 0x1f000 && PICTOGRAPHIC.test(char)) return true;
  }
  return false;
}
