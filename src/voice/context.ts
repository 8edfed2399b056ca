import type { VFile } from "vfile";
import type { CompiledRules } from "./compile.ts";
import type { Severity } from "./finding.ts";
import { type Point, toPoint } from "./text-position.ts";

/**
 * A run of prose (one nlcst paragraph: a Markdown paragraph, heading or list item) with the
 * document offset of every character, so our rules can match on plain text — emphasis markers
 * and line-wrap indentation removed — and still report exact positions.
 */
export interface ProseBlock {
  /** The prose; code spans and URLs are replaced by one U+FFFC each so words never join across them. */
  text: string;
  /** `offsets[i]` is the document offset of `text[i]`; one extra entry holds the end offset. */
  offsets: Int32Array;
}

/** A Markdown text node's value and where each of its characters sits in the document. */
export interface TextSegment {
  /** The node's start offset, which mdast-util-to-nlcst counts from. */
  start: number;
  length: number;
  /** `map[i]` is the true document offset of value index `i`; `length + 1` entries. */
  map: Int32Array;
}

/** Per-check state that the plugins of the shared, frozen processor read from `file.data`. */
export interface VoiceContext {
  rules: CompiledRules;
  channel: string;
  /** The item's workflow id and whether it costs money, for required disclosures; see VoiceInput. */
  workflow: string | undefined;
  paid: boolean;
  lineStarts: number[];
  /** Filled by the mdast stage. */
  segments: TextSegment[];
  /** Filled by the nlcst stage. */
  prose: ProseBlock[];
}

declare module "vfile" {
  interface DataMap {
    voice: VoiceContext;
  }
}

/** Placeholder for code spans and URLs inside prose. */
export const OBJECT_REPLACEMENT = "\uFFFC";

export function voiceContext(file: VFile): VoiceContext {
  const context = file.data.voice;
  if (!context)
    throw new Error("voice: file.data.voice is missing; call checkVoice() instead of the processor");
  return context;
}

export interface Report {
  /** Short rule name; `loopcast.` is prefixed when findings are built. */
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end?: number;
  actual?: string;
  expected?: string[];
}

/**
 * Record a finding of one of our own rules as a vfile message. Severity travels in `fatal`
 * the unified way (true error, false warning, undefined info), so vfile-reporter would agree.
 */
export function report(file: VFile, context: VoiceContext, finding: Report): void {
  const start: Point = toPoint(context.lineStarts, finding.start);
  const place = finding.end === undefined ? start : { start, end: toPoint(context.lineStarts, finding.end) };
  const message = file.message(finding.message, {
    place,
    ruleId: finding.rule,
    source: "loopcast",
  });
  message.fatal = finding.severity === "error" ? true : finding.severity === "warning" ? false : undefined;
  if (finding.actual !== undefined) message.actual = finding.actual;
  if (finding.expected !== undefined) message.expected = finding.expected;
}
