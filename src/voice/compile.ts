import type { Severity } from "./finding.ts";
import type { VoiceRules } from "./types.ts";

// Rule objects as the checks need them: defaults filled in and patterns built once. checkVoice
// is called for many items with the same rules object, so results are cached per object.

export interface CompiledPhrase {
  /** Whole-word pattern (flags gu, plus i unless case-sensitive). */
  pattern: RegExp;
  text: string;
  severity: Severity;
}

export interface CompiledBannedTerm extends CompiledPhrase {
  replacement: string | undefined;
}

export interface CompiledDisclosure {
  /** Absent: every channel. The same for workflows; paid: only items that cost money. */
  channels: ReadonlySet<string> | undefined;
  workflows: ReadonlySet<string> | undefined;
  paid: boolean;
  text: string;
  /** `normalizeForSearch(text)`. */
  normalized: string;
  severity: Severity;
}

export interface CountRule {
  max: number;
  severity: Severity;
}

export interface LengthRule {
  min: number | undefined;
  max: number | undefined;
  severity: Severity;
}

export interface LibraryRule {
  severity: Severity;
  /** Phrases (the plugin's rule ids, lower case, words joined by -) not to report. */
  ignore: ReadonlySet<string>;
}

export interface CompiledRules {
  bannedTerms: CompiledBannedTerm[];
  brandNames: CompiledPhrase[];
  disclosures: CompiledDisclosure[];
  readingGrade: { max: number; minWords: number; severity: Severity } | undefined;
  length: ReadonlyMap<string, LengthRule>;
  exclamations: CountRule | undefined;
  emoji: CountRule | undefined;
  passiveVoice: LibraryRule | undefined;
  jargon: LibraryRule | undefined;
}

/** Defaults, as the schema's descriptions state them. */
export const DEFAULTS = {
  bannedTermSeverity: "error",
  disclosureSeverity: "error",
  readingGradeSeverity: "warning",
  readingGradeMinWords: 30,
  lengthSeverity: "error",
  countSeverity: "warning",
  brandNameSeverity: "warning",
} as const satisfies Record<string, Severity | number>;

const cache = new WeakMap<VoiceRules, CompiledRules>();

export function compileRules(rules: VoiceRules): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = {
    bannedTerms: (rules.bannedTerms ?? []).map((entry) => ({
      pattern: wholeWordPattern(entry.term, entry.caseSensitive ?? false),
      text: entry.term,
      replacement: entry.replacement,
      severity: entry.severity ?? DEFAULTS.bannedTermSeverity,
    })),
    brandNames: (rules.brandNames ?? []).map((entry) => {
      const name = typeof entry === "string" ? entry : entry.name;
      const severity = typeof entry === "string" ? undefined : entry.severity;
      // Case-insensitive on purpose: the check reports matches whose spelling differs.
      return {
        pattern: wholeWordPattern(name, false),
        text: name,
        severity: severity ?? DEFAULTS.brandNameSeverity,
      };
    }),
    disclosures: (rules.requiredDisclosures ?? []).map((entry) => ({
      channels: entry.channels && new Set(entry.channels),
      workflows: entry.workflows && new Set(entry.workflows),
      paid: entry.paid === true,
      text: entry.text,
      normalized: normalizeForSearch(entry.text),
      severity: entry.severity ?? DEFAULTS.disclosureSeverity,
    })),
    readingGrade: rules.readingGrade && {
      max: rules.readingGrade.max,
      minWords: rules.readingGrade.minWords ?? DEFAULTS.readingGradeMinWords,
      severity: rules.readingGrade.severity ?? DEFAULTS.readingGradeSeverity,
    },
    length: new Map(
      Object.entries(rules.length ?? {}).map(([channel, limit]) => [
        channel,
        { min: limit.min, max: limit.max, severity: limit.severity ?? DEFAULTS.lengthSeverity },
      ]),
    ),
    exclamations: rules.exclamations && {
      max: rules.exclamations.max,
      severity: rules.exclamations.severity ?? DEFAULTS.countSeverity,
    },
    emoji: rules.emoji && { max: rules.emoji.max, severity: rules.emoji.severity ?? DEFAULTS.countSeverity },
    passiveVoice: libraryRule(rules.passiveVoice),
    jargon: libraryRule(rules.jargon),
  };
  cache.set(rules, compiled);
  return compiled;
}

function libraryRule(setting: VoiceRules["jargon"]): LibraryRule | undefined {
  if (setting === undefined) return undefined;
  const level = typeof setting === "string" ? setting : setting.level;
  if (level === "off") return undefined;
  const ignore = typeof setting === "string" ? [] : (setting.ignore ?? []);
  return {
    severity: level,
    ignore: new Set(ignore.map((phrase) => phrase.trim().toLowerCase().replace(/\s+/g, "-"))),
  };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * A pattern for `phrase` as whole words: no letter, digit or underscore may touch either end
 * (so "synergy" does not match "synergyze"), a space matches any run of white space (a phrase may
 * wrap across lines), and an apostrophe matches the typographic one too.
 */
export function wholeWordPattern(phrase: string, caseSensitive: boolean): RegExp {
  const trimmed = phrase.trim();
  const body = trimmed
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['\u2019]/g, "['\u2019]"))
    .join("\\s+");
  const before = WORD_CHAR.test(trimmed.charAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "";
  const after = WORD_CHAR.test(trimmed.charAt(trimmed.length - 1)) ? "(?![\\p{L}\\p{N}_])" : "";
  return new RegExp(`${before}${body}${after}`, caseSensitive ? "gu" : "giu");
}

/** Lower case, straight quotes, single spaces; placeholders for code and URLs become spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\s\uFFFC]+/g, " ")
    .trim();
}
