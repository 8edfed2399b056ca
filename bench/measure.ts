// npm run bench:measure — one measure step for 500 published items inside their benchmark windows, spread
// over Mastodon, Bluesky, the blog (Plausible), Instagram and Mailchimp, against the local stand-ins: the
// requests each channel made (as the stand-ins counted them) and the total. Goal: ≤ 40 requests (issue 15), by batching —
// 20 statuses per Mastodon read, 25 posts per getPosts, 100 pages per Plausible query, 50 Instagram
// posts per Graph API batch, 1,000 Mailchimp reports.
// A channel kind that learns to measure is one more entry in BENCH_CHANNELS. Options: --items 500.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHANNELS } from "../src/channels/registry.ts";
import { requireConfig } from "../src/config/load.ts";
import type { Benchmark, Channel, Config } from "../src/config/types.ts";
import { measureFiles } from "../src/pipeline/measure.ts";
import { appendEvents, type LedgerEvent, readLedger } from "../src/state/ledger.ts";
import { startBlueskyAppView } from "../test/stand-ins/bluesky-appview.ts";
import { startInstagramGraph } from "../test/stand-ins/instagram-graph.ts";
import { startMailchimpServer } from "../test/stand-ins/mailchimp-server.ts";
import { startMastodonServer } from "../test/stand-ins/mastodon-server.ts";
import { startPlausibleServer } from "../test/stand-ins/plausible-server.ts";

const GOAL = 40;
const H = 3_600_000;
const START = Date.parse("2026-12-01T00:00:00Z");
const NOW = new Date(START + 47 * H);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** One channel under the bench: its configuration, a receipt per item as its publish would write it. */
interface BenchChannel {
  id: string;
  workflow: string;
  /** A benchmark that keeps its items in a window at NOW. */
  benchmark: Benchmark;
  start(): Promise<{
    channel: Channel;
    env: Record<string, string>;
    /** Publishes item i on the stand-in; its receipt. */
    publish(i: number): Promise<{ id: string; url?: string }>;
    /** Requests the stand-in received since `publish` calls ended. */
    requests(): number;
    resetCount(): void;
    close(): Promise<void>;
  }>;
}

const BENCH_CHANNELS: BenchChannel[] = [
  {
    id: "mastodon",
    workflow: "daily-social",
    benchmark: { id: "b-mastodon", channel: "mastodon", metric: "likes", min: 1, window: "48h" } as Benchmark,
    async start() {
      const token = "bench-mastodon-token";
      const s = await startMastodonServer({ token });
      return {
        channel: {
          id: "mastodon",
          type: "mastodon",
          instanceUrl: s.url,
          tokenEnv: "MASTODON_TOKEN",
        } as Channel,
        env: { MASTODON_TOKEN: token },
        async publish(i) {
          const res = await fetch(`${s.url}/api/v1/statuses`, {
            method: "POST",
            headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
            body: JSON.stringify({ status: `post ${i}` }),
          });
          const { id, url } = (await res.json()) as { id: string; url: string };
          return { id, url };
        },
        requests: () => s.requests.length,
        resetCount: () => {
          s.requests.length = 0;
        },
        close: () => s.close(),
      };
    },
  },
  {
    id: "bluesky",
    workflow: "bluesky-posts",
    benchmark: { id: "b-bluesky", channel: "bluesky", metric: "likes", min: 1, window: "48h" } as Benchmark,
    async start() {
      const s = await startBlueskyAppView();
      return {
        channel: {
          id: "bluesky",
          type: "bluesky",
          identifierEnv: "BSKY_HANDLE",
          passwordEnv: "BSKY_PASSWORD",
          appViewUrl: s.url,
        } as Channel,
        env: {},
        async publish(i) {
          const uri = `at://did:plc:bench/app.bsky.feed.post/3bench${i}`;
          s.posts.set(uri, { likeCount: i % 7, repostCount: 1, replyCount: 0, quoteCount: 0 });
          return { id: uri };
        },
        requests: () => s.requests.length,
        resetCount: () => {
          s.requests.length = 0;
        },
        close: () => s.close(),
      };
    },
  },
  {
    id: "blog",
    workflow: "weekly-blog",
    benchmark: { id: "b-blog", channel: "blog", metric: "views", min: 1, window: "7d" } as Benchmark,
    async start() {
      const key = "bench-plausible-key";
      const s = await startPlausibleServer({ apiKey: key });
      const pages = new Map<string, { visitors: number; pageviews: number }>();
      s.pages.set("bench.example", pages);
      return {
        channel: {
          id: "blog",
          type: "blog",
          outputDir: "site/blog",
          siteUrl: "https://bench.example/blog",
          analytics: {
            provider: "plausible",
            siteId: "bench.example",
            apiKeyEnv: "PLAUSIBLE_KEY",
            baseUrl: s.url,
          },
        } as Channel,
        env: { PLAUSIBLE_KEY: key },
        async publish(i) {
          const slug = `post-${i}`;
          pages.set(`/blog/${slug}/`, { visitors: i, pageviews: 2 * i });
          return { id: slug, url: `https://bench.example/blog/${slug}/` };
        },
        requests: () => s.requests.length,
        resetCount: () => {
          s.requests.length = 0;
        },
        close: () => s.close(),
      };
    },
  },
  {
    id: "instagram",
    workflow: "instagram-posts",
    benchmark: {
      id: "b-instagram",
      channel: "instagram",
      metric: "reach",
      min: 1,
      window: "48h",
    } as Benchmark,
    async start() {
      const token = "bench-instagram-token";
      const s = await startInstagramGraph({ token });
      return {
        channel: {
          id: "instagram",
          type: "instagram",
          igUserId: s.igUserId,
          tokenEnv: "INSTAGRAM_TOKEN",
          mediaBaseUrl: "https://bench.example/media/",
          baseUrl: s.url,
        } as Channel,
        env: { INSTAGRAM_TOKEN: token },
        async publish(i) {
          // A post as media_publish leaves it; its insights are read 50 posts per batch request.
          const m = s.seedMedia(`post ${i}`);
          s.setInsights(m.id, {
            views: 10 * i,
            reach: 5 * i,
            likes: i % 9,
            comments: 1,
            shares: 0,
            saved: 2,
          });
          return { id: m.id, url: m.permalink };
        },
        requests: () => s.requests.length,
        resetCount: () => {
          s.requests.length = 0;
        },
        close: () => s.close(),
      };
    },
  },
  {
    id: "mailchimp",
    workflow: "weekly-newsletter",
    benchmark: {
      id: "b-mailchimp",
      channel: "mailchimp",
      metric: "open_rate",
      min: 0.1,
      window: "7d",
    } as Benchmark,
    async start() {
      const key = "FAKE0bench0mailchimp0key-us21";
      const s = await startMailchimpServer({ apiKey: key, now: () => NOW });
      return {
        channel: {
          id: "mailchimp",
          type: "mailchimp",
          apiKeyEnv: "MAILCHIMP_API_KEY",
          listId: "a1b2c3d4e5",
          fromName: "Bench",
          replyTo: "news@bench.example",
          baseUrl: s.url,
        } as Channel,
        env: { MAILCHIMP_API_KEY: key },
        async publish(i) {
          // A campaign sent at the start: its report is read by one GET /reports for up to 1,000 campaigns.
          const sendTime = new Date(START).toISOString();
          const c = s.seedSent({ title: `bench-${i}`, subject: `Issue ${i}`, sendTime });
          return { id: c.id, url: c.archive_url };
        },
        requests: () => s.requests.length,
        resetCount: () => {
          s.requests.length = 0;
        },
        close: () => s.close(),
      };
    },
  },
];

