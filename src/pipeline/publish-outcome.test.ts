// The rule for an item in doubt and its settling, where they live: which ledger histories are in doubt,
// and what a person's "sent" / "not sent" writes (ledger line, resolved exception, one commit). The CLI
// and the dashboard's boxes both call this; their own tests show only that they reach it.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempRepo } from "../../test/helpers/repo.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { StateError } from "../errors.ts";
import { exceptionId, listExceptions, raiseException } from "../state/exceptions.ts";
import { appendEvents, type LedgerEvent, readLedgerCycles } from "../state/ledger.ts";
import { inDoubt, itemsInDoubt, recordPublishOutcome } from "./publish-outcome.ts";

const EMAIL = "weekly-newsletter@20261203T0700Z";
const BLOG = "weekly-blog@20261201T0800Z";

function history(cycle: string, channel: string, ...tail: LedgerEvent["type"][]): LedgerEvent[] {
  const at = "2026-12-03T07:05:00.000Z";
  const events: LedgerEvent[] = [
    {
      type: "proposed",
      at: "2026-12-01T08:00:00.000Z",
      cycle,
      workflow: cycle.split("@")[0] as string,
      channel,
      slot: "2026-12-03T07:00:00.000Z",
      level: "L3",
      branch: `loopcast/${cycle}`,
      proposal: { id: `loopcast/${cycle}` },
      contentPath: `marketing/content/${cycle}.md`,
      contentHash: "0".repeat(64),
      arms: {},
      generator: "template",
    },
    { type: "merged", at: "2026-12-01T10:00:00.000Z", cycle, mergedSha: "0", editRatio: 0, humanCommits: 0 },
  ];
  for (const type of tail) {
    if (type === "publishing") events.push({ type, at, cycle, channel, idempotencyKey: `${cycle}.k` });
    if (type === "published")
      events.push({ type, at, cycle, channel, idempotencyKey: `${cycle}.k`, receipt: { id: "r" } });
  }
  return events;
}

const failed = (cycle: string, outcome: "unknown" | "not-sent"): LedgerEvent => ({
  type: "publish-failed",
  at: "2026-12-03T07:06:00.000Z",
  cycle,
  error: "the SMTP session failed",
  attempt: 1,
  outcome,
});

let config: Config;
beforeAll(async () => {
  config = await requireConfig(join((await tempRepo()).dir, "marketing"));
});

describe("inDoubt", () => {
  it("is an email whose send started without an outcome, or failed after it may have gone out", () => {
    expect(inDoubt(config, EMAIL, history(EMAIL, "newsletter", "publishing"))).toEqual({
      cycle: EMAIL,
      channel: "newsletter",
      kind: "email",
      why: "started",
      at: "2026-12-03T07:05:00.000Z",
    });
    expect(
      inDoubt(config, EMAIL, [...history(EMAIL, "newsletter", "publishing"), failed(EMAIL, "unknown")]),
    ).toMatchObject({ why: "failed", at: "2026-12-03T07:06:00.000Z" });
  });

  it("is not a known failure, a published item, one never started, or a channel that takes items back", () => {
    const email = history(EMAIL, "newsletter", "publishing");
    expect(inDoubt(config, EMAIL, [...email, failed(EMAIL, "not-sent")])).toBeUndefined();
    expect(inDoubt(config, EMAIL, history(EMAIL, "newsletter", "publishing", "published"))).toBeUndefined();
    expect(inDoubt(config, EMAIL, history(EMAIL, "newsletter"))).toBeUndefined();
    expect(inDoubt(config, BLOG, history(BLOG, "blog", "publishing"))).toBeUndefined();
    // A channel no longer configured: nothing says what kind it was, so nothing is settled by hand.
    expect(inDoubt(config, EMAIL, history(EMAIL, "gone", "publishing"))).toBeUndefined();
  });
});

