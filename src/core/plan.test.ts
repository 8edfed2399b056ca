// The plan is a pure function of configuration, ledger, forge state and time.
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import type { Proposal } from "../forge/types.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { plan } from "./plan.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const BLOG = "weekly-blog@20261201T0800Z";
let config: Config;

beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});

const proposed = (cycle: string, channel = "blog"): LedgerEvent => ({
  type: "proposed",
  at: "2026-11-30T12:00:00.000Z",
  cycle,
  workflow: cycle.split("@")[0] as string,
  channel,
  slot: "2026-12-01T08:00:00.000Z",
  level: "L3",
  branch: `loopcast/${cycle}`,
  proposal: { id: `loopcast/${cycle}` },
  contentPath: `marketing/content/weekly-blog/${cycle}.md`,
  contentHash: "0".repeat(64),
  arms: {},
  generator: "template",
});

const proposal = (cycle: string, state: Proposal["state"]): Proposal => ({
  id: `loopcast/${cycle}`,
  branch: `loopcast/${cycle}`,
  title: "t",
  state,
  labels: [],
  botSha: "a",
  headSha: "a",
  humanCommits: 0,
});

function world(ledger: Ledger, extra: Partial<Parameters<typeof plan>[0]> = {}) {
  return {
    config,
    now: new Date("2026-12-01T09:00:00Z"),
    ledger,
    pending: new Map(),
    open: [],
    queue: new Map(),
    autonomy: new Map(),
    ...extra,
  };
}

describe("plan", () => {
  it("records a merge and publishes it in the same run once the slot has come", () => {
    const ledger: Ledger = new Map([[BLOG, [proposed(BLOG)]]]);
    const p = plan(world(ledger, { pending: new Map([[BLOG, proposal(BLOG, "merged")]]) }));
    expect(p.actions.slice(0, 2)).toEqual([
      { kind: "record-merge", cycle: BLOG, proposal: proposal(BLOG, "merged") },
      { kind: "publish", cycle: BLOG, channel: "blog", attempt: 1, override: false },
    ]);
  });

  it("waits for the slot, and never republishes a published item", () => {
    const merged: LedgerEvent = {
      type: "merged",
      at: "x",
      cycle: BLOG,
      mergedSha: "b",
      editRatio: 0,
      humanCommits: 0,
    };
    const early = plan(
      world(new Map([[BLOG, [proposed(BLOG), merged]]]), { now: new Date("2026-11-30T13:00:00Z") }),
    );
    expect(early.actions).toContainEqual({
      kind: "wait",
      cycle: BLOG,
      reason: "scheduled for 2026-12-01T08:00:00.000Z",
    });
    const published: LedgerEvent[] = [
      proposed(BLOG),
      merged,
      { type: "publishing", at: "x", cycle: BLOG, channel: "blog", idempotencyKey: "k" },
      { type: "published", at: "x", cycle: BLOG, channel: "blog", idempotencyKey: "k", receipt: { id: "r" } },
    ];
    expect(plan(world(new Map([[BLOG, published]]))).actions.filter((a) => a.kind === "publish")).toEqual([]);
  });

  it("retries an unconfirmed publish only where the channel takes idempotency keys", () => {
    const NEWS = "weekly-newsletter@20261203T0700Z";
    const intent = (cycle: string, channel: string): LedgerEvent[] => [
      proposed(cycle, channel),
      { type: "merged", at: "x", cycle, mergedSha: "b", editRatio: 0, humanCommits: 0 },
      { type: "publishing", at: "x", cycle, channel, idempotencyKey: "k" },
    ];
    const p = plan(
      world(
        new Map([
          [BLOG, intent(BLOG, "blog")],
          [NEWS, intent(NEWS, "newsletter")],
        ]),
        {
          now: new Date("2026-12-03T08:00:00Z"),
        },
      ),
    );
    expect(p.actions).toContainEqual({
      kind: "publish",
      cycle: BLOG,
      channel: "blog",
      attempt: 1,
      override: false,
    });
    expect(p.actions).toContainEqual(
      expect.objectContaining({
        kind: "hold",
        cycle: NEWS,
        reason: expect.stringContaining("cannot be retried safely"),
      }),
    );
  });

  it("stops retrying after three failed attempts", () => {
    const failed: LedgerEvent[] = [
      proposed(BLOG),
      { type: "merged", at: "x", cycle: BLOG, mergedSha: "b", editRatio: 0, humanCommits: 0 },
    ];
    for (let i = 1; i <= 3; i++) {
      failed.push({ type: "publishing", at: "x", cycle: BLOG, channel: "blog", idempotencyKey: "k" });
      failed.push({ type: "publish-failed", at: "x", cycle: BLOG, error: "boom", attempt: i });
    }
    expect(plan(world(new Map([[BLOG, failed.slice(0, 4)]]))).actions).toContainEqual({
      kind: "publish",
      cycle: BLOG,
      channel: "blog",
      attempt: 2,
      override: false,
    });
    expect(plan(world(new Map([[BLOG, failed]]))).actions).toContainEqual(
      expect.objectContaining({
        kind: "hold",
        cycle: BLOG,
        reason: expect.stringContaining("failed 3 times"),
      }),
    );
  });

  it("adopts an open proposal the ledger does not know, instead of proposing it again", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const p = plan(world(new Map(), { now, open: [proposal(BLOG, "open")] }));
    expect(p.actions).toContainEqual({ kind: "adopt", cycle: BLOG, proposal: proposal(BLOG, "open") });
    expect(
      p.actions.filter((a) => a.kind === "propose").map((a) => (a as { cycle: string }).cycle),
    ).not.toContain(BLOG);
  });

  it("treats a vanished proposal as rejected", () => {
    const p = plan(world(new Map([[BLOG, [proposed(BLOG)]]]), { pending: new Map([[BLOG, undefined]]) }));
    expect(p.actions[0]).toEqual({
      kind: "record-reject",
      cycle: BLOG,
      reason: "the proposal no longer exists",
    });
  });

  it("proposes nothing below L3 and nothing while paused", () => {
    const low = { ...config, workflows: config.workflows.map((w) => ({ ...w, level: "L2" as const })) };
    const p = plan({ ...world(new Map(), { now: new Date("2026-11-30T12:00:00Z") }), config: low });
    expect(p.actions.every((a) => a.kind === "skip")).toBe(true);
    const paused = { ...config, guardrails: { ...config.guardrails, paused: true } };
    const q = plan({ ...world(new Map(), { now: new Date("2026-11-30T12:00:00Z") }), config: paused });
    expect(q.actions.filter((a) => a.kind === "propose")).toEqual([]);
  });
});
