import { describe, expect, it } from "vitest";
import { buildItemIndex, matchRow, normaliseUrl } from "./match.ts";
import type { PublishedItem } from "./types.ts";

const items: PublishedItem[] = [
  {
    cycle: "weekly-blog@20261202T0800Z",
    workflow: "weekly-blog",
    channel: "blog",
    publishedAt: "2026-12-02T08:00:00Z",
    url: "https://loopcast.dev/blog/gitops-for-marketing/",
  },
  {
    cycle: "daily-toot@20261201T1200Z",
    workflow: "daily-toot",
    channel: "mastodon",
    publishedAt: "2026-12-01T12:00:00Z",
    url: "https://mastodon.social/@loopcast/1136",
    receiptId: "1136",
  },
  {
    cycle: "weekly-blog-de@20261202T0800Z",
    workflow: "weekly-blog-de",
    channel: "blog-de",
    publishedAt: "2026-12-02T08:00:00Z",
    url: "https://loopcast.de/blog/start",
  },
  {
    cycle: "weekly-blog@20261209T0800Z",
    workflow: "weekly-blog",
    channel: "blog",
    publishedAt: "2026-12-09T08:00:00Z",
    url: "https://loopcast.dev/blog/start",
  },
];
const index = buildItemIndex(items);
const m = (row: Parameters<typeof matchRow>[0]) => {
  const r = matchRow(row, index);
  return r.ok ? r.item.cycle : r.reason;
};

describe("normaliseUrl", () => {
  it("drops utm_* parameters, fragments, trailing slashes and case in scheme and host", () => {
    expect(normaliseUrl("HTTPS://Loopcast.DEV/blog/Post/?utm_source=x&utm_medium=y#top")).toBe(
      "https://loopcast.dev/blog/Post",
    );
    expect(normaliseUrl("https://loopcast.dev:443/blog/post?page=2&utm_campaign=z")).toBe(
      "https://loopcast.dev/blog/post?page=2",
    );
    expect(normaliseUrl("http://loopcast.dev/blog/post")).toBe("https://loopcast.dev/blog/post");
    expect(normaliseUrl("loopcast.dev/blog/post/")).toBe("https://loopcast.dev/blog/post");
    expect(normaliseUrl("/blog/post/?utm_source=x")).toBe("/blog/post");
    expect(normaliseUrl("/")).toBe("/");
    expect(normaliseUrl("  ")).toBeUndefined();
  });

  // Exports and hand-built links spell them UTM_Source or utm_Medium; analytics tools read them alike, so
  // an item's numbers must not be lost to the spelling. Other parameters keep their case and their value.
  it("drops utm_ parameters whatever their case", () => {
    expect(
      normaliseUrl("https://loopcast.dev/blog/post?UTM_Source=news&Utm_Medium=email&utm_campaign=z"),
    ).toBe("https://loopcast.dev/blog/post");
    expect(normaliseUrl("/blog/post/?UTM_SOURCE=x&Page=2")).toBe("/blog/post?Page=2");
    // Only the utm_ prefix: a parameter that merely contains it is kept.
    expect(normaliseUrl("https://loopcast.dev/blog/post?ref_utm_source=x")).toBe(
      "https://loopcast.dev/blog/post?ref_utm_source=x",
    );
  });
});

