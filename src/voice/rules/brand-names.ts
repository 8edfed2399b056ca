import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { report, voiceContext } from "../context.ts";
import { matchProse } from "./match.ts";

/** loopcast.brand-name: a brand name written with other capitalisation ("github" for "GitHub"). */
export function retextBrandNames() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    for (const brand of context.rules.brandNames) {
      const name = brand.text.trim().replace(/\s+/g, " ");
      for (const match of matchProse(context.prose, brand.pattern)) {
        if (match.text === name) continue;
        report(file, context, {
          rule: "brand-name",
          severity: brand.severity,
          message: `Write "${name}", not "${match.text}".`,
          start: match.start,
          end: match.end,
          actual: match.text,
          expected: [name],
        });
      }
    }
  };
}
