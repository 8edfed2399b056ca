// Publishing through the ports, in memory: the item is checked again at publish time (what was merged may
// differ from what was proposed), an intent is committed before the channel is called, and the receipt or
// the failure after. (The write-ahead order against real git is in apply-publishes.test.ts.)
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { ChannelAdapter, PublishRequest } from "../channels/types.ts";
import type { Action } from "../core/plan.ts";
import { listExceptions } from "../state/exceptions.ts";
import { renderItem, sha256 } from "../state/item.ts";
import { readLedger } from "../state/ledger.ts";
import { applyPublishes } from "./apply-publishes.ts";
import { newReport } from "./reconcile.ts";

const CYCLE = "daily-social@20261201T1130Z";
const PATH = `marketing/content/daily-social/${CYCLE}.md`;
const AT = "2026-12-01T12:00:00.000Z";
const report = () => newReport({ actions: [], levels: [] } as never);
const publish = (over: Partial<Extract<Action, { kind: "publish" }>> = {}): Action => ({
  kind: "publish",
  cycle: CYCLE,
  channel: "mastodon",
  attempt: 1,
  override: false,
  ...over,
});

function text(body: string): string {
  return renderItem({
    meta: {
      cycle: CYCLE,
      workflow: "daily-social",
      channel: "mastodon",
      slot: "2026-12-01T11:30:00.000Z",
      title: "A post",
      summary: "s",
      arms: {},
      generator: "template",
    },
    body,
  });
}

async function setup(body = "Review your marketing like code.") {
  const calls: PublishRequest[] = [];
  const mastodon: ChannelAdapter = {
    type: "mastodon",
    async publish(request) {
      calls.push(request);
      return { receipt: { id: "113", url: "https://mastodon.social/@loopcast/113" }, files: ["site/x.html"] };
    },
  };
  const ctx = await memoryContext({ now: new Date(AT) });
  ctx.channels = { mastodon };
  const file = join(ctx.repoDir, PATH);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text(body));
  return { ctx, calls };
}

