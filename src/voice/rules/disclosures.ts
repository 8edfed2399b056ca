import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { type CompiledDisclosure, compileRules, normalizeForSearch, wholeWordPattern } from "../compile.ts";
import { report, voiceContext } from "../context.ts";
import type { Severity } from "../finding.ts";
import type { VoiceRules } from "../types.ts";
import { matchProse } from "./match.ts";

/** What decides which disclosures an item must carry. */
export interface DisclosureScope {
  channel: string;
  workflow?: string | undefined;
  /** The item costs money: its workflow's costPerItem is above 0. */
  paid: boolean;
}

/** Whether an entry asks its text of an item: every selector it names must match (none named: none). */
function appliesTo(rule: CompiledDisclosure, scope: DisclosureScope): boolean {
  if (!rule.channels && !rule.workflows && !rule.paid) return false; // the schema refuses such an entry
  if (rule.channels && !rule.channels.has(scope.channel)) return false;
  if (rule.workflows && (scope.workflow === undefined || !rule.workflows.has(scope.workflow))) return false;
  return !rule.paid || scope.paid;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

/**
 * The disclosures an item must carry, each text once: two entries asking for "#ad" (one for Mastodon, one
 * for paid items) ask a paid Mastodon post for it once, with the more severe of their severities. The
 * generator is asked for these texts and the voice lock checks them, so both mean the same list.
 */
export function disclosuresFor(
  rules: readonly CompiledDisclosure[],
  scope: DisclosureScope,
): CompiledDisclosure[] {
  const byText = new Map<string, CompiledDisclosure>();
  for (const rule of rules) {
    if (!appliesTo(rule, scope)) continue;
    const first = byText.get(rule.normalized);
    if (!first) byText.set(rule.normalized, rule);
    else if (RANK[rule.severity] < RANK[first.severity])
      byText.set(rule.normalized, { ...first, severity: rule.severity });
  }
  return [...byText.values()];
}

/** The texts of the disclosures an item must carry, for the generator's request. */
export function requiredDisclosureTexts(rules: VoiceRules | undefined, scope: DisclosureScope): string[] {
  return rules ? disclosuresFor(compileRules(rules).disclosures, scope).map((d) => d.text) : [];
}

/**
 * loopcast.disclosure: text that some items must carry (an unsubscribe notice, an ad disclosure), by
 * channel, by workflow or because the item is paid. Searched in the prose, so Markdown emphasis or a line
 * break inside the disclosure does not hide it, while a disclosure inside a code block does not count. A
 * missing one has the entry's severity; one written twice is a warning, since readers see it twice.
 */
export function retextDisclosures() {
  return (_tree: Root, file: VFile): undefined => {
    const context = voiceContext(file);
    const required = disclosuresFor(context.rules.disclosures, context);
    if (required.length === 0) return;
    const prose = normalizeForSearch(context.prose.map((block) => block.text).join(" "));
    for (const rule of required) {
      const count = countPhrase(prose, rule.normalized);
      if (count === 1) continue;
      if (count === 0) {
        // A missing text has no position of its own: report it at the start of the body.
        report(file, context, {
          rule: "disclosure",
          severity: rule.severity,
          message: `Add the disclosure that ${describeScope(rule, context.channel)} must carry: "${rule.text}".`,
          start: 0,
          expected: [rule.text],
        });
        continue;
      }
      // At the second occurrence when the prose shows it as written; else at the start of the body.
      const second = matchProse(context.prose, wholeWordPattern(rule.text, false))[1];
      report(file, context, {
        rule: "disclosure",
        severity: "warning",
        message: `The disclosure "${rule.text}" appears ${count} times; keep it once.`,
        start: second?.start ?? 0,
        ...(second ? { end: second.end, actual: second.text } : {}),
      });
    }
  };
}

/** "newsletter items", "paid items of summer-promo": the items an entry is about, for its message. */
function describeScope(rule: CompiledDisclosure, channel: string): string {
  const paid = rule.paid ? "paid " : "";
  if (rule.workflows) return `${paid}items of ${[...rule.workflows].join(", ")}`;
  if (rule.channels) return `${paid}${channel} items`;
  return `${paid}items`;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Occurrences of `phrase` in `text` that do not run into a longer word ("#ad" in "#adventure"). */
export function countPhrase(text: string, phrase: string): number {
  const checkBefore = WORD_CHAR.test(phrase.charAt(0));
  const checkAfter = WORD_CHAR.test(phrase.charAt(phrase.length - 1));
  let count = 0;
  for (let at = text.indexOf(phrase); at !== -1; ) {
    const whole =
      !(checkBefore && WORD_CHAR.test(text.charAt(at - 1))) &&
      !(checkAfter && WORD_CHAR.test(text.charAt(at + phrase.length)));
    if (whole) count++;
    at = text.indexOf(phrase, whole ? at + phrase.length : at + 1);
  }
  return count;
}
