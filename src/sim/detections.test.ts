// Detection delays and false alarms, counted in cycles (the channel's sent items), with a fake detector
// that flags on given days.
import { describe, expect, it } from "vitest";
import { ATTRIBUTION_CYCLES, detect } from "./detections.ts";
import type { EventTruth } from "./model.ts";
import { POLICIES } from "./policies/index.ts";
import { simulate } from "./run.ts";
import { DAILY, scenarioOf } from "./test-scenarios.ts";
import type { PolicyFactory } from "./types.ts";

const drop: EventTruth = { day: 45, channel: "post", multiply: 0.6 };
const everyDay = { post: Array.from({ length: 91 }, (_, d) => d), other: [0, 7, 14] };

describe("detections", () => {
  it("take the first flag on the event's channel at or after its day, delay counted in sent items", () => {
    const flags = [
      { channel: "post", day: 30 },
      { channel: "other", day: 46 },
      { channel: "post", day: 48 },
      { channel: "post", day: 50 },
    ];
    const { detections, falseAlarms } = detect([drop], flags, everyDay);
    expect(detections).toEqual([{ ...drop, detectedDay: 48, delayCycles: 3 }]);
    // Day 30 comes before any drop; `other` never dropped; day 50 is 5 cycles after the drop.
    expect(falseAlarms).toBe(2);
  });

  it("count cycles as the channel's sent items, not days", () => {
    const sparse = { post: [40, 44, 47, 52, 60] };
    const { detections } = detect([drop], [{ channel: "post", day: 61 }], sparse);
    expect(detections[0]).toMatchObject({ detectedDay: 61, delayCycles: 3 });
  });

  it("attribute a flag to the latest drop at most ten cycles before it; later ones are false alarms", () => {
    const rise: EventTruth = { day: 50, channel: "post", multiply: 1.5 };
    const flags = [
      { channel: "post", day: 45 + ATTRIBUTION_CYCLES },
      { channel: "post", day: 45 + ATTRIBUTION_CYCLES + 1 },
    ];
    const { detections, falseAlarms } = detect([drop, rise], flags, everyDay);
    expect(falseAlarms).toBe(1);
    // The rise is an event too: its entry is the first flag at or after it.
    expect(detections[1]).toMatchObject({ day: 50, multiply: 1.5, detectedDay: 55, delayCycles: 5 });
  });

  it("report null for a policy without a detector, and null when nothing was flagged", () => {
    expect(detect([drop], undefined, everyDay)).toEqual({
      detections: [{ ...drop, detectedDay: null, delayCycles: null }],
      falseAlarms: null,
    });
    expect(detect([drop], [], everyDay).detections[0]?.detectedDay).toBeNull();
    expect(detect([drop], [], everyDay).falseAlarms).toBe(0);
  });

  it("reach the result of simulate() for a policy with a detector", () => {
    const { fixed } = POLICIES;
    if (!fixed) throw new Error("fixed is not registered");
    // A stand-in detector: the fixed policy that also flags on days 5 and 16.
    const policies = {
      ...POLICIES,
      "test-detector": ((setup, seed) => ({
        ...fixed(setup, seed),
        name: "test-detector",
        flagged: () => [
          { channel: "post", day: 5 },
          { channel: "post", day: 16 },
        ],
      })) satisfies PolicyFactory,
    };
    const r = simulate(scenarioOf(DAILY), "test-detector", { seed: 1, policies });
    expect(r.detections).toEqual([
      { day: 14, channel: "post", multiply: 0.6, detectedDay: 16, delayCycles: 2 },
    ]);
    expect(r.falseAlarms).toBe(1);
    expect(r.cycles).toEqual({ post: 28 });
    expect(r.flags).toHaveLength(2);
  });
});
