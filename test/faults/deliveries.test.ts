// The crash loop's counting, on hand-made arrivals and a hand-made repository: what counts as a
// delivery on each channel (an Instagram post published, not a container; a Mailchimp campaign out, not a
// draft), what a webhook replay is, and which ledger endings are in doubt.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Arrivals, countDeliveries, recorded } from "./deliveries.ts";

const BLOG = "weekly-blog@20261201T0800Z";
const MAIL = "weekly-newsletter@20261201T0700Z";
const POST = "daily-social@20261201T1130Z";
const HOOK = "daily-hook@20261201T0900Z";
const DUE = new Map([
  [BLOG, "blog"],
  [MAIL, "newsletter"],
  [POST, "mastodon"],
  [HOOK, "hooks"],
]);

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "loopcast-deliveries-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const item = (cycle: string, body: string) =>
  `---\ncycle: ${cycle}\nworkflow: ${cycle.split("@")[0]}\nchannel: x\ntitle: T\nslot: "2026-12-01T11:30:00Z"\nsummary: S\n---\n\n${body}\n`;

function arrivals(over: Partial<Arrivals> = {}): Arrivals {
  return {
    due: DUE,
    smtp: { accepted: [] },
    mastodon: { statuses: new Map() },
    bluesky: { posts: new Map() },
    webhooks: { requests: [] },
    instagram: { media: new Map() },
    mailchimp: { campaigns: new Map() },
    ...over,
  };
}

const hook = (key: string, status = 201, cycle = HOOK) => ({
  method: "POST",
  path: "/hooks/loopcast",
  status,
  idempotencyKey: key,
  payload: { cycle },
});

describe("countDeliveries", () => {
  it("counts each channel's deliveries per item, where they arrived", () => {
    const d = repo({
      [`marketing/content/daily-social/${POST}.md`]: item(POST, "Marketing you can review like code."),
      "site/blog/2026-12-01-a.md": `---\ncycle: ${BLOG}\ntitle: A\n---\n\nbody\n`,
      "site/blog/2026-12-01-b.md": `---\ncycle: ${BLOG}\ntitle: B\n---\n\nbody\n`,
      "site/blog/feed.xml": "<rss/>",
    });
    const mail = { messageId: "<k@loopcast.dev>", cycle: MAIL, to: ["list@example.com"] };
    const { byCycle, unattributed } = countDeliveries(
      arrivals({
        smtp: { accepted: [mail, mail] },
        mastodon: { statuses: new Map([["1", { text: "Marketing you can review like code." }]]) },
        webhooks: { requests: [hook("k1"), hook("k1", 200), hook("k1", 500), hook("k2")] },
      }),
      d,
    );
    expect(Object.fromEntries(byCycle)).toEqual({
      [BLOG]: { count: 2 },
      [MAIL]: { count: 2, keys: 1 },
      [POST]: { count: 1 },
      // Three answered 2xx, two of them with one key: a receiver that honours the key acted twice.
      [HOOK]: { count: 2, raw: 3 },
    });
    expect(unattributed).toEqual([]);
  });

  it("lists what arrived for no due item: an unknown cycle, a status no item wrote", () => {
    const d = repo({ [`marketing/content/daily-social/${POST}.md`]: item(POST, "the item") });
    const { byCycle, unattributed } = countDeliveries(
      arrivals({
        smtp: { accepted: [{ messageId: "<x@y>", cycle: "", to: [] }] },
        mastodon: { statuses: new Map([["1", { text: "something else" }]]) },
        webhooks: { requests: [hook("k", 201, "other@20261201T0900Z")] },
      }),
      d,
    );
    expect(byCycle.get(POST)).toEqual({ count: 0 });
    expect(unattributed).toHaveLength(3);
  });
});

describe("countDeliveries on Bluesky", () => {
  it("counts an item's first posts by their text, not the later posts of its thread", () => {
    const SKY = "daily-bsky@20261201T1000Z";
    const d = repo({ [`marketing/content/daily-bsky/${SKY}.md`]: item(SKY, "Bread at nine.") });
    const post = (uri: string, text: string, reply = false) => [uri, { text, reply }] as const;
    const { byCycle, unattributed } = countDeliveries(
      {
        ...arrivals(),
        due: new Map([[SKY, "bsky"]]),
        bluesky: {
          posts: new Map([
            post("at://a", "Bread at nine."),
            post("at://b", "more", true),
            post("at://c", "Bread at nine."),
          ]),
        },
      },
      d,
    );
    expect(byCycle.get(SKY)).toEqual({ count: 2 });
    expect(unattributed).toEqual([]);
  });
});

