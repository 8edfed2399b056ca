// Pulling inside the measure step, on the Mastodon stand-in: rows stored through the inbox's path and
// judged in the measure commit with the pull state; an item not read again within the interval; a channel
// failing three runs in a row raises one exception, and the next success resolves it; nothing is written
// before the rows are stored.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import { type MastodonStandIn, startMastodonServer } from "../../test/stand-ins/mastodon-server.ts";
import { CHANNELS } from "../channels/registry.ts";
import type { ChannelAdapter } from "../channels/types.ts";
import type { Channel } from "../config/types.ts";
import { listExceptions } from "../state/exceptions.ts";
import { appendEvents, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { measure, publishedItems } from "./measure.ts";
import { pullMetrics } from "./pull-metrics.ts";
import { reconcile } from "./reconcile.ts";

const TOKEN = "pull-token-xyz";
const CYCLE = "daily-social@20261201T1130Z";
const PUBLISHED = Date.parse("2026-12-01T11:30:00Z");
const H = 3_600_000;
let server: MastodonStandIn;
beforeAll(async () => {
  server = await startMastodonServer({ token: TOKEN });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function setup() {
  const res = await fetch(`${server.url}/api/v1/statuses`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ status: "hello" }),
  });
  const { id } = (await res.json()) as { id: string };
  Object.assign(server.statuses.get(id) as object, {
    favourites_count: 12,
    reblogs_count: 3,
    replies_count: 1,
  });
  server.requests.length = 0;
  const ctx = await memoryContext({
    now: new Date(PUBLISHED + 6 * H),
    config: (c) => ({
      ...c,
      strategy: {
        ...c.strategy,
        channels: c.strategy.channels.map((ch) =>
          ch.id === "mastodon" ? ({ ...ch, instanceUrl: server.url } as Channel) : ch,
        ),
      },
    }),
  });
  ctx.channels = CHANNELS;
  ctx.env = { MASTODON_TOKEN: TOKEN };
  const events: LedgerEvent[] = [
    {
      type: "proposed",
      at: "2026-11-30T12:00:00.000Z",
      cycle: CYCLE,
      workflow: "daily-social",
      channel: "mastodon",
      slot: "2026-12-01T11:30:00.000Z",
      level: "L4",
      branch: `loopcast/${CYCLE}`,
      proposal: { id: CYCLE },
      contentPath: "x",
      contentHash: "0".repeat(64),
      arms: {},
      generator: "template",
      reservation: 2,
    },
    {
      type: "published",
      at: "2026-12-01T11:30:00.000Z",
      cycle: CYCLE,
      channel: "mastodon",
      idempotencyKey: "k",
      receipt: { id, url: `${server.url}/@loopcast/${id}` },
    },
  ];
  await appendEvents(ctx.config.dir, events);
  return ctx;
}

const noWait = async () => {};
const at = (ctx: Awaited<ReturnType<typeof setup>>, ms: number) => ({ ...ctx, now: new Date(ms) });

