// The guardrail check of one item, run when a proposal is opened and again at publish time: the
// brand-voice lock, topic blockers, markup (markup.ts), its images (item-media.ts), its channel kind's text
// limits (channel-limits.ts), and the reasons it must go to a person whatever its level.
import type { Config } from "../config/types.ts";
import { bodyLineOffset, type Item, ItemMediaError, parseItem } from "../state/item.ts";
import type { Finding } from "../voice/finding.ts";
import { compareFindings } from "../voice/finding.ts";
import { checkVoice } from "../voice/index.ts";
import { isPaid, money } from "./budget.ts";
import { channelLimitFindings } from "./channel-limits.ts";
import { mediaFindings } from "./item-media.ts";
import { markupFindings } from "./markup.ts";
import { topicFindings } from "./topics.ts";

export interface ItemCheck {
  findings: Finding[];
  errors: number;
  warnings: number;
  suggestions: number;
  /** Why a person must merge this item, whatever the workflow's level. */
  needsHuman: string[];
}

export function checkItemText(config: Config, text: string, file: string, reservation = 0): ItemCheck {
  // A malformed media list is a finding like any other (the item is refused, the run goes on).
  let item: Item;
  let mediaList: Finding | undefined;
  try {
    item = parseItem(text, file);
  } catch (err) {
    if (!(err instanceof ItemMediaError)) throw err;
    item = err.item;
    mediaList = {
      ruleId: "loopcast.media",
      severity: "error",
      message: err.problem,
      line: err.line,
      column: 1,
    };
  }
  const lineOffset = bodyLineOffset(text);
  const g = config.guardrails;
  const workflow = config.workflows.find((w) => w.id === item.meta.workflow);
  const scope = { channel: item.meta.channel, workflow: item.meta.workflow, paid: isPaid(workflow) };
  const voice = g.voice ? checkVoice({ body: item.body, ...scope, lineOffset }, g.voice) : [];
  const topics = topicFindings(item.body, g.topics?.blocked ?? [], lineOffset);
  // Generated text is text: raw HTML, links that run code and template tags are errors on every channel.
  const markup = markupFindings({
    text,
    body: item.body,
    lineOffset,
    fields: { title: item.meta.title, summary: item.meta.summary },
  });
  // Images: each file exists and fits the channel kind, each alt text passes the voice lock (item-media.ts).
  const media = [...(mediaList ? [mediaList] : []), ...mediaFindings(config, item, text)];
  // The channel kind's own text limits (Instagram's caption, hashtags, @-mentions: channel-limits.ts).
  const limits = channelLimitFindings(config, { channel: item.meta.channel, body: item.body }, lineOffset);
  const findings = [...voice, ...topics, ...markup, ...media, ...limits].sort(compareFindings);
  const needsHuman = [
    ...new Set(
      topics.map((f) =>
        f.message.replace(/^Mentions "[^"]*": /, "").replace(/\. A person must approve this item\.$/, ""),
      ),
    ),
  ].map((reason) => `topic: ${reason}`);
  // Equivalent mutants: the currency is shown only when requireApprovalAbove is set, i.e. with a budget,
  // whose currency the schema requires; the `?.` and the "" fallback are never used.
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, see above
  const currency = g.budget?.currency ?? "";
  const above = g.budget?.requireApprovalAbove;
  if (above !== undefined && reservation > above) {
    needsHuman.push(
      `spend ${money(reservation, currency)} is above requireApprovalAbove (${money(above, currency)})`,
    );
  }
  const allow = g.channels?.allow;
  if (allow && !allow.includes(item.meta.channel)) {
    needsHuman.push(`channel "${item.meta.channel}" is not in the guardrails' allow-list`);
  }
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    errors: count("error"),
    warnings: count("warning"),
    suggestions: count("suggestion"),
    needsHuman,
  };
}

/** Findings as lines for a PR body, a report or an exception: `line:col severity message [rule]`. */
export function findingLines(findings: readonly Finding[], file: string): string[] {
  return findings.map((f) => `${file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  [${f.ruleId}]`);
}
