import { describe, expect, it } from "vitest";
import type { Workflow } from "../config/types.ts";
import type { LedgerEvent } from "../state/ledger.ts";
import {
  benchmarkMissStreak,
  DEMOTION_TRIGGERS,
  firstDemotion,
  foreignCommit,
  repeatedPublishFailures,
  retractedItem,
} from "./demotion.ts";

const workflow = { id: "daily-social", level: "L4" } as Workflow;
const at = (day: number) => `2026-12-${String(day).padStart(2, "0")}T12:00:00.000Z`;
const cycle = (day: number) => `daily-social@202612${String(day).padStart(2, "0")}T1130Z`;
const proposed = (day: number, level: "L3" | "L4" = "L4"): LedgerEvent => ({
  type: "proposed",
  at: at(day),
  cycle: cycle(day),
  workflow: "daily-social",
  channel: "mastodon",
  slot: at(day),
  level,
  branch: `loopcast/${cycle(day)}`,
  proposal: { id: "x" },
  contentPath: "x",
  contentHash: "0".repeat(64),
  arms: {},
  generator: "template",
});
const judged = (day: number, status: "met" | "missed"): LedgerEvent => ({
  type: "judged",
  at: at(day + 2),
  cycle: cycle(day),
  benchmark: "social-engagement",
  metric: "engagement_rate",
  status,
  primary: true,
});

describe("demotion triggers", () => {
  it("fire on three primary misses in a row, not on two or on a met in between", () => {
    const cycles = (statuses: Array<"met" | "missed">) =>
      statuses.map((s, i) => [cycle(i + 1), [proposed(i + 1), judged(i + 1, s)]] as const);
    expect(
      benchmarkMissStreak({ workflow, cycles: cycles(["met", "missed", "missed", "missed"]) })?.trigger,
    ).toBe("benchmark-streak");
    expect(benchmarkMissStreak({ workflow, cycles: cycles(["missed", "missed"]) })).toBeUndefined();
    expect(benchmarkMissStreak({ workflow, cycles: cycles(["missed", "missed", "met"]) })).toBeUndefined();
  });

  it("fire on a foreign commit at L4, not on a person's edit in approval mode", () => {
    const merged = (day: number, humanCommits: number): LedgerEvent => ({
      type: "merged",
      at: at(day),
      cycle: cycle(day),
      mergedSha: "s",
      editRatio: 0.1,
      humanCommits,
    });
    expect(
      foreignCommit({ workflow, cycles: [[cycle(1), [proposed(1, "L4"), merged(1, 1)]]] })?.exceptionType,
    ).toBe("tamper");
    expect(
      foreignCommit({ workflow, cycles: [[cycle(1), [proposed(1, "L3"), merged(1, 1)]]] }),
    ).toBeUndefined();
  });

  it("only count what happened after the last change of autonomy", () => {
    const failed = (day: number): LedgerEvent => ({
      type: "publish-failed",
      at: at(day),
      cycle: cycle(day),
      error: "boom",
    });
    const cycles = [1, 2, 3].map((d) => [cycle(d), [proposed(d), failed(d)]] as const);
    expect(repeatedPublishFailures({ workflow, cycles })?.trigger).toBe("publish-failures");
    expect(repeatedPublishFailures({ workflow, cycles, since: at(2) })).toBeUndefined();
    const retracted: LedgerEvent = { type: "retracted", at: at(5), cycle: cycle(1), by: "Alice" };
    expect(retractedItem({ workflow, cycles: [[cycle(1), [proposed(1), retracted]]] })?.reason).toContain(
      "retracted",
    );
  });

  it("are a list: the first that fires wins, and a new one can join", () => {
    const quiet = { workflow, cycles: [[cycle(1), [proposed(1)]]] as const };
    expect(firstDemotion(quiet)).toBeUndefined();
    const detector = () => ({
      trigger: "drop-detected",
      reason: "a change point",
      exceptionType: "anomaly" as const,
    });
    expect(firstDemotion(quiet, [...DEMOTION_TRIGGERS, detector])?.trigger).toBe("drop-detected");
  });
});