describe("applyPublishes", () => {
  it("reports holds and does nothing else when nothing is due", async () => {
    const { ctx, calls } = await setup();
    const r = report();
    await applyPublishes(ctx, [{ kind: "hold", cycle: CYCLE, reason: "paused" }], r);
    expect(r.held).toEqual([{ cycle: CYCLE, reason: "paused" }]);
    expect(calls).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("commits the intent with its key, calls the channel with that key, then commits the receipt", async () => {
    const { ctx, calls } = await setup();
    const r = report();
    await applyPublishes(ctx, [publish()], r);
    const key = `${CYCLE}.${sha256(text("Review your marketing like code.")).slice(0, 16)}`;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      idempotencyKey: key,
      repoDir: ctx.repoDir,
      now: ctx.now,
      channel: { id: "mastodon" },
      item: { meta: { cycle: CYCLE, title: "A post" } },
    });
    expect(calls[0]?.strategy).toBe(ctx.config.strategy);
    expect(calls[0]?.env).toBe(ctx.env);
    expect((await readLedger(ctx.config.dir)).get(CYCLE)).toEqual([
      { type: "publishing", at: AT, cycle: CYCLE, channel: "mastodon", idempotencyKey: key },
      {
        type: "published",
        at: AT,
        cycle: CYCLE,
        channel: "mastodon",
        idempotencyKey: key,
        receipt: { id: "113", url: "https://mastodon.social/@loopcast/113" },
      },
    ]);
    const ledgerFile = "marketing/ledger/2026/12/daily-social@20261201T1130Z.jsonl";
    expect(ctx.forge.commits).toEqual([
      { message: "loopcast: publishing 1 item(s)", paths: [ledgerFile] },
      { message: "loopcast: published 1 item(s)", paths: [ledgerFile, "site/x.html"] },
    ]);
    expect(r.published).toEqual([{ cycle: CYCLE, url: "https://mastodon.social/@loopcast/113" }]);
    expect(r.commits).toEqual(["c0ffee", "c0ffee"]);
  });

  it("records a receipt without a URL as published without one", async () => {
    const { ctx } = await setup();
    ctx.channels = {
      mastodon: { type: "mastodon", publish: async () => ({ receipt: { id: "9" }, files: [] }) },
    };
    const r = report();
    await applyPublishes(ctx, [publish()], r);
    expect(r.published).toEqual([{ cycle: CYCLE }]);
    expect(ctx.forge.commits[1]?.paths).toEqual([
      "marketing/ledger/2026/12/daily-social@20261201T1130Z.jsonl",
    ]);
  });

  it("records a failed attempt when the item is missing on the base branch", async () => {
    const { ctx, calls } = await setup();
    const r = report();
    await applyPublishes(ctx, [publish({ cycle: "daily-social@20261202T1130Z", attempt: 2 })], r);
    const missing = "marketing/content/daily-social/daily-social@20261202T1130Z.md";
    expect(calls).toEqual([]);
    expect((await readLedger(ctx.config.dir)).get("daily-social@20261202T1130Z")).toEqual([
      {
        type: "publish-failed",
        at: AT,
        cycle: "daily-social@20261202T1130Z",
        error: `${missing} is missing on the base branch`,
        attempt: 2,
      },
    ]);
    expect(r.errors).toEqual([
      {
        cycle: "daily-social@20261202T1130Z",
        message: `${missing} is missing on the base branch; restore it or close the cycle`,
      },
    ]);
    expect(ctx.forge.commits.map((c) => c.message)).toEqual(["loopcast: publishing 0 item(s)"]);
  });

  it("blocks a merged item that breaks the guardrails, once per content, with an exception", async () => {
    const { ctx, calls } = await setup("Our revolutionary tool.");
    const r = report();
    await applyPublishes(ctx, [publish()], r);
    const hash = sha256(text("Our revolutionary tool."));
    const reason =
      "1 guardrail error(s) in the merged item; fix it on the base branch or merge with the loopcast:override label";
    expect(calls).toEqual([]);
    expect(r.held).toEqual([{ cycle: CYCLE, reason }]);
    expect((await readLedger(ctx.config.dir)).get(CYCLE)).toEqual([
      { type: "blocked", at: AT, cycle: CYCLE, contentHash: hash, errors: 1 },
    ]);
    const [ex] = await listExceptions(ctx.config.dir);
    expect(ex).toMatchObject({
      id: `guardrail--${CYCLE}.${hash.slice(0, 8)}`,
      type: "guardrail",
      severity: "error",
      status: "open",
      title: `${CYCLE}: publishing refused by the guardrails`,
      cycle: CYCLE,
      workflow: "daily-social",
      raisedAt: AT,
    });
    const line = text("Our revolutionary tool.").split("\n").indexOf("Our revolutionary tool.") + 1;
    expect(ex?.detail).toBe(
      `${reason}:\n${PATH}:${line}:5  error  Use "new" instead of "revolutionary".  [loopcast.banned-term]`,
    );
    expect(ctx.forge.commits).toEqual([
      {
        message: "loopcast: publishing 0 item(s)",
        paths: [
          "marketing/ledger/2026/12/daily-social@20261201T1130Z.jsonl",
          `marketing/exceptions/guardrail--${CYCLE}.${hash.slice(0, 8)}.yaml`,
        ],
      },
    ]);

    // The same content again (the plan passes its hash as blockedHash): held, nothing recorded twice.
    const again = report();
    ctx.forge.commits = [];
    await applyPublishes(ctx, [publish({ blockedHash: hash })], again);
    expect(again.held).toEqual([{ cycle: CYCLE, reason }]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("publishes a blocked item a person merged with the override label", async () => {
    const { ctx, calls } = await setup("Our revolutionary tool.");
    const r = report();
    await applyPublishes(ctx, [publish({ override: true })], r);
    expect(calls).toHaveLength(1);
    expect(r.held).toEqual([]);
  });

  it("records the channel's failure, and a channel that is not configured, as failed attempts", async () => {
    const { ctx } = await setup();
    ctx.channels = {
      mastodon: {
        type: "mastodon",
        publish: async () => {
          throw new Error("503 from the instance");
        },
      },
    };
    const r = report();
    await applyPublishes(ctx, [publish({ attempt: 3 }), publish({ channel: "gone" })], r);
    const events = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(events.filter((e) => e.type === "publish-failed")).toEqual([
      { type: "publish-failed", at: AT, cycle: CYCLE, error: "503 from the instance", attempt: 3 },
      { type: "publish-failed", at: AT, cycle: CYCLE, error: 'channel "gone" is not configured', attempt: 1 },
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      "503 from the instance",
      'channel "gone" is not configured',
    ]);
    expect(ctx.forge.commits.map((c) => c.message)).toEqual([
      "loopcast: publishing 2 item(s)",
      "loopcast: published 0 item(s)",
    ]);
  });

  it("keeps no sha the forge did not give", async () => {
    const { ctx } = await setup();
    ctx.forge.commitSha = undefined;
    const r = report();
    await applyPublishes(ctx, [publish()], r);
    expect(ctx.forge.commits).toHaveLength(2);
    expect(r.commits).toEqual([]);
  });
});
