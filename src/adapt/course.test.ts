// A workflow's course as the decision log records it: an option adopted once it is probably best, with
// the numbers; nothing written twice; an option retired once; a drop and a recovery noted.
import { describe, expect, it } from "vitest";
import { measuredEvents, weeklySlots } from "../../test/helpers/learner-ledger.ts";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Config } from "../config/types.ts";
import type { Decision } from "../state/decisions.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { courseDecisions } from "./course.ts";

const NEWSLETTER = {
  id: "weekly-newsletter",
  channel: "newsletter",
  benchmark: "newsletter-click-rate",
  metric: "click_rate",
};
const withSlots = (c: Config): Config => ({
  ...c,
  workflows: c.workflows.map((w) =>
    w.id === NEWSLETTER.id ? { ...w, slots: ["Tue 08:00", "Thu 08:00"], cadence: "0 8 * * 4" } : w,
  ),
});

function ledgerOf(events: LedgerEvent[]): Ledger {
  const ledger: Ledger = new Map();
  for (const e of events) ledger.set(e.cycle, [...(ledger.get(e.cycle) ?? []), e]);
  return ledger;
}

/** Tuesdays at a 3.0 % click rate, Thursdays at 2.0 %, `weeks` of each, same hook and title. */
function tuesdaysWin(weeks: number, tue = 60, thu = 40): LedgerEvent[] {
  const arms = { pillar: "review-is-approval", title: "0", hook: "0", cta: "0" };
  return measuredEvents(NEWSLETTER, [
    ...weeklySlots(weeks).map((slot) => ({
      slot,
      arms: { ...arms, slot: "Tue 08:00" },
      successes: tue,
      trials: 2000,
    })),
    ...weeklySlots(weeks, true).map((slot) => ({
      slot,
      arms: { ...arms, slot: "Thu 08:00" },
      successes: thu,
      trials: 2000,
    })),
  ]);
}

async function decide(events: LedgerEvent[], previous: Decision[] = [], at = "2026-03-01T06:00:00Z") {
  const ctx = await memoryContext({ config: withSlots });
  const workflow = ctx.config.workflows.find((w) => w.id === NEWSLETTER.id);
  if (!workflow) throw new Error("no newsletter");
  return courseDecisions({
    config: ctx.config,
    ledger: ledgerOf(events),
    workflow,
    now: new Date(at),
    previous,
  });
}

describe("courseDecisions", () => {
  it("moves the slot once one is probably best, with the numbers behind it", async () => {
    const decisions = await decide(tuesdaysWin(4));
    const slot = decisions.find((d) => d.kind === "slot");
    expect(slot).toMatchObject({
      id: "weekly-newsletter--slot--20260301T0600Z",
      workflow: "weekly-newsletter",
      to: "Tue 08:00",
      summary: "weekly-newsletter settled on Tue 08:00",
    });
    expect(slot?.signal).toMatch(
      /^P\(Tue 08:00 best\) = 1\.00 after 4 measured send\(s\), click_rate 3\.0 % vs 2\.0 % for Thu 08:00/,
    );
    expect(slot?.evidence?.options).toEqual([
      { option: "Tue 08:00", name: "Tue 08:00", sends: 4, measured: 4, rate: 0.03, pBest: 1 },
      { option: "Thu 08:00", name: "Thu 08:00", sends: 4, measured: 4, rate: 0.02, pBest: 0 },
    ]);
  });

  it("writes nothing while the evidence is thin or the course is already set", async () => {
    expect((await decide(tuesdaysWin(1, 61, 59))).filter((d) => d.kind === "slot")).toEqual([]);
    const first = (await decide(tuesdaysWin(4))).filter(
      (d) => d.kind === "slot" || d.kind === "slot-retired",
    );
    expect(first.length).toBeGreaterThan(0);
    const again = await decide(tuesdaysWin(4), first, "2026-03-02T06:00:00Z");
    expect(again.filter((d) => d.kind === "slot" || d.kind === "slot-retired")).toEqual([]);
  });

  it("records a change of course from the previous slot, and retires the loser once", async () => {
    const previous: Decision = {
      id: "weekly-newsletter--slot--20260201T0600Z",
      at: "2026-02-01T06:00:00.000Z",
      workflow: "weekly-newsletter",
      kind: "slot",
      summary: "weekly-newsletter settled on Thu 08:00",
      signal: "…",
      to: "Thu 08:00",
    };
    const decisions = await decide(tuesdaysWin(4), [previous]);
    expect(decisions.find((d) => d.kind === "slot")).toMatchObject({
      from: "Thu 08:00",
      to: "Tue 08:00",
      summary: "moved weekly-newsletter from Thu 08:00 to Tue 08:00",
    });
    const retired = decisions.filter((d) => d.kind === "slot-retired");
    expect(retired.map((d) => d.to)).toEqual(["Thu 08:00"]);
    expect(
      (await decide(tuesdaysWin(4), [previous, ...retired])).filter((d) => d.kind === "slot-retired"),
    ).toEqual([]);
  });

  it("notes a drop of the primary metric once, at the item that shows it", async () => {
    const arms = { slot: "Tue 08:00", pillar: "review-is-approval", title: "0", hook: "0", cta: "0" };
    const slots = weeklySlots(10);
    const events = measuredEvents(
      NEWSLETTER,
      slots.map((slot, i) => ({ slot, arms, successes: i < 6 ? 60 : 30, trials: 2000 })),
    );
    const drops = (await decide(events)).filter((d) => d.kind === "drop");
    expect(drops).toHaveLength(1);
    expect(drops[0]?.cycle).toBe("weekly-newsletter@20260217T0800Z");
    expect(drops[0]?.signal).toMatch(
      /click_rate 1\.50 % over the last 1 item\(s\) against 3\.00 % before \(-50 %\)/,
    );
    expect((await decide(events, drops)).filter((d) => d.kind === "drop")).toEqual([]);
  });
});
