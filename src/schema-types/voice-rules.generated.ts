/* Generated from schemas/voice-rules.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * Brand-voice rules: the `voice:` object of marketing/guardrails.yaml. Every rule is optional and a rule you leave out is not checked. Findings are reported with a rule id (loopcast.*), a severity and a line:column, in the manner of Vale. Only prose is checked: code spans, code blocks, URLs and link targets are skipped.
 */
export interface VoiceRules {
  /**
   * Words and phrases the brand never uses. Matched as whole words, case-insensitive unless caseSensitive is true; a space in a term matches any run of whitespace, including a line break. Reported as loopcast.banned-term.
   */
  bannedTerms?: BannedTerm[];
  /**
   * Text that must appear in every item an entry names, by channel, by workflow or as a paid item (case-insensitive, whitespace-normalised, Markdown formatting ignored), such as an unsubscribe notice or an ad disclosure. A text several entries ask of one item is asked once. Reported as loopcast.disclosure: an error (or the entry's severity) when it is missing, a warning when it appears more than once.
   */
  requiredDisclosures?: RequiredDisclosure[];
  /**
   * Upper limit on the Flesch-Kincaid grade level of the item's prose (US school grade; 8-9 reads easily for most adults). Reported as loopcast.reading-grade.
   */
  readingGrade?: {
    /**
     * Highest grade level allowed, for example 9.
     */
    max: number;
    /**
     * Items with fewer words of prose than this are not graded, since the formula means little on a few words. Default 30.
     */
    minWords?: number;
    /**
     * Severity of a finding. Default warning.
     */
    severity?: "error" | "warning" | "suggestion";
  };
  /**
   * Length limits per channel id (for example mastodon, blog, newsletter), counted in user-perceived characters (grapheme clusters) of the whole body as written, Markdown included, without leading and trailing whitespace. Channels not listed have no limit. Reported as loopcast.length.
   */
  length?: {
    [k: string]: LengthLimit;
  };
  /**
   * Most exclamation marks allowed in one item's prose. Reported as loopcast.exclamations, at the first mark over the limit.
   */
  exclamations?: {
    /**
     * Most occurrences allowed in one item; 0 forbids them.
     */
    max: number;
    /**
     * Severity of a finding. Default warning.
     */
    severity?: "error" | "warning" | "suggestion";
  };
  /**
   * Most emoji allowed in one item's prose. An emoji is a grapheme cluster shown as an emoji: an Extended_Pictographic character with emoji presentation (by default, through the U+FE0F selector, or from the emoji planes at U+1F000 and above), a keycap or a flag. Text symbols such as the copyright, registered and trade mark signs, arrows, or a heart without U+FE0F do not count. Reported as loopcast.emoji, at the first emoji over the limit.
   */
  emoji?: {
    /**
     * Most occurrences allowed in one item; 0 forbids them.
     */
    max: number;
    /**
     * Severity of a finding. Default warning.
     */
    severity?: "error" | "warning" | "suggestion";
  };
  /**
   * Names whose capitalisation must match exactly ("github" is reported and "GitHub" suggested). A plain string has severity warning; give {name, severity} to change it. Occurrences in URLs, e-mail addresses and domain names are not checked. Reported as loopcast.brand-name.
   */
  brandNames?: (string | BrandName)[];
  /**
   * Flag passive voice (retext-passive), for example "is written". Default off. Reported as loopcast.passive-voice.
   */
  passiveVoice?:
    | ("off" | "suggestion" | "warning" | "error")
    | {
        /**
         * off disables the passive-voice check; otherwise the severity its findings get.
         */
        level: "off" | "suggestion" | "warning" | "error";
        /**
         * Phrases not to report, as the plugin lists them (lower case), for example ["request"] so that "pull request" is not flagged.
         *
         * Items: A phrase not to report.
         */
        ignore?: string[];
      };
  /**
   * Flag complex words and phrases that have simpler alternatives (retext-simplify), for example "utilize" -> "use". Default off. Reported as loopcast.jargon.
   */
  jargon?:
    | ("off" | "suggestion" | "warning" | "error")
    | {
        /**
         * off disables the jargon check; otherwise the severity its findings get.
         */
        level: "off" | "suggestion" | "warning" | "error";
        /**
         * Phrases not to report, as the plugin lists them (lower case), for example ["request"] so that "pull request" is not flagged.
         *
         * Items: A phrase not to report.
         */
        ignore?: string[];
      };
}
/**
 * One banned word or phrase.
 */
export interface BannedTerm {
  /**
   * The word or phrase to avoid, for example "revolutionary" or "best in class".
   */
  term: string;
  /**
   * What to write instead; shown in the message (Use "new" instead of "revolutionary".). Leave it out when the term should simply be dropped or rephrased.
   */
  replacement?: string;
  /**
   * Match the term's capitalisation exactly. Default false.
   */
  caseSensitive?: boolean;
  /**
   * Severity of a finding. Default error.
   */
  severity?: "error" | "warning" | "suggestion";
}
/**
 * Text that some items must contain. The entry says which with channels, workflows or paid: true; when it names more than one, an item must match all of them (channels: [mastodon] with paid: true means paid Mastodon posts).
 */
export interface RequiredDisclosure {
  /**
   * Channel ids whose items must contain the text, for example [newsletter].
   *
   * @minItems 1
   *
   * Items: A channel id.
   */
  channels?: string[];
  /**
   * Workflow ids whose items must contain the text, for example [summer-promo].
   *
   * @minItems 1
   *
   * Items: A workflow id.
   */
  workflows?: string[];
  /**
   * true: items that cost money, i.e. of a workflow whose costPerItem is above 0 (a boosted post, a paid send), for example with text "#ad".
   */
  paid?: true;
  /**
   * The text that must appear; compared case-insensitively, with runs of whitespace and curly/straight quotes treated as equal.
   */
  text: string;
  /**
   * Severity of a missing disclosure. Default error.
   */
  severity?: "error" | "warning" | "suggestion";
}
/**
 * Length bounds of one channel's items, in grapheme clusters; give min, max or both.
 */
export interface LengthLimit {
  /**
   * Fewest characters allowed.
   */
  min?: number;
  /**
   * Most characters allowed.
   */
  max?: number;
  /**
   * Severity of a finding. Default error.
   */
  severity?: "error" | "warning" | "suggestion";
}
/**
 * A brand name with its own severity.
 */
export interface BrandName {
  /**
   * The name exactly as it must be written, for example GitHub.
   */
  name: string;
  /**
   * Severity of a wrongly capitalised name. Default warning.
   */
  severity?: "error" | "warning" | "suggestion";
}
