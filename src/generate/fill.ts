// Filling placeholders so that the result reads as a sentence whatever the configuration says: a value
// opening a sentence starts with a capital, a determiner inside a sentence is lowercased ("Why a pull
// request…", not "Why A pull request…"), and names, links and anything else inside a sentence are
// written as configured, since only the person knows whether "Lisbon families" is a name. The filling is
// one pass, so a value that itself holds "{audience}" is written as it is, never filled again.

/** What a template may name: the business (constant for a configuration) and the item's pillar and point. */
export interface Values {
  business: string;
  url: string;
  audience: string;
  description: string;
  pillar: string;
  summary: string;
  point: string;
}
export type Slot = keyof Values;

/** Slots that change from item to item: a person's edit that drops one of them is about that item only. */
export const VARYING: readonly Slot[] = ["pillar", "summary", "point"];
/** Written exactly as configured wherever they stand: names and links. */
const VERBATIM = new Set<Slot>(["business", "url"]);
const PLACEHOLDER = /\{(business|url|audience|description|pillar|summary|point)\}/g;

/**
 * Words that are capitalised only because they open a sentence in the configuration ("The regulars…",
 * "A pull request…"). Inside a sentence they are lowercased; any other word is left as written.
 */
const FUNCTION_WORDS = new Set(
  "a an the this that these those our your their its my every each all any some most many more few no one other such what which who whoever we you they it".split(
    " ",
  ),
);

export function slotsOf(template: string): Slot[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as Slot);
}

/** The template with every placeholder replaced, each value shaped for where it stands. */
export function fillTemplate(template: string, values: Values): string {
  let out = "";
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const at = m.index;
    const slot = m[1] as Slot;
    out += template.slice(last, at);
    const value = shape(slot, values[slot], position(out));
    // "{point}." after a point that ends with "?" or "!" keeps the point's own mark.
    const next = template.charAt(at + m[0].length);
    if (next === "." && /[!?…]$/.test(value)) last = at + m[0].length + 1;
    else last = at + m[0].length;
    out += value;
  }
  return out + template.slice(last);
}

type Position = "start" | "label" | "inside";

/** Where a value written after `before` stands: opening a sentence, after a colon, or inside a sentence. */
function position(before: string): Position {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  // Markdown that opens a line (a heading, a list item, a quote) leaves the value at its start.
  const text = line.replace(/^\s*(#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+)?/, "").trimEnd();
  if (text === "" || /[.!?…]["'’”)]*$/.test(text)) return "start";
  return text.endsWith(":") ? "label" : "inside";
}

function shape(slot: Slot, raw: string, at: Position): string {
  const value = VERBATIM.has(slot) ? raw.trim() : raw.trim().replace(/\.+$/, "");
  if (VERBATIM.has(slot) || value === "") return value;
  const first = /^\S+/.exec(value)?.[0] ?? "";
  if (at === "start" && first === first.toLowerCase()) return capitalise(value);
  if (at === "inside" && FUNCTION_WORDS.has(first.toLowerCase()) && first === capitalise(first.toLowerCase()))
    return value.charAt(0).toLowerCase() + value.slice(1);
  return value;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * A person's text turned back into a template: each value the piece was filled with (in any of the
 * shapes filling gives it) becomes its placeholder again, longest first, whole words only. So a title
 * rewritten as "Fresh today: {point}" is used with the next item's point.
 */
export function generalise(text: string, values: Values, slots: ReadonlySet<Slot>): string {
  const forms: Array<{ form: string; slot: Slot }> = [];
  for (const slot of slots) {
    const v = values[slot].trim();
    const base = VERBATIM.has(slot) ? v : v.replace(/\.+$/, "");
    if (base.length < 2) continue;
    for (const form of new Set([base, capitalise(base), base.charAt(0).toLowerCase() + base.slice(1)]))
      forms.push({ form, slot });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  // Replaced in one scan from the left, so a value inside another value's placeholder is never touched.
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (const { form, slot } of forms) {
      if (!text.startsWith(form, i)) continue;
      if (WORD_CHAR.test(form.charAt(0)) && WORD_CHAR.test(text.charAt(i - 1))) continue;
      if (WORD_CHAR.test(form.charAt(form.length - 1)) && WORD_CHAR.test(text.charAt(i + form.length)))
        continue;
      out += `{${slot}}`;
      i += form.length;
      continue outer;
    }
    out += text.charAt(i);
    i++;
  }
  return out;
}
