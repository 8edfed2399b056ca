// A channel kind's text limits (Instagram's caption, hashtags, @-mentions), counted as Instagram counts
// them and reported by the item check, positioned at the first tag over the limit.
import { beforeAll, describe, expect, it } from "vitest";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { renderItem } from "../state/item.ts";
import { characterCount, hashtags, mentions, textLimitProblems } from "./channel-limits.ts";
import { checkItemText } from "./check-item.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let config: Config;
beforeAll(async () => {
  const base = await requireConfig(`${ROOT}/marketing`);
  config = {
    ...base,
    strategy: {
      ...base.strategy,
      channels: [
        ...base.strategy.channels,
        {
          id: "insta",
          type: "instagram",
          igUserId: "17841400000000001",
          tokenEnv: "INSTAGRAM_TOKEN",
          mediaBaseUrl: "https://example.com/media/",
        },
      ],
    },
  };
});

function itemText(body: string, channel = "insta"): string {
  return renderItem({
    meta: {
      cycle: "daily-social@20261201T1130Z",
      workflow: "daily-social",
      channel,
      slot: "2026-12-01T11:30:00.000Z",
      title: "A post",
      summary: "A post",
      arms: {},
      generator: "template",
    },
    body,
  });
}

describe("channel text limits", () => {
  it("counts hashtags and mentions as tags, not a URL's fragment, an e-mail address or a word's inner #", () => {
    const text =
      "#bread and #rye_2 at https://x.example/p#menu, mail shop@crumb.example, C# and @crumb.co @x";
    expect(hashtags(text).map((m) => m[0])).toEqual(["#bread", "#rye_2"]);
    expect(mentions(text).map((m) => m[0])).toEqual(["@crumb.co", "@x"]);
    expect(characterCount("é👍🏽")).toBe(3);
  });

  it("applies only to kinds that declare text limits", () => {
    const tags = Array.from({ length: 40 }, (_, i) => `#t${i}`).join(" ");
    expect(textLimitProblems(tags, CHANNEL_KINDS.mastodon)).toEqual([]);
    expect(textLimitProblems(tags, CHANNEL_KINDS.instagram).map((p) => p.rule)).toEqual(["hashtags"]);
    const exactly = Array.from({ length: 30 }, (_, i) => `#t${i}`).join(" ");
    expect(textLimitProblems(exactly, CHANNEL_KINDS.instagram)).toEqual([]);
    expect(textLimitProblems("a".repeat(2200), CHANNEL_KINDS.instagram)).toEqual([]);
    expect(textLimitProblems("a".repeat(2201), CHANNEL_KINDS.instagram)[0]).toMatchObject({
      rule: "length",
      index: 2200,
    });
    // A channel's own maxLength is the limit when it sets one.
    expect(textLimitProblems("a".repeat(501), CHANNEL_KINDS.instagram, 500)[0]?.message).toBe(
      "501 characters; Instagram takes at most 500: shorten the text",
    );
  });

  it("makes the item check report each limit as an error at the first character over it", () => {
    const mentionsLine = Array.from({ length: 21 }, (_, i) => `@f${i}`).join(" ");
    const tagsLine = Array.from({ length: 31 }, (_, i) => `#t${i}`).join(" ");
    const text = itemText(`Our bake.\n${mentionsLine}\n${tagsLine}`);
    const bodyStart = text.split("\n").indexOf("Our bake.") + 1;
    const check = checkItemText(config, text, "x.md");
    const limits = check.findings.filter((f) => f.ruleId.startsWith("channel."));
    expect(limits.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      [
        "channel.mentions",
        "error",
        bodyStart + 1,
        mentionsLine.indexOf("@f20") + 1,
        "The item has 21 @-mentions; Instagram takes at most 20: remove 1, from @f20 on.",
      ],
      [
        "channel.hashtags",
        "error",
        bodyStart + 2,
        tagsLine.indexOf("#t30") + 1,
        "The item has 31 hashtags; Instagram takes at most 30: remove 1, from #t30 on.",
      ],
    ]);
    expect(check.errors).toBeGreaterThanOrEqual(2);
    // The length counts the caption as sent: the file's final newline is not part of it.
    const length = (body: string) =>
      checkItemText(config, itemText(body), "x.md").findings.filter((f) => f.ruleId === "channel.length");
    expect(length("a".repeat(2200))).toEqual([]);
    expect(length("a".repeat(2201)).map((f) => f.column)).toEqual([2201]);
    // The same text on a kind without text limits adds no such finding.
    const onMastodon = checkItemText(config, itemText(`Our bake.\n${tagsLine}`, "mastodon"), "x.md");
    expect(onMastodon.findings.filter((f) => f.ruleId.startsWith("channel."))).toEqual([]);
  });
});