describe("countDeliveries on Instagram", () => {
  const INSTA = "daily-insta@20261201T1200Z";
  const OTHER = "daily-insta@20261202T1200Z";
  it("counts published media by their caption, the item's body; an unpublished container is not there", () => {
    const d = repo({
      [`marketing/content/daily-insta/${INSTA}.md`]: item(INSTA, "Croissants at noon."),
      [`marketing/content/daily-insta/${OTHER}.md`]: item(OTHER, "Rye at noon."),
    });
    const { byCycle, unattributed } = countDeliveries(
      {
        ...arrivals(),
        due: new Map([
          [INSTA, "insta"],
          [OTHER, "insta"],
        ]),
        // The stand-in's `media` holds published posts only (containers are kept apart).
        instagram: {
          media: new Map([
            ["1", { caption: "Croissants at noon." }],
            ["2", { caption: "Croissants at noon.\r\n" }],
            ["3", { caption: "Something posted by hand" }],
          ]),
        },
      },
      d,
    );
    expect(byCycle.get(INSTA)).toEqual({ count: 2 });
    expect(byCycle.get(OTHER)).toEqual({ count: 0 });
    expect(unattributed).toEqual(['an Instagram post "Something posted by hand…"']);
  });
});

describe("countDeliveries on Mailchimp", () => {
  const CHIMP = "weekly-chimp@20261201T0600Z";
  const campaign = (title: string, status: string) => ({ status, settings: { title } });
  it("counts campaigns sent, sending or scheduled under the cycle id; a draft or a canceled one is not a send", () => {
    const d = repo({});
    const { byCycle, unattributed } = countDeliveries(
      {
        ...arrivals(),
        due: new Map([[CHIMP, "chimp"]]),
        mailchimp: {
          campaigns: new Map([
            ["a", campaign(CHIMP, "sent")],
            ["b", campaign(CHIMP, "save")],
            ["c", campaign(CHIMP, "canceled")],
            ["d", campaign(CHIMP, "schedule")],
            ["e", campaign("weekly-chimp@20261124T0600Z", "sent")],
            ["f", campaign("a draft of someone else", "save")],
          ]),
        },
      },
      d,
    );
    // One sent and one scheduled under the same cycle: the duplicate the crash loop looks for.
    expect(byCycle.get(CHIMP)).toEqual({ count: 2 });
    expect(unattributed).toEqual(['a Mailchimp campaign (sent) titled "weekly-chimp@20261124T0600Z"']);
  });
});

describe("recorded", () => {
  const line = (o: object) => `${JSON.stringify({ at: "2026-12-03T12:00:00Z", ...o })}\n`;
  it("takes the last publish event, an unknown outcome marked, and open exceptions naming the item", () => {
    const d = repo({
      [`marketing/ledger/2026/12/${MAIL}.jsonl`]:
        line({ type: "merged" }) +
        line({ type: "publishing" }) +
        line({ type: "publish-failed", outcome: "unknown" }) +
        line({ type: "spent" }),
      [`marketing/ledger/2026/12/${POST}.jsonl`]: line({ type: "publishing" }) + line({ type: "published" }),
      [`marketing/ledger/2026/12/${HOOK}.jsonl`]: line({ type: "publishing" }),
      [`marketing/exceptions/publish-failure--${MAIL}.yaml`]: `id: a\nstatus: open\ncycle: ${MAIL}\n`,
      [`marketing/exceptions/publish-failure--${HOOK}.yaml`]: `id: b\nstatus: resolved\ncycle: ${HOOK}\n`,
      "marketing/exceptions/anomaly--x.yaml": `id: c\nstatus: open\ntitle: "x"\ndetail: "see ${BLOG}"\n`,
    });
    expect(Object.fromEntries(recorded(d, DUE.keys()))).toEqual({
      [MAIL]: { last: "publish-failed (unknown)", exception: true },
      [POST]: { last: "published", exception: false },
      [HOOK]: { last: "publishing", exception: false },
      [BLOG]: { last: "none", exception: true },
    });
  });
});
