import { beforeAll, describe, expect, it } from "vitest";
import { levelDecisions } from "../autonomy/effective-level.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import type { AutonomyLog } from "../state/autonomy.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { nextPromotion } from "./apply-autonomy.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let base: Config;
beforeAll(async () => {
  base = await requireConfig(`${ROOT}/marketing`);
});

/** A ledger of `n` approved daily-social cycles that met their benchmark. */
function goodRecord(n: number): Ledger {
  const ledger: Ledger = new Map();
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2026, 9, 1 + i));
    const cycle = `daily-social@${day.toISOString().slice(0, 10).replaceAll("-", "")}T1130Z`;
    const at = day.toISOString();
    const events: LedgerEvent[] = [
      {
        type: "proposed",
        at,
        cycle,
        workflow: "daily-social",
        channel: "mastodon",
        slot: at,
        level: "L3",
        branch: `loopcast/${cycle}`,
        proposal: { id: cycle },
        contentPath: "x",
        contentHash: "0".repeat(64),
        arms: {},
        generator: "template",
      },
      { type: "merged", at, cycle, mergedSha: "s", editRatio: 0, humanCommits: 0 },
      {
        type: "judged",
        at,
        cycle,
        benchmark: "social-engagement",
        metric: "engagement_rate",
        status: "met",
        primary: true,
      },
    ];
    ledger.set(cycle, events);
  }
  return ledger;
}

describe("promotion", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  const config = () => ({
    ...base,
    workflows: base.workflows.map((w) => (w.id === "daily-social" ? { ...w, level: "L3" as const } : w)),
  });

  it("is proposed once a workflow has earned the next level", () => {
    const c = config();
    const p = nextPromotion({ config: c, now }, levelDecisions(c, goodRecord(30), new Map()), new Map(), []);
    expect(p).toMatchObject({ to: "L4", workflow: { id: "daily-social" } });
    expect(
      nextPromotion({ config: c, now }, levelDecisions(c, goodRecord(29), new Map()), new Map(), []),
    ).toBeUndefined();
  });

  it("never opens more often than the cooldown allows", () => {
    const c = config();
    const recent: AutonomyLog = new Map([
      [
        "weekly-blog",
        [
          {
            type: "promotion-proposed",
            at: "2026-11-27T00:00:00.000Z",
            workflow: "weekly-blog",
            from: "L3",
            to: "L4",
            branch: "b",
          },
        ],
      ],
    ]);
    expect(
      nextPromotion({ config: c, now }, levelDecisions(c, goodRecord(30), recent), recent, []),
    ).toBeUndefined();
    const old: AutonomyLog = new Map([
      [
        "weekly-blog",
        [
          {
            type: "promotion-proposed",
            at: "2026-11-20T00:00:00.000Z",
            workflow: "weekly-blog",
            from: "L3",
            to: "L4",
            branch: "b",
          },
        ],
      ],
    ]);
    expect(nextPromotion({ config: c, now }, levelDecisions(c, goodRecord(30), old), old, [])?.to).toBe("L4");
  });

  it("never for a workflow without benchmarks", () => {
    const c = { ...config(), benchmarks: { version: 1 as const, benchmarks: [] } };
    expect(
      nextPromotion({ config: c, now }, levelDecisions(c, goodRecord(40), new Map()), new Map(), []),
    ).toBeUndefined();
  });
});
