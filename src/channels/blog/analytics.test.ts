// The blog's numbers from a Plausible stand-in: one Stats API v2 query for every due post, a post without
// visits measured as 0, a refused key in Plausible's words (and never the key), no analytics → skipped.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type PlausibleStandIn, startPlausibleServer } from "../../../test/stand-ins/plausible-server.ts";
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishedItem } from "../../metrics/types.ts";
import type { MeasureRequest } from "../types.ts";
import { blog } from "./index.ts";

const KEY = "plausible-key-abc";
let plausible: PlausibleStandIn;
beforeAll(async () => {
  plausible = await startPlausibleServer({ apiKey: KEY });
});
afterAll(() => plausible.close());
beforeEach(() => {
  plausible.pages.clear();
  plausible.requests.length = 0;
});

const post = (n: number): PublishedItem => ({
  cycle: `weekly-blog@2026120${n}T0900Z`,
  workflow: "weekly-blog",
  channel: "blog",
  publishedAt: `2026-12-0${n}T09:00:00Z`,
  url: `https://example.com/blog/2026-12-0${n}-post-${n}/`,
});

const request = (items: PublishedItem[], key = KEY, analytics = true): MeasureRequest => ({
  channel: {
    id: "blog",
    type: "blog",
    outputDir: "site",
    siteUrl: "https://example.com/blog",
    ...(analytics
      ? {
          analytics: {
            provider: "plausible",
            siteId: "example.com",
            apiKeyEnv: "PLAUSIBLE_KEY",
            baseUrl: plausible.url,
          },
        }
      : {}),
  } as Channel,
  items,
  env: { PLAUSIBLE_KEY: key },
  now: new Date("2026-12-05T09:00:00Z"),
  maxRequests: 40,
  sleep: async () => {},
});

describe("blog analytics (Plausible)", () => {
  it("measures every due post with one query filtered by their paths; a post without visits is 0", async () => {
    plausible.pages.set(
      "example.com",
      new Map([
        ["/blog/2026-12-01-post-1/", { visitors: 40, pageviews: 55 }],
        ["/blog/2026-12-02-post-2/", { visitors: 3, pageviews: 4 }],
        ["/blog/elsewhere/", { visitors: 999, pageviews: 999 }],
      ]),
    );
    const result = await blog.measure?.(request([post(1), post(2), post(3)]));
    expect(plausible.requests).toHaveLength(1);
    expect(plausible.requests[0]?.query).toMatchObject({
      site_id: "example.com",
      metrics: ["visitors", "pageviews"],
      date_range: ["2026-11-30", "2026-12-05"],
      dimensions: ["event:page"],
      filters: [
        [
          "is",
          "event:page",
          ["/blog/2026-12-01-post-1/", "/blog/2026-12-02-post-2/", "/blog/2026-12-03-post-3/"],
        ],
      ],
    });
    expect(result?.rows.map((r) => [r.cycle, r.metrics])).toEqual([
      [post(1).cycle, { visitors: 40, views: 55 }],
      [post(2).cycle, { visitors: 3, views: 4 }],
      [post(3).cycle, { visitors: 0, views: 0 }],
    ]);
    expect(result?.requests).toBe(1);
  });

  it("a refused key is a ChannelError in Plausible's words, naming the variable, never the key", async () => {
    plausible.pages.set("example.com", new Map());
    const err = await blog.measure?.(request([post(1)], "not-the-key")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(false);
    expect((err as Error).message).toMatch(/PLAUSIBLE_KEY \(401: Invalid API key or site ID/);
    expect((err as Error).message).not.toContain("not-the-key");
  });

  it("a blog without analytics makes no request and skips its posts, saying why", async () => {
    const result = await blog.measure?.(request([post(1)], KEY, false));
    expect(result?.requests).toBe(0);
    expect(result?.skipped[0]?.reason).toMatch(/names no analytics/);
    expect(plausible.requests).toHaveLength(0);
  });
});