describe("pulling metrics in the measure step", () => {
  it("stores the channel's numbers through the inbox's path, in the measure commit with the pull state", async () => {
    const ctx = await setup();
    const report = await measure(ctx, await readLedger(ctx.config.dir), {
      pull: { channels: ctx.channels, env: ctx.env, sleep: noWait },
    });
    expect(report.pulled).toMatchObject({ requests: 1, rows: 1, failures: [] });
    expect(report.ingest?.bySource["pull:mastodon"]).toMatchObject({ rows: 1, accepted: 1, quarantined: 0 });
    const stored = await readFile(join(ctx.config.dir, "metrics/2026/12", `${CYCLE}.jsonl`), "utf8");
    expect(
      stored
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
        .map((v) => [v.metric, v.value, v.source]),
    ).toEqual([
      ["likes", 12, "pull:mastodon"],
      ["replies", 1, "pull:mastodon"],
      ["reposts", 3, "pull:mastodon"],
    ]);
    const commit = ctx.forge.commits.at(-1);
    expect(commit?.message).toMatch(/pulled from channels in 1 request/);
    expect(commit?.paths).toContain("marketing/metrics/pulls.json");
    const state = JSON.parse(await readFile(join(ctx.config.dir, "metrics/pulls.json"), "utf8"));
    expect(state.items).toEqual({ [CYCLE]: ctx.now.toISOString() });

    // An hour later the item is not due: no request.
    const again = await measure(at(ctx, PUBLISHED + 7 * H), await readLedger(ctx.config.dir), {
      pull: { channels: ctx.channels, env: ctx.env, sleep: noWait },
    });
    expect(again.pulled).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it("the scheduled run (reconcile, and so the Action) pulls in its measure step", async () => {
    const ctx = await setup();
    const report = await reconcile({ ...ctx, reports: false, sleep: noWait });
    expect(report.measured?.pulled).toMatchObject({ requests: 1, rows: 1 });
    const measureCommit = ctx.forge.commits.find((c) => c.message.startsWith("loopcast: measure"));
    expect(measureCommit?.paths).toEqual(
      expect.arrayContaining(["marketing/metrics/pulls.json", `marketing/metrics/2026/12/${CYCLE}.jsonl`]),
    );
  });

  it("the final pull after the window feeds the verdict, with the later numbers as a correction", async () => {
    const ctx = await setup();
    const pull = { channels: ctx.channels, env: ctx.env, sleep: noWait };
    await measure(ctx, await readLedger(ctx.config.dir), { pull });
    const status = [...server.statuses.values()][0] as { favourites_count: number };
    status.favourites_count = 30;
    const end = PUBLISHED + 48 * H;
    const report = await measure(at(ctx, end + H), await readLedger(ctx.config.dir), { pull });
    expect(report.ingest?.bySource["pull:mastodon"]).toMatchObject({ corrections: 1 });
    // social-engagement needs impressions (minSample) that Mastodon does not report: judged, not pending.
    expect(report.judged).toEqual([
      { cycle: CYCLE, benchmark: "social-engagement", status: "not-enough-data" },
    ]);
    const third = await measure(at(ctx, end + 8 * H), await readLedger(ctx.config.dir), { pull });
    expect(third.pulled).toBeUndefined();
  });

  it("three failed runs in a row raise one exception naming the channel and the error; a success resolves it", async () => {
    const ctx = await setup();
    const pull = { channels: ctx.channels, env: ctx.env, sleep: noWait };
    for (let run = 0; run < 3; run++) {
      server.failNext(3, 503);
      const report = await measure(at(ctx, PUBLISHED + (6 + run) * H), await readLedger(ctx.config.dir), {
        pull,
      });
      expect(report.pulled?.failures).toEqual([
        { channel: "mastodon", message: expect.stringMatching(/503/), unreachable: true },
      ]);
      expect(report.pulled?.raised).toEqual(
        run === 2 ? [expect.stringMatching(/^anomaly--metrics-pull\.mastodon\./)] : [],
      );
    }
    const [open] = await listExceptions(ctx.config.dir);
    expect(open).toMatchObject({
      status: "open",
      title: expect.stringMatching(/channel mastodon failed 3 runs in a row/),
    });
    expect(open?.detail).toMatch(/Mastodon answered 503/);
    expect(ctx.forge.commits.at(-1)?.paths).toContain(`marketing/exceptions/${open?.id}.yaml`);
    // A fourth failure raises nothing more.
    server.failNext(3, 503);
    const fourth = await measure(at(ctx, PUBLISHED + 9 * H), await readLedger(ctx.config.dir), { pull });
    expect(fourth.pulled?.raised).toEqual([]);
    expect(await listExceptions(ctx.config.dir)).toHaveLength(1);

    const ok = await measure(at(ctx, PUBLISHED + 10 * H), await readLedger(ctx.config.dir), { pull });
    expect(ok.pulled).toMatchObject({ rows: 1, failures: [], resolved: [open?.id] });
    expect((await listExceptions(ctx.config.dir))[0]).toMatchObject({
      status: "resolved",
      resolvedBy: "loopcast",
    });
    const state = JSON.parse(await readFile(join(ctx.config.dir, "metrics/pulls.json"), "utf8"));
    expect(state.failing).toEqual({});
  });

  it("a 503 then an answer is one pull of two requests, not a failure", async () => {
    const ctx = await setup();
    server.failNext(1, 503);
    const waits: number[] = [];
    const report = await measure(ctx, await readLedger(ctx.config.dir), {
      pull: { channels: ctx.channels, env: ctx.env, sleep: async (ms) => void waits.push(ms) },
    });
    expect(report.pulled).toMatchObject({ requests: 2, rows: 1, failures: [] });
    expect(waits).toEqual([1000]);
  });

  it("pulling writes nothing: the state and the rows wait for the measure step to store them", async () => {
    const ctx = await setup();
    const pulled = await pullMetrics(ctx, publishedItems(await readLedger(ctx.config.dir)), {
      channels: ctx.channels,
      env: ctx.env,
      sleep: noWait,
    });
    expect(pulled.report.rows).toBe(1);
    expect(await readdir(join(ctx.config.dir, "metrics")).catch(() => [])).toEqual([]);
  });

  it("an adapter that cannot be loaded fails its own channel's pull, not the run", async () => {
    const ctx = await setup();
    const broken = {
      type: "mastodon",
      publish: async () => Promise.reject(new Error("unused")),
      load: async () => Promise.reject(new Error("Cannot find module './mastodon/index.ts'")),
    } as unknown as ChannelAdapter;
    const report = await measure(ctx, await readLedger(ctx.config.dir), {
      pull: { channels: { mastodon: broken }, env: ctx.env, sleep: noWait },
    });
    expect(report.pulled?.failures).toEqual([
      {
        channel: "mastodon",
        message: expect.stringMatching(/could not be loaded: Cannot find module/),
        unreachable: false,
      },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("measure.pull: false in strategy.yaml makes no request", async () => {
    const ctx = await setup();
    const off = {
      ...ctx,
      config: { ...ctx.config, strategy: { ...ctx.config.strategy, measure: { pull: false } } },
    };
    const report = await measure(off, await readLedger(ctx.config.dir), {
      pull: { channels: ctx.channels, env: ctx.env, sleep: noWait },
    });
    expect(report.pulled).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });
});
