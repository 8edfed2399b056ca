import { VFile } from "vfile";
import { type CompiledRules, compileRules, type LibraryRule } from "./compile.ts";
import { compareFindings, type Finding, type Severity } from "./finding.ts";
import { voiceProcessor } from "./processor.ts";
import { lineStarts } from "./text-position.ts";
import type { VoiceRules } from "./types.ts";

export type { Finding, Severity } from "./finding.ts";
export type { VoiceRules } from "./types.ts";

// vfile-message is only a transitive dependency; take its type from vfile.
type VFileMessage = VFile["messages"][number];

export interface VoiceInput {
  /** The item's Markdown body, front matter already removed. */
  body: string;
  /** Channel id, for per-channel rules (length, required disclosures). */
  channel: string;
  /** Workflow id, for required disclosures per workflow. */
  workflow?: string;
  /** Whether the item costs money (its workflow's costPerItem is above 0), for the disclosures of paid items. */
  paid?: boolean;
  /** Lines before the body in its file (front matter), added to every reported line. */
  lineOffset?: number;
}

/**
 * Check one item's body against the brand-voice rules. Pure and synchronous: the same input
 * gives the same findings, sorted by line, column and rule id. Only prose is checked; code
 * spans, code blocks, URLs and link targets are skipped, while `length` counts the body as
 * written. `rules` should already be valid against schemas/voice-rules.schema.json; they are
 * compiled once per object and cached, so pass a new object rather than mutating one.
 */
export function checkVoice(input: VoiceInput, rules: VoiceRules): Finding[] {
  const compiled = compileRules(rules);
  const processor = voiceProcessor({
    passiveVoice: compiled.passiveVoice !== undefined,
    jargon: compiled.jargon !== undefined,
  });
  const file = new VFile({ value: input.body });
  file.data.voice = {
    rules: compiled,
    channel: input.channel,
    workflow: input.workflow,
    paid: input.paid ?? false,
    lineStarts: lineStarts(input.body),
    segments: [],
    prose: [],
  };
  processor.runSync(processor.parse(file), file);

  const lineOffset = input.lineOffset ?? 0;
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const finding = toFinding(message, compiled, lineOffset);
    if (finding !== undefined) findings.push(finding);
  }
  return findings.sort(compareFindings);
}

function toFinding(message: VFileMessage, rules: CompiledRules, lineOffset: number): Finding | undefined {
  const described = describe(message, rules);
  if (described === undefined) return undefined;
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "start" in place ? place.end : undefined;
  const finding: Finding = {
    ruleId: described.ruleId,
    severity: described.severity,
    message: described.message,
    line: (start?.line ?? 1) + lineOffset,
    column: start?.column ?? 1,
  };
  if (end) {
    finding.endLine = end.line + lineOffset;
    finding.endColumn = end.column;
  }
  if (typeof message.actual === "string") finding.actual = message.actual;
  const expected = described.expected ?? message.expected;
  if (expected && expected.length > 0) finding.expected = [...expected];
  return finding;
}

interface Described {
  ruleId: string;
  severity: Severity;
  message: string;
  expected?: string[];
}

/** Rule id, severity and our wording for a message from one of our plugins or a retext one. */
function describe(message: VFileMessage, rules: CompiledRules): Described | undefined {
  switch (message.source) {
    case "loopcast":
      return {
        ruleId: `loopcast.${message.ruleId}`,
        severity: message.fatal === true ? "error" : message.fatal === false ? "warning" : "suggestion",
        message: message.reason,
      };
    case "retext-passive":
      return fromLibrary(message, rules.passiveVoice, "loopcast.passive-voice", (actual) => ({
        message: `"${actual}" is in the passive voice here. Say who does it, in the active voice.`,
      }));
    case "retext-simplify":
      return fromLibrary(message, rules.jargon, "loopcast.jargon", (actual, expected) => ({
        message: simplerWording(actual, expected, message.reason),
        expected,
      }));
    default:
      return undefined;
  }
}

function fromLibrary(
  message: VFileMessage,
  rule: LibraryRule | undefined,
  ruleId: string,
  word: (actual: string, expected: string[]) => { message: string; expected?: string[] },
): Described | undefined {
  if (rule === undefined || (message.ruleId && rule.ignore.has(message.ruleId))) return undefined;
  const actual = (message.actual ?? "").replace(/\s+/g, " ");
  return { ruleId, severity: rule.severity, ...word(actual, message.expected ?? []) };
}

function simplerWording(actual: string, expected: readonly string[], reason: string): string {
  const quoted = expected.map((option) => `"${option}"`);
  // "a", "b" or "c"
  const options =
    quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : (quoted[0] ?? "");
  // retext-simplify says ", remove it" for words that can simply go; it exposes no flag for it.
  const removable = reason.includes("remove it");
  if (expected.length === 0) return `Remove "${actual}"; it adds nothing.`;
  if (removable) return `Remove "${actual}", or use ${options} instead.`;
  return `Use ${options} instead of "${actual}".`;
}
