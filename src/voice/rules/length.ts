import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { report, voiceContext } from "../context.ts";
import { countGraphemes, graphemeIndex } from "./graphemes.ts";

/**
 * loopcast.length: the body as written (Markdown included, since that is what the channel
 * receives), without leading and trailing white space, counted in grapheme clusters so that an
 * emoji or an accented letter counts as one character, as people and most platforms count.
 */
export function retextLength() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const limit = context.rules.length.get(context.channel);
    if (limit === undefined) return;
    const body = String(file.value);
    const start = body.length - body.trimStart().length;
    const end = body.trimEnd().length;
    const text = body.slice(start, Math.max(start, end));
    const count = countGraphemes(text);

    if (limit.max !== undefined && count > limit.max) {
      const over = graphemeIndex(text, limit.max) ?? 0;
      report(file, context, {
        rule: "length",
        severity: limit.severity,
        message: `Too long for ${context.channel}: ${count} characters, at most ${limit.max} allowed. Cut ${count - limit.max}; the limit is passed here.`,
        start: start + over,
        end,
        actual: String(count),
      });
    }
    if (limit.min !== undefined && count < limit.min) {
      report(file, context, {
        rule: "length",
        severity: limit.severity,
        message: `Too short for ${context.channel}: ${count} characters, at least ${limit.min} needed. Add ${limit.min - count}.`,
        start: end > start ? start : 0,
        actual: String(count),
      });
    }
  };
}