describe("matchRow", () => {
  it("matches by cycle, receipt, full URL and path-only URL", () => {
    expect(m({ cycle: "weekly-blog@20261202T0800Z", metrics: {} })).toBe("weekly-blog@20261202T0800Z");
    expect(m({ receiptId: "1136", metrics: {} })).toBe("daily-toot@20261201T1200Z");
    expect(m({ url: "http://LOOPCAST.dev/blog/gitops-for-marketing?utm_source=buffer", metrics: {} })).toBe(
      "weekly-blog@20261202T0800Z",
    );
    expect(m({ url: "/blog/gitops-for-marketing/", metrics: {} })).toBe("weekly-blog@20261202T0800Z");
  });

  it("credits a row whose URL carries UTM_Source= as it credits one with utm_source=", () => {
    for (const query of ["utm_source=buffer", "UTM_Source=buffer", "Utm_Source=buffer&UTM_MEDIUM=social"])
      expect(m({ url: `https://loopcast.dev/blog/gitops-for-marketing/?${query}`, metrics: {} })).toBe(
        "weekly-blog@20261202T0800Z",
      );
  });

  it("names what it looked for when nothing matches", () => {
    expect(m({ cycle: "weekly-blog@20261230T0800Z", metrics: {} })).toBe(
      "no published item matches cycle=weekly-blog@20261230T0800Z",
    );
    expect(m({ url: "https://loopcast.dev/pricing", receiptId: "9", metrics: {} })).toBe(
      "no published item matches receiptId=9 / url=https://loopcast.dev/pricing",
    );
  });

  it("an unknown cycle is not rescued by a URL that happens to match", () => {
    expect(
      m({ cycle: "weekly-blog@20261230T0800Z", url: "/blog/gitops-for-marketing", metrics: {} }),
    ).toMatch(/^no published item matches cycle=weekly-blog@20261230T0800Z/);
  });

  it("refuses identifiers that point at different items", () => {
    expect(m({ cycle: "weekly-blog@20261202T0800Z", receiptId: "1136", metrics: {} })).toBe(
      "the row's identifiers point at different items (cycle=weekly-blog@20261202T0800Z → weekly-blog@20261202T0800Z; receiptId=1136 → daily-toot@20261201T1200Z)",
    );
  });

  it("refuses a path shared by two sites, and a channel that is not the item's", () => {
    expect(m({ url: "/blog/start", metrics: {} })).toBe(
      "url=/blog/start matches 2 published items (weekly-blog-de@20261202T0800Z, weekly-blog@20261209T0800Z); add a cycle column to say which",
    );
    expect(m({ url: "https://loopcast.de/blog/start", metrics: {} })).toBe("weekly-blog-de@20261202T0800Z");
    expect(m({ receiptId: "1136", channel: "blog", metrics: {} })).toBe(
      "no published item matches receiptId=1136",
    );
    expect(m({ cycle: "daily-toot@20261201T1200Z", channel: "blog", metrics: {} })).toBe(
      'row is for channel "blog" but daily-toot@20261201T1200Z was published on "mastodon"',
    );
  });
});

describe("matchRow with the identifiers of real exports", () => {
  const nl: PublishedItem[] = [
    {
      cycle: "weekly-newsletter@20261201T0900Z",
      workflow: "weekly-newsletter",
      channel: "newsletter",
      publishedAt: "2026-12-01T09:00:04Z",
      receiptId: "<a=40b@loopcast.dev> queued as Q1",
      messageId: "<a=40b@loopcast.dev>",
      subject: "Advent  Opening hours",
      title: "Advent opening hours",
    },
    {
      cycle: "daily-insta@20261201T1700Z",
      workflow: "daily-insta",
      channel: "instagram",
      publishedAt: "2026-12-01T17:00:00Z",
      receiptId: "17912345678901234",
      permalink: "https://www.instagram.com/p/DC1aBcDeFgH/",
    },
  ];
  const idx = buildItemIndex(nl);
  const mm = (row: Parameters<typeof matchRow>[0]) => {
    const r = matchRow(row, idx);
    return r.ok ? r.item.cycle : r.reason;
  };

  it("a Message-ID with or without its angle brackets", () => {
    expect(mm({ messageId: "a=40b@loopcast.dev", metrics: {} })).toBe("weekly-newsletter@20261201T0900Z");
    expect(mm({ messageId: "<a=40b@loopcast.dev>", metrics: {} })).toBe("weekly-newsletter@20261201T0900Z");
  });

  it("a subject or title whatever its case and spacing; a title may be the cycle id", () => {
    expect(mm({ subject: " advent opening HOURS ", metrics: {} })).toBe("weekly-newsletter@20261201T0900Z");
    expect(mm({ title: "Weekly-Newsletter@20261201T0900Z", metrics: {} })).toBe(
      "weekly-newsletter@20261201T0900Z",
    );
  });

  it("a permalink, without www., with a tracking parameter", () => {
    expect(mm({ url: "https://instagram.com/p/DC1aBcDeFgH?igsh=MWQ1", metrics: {} })).toBe(
      "daily-insta@20261201T1700Z",
    );
  });

  it("an identifier that finds nothing is passed over; one that finds something must agree", () => {
    expect(mm({ receiptId: "mailchimp-campaign", subject: "Advent opening hours", metrics: {} })).toBe(
      "weekly-newsletter@20261201T0900Z",
    );
    expect(mm({ receiptId: "17912345678901234", subject: "Advent opening hours", metrics: {} })).toMatch(
      /^the row's identifiers point at different items/,
    );
  });
});