function cycleOf(workflow: string, at: number): string {
  const t = new Date(at).toISOString();
  return `${workflow}@${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}T${t.slice(11, 13)}${t.slice(14, 16)}Z`;
}

async function main(): Promise<void> {
  const total = Number(arg("--items", "500"));
  const dir = await mkdtemp(join(tmpdir(), "loopcast-bench-measure-"));
  const example = await requireConfig(join(import.meta.dirname, "../marketing"));
  const started = await Promise.all(BENCH_CHANNELS.map(async (b) => ({ bench: b, world: await b.start() })));
  try {
    const config: Config = {
      ...example,
      dir: join(dir, "marketing"),
      strategy: { ...example.strategy, channels: started.map((s) => s.world.channel) },
      benchmarks: { ...example.benchmarks, benchmarks: started.map((s) => s.bench.benchmark) },
    };
    const events: LedgerEvent[] = [];
    for (let i = 0; i < total; i++) {
      const { bench, world } = started[i % started.length] as (typeof started)[number];
      // Spread over the first 40 hours: every item is in its window at NOW and was last read (never) > 6 h ago.
      const at = START + Math.floor((i * 40 * H) / total / 60_000) * 60_000;
      const cycle = cycleOf(bench.workflow, at + (i % started.length) * 60_000);
      const receipt = await world.publish(i);
      events.push(
        {
          type: "proposed",
          at: new Date(at - H).toISOString(),
          cycle,
          workflow: bench.workflow,
          channel: bench.id,
          slot: new Date(at).toISOString(),
          level: "L4",
          branch: `loopcast/${cycle}`,
          proposal: { id: cycle },
          contentPath: "x",
          contentHash: "0".repeat(64),
          arms: {},
          generator: "template",
          reservation: 0,
        } as LedgerEvent,
        {
          type: "published",
          at: new Date(at).toISOString(),
          cycle,
          channel: bench.id,
          idempotencyKey: cycle,
          receipt,
        } as LedgerEvent,
      );
    }
    await appendEvents(config.dir, events);
    for (const s of started) s.world.resetCount();
    const env = Object.assign({}, ...started.map((s) => s.world.env));
    const t = performance.now();
    const { report } = await measureFiles({ config, repoDir: dir, now: NOW }, await readLedger(config.dir), {
      pull: { channels: CHANNELS, env, sleep: async () => {} },
    });
    const ms = performance.now() - t;
    let sum = 0;
    console.log(`measure step: ${total} published items in their windows, ${started.length} channels`);
    for (const s of started) {
      const n = s.world.requests();
      sum += n;
      const line = report.pulled?.byChannel[s.bench.id];
      console.log(
        `  ${s.bench.id.padEnd(9)} ${String(n).padStart(3)} request(s)  ${line?.rows ?? 0} item(s) measured${line?.error ? `  FAILED: ${line.error}` : ""}`,
      );
    }
    const stored = report.ingest?.accepted ?? 0;
    console.log(
      `  total     ${String(sum).padStart(3)} request(s) (goal ≤ ${GOAL}); ${stored} row(s) stored; ${ms.toFixed(0)} ms`,
    );
    if (sum > GOAL || stored !== total) process.exitCode = 1;
  } finally {
    await Promise.all(started.map((s) => s.world.close()));
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
