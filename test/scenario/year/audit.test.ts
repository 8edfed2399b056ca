// The year's checks, each on a small hand-made repository state: what it must flag and what it must let
// pass. The year itself (../year.test.ts) only shows that they find nothing after a good year.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../../../src/config/load.ts";
import type { Config } from "../../../src/config/types.ts";
import type { ExceptionItem } from "../../../src/state/exceptions.ts";
import type { Ledger, LedgerEvent } from "../../../src/state/ledger.ts";
import { EXAMPLE_CONFIG } from "../../helpers/repo.ts";
import {
  countMismatches,
  deliveries,
  exceptionFindings,
  isoWeekOf,
  lostCycles,
  reportedCounts,
  unnamedLapses,
  unrecordedSlots,
  type YearState,
} from "./audit.ts";

let config: Config;
beforeAll(async () => {
  config = await requireConfig(EXAMPLE_CONFIG);
});

// Wednesday 2 December 2026, 12:30 in Berlin; the example's daily-social posts on weekdays at 12:30.
const SLOT = "20261202T1130Z";
const CYCLE = `daily-social@${SLOT}`;
const OWNER = "Rosa";

/** A ledger from loose events: each as a ledger line would hold it, its cycle CYCLE unless it says. */
function ledgerOf(
  events: Array<{ type: string; at: string; cycle?: string; [key: string]: unknown }>,
): Ledger {
  const ledger: Ledger = new Map();
  for (const e of events) {
    const cycle = e.cycle ?? CYCLE;
    ledger.set(cycle, [...(ledger.get(cycle) ?? []), { ...e, cycle } as unknown as LedgerEvent]);
  }
  return ledger;
}

function stateOf(parts: Partial<YearState>): YearState {
  return {
    config,
    ledger: new Map(),
    exceptions: [],
    weekly: new Map(),
    dashboard: { week: "2099-W01", markdown: "" },
    ...parts,
  };
}

function exception(parts: Partial<ExceptionItem> & { id: string }): ExceptionItem {
  return {
    type: "publish-failure",
    severity: "error",
    status: "open",
    title: "t",
    detail: "d",
    cycle: CYCLE,
    raisedAt: "2026-12-02T13:00:00.000Z",
    ...parts,
  } as ExceptionItem;
}

const proposed = { type: "proposed", at: "2026-12-01T12:00:00.000Z" };
const merged = { type: "merged", at: "2026-12-01T17:00:00.000Z" };

describe("lostCycles", () => {
  it("flags an item that ended nowhere: merged, past publishWithin, no exception", () => {
    const state = stateOf({ ledger: ledgerOf([proposed, merged]) });
    expect(lostCycles(state, new Date("2026-12-06T12:00:00Z"))).toEqual([
      { cycle: CYCLE, status: "merged", slot: "2026-12-02T11:30:00.000Z" },
    ]);
  });

  it("lets pass an item still within publishWithin of its slot, or named by an open exception", () => {
    const ledger = ledgerOf([proposed, merged]);
    expect(lostCycles(stateOf({ ledger }), new Date("2026-12-05T11:00:00Z"))).toEqual([]);
    const named = stateOf({ ledger, exceptions: [exception({ id: `publish-failure--${CYCLE}.failed` })] });
    expect(lostCycles(named, new Date("2027-01-01T00:00:00Z"))).toEqual([]);
    const resolved = stateOf({
      ledger,
      exceptions: [exception({ id: `publish-failure--${CYCLE}.failed`, status: "resolved" })],
    });
    expect(lostCycles(resolved, new Date("2027-01-01T00:00:00Z"))).toHaveLength(1);
  });

  it("flags a failed item without an exception, and lets every terminal state pass", () => {
    const failed = ledgerOf([proposed, merged, { type: "publish-failed", at: "2026-12-02T12:00:00.000Z" }]);
    expect(lostCycles(stateOf({ ledger: failed }), new Date("2026-12-02T13:00:00Z"))).toHaveLength(1);
    for (const type of ["published", "rejected", "skipped", "expired", "missed"]) {
      // A refused (skipped) or missed slot never had a proposal.
      const before = type === "skipped" || type === "missed" ? [] : [proposed];
      const ledger = ledgerOf([...before, { type, at: "2026-12-02T12:00:00.000Z" }]);
      expect(lostCycles(stateOf({ ledger }), new Date("2027-01-01T00:00:00Z")), type).toEqual([]);
    }
  });
});

