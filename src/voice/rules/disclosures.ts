import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { normalizeForSearch } from "../compile.ts";
import { report, voiceContext } from "../context.ts";

/**
 * loopcast.disclosure: text that items for some channels must carry (an unsubscribe notice, an
 * ad disclosure). Searched in the prose, so Markdown emphasis or a line break inside the
 * disclosure does not hide it, while a disclosure inside a code block does not count.
 */
export function retextDisclosures() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const required = context.rules.disclosures.filter((rule) => rule.channels.has(context.channel));
    if (required.length === 0) return;
    const prose = normalizeForSearch(context.prose.map((block) => block.text).join(" "));
    for (const rule of required) {
      if (containsPhrase(prose, rule.normalized)) continue;
      // A missing text has no position of its own: report it at the start of the body.
      report(file, context, {
        rule: "disclosure",
        severity: rule.severity,
        message: `Add the disclosure that ${context.channel} items must carry: "${rule.text}".`,
        start: 0,
        expected: [rule.text],
      });
    }
  };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whether `phrase` occurs in `text` without running into a longer word ("#ad" in "#adventure"). */
export function containsPhrase(text: string, phrase: string): boolean {
  const checkBefore = WORD_CHAR.test(phrase.charAt(0));
  const checkAfter = WORD_CHAR.test(phrase.charAt(phrase.length - 1));
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (checkBefore && WORD_CHAR.test(text.charAt(at - 1))) continue;
    if (checkAfter && WORD_CHAR.test(text.charAt(at + phrase.length))) continue;
    return true;
  }
  return false;
}
