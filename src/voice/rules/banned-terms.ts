import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { report, voiceContext } from "../context.ts";
import { matchCase, matchProse } from "./match.ts";

/** loopcast.banned-term: words and phrases the brand never uses, with the replacement if any. */
export function retextBannedTerms() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    for (const term of context.rules.bannedTerms) {
      for (const match of matchProse(context.prose, term.pattern)) {
        const replacement =
          term.replacement === undefined ? undefined : matchCase(match.text, term.replacement);
        report(file, context, {
          rule: "banned-term",
          severity: term.severity,
          message:
            replacement === undefined
              ? `Avoid "${match.text}": it is a banned term. Rephrase or drop it.`
              : `Use "${replacement}" instead of "${match.text}".`,
          start: match.start,
          end: match.end,
          actual: match.text,
          ...(replacement === undefined ? {} : { expected: [replacement] }),
        });
      }
    }
  };
}
