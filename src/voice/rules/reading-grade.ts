import type { Root, Sentence } from "nlcst";
import { toString as nlcstToString } from "nlcst-to-string";
import { syllable } from "syllable";
import type { VFile } from "vfile";
import { report, voiceContext } from "../context.ts";

// Why our own plugin rather than retext-readability: that plugin grades each sentence on its
// own, blends seven formulas and reports a reader *age*; the guardrail is one Flesch-Kincaid
// *grade* for the whole item, which is what editors and style guides quote. The formula is
// three lines; syllables come from the `syllable` package, which retext-readability uses too.

const LETTER = /\p{L}/u;
const syllableCache = new Map<string, number>();

function syllables(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    // Bounded so a long-running process does not grow without end; refilling is cheap.
    if (syllableCache.size > 50_000) syllableCache.clear();
    syllableCache.set(key, count);
  }
  return count;
}

/** Flesch-Kincaid grade level: 0.39 words/sentence + 11.8 syllables/word - 15.59. */
export function fleschKincaidGrade(counts: { sentences: number; words: number; syllables: number }): number {
  if (counts.sentences === 0 || counts.words === 0) return 0;
  return 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
}

interface SentenceCounts {
  node: Sentence;
  words: number;
  syllables: number;
}

/**
 * loopcast.reading-grade: the grade of all prose in the item (headings and list items count as
 * sentences; words without a letter, such as numbers, are left out). Reported at the hardest
 * sentence, which is where rewriting helps most.
 */
export function retextReadingGrade() {
  return (tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const rule = context.rules.readingGrade;
    if (rule === undefined) return;

    // nlcst is always root > paragraph > sentence > word; a plain loop is several times faster
    // than unist-util-visit, which wraps every node it passes (and this runs on every item).
    const sentences: SentenceCounts[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== "ParagraphNode") continue;
      for (const node of paragraph.children) {
        if (node.type !== "SentenceNode") continue;
        let words = 0;
        let total = 0;
        for (const child of node.children) {
          if (child.type !== "WordNode") continue;
          const word = nlcstToString(child);
          if (!LETTER.test(word)) continue;
          words++;
          total += syllables(word);
        }
        if (words > 0) sentences.push({ node, words, syllables: total });
      }
    }

    const words = sentences.reduce((sum, s) => sum + s.words, 0);
    if (words < rule.minWords) return;
    // Compared as shown (one decimal), so a message never reads "9.0, above the limit of 9".
    const grade =
      Math.round(
        10 *
          fleschKincaidGrade({
            sentences: sentences.length,
            words,
            syllables: sentences.reduce((sum, s) => sum + s.syllables, 0),
          }),
      ) / 10;
    if (grade <= rule.max) return;

    let hardest: SentenceCounts | undefined;
    let hardestGrade = Number.NEGATIVE_INFINITY;
    for (const sentence of sentences) {
      const sentenceGrade = fleschKincaidGrade({ sentences: 1, ...sentence });
      if (sentenceGrade > hardestGrade) {
        hardest = sentence;
        hardestGrade = sentenceGrade;
      }
    }
    const position = hardest?.node.position;
    report(file, context, {
      rule: "reading-grade",
      severity: rule.severity,
      message: `Reading grade is ${grade.toFixed(1)} (Flesch-Kincaid), above the limit of ${rule.max}. Use shorter sentences and plainer words; the hardest sentence starts here.`,
      start: position?.start.offset ?? 0,
      ...(position?.end.offset === undefined ? {} : { end: position.end.offset }),
      actual: grade.toFixed(1),
    });
  };
}
