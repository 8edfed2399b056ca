// Each demotion trigger in detail: what fires it, what does not, the reason a person reads, the cycle it
// points at and the exception it raises; and which trigger wins when several fire.
import { describe, expect, it } from "vitest";
import type { Workflow } from "../config/types.ts";
import type { LedgerEvent } from "../state/ledger.ts";
import {
  benchmarkMissStreak,
  firstDemotion,
  foreignCommit,
  guardrailErrorAtPublish,
  MISS_STREAK,
  PUBLISH_FAILURES,
  repeatedPublishFailures,
  retractedItem,
  type TriggerInput,
} from "./demotion.ts";

const workflow = { id: "daily-social", level: "L4" } as Workflow;
const at = (day: number) => `2026-12-${String(day).padStart(2, "0")}T12:00:00.000Z`;
const cycle = (day: number) => `daily-social@202612${String(day).padStart(2, "0")}T1130Z`;
const proposed = (day: number, level: "L3" | "L4" | "L5" = "L4"): LedgerEvent => ({
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
const merged = (day: number, humanCommits: number, when = at(day)): LedgerEvent => ({
  type: "merged",
  at: when,
  cycle: cycle(day),
  mergedSha: "s",
  editRatio: 0.1,
  humanCommits,
});
const judged = (
  day: number,
  status: "met" | "missed" | "not-enough-data" | "pending",
  opts: { primary?: boolean; when?: string; benchmark?: string } = {},
): LedgerEvent => ({
  type: "judged",
  at: opts.when ?? at(day + 2),
  cycle: cycle(day),
  benchmark: opts.benchmark ?? "social-engagement",
  metric: "engagement_rate",
  status,
  ...(opts.primary === false ? {} : { primary: true }),
});
const blocked = (day: number, errors = 2): LedgerEvent => ({
  type: "blocked",
  at: at(day),
  cycle: cycle(day),
  contentHash: "1".repeat(64),
  errors,
});
const failed = (day: number): LedgerEvent => ({
  type: "publish-failed",
  at: at(day),
  cycle: cycle(day),
  error: "boom",
});
const input = (cycles: Array<[number, LedgerEvent[]]>, since?: string): TriggerInput => ({
  workflow,
  cycles: cycles.map(([d, events]) => [cycle(d), events] as const),
  ...(since ? { since } : {}),
});

describe("guardrail error at publish time", () => {
  it("fires on the first item blocked at publish since the last change, naming it and its errors", () => {
    expect(
      guardrailErrorAtPublish(
        input([
          [1, [proposed(1)]],
          [2, [proposed(2), blocked(2, 3)]],
        ]),
      ),
    ).toEqual({
      trigger: "guardrail-error",
      reason: `3 guardrail error(s) found at publish time on ${cycle(2)}`,
      cycle: cycle(2),
      exceptionType: "guardrail",
    });
    expect(guardrailErrorAtPublish(input([[1, [proposed(1)]]]))).toBeUndefined();
    // A block at the very instant of the last change is not after it.
    expect(guardrailErrorAtPublish(input([[2, [proposed(2), blocked(2)]]], at(2)))).toBeUndefined();
    expect(guardrailErrorAtPublish(input([[2, [proposed(2), blocked(2)]]], at(1)))?.cycle).toBe(cycle(2));
  });
});

describe("retracted item", () => {
  it("fires when a person took a published item back, with their reason when they gave one", () => {
    const retracted = (reason?: string): LedgerEvent => ({
      type: "retracted",
      at: at(5),
      cycle: cycle(1),
      by: "Alice",
      ...(reason ? { reason } : {}),
    });
    expect(retractedItem(input([[1, [proposed(1), retracted("wrong price")]]]))).toEqual({
      trigger: "retracted",
      reason: `a person retracted the published ${cycle(1)} (wrong price)`,
      cycle: cycle(1),
      exceptionType: "anomaly",
    });
    expect(retractedItem(input([[1, [proposed(1), retracted()]]]))?.reason).toBe(
      `a person retracted the published ${cycle(1)}`,
    );
    expect(retractedItem(input([[1, [proposed(1), retracted()]]], at(6)))).toBeUndefined();
    expect(retractedItem(input([[1, [proposed(1)]]]))).toBeUndefined();
  });
});

describe("foreign commit", () => {
  it("fires on commits that are not Loopcast's on an item proposed at L4 or L5", () => {
    expect(foreignCommit(input([[1, [proposed(1, "L5"), merged(1, 2)]]]))).toEqual({
      trigger: "foreign-commit",
      reason: `${cycle(1)} was proposed at L5 but carries 2 commit(s) that are not Loopcast's`,
      cycle: cycle(1),
      exceptionType: "tamper",
    });
    expect(foreignCommit(input([[1, [proposed(1, "L4"), merged(1, 0)]]]))).toBeUndefined();
    // Not merged (yet), or merged without a proposal on record: nothing to judge.
    expect(foreignCommit(input([[1, [proposed(1, "L4")]]]))).toBeUndefined();
    expect(foreignCommit(input([[1, [merged(1, 1)]]]))).toBeUndefined();
  });

  it("counts only merges after the last change, and reports the first such item", () => {
    const cycles: Array<[number, LedgerEvent[]]> = [
      [1, [proposed(1), merged(1, 1)]],
      [2, [proposed(2), merged(2, 1)]],
    ];
    expect(foreignCommit(input(cycles))?.cycle).toBe(cycle(1));
    expect(foreignCommit(input(cycles, at(1)))?.cycle).toBe(cycle(2));
    expect(foreignCommit(input(cycles, at(2)))).toBeUndefined();
  });
});

describe("repeated publish failures", () => {
  it(`fires at ${PUBLISH_FAILURES} failed attempts across items, pointing at the last`, () => {
    const cycles: Array<[number, LedgerEvent[]]> = [
      [1, [proposed(1), failed(1), failed(1)]],
      [2, [proposed(2), failed(2)]],
    ];
    expect(repeatedPublishFailures(input(cycles))).toEqual({
      trigger: "publish-failures",
      reason: "3 publish attempts failed",
      cycle: cycle(2),
      exceptionType: "publish-failure",
    });
    expect(repeatedPublishFailures(input(cycles.slice(0, 1)))).toBeUndefined();
  });
});

describe("benchmark miss streak", () => {
  const streak = (statuses: Array<"met" | "missed">) =>
    input(statuses.map((s, i) => [i + 1, [proposed(i + 1), judged(i + 1, s)]]));

  it(`fires on ${MISS_STREAK} primary misses in a row, naming the benchmark and the last cycle`, () => {
    expect(benchmarkMissStreak(streak(["missed", "missed", "missed"]))).toEqual({
      trigger: "benchmark-streak",
      reason: `the primary benchmark (social-engagement) was missed 3 times in a row, last on ${cycle(3)}`,
      cycle: cycle(3),
      exceptionType: "anomaly",
    });
    expect(benchmarkMissStreak(streak(["missed", "met", "missed", "missed"]))).toBeUndefined();
  });

  it("ignores secondary benchmarks and verdicts that are not final", () => {
    const cycles = (third: LedgerEvent) =>
      input([
        [1, [proposed(1), judged(1, "missed")]],
        [2, [proposed(2), judged(2, "missed")]],
        [3, [proposed(3), third]],
      ]);
    expect(benchmarkMissStreak(cycles(judged(3, "missed", { primary: false })))).toBeUndefined();
    expect(benchmarkMissStreak(cycles(judged(3, "not-enough-data")))).toBeUndefined();
    expect(benchmarkMissStreak(cycles(judged(3, "pending")))).toBeUndefined();
  });

  it("takes each cycle's latest verdict, and only verdicts after the last change", () => {
    const corrected = input([
      [1, [proposed(1), judged(1, "missed")]],
      [2, [proposed(2), judged(2, "missed")]],
      [3, [proposed(3), judged(3, "missed"), judged(3, "met", { when: at(9) })]],
    ]);
    expect(benchmarkMissStreak(corrected)).toBeUndefined();
    const missedLate = input([
      [1, [proposed(1), judged(1, "met"), judged(1, "missed", { when: at(9) })]],
      [2, [proposed(2), judged(2, "missed")]],
      [3, [proposed(3), judged(3, "missed")]],
    ]);
    expect(benchmarkMissStreak(missedLate)?.cycle).toBe(cycle(3));
    // The first miss was judged before the last change: two in a row since.
    expect(benchmarkMissStreak({ ...missedLate, since: at(4) })).toBeUndefined();
  });
});

describe("the list of triggers", () => {
  it("puts a guardrail error first, then retraction, foreign commits, publish failures, misses", () => {
    const everything = input([
      [1, [proposed(1), merged(1, 1), judged(1, "missed"), failed(1), failed(1), failed(1)]],
      [2, [proposed(2), judged(2, "missed"), { type: "retracted", at: at(6), cycle: cycle(2), by: "Alice" }]],
      [3, [proposed(3), judged(3, "missed"), blocked(3)]],
    ]);
    expect(firstDemotion(everything)?.trigger).toBe("guardrail-error");
    const noBlock = input([
      [1, [proposed(1), merged(1, 1), failed(1), failed(1), failed(1)]],
      [2, [proposed(2), { type: "retracted", at: at(6), cycle: cycle(2), by: "Alice" }]],
    ]);
    expect(firstDemotion(noBlock)?.trigger).toBe("retracted");
    expect(
      firstDemotion(input([[1, [proposed(1), merged(1, 1), failed(1), failed(1), failed(1)]]]))?.trigger,
    ).toBe("foreign-commit");
  });
});
