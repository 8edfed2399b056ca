// The journey's simulated owner and its schedule: the reviewer's odds, its small edits, and the run
// times that put a run at every item's slot and one every evening.
import { describe, expect, it } from "vitest";
import { editItem, REVIEWER, verdict } from "../../scripts/journey/reviewer.ts";
import { RunQueue } from "../../scripts/journey/schedule.ts";
import { editRatio } from "../../src/core/edit-ratio.ts";

describe("the simulated owner", () => {
  it("approves most proposals, edits a few and rejects a few, the same way for the same seed", () => {
    const cycles = Array.from(
      { length: 2000 },
      (_, i) => `daily-social@2026${String(i).padStart(4, "0")}T1030Z`,
    );
    const verdicts = cycles.map((c) => verdict("seed", c));
    const share = (v: string) => verdicts.filter((x) => x === v).length / cycles.length;
    expect(share("approve")).toBeCloseTo(REVIEWER.approve, 1);
    expect(share("edit")).toBeGreaterThan(0.03);
    expect(share("edit")).toBeLessThan(0.09);
    expect(share("reject")).toBeGreaterThan(0.02);
    expect(share("reject")).toBeLessThan(0.07);
    expect(cycles.map((c) => verdict("seed", c))).toEqual(verdicts);
    expect(cycles.map((c) => verdict("other", c))).not.toEqual(verdicts);
  });

  it("edits a word of the body, never the front matter, and keeps the edit small", () => {
    const item = [
      "---",
      "cycle: daily-social@20260408T1600Z",
      "title: Every decision is kept",
      "---",
      "",
      "The repository keeps every decision, so you can always see why something went out.",
      "",
    ].join("\n");
    const edited = editItem(item);
    expect(edited).toContain("title: Every decision is kept");
    expect(edited).toContain("keeps every decision, and you can always see");
    expect(editRatio(item, edited)).toBeLessThan(0.1);
    // No phrase to tighten: the owner opens the first sentence in their own voice.
    expect(editItem("---\ntitle: t\n---\n\n# Heading\n\nMarketing you can review like code.\n")).toBe(
      "---\ntitle: t\n---\n\n# Heading\n\nHonestly, marketing you can review like code.\n",
    );
    expect(editItem("---\ntitle: t\n---\n\n- 1\n")).toBe("---\ntitle: t\n---\n\n- 1\n");
  });
});

describe("the journey's run times", () => {
  const from = new Date("2026-04-05T22:00:00Z"); // Monday 6 April, 00:00 in Berlin
  const to = new Date(from.getTime() + 3 * 86_400_000);

  it("runs at 06:00 on day one and every evening at 18:00, local time", () => {
    const queue = new RunQueue({ timezone: "Europe/Berlin", from, to });
    const times: string[] = [];
    for (let t = queue.next(new Date(from.getTime() - 1)); t; t = queue.next(t)) times.push(t.toISOString());
    expect(times).toEqual([
      "2026-04-06T04:00:00.000Z",
      "2026-04-06T16:00:00.000Z",
      "2026-04-07T16:00:00.000Z",
      "2026-04-08T16:00:00.000Z",
    ]);
  });

  it("adds a run at each proposed item's slot, once, and none after the journey", () => {
    const queue = new RunQueue({ timezone: "Europe/Berlin", from, to });
    queue.add(new Date("2026-04-07T10:30:00Z"));
    queue.add(new Date("2026-04-07T10:30:00Z"));
    queue.add(new Date("2026-04-07T16:00:00Z"));
    queue.add(new Date("2026-04-20T10:30:00Z"));
    const after = new Date("2026-04-06T16:00:00Z");
    expect(queue.next(after)?.toISOString()).toBe("2026-04-07T10:30:00.000Z");
    expect(queue.next(new Date("2026-04-07T10:30:00Z"))?.toISOString()).toBe("2026-04-07T16:00:00.000Z");
    expect(queue.next(new Date("2026-04-08T16:00:00Z"))).toBeUndefined();
  });
});