describe("unrecordedSlots", () => {
  const from = new Date("2026-11-30T00:00:00Z");
  const until = new Date("2026-12-07T00:00:00Z");

  it("names each slot of a plain cadence that has nothing in the ledger", () => {
    // Every slot of the week recorded but Wednesday's post.
    const ledger = ledgerOf(
      [
        "daily-social@20261130T1130Z",
        "daily-social@20261201T1130Z",
        "daily-social@20261203T1130Z",
        "daily-social@20261204T1130Z",
        "weekly-blog@20261201T0800Z",
        "weekly-newsletter@20261203T0700Z",
      ].map((cycle) => ({ type: "missed", at: "2026-12-05T00:00:00.000Z", cycle })),
    );
    expect(unrecordedSlots(stateOf({ ledger }), from, until)).toEqual([CYCLE]);
  });

  it("names each whole week without a cycle of a workflow whose week the learner plans", () => {
    const weekly = {
      ...config,
      workflows: config.workflows
        .filter((w) => w.id === "weekly-newsletter")
        .map((w) => ({ ...w, slots: ["Tue 08:00", "Thu 08:00"] })),
    };
    const twoWeeks = new Date("2026-12-14T00:00:00Z");
    const ledger = ledgerOf([
      { type: "missed", at: "2026-12-05T00:00:00.000Z", cycle: "weekly-newsletter@20261201T0700Z" },
    ]);
    expect(unrecordedSlots(stateOf({ config: weekly, ledger }), from, twoWeeks)).toEqual([
      "weekly-newsletter#2026-W50",
    ]);
  });
});

describe("the weekly counts", () => {
  const line =
    "**The week:** 1 proposed · 1 approved · 0 rejected · 0 published · 0 refused by guardrails · 2 expired (not published in time) · 0 open exception(s)";

  it("reads the counts line, a count it leaves out being 0", () => {
    expect(reportedCounts(`# x\n\n${line}\n`)).toMatchObject({
      proposed: 1,
      expired: 2,
      missed: 0,
      failed: 0,
    });
    expect(() => reportedCounts("# a report without counts")).toThrow(/no counts line/);
  });

  it("finds a week whose report counts differ from the ledger's, and events no report counts", () => {
    const ledger = ledgerOf([
      proposed,
      merged,
      { type: "expired", at: "2026-12-05T23:30:00.000Z" },
      { type: "missed", at: "2026-12-08T10:00:00.000Z", cycle: "weekly-blog@20261208T0800Z" },
    ]);
    const state = stateOf({ ledger, weekly: new Map([["2026-W49", `${line}\n${CYCLE}`]]) });
    expect(countMismatches(state, ["expired", "missed"])).toEqual([
      { week: "2026-W49", field: "expired", reported: 2, ledger: 1 },
      { week: "2026-W50", field: "missed", reported: "no report", ledger: 1 },
    ]);
    expect(unnamedLapses(state)).toEqual([
      { cycle: "weekly-blog@20261208T0800Z", type: "missed", week: "2026-W50" },
    ]);
    // The week in progress is the dashboard's.
    const withDashboard = {
      ...state,
      dashboard: {
        week: "2026-W50",
        markdown: "**This week:** 1 slot(s) missed (no item) weekly-blog@20261208T0800Z",
      },
    };
    expect(countMismatches(withDashboard, ["missed"])).toEqual([]);
    expect(unnamedLapses(withDashboard)).toEqual([]);
  });

  it("puts an instant in the ISO week of its local date", () => {
    // Monday 00:30 in Berlin is still Sunday in UTC.
    expect(isoWeekOf(new Date("2026-10-25T23:30:00Z"), "Europe/Berlin")).toBe("2026-W44");
    expect(isoWeekOf(new Date("2026-10-25T23:30:00Z"), "UTC")).toBe("2026-W43");
    // 1 January 2027 is a Friday: the last week of 2026, which has 53.
    expect(isoWeekOf(new Date("2027-01-01T12:00:00Z"), "Europe/Berlin")).toBe("2026-W53");
    expect(isoWeekOf(new Date("2027-01-04T12:00:00Z"), "Europe/Berlin")).toBe("2027-W01");
  });
});

