// The voice lock on an item's images: every image says what it shows, in words a person who cannot see it
// can use, and those words obey the same banned terms as the body and never carry a credential. Alt text
// lives in the front matter, so findings point at its line there.
import { ownSecretHits } from "../config/secret-rules.ts";
import type { ItemMedia } from "../state/item.ts";
import { compileRules } from "./compile.ts";
import type { Finding } from "./finding.ts";
import { countGraphemes } from "./rules/graphemes.ts";
import type { VoiceRules } from "./types.ts";

/**
 * The longest alt text, in grapheme clusters. Mastodon stores up to 1,500 characters per description and
 * Bluesky's lexicon sets no limit; past a few hundred words a screen reader user is better served by the
 * body saying it, so one limit below every channel's keeps an item publishable everywhere.
 */
export const ALT_TEXT_MAX = 1_000;

/** Words that name the medium, not the content: "image", "photo of", "a picture". Alone, they describe nothing. */
const FILLER =
  /^(?:(?:an?|the|my|our)\s+)?(?:image|img|photo|photograph|picture|pic|graphic|screenshot|illustration|alt|alt text)(?:\s+(?:of|showing|with))?(?:\s+(?:an?|the))?$/;

export interface AltTextInput {
  media: readonly ItemMedia[];
  /** Where `media[index].alt` is in the item's file (1-based); the voice findings point there. */
  position: (index: number) => { line: number; column: number };
  /** The voice rules, when configured: their banned terms apply to alt text as to the body. */
  rules?: VoiceRules;
}

export function altTextFindings({ media, position, rules }: AltTextInput): Finding[] {
  const banned = rules ? compileRules(rules).bannedTerms : [];
  const findings: Finding[] = [];
  media.forEach((m, i) => {
    const at = position(i);
    const error = (message: string, ruleId = "loopcast.alt-text"): Finding => ({
      ruleId,
      severity: "error",
      message,
      ...at,
    });
    const alt = m.alt.trim();
    const name = `media[${i}] (${m.file})`;
    if (!alt) {
      findings.push(
        error(`${name} has no alt text. Say what the image shows for someone who cannot see it.`),
      );
      return;
    }
    if (isFileName(alt, m.file))
      findings.push(
        error(
          `The alt text of ${name} is its file name. Say what the image shows, e.g. who or what is in it.`,
        ),
      );
    else if (FILLER.test(normalise(alt)))
      findings.push(
        error(`The alt text of ${name} is "${alt}", which names the medium only. Say what the image shows.`),
      );
    const length = countGraphemes(alt);
    if (length > ALT_TEXT_MAX)
      findings.push(
        error(
          `The alt text of ${name} is ${length} characters; keep it to ${ALT_TEXT_MAX} and say the rest in the body.`,
        ),
      );
    for (const term of banned) {
      for (const match of alt.matchAll(term.pattern)) {
        findings.push({
          ruleId: "loopcast.banned-term",
          severity: term.severity,
          message:
            term.replacement === undefined
              ? `Avoid "${match[0]}" in the alt text of ${name}: it is a banned term.`
              : `Use "${term.replacement}" instead of "${match[0]}" in the alt text of ${name}.`,
          ...at,
          actual: match[0],
          ...(term.replacement === undefined ? {} : { expected: [term.replacement] }),
        });
      }
    }
    // The value is never repeated: a finding is printed, logged and written into exceptions.
    for (const what of new Set(ownSecretHits(alt).map((h) => h.what)))
      findings.push(
        error(
          `The alt text of ${name} holds what looks like ${what}. Remove it (and rotate it if it was ever committed).`,
          "loopcast.secret",
        ),
      );
  });
  return findings;
}

/** "croissants-morning.jpg" and "Croissants morning" are the same words: a name, not a description. */
function isFileName(alt: string, file: string): boolean {
  const base = file.split("/").pop() ?? file;
  const stem = base.replace(/\.[A-Za-z0-9]+$/, "");
  const a = normalise(alt);
  return a === normalise(base) || a === normalise(stem) || /\.(?:jpe?g|png|gif|webp)$/i.test(alt);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_.:,;!?"'()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
