// Learning from a person's edits. The earlier items of a workflow, as merged, are compared piece by piece
// with what the template generator writes for them without lessons: a piece the person replaced (the
// hook, the call to action, a title pattern, the sign-off…) is written their way from then on, and one
// they removed is left out. The latest item that holds a piece decides: an edit of a learned text is
// learned in turn, and a piece written back as the generator had it ends the lesson. A replacement that
// still holds the item's point and pillar is used for every item (a title pattern such as "{point}");
// one that no longer does is used for items on the same point (or pillar) only.
import { type ChangeObject, diffWords, diffWordsWithSpace } from "diff";
import { chooseBrief } from "./brief.ts";
import { compose, type Piece, pieceText } from "./compose.ts";
import { capitalise, generalise, type Slot, slotsOf, VARYING } from "./fill.ts";
import { fitLayout, layout } from "./render.ts";
import type { GenerateRequest } from "./types.ts";

/** Lesson key (the piece's kind and template) → the template the person's version becomes. */
export type Lessons = Map<string, string>;

const CONSTANT: readonly Slot[] = ["business", "url", "audience", "description"];
const ARM_DIMENSIONS = ["pillar", "point", "title", "hook", "cta"];

/**
 * The keys a lesson about `piece` may have, the most particular first: a replacement that no longer holds
 * the item's point (or pillar) is about that point (or pillar), and its key names the value.
 */
function lessonKeys(piece: Piece): string[] {
  const base = `${piece.kind}:${piece.template}`;
  const varying = slotsOf(piece.template).filter((s, i, all) => VARYING.includes(s) && all.indexOf(s) === i);
  const keys: Array<{ key: string; size: number }> = [];
  for (let mask = (1 << varying.length) - 1; mask >= 0; mask--) {
    const named = varying.filter((_, i) => mask & (1 << i));
    keys.push({ key: base + qualifiers(piece, named), size: named.length });
  }
  return keys.sort((a, b) => b.size - a.size).map((k) => k.key);
}

function qualifiers(piece: Piece, slots: Slot[]): string {
  return slots.map((s) => `|${s}=${piece.values[s]}`).join("");
}

function lessonFor(piece: Piece, lessons: Lessons): string | undefined {
  for (const key of lessonKeys(piece)) {
    const lesson = lessons.get(key);
    if (lesson !== undefined) return lesson;
  }
  return undefined;
}

/** Each piece's text, the person's way where a lesson says so. */
export function textsWith(pieces: Piece[], lessons: Lessons): string[] {
  return pieces.map((p) => pieceText(p, lessonFor(p, lessons)));
}

export function titleWith(title: Piece, lessons: Lessons): string {
  return capitalise(pieceText(title, lessonFor(title, lessons)));
}

/** What the earlier items (oldest first) teach about the pieces of this request's workflow. */
export function learnLessons(req: GenerateRequest, generatorId: string): Lessons {
  const lessons: Lessons = new Map();
  for (const item of req.earlier ?? []) {
    if (item.generator !== generatorId) continue;
    const brief = chooseBrief({
      ...req,
      cycle: item.cycle,
      attempt: 1,
      arms: item.arms,
      feedback: [],
      earlier: [],
    });
    // An item written from options or a point the configuration no longer has is not compared: its
    // differences would be the configuration's, not the person's.
    if (ARM_DIMENSIONS.some((d) => item.arms[d] !== undefined && item.arms[d] !== brief.arms[d])) continue;
    const point = brief.values.point.trim().replace(/\.+$/, "");
    if (item.summary.trim() !== point && !item.body.includes(point)) continue;

    const { title, pieces } = compose({ ...req, cycle: item.cycle }, brief);
    // The pieces the item held when it was written: those that fitted with the lessons known then.
    const fitted = fitLayout(pieces, textsWith(pieces, lessons), req.disclosures, req.maxLength);
    if (!("body" in fitted)) continue;
    const plain = layout(pieces, textsWith(pieces, new Map()), fitted.included, req.disclosures);
    const now = align(plain, item.body);
    for (const span of plain.spans) {
      const piece = pieces[span.piece] as Piece;
      observe(lessons, piece, plain.texts[span.piece] as string, now.get(span.piece) ?? "");
    }
    observe(lessons, title, titleWith(title, new Map()), item.title.trim());
  }
  return lessons;
}

/** Records what one item shows about one piece: kept as written, replaced, or removed. */
function observe(lessons: Lessons, piece: Piece, written: string, merged: string): void {
  // A required piece (the point, the call to action, the title) is never learned away.
  if (merged === "" && piece.drop === undefined) return;
  // The latest item decides: whatever was known about this piece before gives way.
  for (const key of lessonKeys(piece)) lessons.delete(key);
  if (merged === written) return;
  const varying = slotsOf(piece.template).filter((s) => VARYING.includes(s));
  const template = generalise(merged, piece.values, new Set([...CONSTANT, ...varying]));
  const dropped = [...new Set(varying)].filter((s) => !template.includes(`{${s}}`));
  lessons.set(`${piece.kind}:${piece.template}${qualifiers(piece, dropped)}`, template);
}

/**
 * Each piece's text in the merged body: a word diff maps the piece's start and end in what was
 * written to the merged text. Words a person inserted next to a piece belong to it (at its start or
 * at its end); a piece whose words were all removed maps to "".
 */
export function align(
  written: { body: string; spans: Array<{ piece: number; start: number; end: number }> },
  merged: string,
): Map<number, string> {
  type Part = { o: number; oEnd: number; m: number; mEnd: number };
  const parts: Part[] = [];
  let o = 0;
  let m = 0;
  for (const part of wordDiff(written.body, merged)) {
    const n = part.value.length;
    const oEnd = part.added ? o : o + n;
    const mEnd = part.removed ? m : m + n;
    parts.push({ o, oEnd, m, mEnd });
    o = oEnd;
    m = mEnd;
  }
  // The merged positions an original position may map to: inside an unchanged run exactly one, at a
  // change several (before and after the words inserted there).
  const candidates = (p: number): number[] => {
    const out: number[] = [];
    for (const x of parts) {
      if (p < x.o || p > x.oEnd) continue;
      if (x.o === x.oEnd) out.push(x.m, x.mEnd);
      else if (x.m === x.mEnd) out.push(x.m);
      else out.push(x.m + (p - x.o));
    }
    return out.length ? out : [p === 0 ? 0 : merged.length];
  };
  const texts = new Map<number, string>();
  for (const span of written.spans) {
    const start = Math.min(...candidates(span.start));
    const end = Math.max(...candidates(span.end));
    texts.set(span.piece, end > start ? merged.slice(start, end).trim() : "");
  }
  return texts;
}

/**
 * A word diff that does not anchor on whitespace (a space or a blank line is no evidence that two texts
 * line up), or, where its parts do not add up to both texts exactly, one that treats whitespace as words.
 */
function wordDiff(a: string, b: string): ChangeObject<string>[] {
  const parts = diffWords(a, b);
  const side = (skip: "added" | "removed") =>
    parts
      .filter((p) => !p[skip])
      .map((p) => p.value)
      .join("");
  return side("added") === a && side("removed") === b ? parts : diffWordsWithSpace(a, b);
}
