/** A unist point: 1-based line and column, 0-based offset, all in UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Offsets at which each line starts; line breaks are \n, \r\n or \r, as in CommonMark. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      starts.push(i + 1);
    } else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Point of `offset` (clamped to the text) given the text's `lineStarts`. */
export function toPoint(starts: readonly number[], offset: number): Point {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
}

/**
 * Map each index of a Markdown text node's `value` to its offset in the document.
 *
 * The parser drops characters from the value that are in the source: block-quote markers and
 * list indentation on continuation lines, backslash escapes, character references. Counting
 * from the node's start (what mdast-util-to-nlcst does) then drifts, so a finding on the second
 * line of a quote would point at the wrong column. Walking value and source together and
 * skipping source characters until the next value character matches gives exact offsets for
 * everything except character references, which fall back to the nearest earlier offset.
 *
 * Returns `value.length + 1` offsets; the last one is the end of the value in the source.
 */
export function alignValue(value: string, source: string, base: number): Int32Array {
  const map = new Int32Array(value.length + 1);
  if (value === source) {
    // The common case: nothing was dropped.
    for (let i = 0; i <= value.length; i++) map[i] = base + i;
    return map;
  }
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i);
    let k = j;
    while (k < source.length && source.charCodeAt(k) !== char) k++;
    if (k < source.length) {
      map[i] = base + k;
      j = k + 1;
    } else {
      // Not in the source as written (a character reference such as &copy;): keep position.
      map[i] = base + Math.min(j, source.length);
    }
  }
  map[value.length] = base + (value.length === 0 ? 0 : Math.min(j, source.length));
  return map;
}
