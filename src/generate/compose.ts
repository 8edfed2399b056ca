// What the template generator writes, as pieces: each a sentence or a block built from a template and
// what the configuration says about the business (its name, link, audience and description, the
// pillar's name, summary and points, its keywords). Pieces are the unit the generator shortens (it drops
// optional ones, never cutting a word) and the unit it learns a person's edits by (lessons.ts).
import type { ContentBrief } from "./brief.ts";
import { briefValues } from "./brief.ts";
import { fillTemplate, type Values } from "./fill.ts";
import type { GenerateRequest } from "./types.ts";

export interface Piece {
  /** What the piece is: hook, point, cta, tags, summary, heading, other, about, greeting, signoff, title. */
  kind: string;
  template: string;
  values: Values;
  /** What comes before the piece when another precedes it: a space inside a paragraph, a blank line between. */
  before: string;
  /** Optional pieces are dropped to fit the channel, the highest rank first; required ones have none. */
  drop?: number;
}

export interface Composition {
  title: Piece;
  pieces: Piece[];
}

/** The pieces of the item the brief describes, in order, before any lesson or length limit. */
export function compose(req: GenerateRequest, brief: ContentBrief): Composition {
  const values = brief.values;
  const v = brief.variants;
  const piece = (kind: string, template: string, before: string, drop?: number): Piece => ({
    kind,
    template,
    values,
    before,
    ...(drop === undefined ? {} : { drop }),
  });
  const title = piece("title", v.title, "");
  const summary = brief.pillar.summary?.trim() ? [piece("summary", "{summary}.", " ", 20)] : [];
  const others = brief.others.slice(0, 3).map(
    (point, i): Piece => ({
      kind: "other",
      template: "- {point}.",
      values: briefValues(req, brief.pillar, point),
      before: i === 0 ? "\n\n" : "\n",
      // The last bullet is dropped first; the heading goes with the first one (the same rank).
      drop: 31 + i,
    }),
  );
  switch (req.workflow.format) {
    case "post": {
      const tags = hashtags(brief.pillar.keywords ?? []);
      return {
        title,
        pieces: [
          piece("hook", v.hook, "", 10),
          piece("point", "{point}.", " "),
          piece("cta", v.cta, "\n\n"),
          ...(tags ? [piece("tags", tags, "\n\n", 20)] : []),
        ],
      };
    }
    case "article":
      return {
        title,
        pieces: [
          piece("hook", v.hook, "", 10),
          ...summary,
          piece("point", "{point}.", "\n\n"),
          ...(others.length ? [piece("heading", "## More from {business}", "\n\n", 31), ...others] : []),
          piece("about", "## About {business}\n\n{description}.", "\n\n", 50),
          piece("cta", v.cta, "\n\n"),
        ],
      };
    case "email":
      return {
        title,
        pieces: [
          piece("greeting", "Hi there,", ""),
          piece("hook", v.hook, "\n\n", 10),
          ...summary,
          piece("point", "{point}.", "\n\n"),
          ...(others.length ? [piece("heading", "More from {business}:", "\n\n", 31), ...others] : []),
          piece("cta", v.cta, "\n\n"),
          piece("signoff", "Best wishes,\n{business}", "\n\n"),
        ],
      };
  }
}

/** The pillar's keywords as hashtags (letters and digits only), each once. */
function hashtags(keywords: string[]): string {
  const tags = keywords.map((k) => `#${k.replace(/[^\p{L}\p{N}]/gu, "")}`).filter((t) => t.length > 1);
  return [...new Set(tags)].join(" ");
}

/** A piece's own text, from its template (or the lesson that replaces it). */
export function pieceText(piece: Piece, template = piece.template): string {
  return fillTemplate(template, piece.values).trim();
}