describe("recordPublishOutcome", () => {
  async function setup() {
    const repo = await tempRepo();
    const cfg = await requireConfig(join(repo.dir, "marketing"));
    await appendEvents(cfg.dir, history(EMAIL, "newsletter", "publishing"));
    await raiseException(cfg.dir, {
      id: exceptionId("publish-failure", `${EMAIL}.unknown`),
      type: "publish-failure",
      severity: "error",
      status: "open",
      title: `${EMAIL}: it is not known whether it went out`,
      detail: "Check the channel.",
      cycle: EMAIL,
      workflow: "weekly-newsletter",
      raisedAt: "2026-12-03T08:00:00.000Z",
    });
    const commits: Array<{ message: string; paths: string[] }> = [];
    const forge = {
      commitState: async (message: string, paths: string[]) => {
        commits.push({ message, paths });
        return "c0ffee";
      },
    };
    return { cfg, forge, commits };
  }
  const now = new Date("2026-12-03T09:00:00Z");

  it("sent: a published line by that person, the exception resolved, both in one commit", async () => {
    const { cfg, forge, commits } = await setup();
    await recordPublishOutcome({
      config: cfg,
      forge,
      cycle: EMAIL,
      outcome: "sent",
      by: "alice",
      now,
      via: "the dashboard",
      url: "https://lists.example.com/1",
    });
    const events = (await readLedgerCycles(cfg.dir, [EMAIL])).get(EMAIL) ?? [];
    expect(events.at(-1)).toEqual({
      type: "published",
      at: now.toISOString(),
      cycle: EMAIL,
      channel: "newsletter",
      idempotencyKey: `${EMAIL}.k`,
      receipt: { id: "recorded by alice", url: "https://lists.example.com/1" },
      recordedBy: "alice",
    });
    const ex = (await listExceptions(cfg.dir)).find((e) => e.cycle === EMAIL);
    expect(ex).toMatchObject({ status: "resolved", resolvedBy: "alice" });
    expect(JSON.stringify(ex)).toContain("sent, recorded with the dashboard");
    expect(commits).toEqual([
      {
        message: `loopcast: ${EMAIL} recorded as sent by alice`,
        paths: [
          `${cfg.dir}/ledger/2026/12/${EMAIL}.jsonl`,
          `${cfg.dir}/exceptions/publish-failure--${EMAIL}.unknown.yaml`,
        ],
      },
    ]);
  });

  it("not sent: a failure nothing went out of (attempt counted), so the item may be sent again", async () => {
    const { cfg, forge } = await setup();
    await recordPublishOutcome({
      config: cfg,
      forge,
      cycle: EMAIL,
      outcome: "not-sent",
      by: "bob",
      now,
      via: "loopcast publish-outcome",
      note: "not in the archive",
    });
    const events = (await readLedgerCycles(cfg.dir, [EMAIL])).get(EMAIL) ?? [];
    expect(events.at(-1)).toMatchObject({
      type: "publish-failed",
      outcome: "not-sent",
      attempt: 1,
      recordedBy: "bob",
      error: "recorded as not sent by bob: not in the archive",
    });
    expect(inDoubt(cfg, EMAIL, events)).toBeUndefined();
  });

  it("refuses what is not in doubt, once settled too, and writes nothing", async () => {
    const { cfg, forge, commits } = await setup();
    const opts = { config: cfg, forge, outcome: "sent" as const, by: "a", now, via: "x" };
    await expect(recordPublishOutcome({ ...opts, cycle: BLOG })).rejects.toThrow(
      new StateError(
        `${BLOG} is not in doubt (not in the ledger): only an item whose publish to a channel that cannot take it back started or failed without a known outcome is settled this way`,
      ),
    );
    await expect(recordPublishOutcome({ ...opts, cycle: "../../etc/passwd" })).rejects.toThrow(
      /is not a cycle id/,
    );
    await recordPublishOutcome({ ...opts, cycle: EMAIL });
    await expect(recordPublishOutcome({ ...opts, cycle: EMAIL })).rejects.toThrow(
      /is not in doubt \(published\)/,
    );
    expect(commits).toHaveLength(1);
  });

  it("itemsInDoubt reads only the cycles asked about and keeps those in doubt", async () => {
    const { cfg } = await setup();
    await appendEvents(cfg.dir, history(BLOG, "blog", "publishing"));
    expect(await itemsInDoubt(cfg, [BLOG, EMAIL, EMAIL, "not a cycle"])).toEqual([
      expect.objectContaining({ cycle: EMAIL, why: "started" }),
    ]);
  });
});
