// The text limits a channel kind declares (Instagram: caption length, hashtags, @-mentions), checked where
// an item is checked: when it is proposed and again at publish time. A kind without `text` limits is left
// to its generator's maxLength. The channel runs the same counts before it publishes, so an item that
// slipped past (an override) is refused with the same words instead of by the provider.
import { CHANNEL_KINDS, type ChannelKind, maxLengthOf } from "../channels/catalogue.ts";
import { type Config, channelById } from "../config/types.ts";
import type { Finding } from "../voice/finding.ts";

// A # or @ inside a word, a URL's fragment or an e-mail address starts no tag.
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]+/gu;
const MENTION = /(?<![p{L}p{N}_.@/])@[A-Za-z0-9._]+/g;

export interface TextLimitProblem {
  rule: "length" | "hashtags" | "mentions";
  message: string;
  /** Offset in the text of the first character over the limit. */
  index: number;
}

/** Characters as Instagram counts them: Unicode code points (an emoji with modifiers counts more than once). */
export function characterCount(text: string): number {
  return [...text].length;
}

export function hashtags(text: string): RegExpExecArray[] {
  return [...text.matchAll(HASHTAG)];
}

export function mentions(text: string): RegExpExecArray[] {
  return [...text.matchAll(MENTION)];
}

/** What in `text` breaks the limits of a kind that declares them; nothing for other kinds. */
export function textLimitProblems(
  text: string,
  kind: ChannelKind,
  maxLength = kind.maxLength,
): TextLimitProblem[] {
  const limits = kind.text;
  if (!limits) return [];
  const problems: TextLimitProblem[] = [];
  const length = characterCount(text);
  if (length > maxLength)
    problems.push({
      rule: "length",
      message: `${length} characters; ${name(kind)} takes at most ${maxLength}: shorten the text`,
      index: [...text].slice(0, maxLength).join("").length,
    });
  for (const [rule, found, max, what] of [
    ["hashtags", hashtags(text), limits.maxHashtags, "hashtags"],
    ["mentions", mentions(text), limits.maxMentions, "@-mentions"],
  ] as const) {
    const over = found[max];
    if (over)
      problems.push({
        rule,
        message: `${found.length} ${what}; ${name(kind)} takes at most ${max}: remove ${found.length - max}, from ${over[0]} on`,
        index: over.index,
      });
  }
  return problems;
}

/** The item check's findings for its channel's text limits, positioned in the item file. */
export function channelLimitFindings(
  config: Config,
  item: { channel: string; body: string },
  lineOffset: number,
): Finding[] {
  const channel = channelById(config, item.channel);
  if (!channel) return [];
  const kind: ChannelKind = CHANNEL_KINDS[channel.type];
  // Trailing white space is not part of the caption (the channel trims it), so it is not counted.
  return textLimitProblems(item.body.trimEnd(), kind, maxLengthOf(channel)).map((p) => {
    const before = item.body.slice(0, p.index).split("\n");
    return {
      ruleId: `channel.${p.rule}`,
      severity: "error",
      message: `The item has ${p.message}.`,
      line: lineOffset + before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
    };
  });
}

function name(kind: ChannelKind): string {
  return kind.type.charAt(0).toUpperCase() + kind.type.slice(1);
}
