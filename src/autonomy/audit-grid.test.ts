// The audit grid cell by cell: where the frequency line falls, what each cell recommends, and how long a
// track record takes at the workflow's cadence.
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config, Workflow } from "../config/types.ts";
import { audit } from "./audit.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let base: Config;
beforeAll(async () => {
  base = await requireConfig(`${ROOT}/marketing`);
});

const FROM = new Date("2026-11-30T00:00:00Z");

/** The audit row of one workflow on the blog channel (reversible) or the newsletter (not). */
function row(
  w: Partial<Workflow>,
  opts: { minCycles?: number; autonomy?: Config["guardrails"]["autonomy"] } = {},
) {
  const workflow = {
    ...(base.workflows[0] as Workflow),
    id: "w",
    name: "W",
    channel: "blog",
    ...w,
  } as Workflow;
  const config: Config = {
    ...base,
    workflows: [workflow],
    guardrails: { ...base.guardrails, autonomy: opts.autonomy },
  };
  const [r] = opts.minCycles === undefined ? audit(config, FROM) : audit(config, FROM, opts.minCycles);
  return r;
}

describe("audit grid", () => {
  it("calls three items a week high frequency, and two low", () => {
    expect(row({ cadence: "0 9 * * 1,3,5", sensitivity: "low" })).toMatchObject({
      perWeek: 3,
      frequency: "high",
      ceiling: "L5",
      advice: "first candidate: approve 30 cycles at L3, then L4 with a review window, then L5",
    });
    expect(row({ cadence: "0 9 * * 1,4", sensitivity: "low" })).toMatchObject({
      perWeek: 2,
      frequency: "low",
      startAt: "L3",
      ceiling: "L4",
      advice: "low volume: the track record builds slowly; expand after the high-volume tasks",
    });
  });

  it("keeps a frequent but sensitive task at L4 at most, and a rare sensitive one at L3", () => {
    expect(row({ cadence: "0 9 * * *", sensitivity: "high" })).toMatchObject({
      frequency: "high",
      sensitivity: "high",
      startAt: "L3",
      ceiling: "L4",
      advice: "frequent but sensitive: batch-approve at L3, earn L4 with a review window at most",
    });
    expect(row({ cadence: "0 9 * * 1", sensitivity: "high" })).toMatchObject({
      startAt: "L3",
      ceiling: "L3",
      advice: "brand-sensitive and rare: keep a person approving every item (L3)",
    });
  });

  it("treats an unset sensitivity as low, and a rare irreversible task stays at L3", () => {
    expect(row({ cadence: "0 9 * * 1", sensitivity: undefined })).toMatchObject({
      sensitivity: "low",
      ceiling: "L4",
    });
    expect(row({ cadence: "0 9 * * 1", sensitivity: "low", channel: "newsletter" })).toMatchObject({
      reversible: false,
      ceiling: "L3",
    });
    expect(row({ cadence: "0 9 * * *", sensitivity: "low", channel: "newsletter" })).toMatchObject({
      startAt: "L3",
      ceiling: "L4",
      advice:
        "high volume but irreversible: earn L4 (review window), stay out of L5 unless allowIrreversible",
    });
  });

  it("treats a channel it does not know as reversible", () => {
    expect(row({ cadence: "0 9 * * *", sensitivity: "low", channel: "gone" })).toMatchObject({
      reversible: true,
      ceiling: "L5",
    });
  });

  it("counts the weeks a track record takes from the configured minimum, rounding the rate and the weeks", () => {
    // Daily: 7 a week; 30 cycles take 5 weeks (4.3, rounded up).
    expect(row({ cadence: "0 9 * * *" })?.weeksToTrackRecord).toBe(5);
    expect(row({ cadence: "0 9 * * *" }, { autonomy: { minCycles: 15 } })?.weeksToTrackRecord).toBe(3);
    expect(row({ cadence: "0 9 * * *" }, { minCycles: 70 })?.weeksToTrackRecord).toBe(10);
    // The first of the month: one in four weeks, 0.25 a week (shown as 0.3).
    expect(row({ cadence: "0 9 1 * *" })).toMatchObject({ perWeek: 0.3, weeksToTrackRecord: 120 });
    // Never in the next four weeks: no track record can be built.
    expect(row({ cadence: "0 9 29 2 *" })).toMatchObject({
      perWeek: 0,
      weeksToTrackRecord: Number.POSITIVE_INFINITY,
    });
  });

  it("names the workflow, its channel and its configured level", () => {
    expect(row({ cadence: "0 9 * * 1", level: "L2" })).toMatchObject({
      workflow: "w",
      name: "W",
      channel: "blog",
      configured: "L2",
    });
  });
});
