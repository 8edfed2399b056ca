import type { Paragraph, Root, Sentence } from "nlcst";
import { toString as nlcstToString } from "nlcst-to-string";
import retextPassive from "retext-passive";
import type { VFile } from "vfile";

// The forms of "to be" that retext-passive looks for right before a participle.
const BE = new Set(["am", "are", "were", "being", "is", "been", "was", "be"]);

/**
 * retext-passive, run only on the sentences that hold a form of "to be". The plugin reports a
 * participle only when the word before it is one of these, so other sentences can never match;
 * leaving them out roughly halves its cost, which is a quarter of a whole check.
 */
export function retextPassiveVoice() {
  const transform = retextPassive();
  return (tree: Root, file: VFile): undefined => {
    const sentences: Sentence[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== "ParagraphNode") continue;
      for (const sentence of paragraph.children) {
        if (sentence.type === "SentenceNode" && hasBe(sentence)) sentences.push(sentence);
      }
    }
    if (sentences.length === 0) return;
    // The same sentence objects, so positions and ancestors in the messages are unchanged.
    const paragraph: Paragraph = { type: "ParagraphNode", children: sentences };
    transform({ type: "RootNode", children: [paragraph] }, file);
  };
}

function hasBe(sentence: Sentence): boolean {
  for (const child of sentence.children) {
    if (child.type === "WordNode" && BE.has(nlcstToString(child).toLowerCase())) return true;
  }
  return false;
}
