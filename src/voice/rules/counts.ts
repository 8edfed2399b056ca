import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { CountRule } from "../compile.ts";
import { type ProseBlock, report, type VoiceContext, voiceContext } from "../context.ts";
import { isEmoji, nonAsciiGraphemes } from "./graphemes.ts";

interface Occurrence {
  start: number;
  end: number;
  text: string;
}

/** loopcast.exclamations: too many exclamation marks in one item's prose. */
export function retextExclamations() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const rule = context.rules.exclamations;
    if (rule === undefined) return;
    const found: Occurrence[] = [];
    for (const block of context.prose) {
      for (const match of block.text.matchAll(/[!\uFF01]/g)) {
        const start = block.offsets[match.index] ?? 0;
        found.push({ start, end: start + 1, text: match[0] });
      }
    }
    reportExcess(file, context, rule, found, "exclamations", ["exclamation mark", "exclamation marks"]);
  };
}

/** loopcast.emoji: too many emoji in one item's prose (see `isEmoji` for what counts). */
export function retextEmoji() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const rule = context.rules.emoji;
    if (rule === undefined) return;
    const found: Occurrence[] = [];
    for (const block of context.prose) found.push(...emojiIn(block));
    reportExcess(file, context, rule, found, "emoji", ["emoji", "emoji"]);
  };
}

function emojiIn(block: ProseBlock): Occurrence[] {
  const found: Occurrence[] = [];
  // Every emoji has a non-ASCII code unit (a keycap's digit comes with U+20E3).
  for (const { segment, index } of nonAsciiGraphemes(block.text)) {
    if (!isEmoji(segment)) continue;
    const start = block.offsets[index] ?? 0;
    found.push({ start, end: (block.offsets[index + segment.length - 1] ?? start) + 1, text: segment });
  }
  return found;
}

function reportExcess(
  file: VFile,
  context: VoiceContext,
  rule: CountRule,
  found: Occurrence[],
  name: string,
  [singular, plural]: [string, string],
): void {
  const first = found[rule.max];
  if (first === undefined) return;
  const noun = (n: number) => `${n} ${n === 1 ? singular : plural}`;
  const allowed = rule.max === 0 ? `no ${plural} are allowed` : `at most ${noun(rule.max)} allowed`;
  report(file, context, {
    rule: name,
    severity: rule.severity,
    message: `${noun(found.length)} in this item, ${allowed}. Remove ${found.length - rule.max}, starting with this one.`,
    start: first.start,
    end: first.end,
    actual: first.text,
  });
}
