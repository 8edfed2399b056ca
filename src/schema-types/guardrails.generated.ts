/* Generated from schemas/guardrails.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * A date: YYYY-MM-DD for one day, MM-DD for that day every year.
 */
export type BlackoutDate = string;

/**
 * marketing/guardrails.yaml: the walls. The system may do anything inside them and nothing outside them.
 */
export interface Guardrails {
  /**
   * Format version of this file. Write `version: 1`.
   */
  version: 1;
  /**
   * Kill switch: true stops generation and publishing; measuring and reporting go on. Default false.
   */
  paused?: boolean;
  /**
   * Budget caps, in one currency. Spend is reserved when a cycle is planned and settled from measured spend.
   */
  budget?: {
    /**
     * ISO 4217 code, e.g. EUR or USD.
     */
    currency: string;
    /**
     * Cap on spend per ISO week (strategy time zone).
     */
    weekly?: number;
    /**
     * Cap on spend per calendar month.
     */
    monthly?: number;
    /**
     * Monthly cap per workflow id.
     */
    perWorkflow?: {
      [k: string]: number;
    };
    /**
     * Total cap per campaign id.
     */
    perCampaign?: {
      [k: string]: number;
    };
    /**
     * An item whose reserved spend is above this always needs a human merge, whatever its level.
     */
    requireApprovalAbove?: number;
    /**
     * Prices used for reservations.
     */
    prices?: {
      /**
       * Price of 1,000 LLM tokens (input and output averaged).
       */
      per1kTokens?: number;
    };
  };
  voice?: VoiceRules;
  /**
   * Channel limits.
   */
  channels?: {
    /**
     * Channel ids the system may publish to on its own. A channel not listed needs a human merge for every item.
     */
    allow?: string[];
    /**
     * Channel ids the system must never publish to.
     */
    block?: string[];
    /**
     * Most items per channel per day (strategy time zone).
     */
    maxPerDay?: {
      [k: string]: number;
    };
    /**
     * Highest autonomy level any workflow may run at on this channel.
     */
    ceiling?: {
      [k: string]: "L0" | "L1" | "L2" | "L3" | "L4" | "L5";
    };
    /**
     * Windows in which nothing is published, in whole days of the strategy's time zone. Each entry blacks out every day its days, dates, ranges and holidays name, for its channels. No item is planned for a slot inside one, and an item already merged waits until it ends.
     */
    blackouts?: {
      /**
       * Days of the week, e.g. [sun].
       */
      days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
      /**
       * Dates: YYYY-MM-DD for one day ("2026-11-27"), MM-DD for the same day every year ("12-25"; "02-29" only in leap years). Quote them in YAML. `loopcast validate` refuses a date that does not exist ("02-30").
       */
      dates?: BlackoutDate[];
      /**
       * Runs of days, both ends included: a summer closure every year ({from: "08-01", to: "08-15"}) or once ({from: "2027-08-01", to: "2027-08-15"}). Both ends have a year or neither has. A yearly range may cross New Year ({from: "12-24", to: "01-02"}); `loopcast validate` refuses a dated range whose from is after its to.
       */
      ranges?: {
        /**
         * A date: YYYY-MM-DD for one day, MM-DD for that day every year.
         */
        from: string;
        /**
         * A date: YYYY-MM-DD for one day, MM-DD for that day every year.
         */
        to: string;
      }[];
      /**
       * The public holidays of a country, or of one of its regions, as the date-holidays library knows them (substitute days included; names in English in the reason).
       */
      holidays?: {
        /**
         * ISO 3166-1 alpha-2 country code in capitals, e.g. PT, DE, US or GB (not UK). `loopcast validate` refuses one date-holidays does not know.
         */
        country: string;
        /**
         * A region's code as date-holidays lists it (its states: BY for Bavaria in DE, ENG for England in GB), for the region's own holidays as well as the country's. `loopcast validate` names the regions when it does not know one.
         */
        region?: string;
      };
      /**
       * Limit to these channel ids. Default: all.
       */
      channels?: string[];
      /**
       * Why, shown when an item is held back.
       */
      reason?: string;
    }[];
  };
  /**
   * Topic blockers: items that mention these always go to a human, whatever their level.
   */
  topics?: {
    /**
     * Each entry is a term or a pattern, with the reason a person must decide.
     */
    blocked?: ({
      [k: string]: unknown;
    } & {
      /**
       * A word or phrase (case-insensitive, whole words).
       */
      term?: string;
      /**
       * A JavaScript regular expression (case-insensitive).
       */
      pattern?: string;
      /**
       * Why a human must decide, e.g. 'pricing changes'.
       */
      reason: string;
    })[];
  };
  /**
   * Self-correction: how often a draft with error findings is rewritten with the findings as feedback.
   */
  regenerate?: {
    /**
     * Extra tries before the cycle becomes an exception. Default 2.
     */
    maxTries?: number;
  };
  /**
   * Thresholds for earning autonomy; each has the default it names.
   */
  autonomy?: {
    /**
     * Reviewed cycles needed before promotion. Default 30.
     */
    minCycles?: number;
    /**
     * Share approved. Default 0.9.
     */
    minApprovalRate?: number;
    /**
     * Median edit ratio at most. Default 0.1.
     */
    maxMedianEditRatio?: number;
    /**
     * Share of judged items that met their benchmarks. Default 0.8.
     */
    minBenchmarkMetRate?: number;
    /**
     * At most one promotion per this period. Default 7d.
     */
    cooldown?: string;
  };
}
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
