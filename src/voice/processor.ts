import { ParseEnglish } from "parse-english";
import remarkParse from "remark-parse";
import remarkRetext from "remark-retext";
import retextSimplify from "retext-simplify";
import { unified } from "unified";
import { remarkVoiceSegments } from "./plugins/mdast-segments.ts";
import { retextVoicePositions } from "./plugins/nlcst-positions.ts";
import { retextPassiveVoice } from "./plugins/passive-voice.ts";
import { retextBannedTerms } from "./rules/banned-terms.ts";
import { retextBrandNames } from "./rules/brand-names.ts";
import { retextEmoji, retextExclamations } from "./rules/counts.ts";
import { retextDisclosures } from "./rules/disclosures.ts";
import { retextLength } from "./rules/length.ts";
import { retextReadingGrade } from "./rules/reading-grade.ts";

export interface ProcessorOptions {
  passiveVoice: boolean;
  jargon: boolean;
}

/**
 * Markdown -> mdast -> nlcst, then our rules, then the retext plugins that are switched on.
 * Rules travel in `file.data.voice`, not in plugin options, so one frozen processor serves every
 * rule set; only the two costly library plugins change the pipeline.
 */
function build(options: ProcessorOptions) {
  // Mutate mode (a parser, not a processor) keeps the whole run synchronous for runSync.
  let processor = unified()
    .use(remarkParse)
    .use(remarkVoiceSegments)
    .use(remarkRetext, ParseEnglish)
    .use(retextVoicePositions)
    .use(retextBannedTerms)
    .use(retextBrandNames)
    .use(retextDisclosures)
    .use(retextReadingGrade)
    .use(retextLength)
    .use(retextExclamations)
    .use(retextEmoji);
  if (options.passiveVoice) processor = processor.use(retextPassiveVoice);
  if (options.jargon) processor = processor.use(retextSimplify);
  return processor.freeze();
}

export type VoiceProcessor = ReturnType<typeof build>;

// Building and freezing a processor costs more than checking an item; keep one per variant.
const processors = new Map<string, VoiceProcessor>();

export function voiceProcessor(options: ProcessorOptions): VoiceProcessor {
  const key = `${options.passiveVoice}:${options.jargon}`;
  let processor = processors.get(key);
  if (processor === undefined) {
    processor = build(options);
    processors.set(key, processor);
  }
  return processor;
}
