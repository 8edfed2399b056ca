// Laying pieces out as a body: joined with the separators they ask for, each required disclosure present
// exactly once, and within the channel's length by dropping optional pieces (never by cutting a word).
import { graphemeLength } from "../state/item.ts";
import type { Piece } from "./compose.ts";

export interface Layout {
  body: string;
  /** Which pieces the body holds. */
  included: boolean[];
  /** Each piece's text as written into the body (a repeated disclosure taken out), "" when left out. */
  texts: string[];
  /** Where each included piece stands in the body. */
  spans: Array<{ piece: number; start: number; end: number }>;
}

/**
 * The longest layout that fits `maxLength` graphemes: optional pieces are dropped, the highest rank
 * first, until the body fits. Otherwise the length of the shortest, which the error names.
 */
export function fitLayout(
  pieces: Piece[],
  texts: string[],
  disclosures: string[],
  maxLength: number,
): Layout | { shortest: number } {
  const ranks = [...new Set(pieces.flatMap((p) => (p.drop === undefined ? [] : [p.drop])))].sort(
    (a, b) => b - a,
  );
  let last: Layout | undefined;
  for (const below of [Number.POSITIVE_INFINITY, ...ranks]) {
    const included = pieces.map((p) => p.drop === undefined || p.drop < below);
    last = layout(pieces, texts, included, disclosures);
    if (graphemeLength(last.body) <= maxLength) return last;
  }
  return { shortest: graphemeLength(last?.body ?? "") };
}

/** The body of the `included` pieces, with the disclosures. */
export function layout(pieces: Piece[], texts: string[], included: boolean[], disclosures: string[]): Layout {
  const written = texts.map((t, i) => (included[i] ? t : ""));
  // Each disclosure once: the first time the text holds it stays, a repetition goes, and a disclosure
  // the text does not hold is added at the end.
  const footer: string[] = [];
  const unique = new Map(disclosures.map((x) => [x.trim().toLowerCase().replace(/\s+/g, " "), x.trim()]));
  for (const d of [...unique.values()].filter(Boolean)) {
    let seen = false;
    for (const [i, text] of written.entries()) {
      const kept = keepFirst(text, d, seen);
      written[i] = kept.text;
      seen ||= kept.found;
    }
    if (!seen) footer.push(d);
  }
  let body = "";
  let gap = "";
  const spans: Layout["spans"] = [];
  for (const [i, piece] of pieces.entries()) {
    gap = stronger(gap, piece.before);
    const text = written[i] as string;
    if (!text) continue;
    if (body) body += gap;
    spans.push({ piece: i, start: body.length, end: body.length + text.length });
    body += text;
    gap = "";
  }
  for (const d of footer) body += body ? `\n\n${d}` : d;
  return { body, included, texts: written, spans };
}

/** Of two separators, the one that breaks more: a blank line over a line break over a space. */
function stronger(a: string, b: string): string {
  const breaks = (s: string) => (s.match(/\n/g)?.length ?? 0) * 2 + (s ? 1 : 0);
  return breaks(b) >= breaks(a) ? b : a;
}

/** `text` with every occurrence of `phrase` removed but the first (unless `seen` already). */
function keepFirst(text: string, phrase: string, seen: boolean): { text: string; found: boolean } {
  let out = text;
  let found = seen;
  let from = 0;
  for (let hit = findPhrase(out, phrase, from); hit; hit = findPhrase(out, phrase, from)) {
    if (!found) {
      found = true;
      from = hit.end;
      continue;
    }
    const before = out.slice(0, hit.start).replace(/[ \t]+$/, "");
    const after = out.slice(hit.end).replace(/^[ \t]+/, "");
    const join = before && after && !/\n$/.test(before) && !/^[\n.,;:!?]/.test(after) ? " " : "";
    out = before + join + after;
    from = before.length;
  }
  return { text: out.trim(), found };
}

/**
 * Where `phrase` occurs from `from` as the voice lock counts it: in any case, with any spacing, and not
 * running into a longer word ("#ad" is not in "#adventure").
 */
function findPhrase(text: string, phrase: string, from: number): { start: number; end: number } | undefined {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const before = /^[\p{L}\p{N}_]/u.test(phrase.trim()) ? "(?<![\\p{L}\\p{N}_])" : "";
  const after = /[\p{L}\p{N}_]$/u.test(phrase.trim()) ? "(?![\\p{L}\\p{N}_])" : "";
  const pattern = new RegExp(`${before}${words.join("\\s+")}${after}`, "giu");
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