describe("exceptionFindings", () => {
  const failedId = `publish-failure--${CYCLE}.failed`;
  const published = { type: "published", at: "2026-12-03T12:00:00.000Z", channel: "mastodon", receipt: {} };

  it("flags an exception left open after its item was published, expired or retried", () => {
    const open = [exception({ id: failedId })];
    expect(
      exceptionFindings(
        stateOf({ ledger: ledgerOf([proposed, merged, published]), exceptions: open }),
        OWNER,
      ),
    ).toEqual([{ id: failedId, problem: `open, but ${CYCLE} is published` }]);
    const expired = ledgerOf([proposed, merged, { type: "expired", at: "2026-12-06T12:00:00.000Z" }]);
    expect(exceptionFindings(stateOf({ ledger: expired, exceptions: open }), OWNER)).toHaveLength(1);
    const retried = ledgerOf([
      proposed,
      merged,
      { type: "retried", at: "2026-12-03T09:00:00.000Z", by: OWNER },
    ]);
    expect(exceptionFindings(stateOf({ ledger: retried, exceptions: open }), OWNER)).toHaveLength(1);
    expect(
      exceptionFindings(stateOf({ ledger: ledgerOf([proposed, merged]), exceptions: open }), OWNER),
    ).toEqual([]);
  });

  it("accepts a resolution only when the ledger shows the action that settled it", () => {
    const resolved = (resolvedBy: string, resolution: string, resolvedAt = "2026-12-03T12:00:00.000Z") =>
      exception({ id: failedId, status: "resolved", resolvedBy, resolution, resolvedAt });
    const ledger = ledgerOf([
      proposed,
      merged,
      { type: "retried", at: "2026-12-03T09:00:00.000Z", by: OWNER },
      published,
    ]);
    const findings = (e: ExceptionItem) => exceptionFindings(stateOf({ ledger, exceptions: [e] }), OWNER);
    expect(findings(resolved("loopcast", "published at 2026-12-03T12:00:00.000Z (https://x)"))).toEqual([]);
    expect(
      findings(resolved("loopcast", "published at 2026-12-04T12:00:00.000Z", "2026-12-04T12:00:00.000Z")),
    ).toHaveLength(1);
    expect(
      findings(resolved("loopcast", `${OWNER} asked for a retry: back`, "2026-12-03T09:00:00.000Z")),
    ).toEqual([]);
    expect(
      findings(resolved(OWNER, `${OWNER} asked for a retry: back`, "2026-12-03T10:00:00.000Z")),
    ).toHaveLength(1);
    expect(findings(resolved(OWNER, "looked at it"))).toEqual([
      { id: failedId, problem: 'a failed publish closed without a retry ("looked at it")' },
    ]);
    expect(findings(resolved("loopcast", "the item expired: too late"))).toHaveLength(1);
    expect(
      findings(resolved("loopcast", "published at 2026-12-03T12:00:00.000Z", "2026-12-01T00:00:00.000Z")),
    ).toContainEqual({
      id: failedId,
      problem: "resolved at 2026-12-01T00:00:00.000Z, before it was raised",
    });
    const note = exception({
      id: "anomaly--missed.x",
      type: "anomaly",
      cycle: undefined,
      status: "resolved",
      resolvedBy: OWNER,
      resolvedAt: "2026-12-03T12:00:00.000Z",
    });
    expect(exceptionFindings(stateOf({ exceptions: [note] }), OWNER)).toEqual([
      { id: "anomaly--missed.x", problem: "resolved by the owner without a note" },
    ]);
  });
});

describe("deliveries", () => {
  it("counts what arrived per item: statuses by idempotency key, e-mails by header, posts by front matter", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loopcast-year-audit-"));
    await mkdir(join(dir, "site", "blog"), { recursive: true });
    await writeFile(join(dir, "site", "blog", "a.md"), "---\ncycle: weekly-blog@20261201T0800Z\n---\nText\n");
    const counted = deliveries({
      statusKeys: [`${CYCLE}.0123abcd`, `${CYCLE}.4567ef01`],
      mails: ["weekly-newsletter@20261203T0700Z"],
      dir,
    });
    expect(Object.fromEntries(counted)).toEqual({
      [CYCLE]: 2,
      "weekly-newsletter@20261203T0700Z": 1,
      "weekly-blog@20261201T0800Z": 1,
    });
  });
});
