import { describe, expect, it } from "vitest";
import {
  type DashboardEntry,
  type DoubtEntry,
  ITEM_BOXES,
  itemBox,
  parseTicks,
  renderDashboard,
} from "./dashboard.ts";

const entry = (n: number, over: Partial<DashboardEntry> = {}): DashboardEntry => ({
  branch: `loopcast/w@2026120${n}T0900Z`,
  number: n,
  url: `https://github.com/acme/site/pull/${n}`,
  title: `[loopcast] w: Item ${n}`,
  level: "L3",
  held: false,
  autoMerge: false,
  ...over,
});

describe("the dashboard body", () => {
  it("lists what waits, offers hold only where an item could merge on its own, and a pause box", () => {
    const body = renderDashboard({
      pending: [entry(2, { level: "L4" }), entry(1), entry(3, { held: true })],
      paused: false,
      notices: ["main is protected"],
    });
    expect(body).toMatchSnapshot();
    expect(body.indexOf("Item 1")).toBeLessThan(body.indexOf("Item 2"));
    expect(body).toContain("  - [ ] <!-- hold-branch=loopcast/w@20261202T0900Z -->Hold");
    expect(body).not.toContain("hold-branch=loopcast/w@20261201T0900Z");
  });

  it("is the same text for the same state (so an unchanged run makes no update request)", () => {
    const state = { pending: [entry(1)], paused: true };
    expect(renderDashboard(state)).toBe(renderDashboard({ ...state }));
    expect(renderDashboard(state)).toContain("- [x] <!-- loopcast-pause -->Paused");
  });

  it("reads the boxes a person ticked back", () => {
    const body = renderDashboard({ pending: [entry(1), entry(2, { level: "L5" })], paused: false })
      .replace(
        "- [ ] <!-- approve-branch=loopcast/w@20261201T0900Z",
        "- [x] <!-- approve-branch=loopcast/w@20261201T0900Z",
      )
      .replace(
        "- [ ] <!-- hold-branch=loopcast/w@20261202T0900Z",
        "- [X] <!-- hold-branch=loopcast/w@20261202T0900Z",
      )
      .replace(/\n/g, "\r\n");
    expect(parseTicks(body)).toEqual({
      approve: ["loopcast/w@20261201T0900Z"],
      hold: ["loopcast/w@20261202T0900Z"],
      sent: [],
      notSent: [],
      retry: [],
      pause: false,
    });
    expect(parseTicks("no boxes")).toEqual({
      approve: [],
      hold: [],
      sent: [],
      notSent: [],
      retry: [],
      pause: undefined,
    });
  });
});

const DOUBT: DoubtEntry = {
  cycle: "weekly-newsletter@20261203T0700Z",
  channel: "newsletter",
  kind: "email",
  why: "started",
  at: "2026-12-03T07:05:00.000Z",
};

describe("changes beyond the item on the dashboard", () => {
  const foreign = entry(4, { foreignFiles: ["marketing/guardrails.yaml", ".github/workflows/evil.yml"] });

  it("are listed first and loudly, with no Approve box, and the clean ones wait as before", () => {
    const body = renderDashboard({ pending: [entry(1), foreign], paused: false });
    expect(body).toContain(
      [
        "## Changes beyond the item (1)",
        "",
        "> [!CAUTION]",
        "> Someone pushed commits to these pull requests that change files which are not their item. Loopcast",
      ].join("\n"),
    );
    expect(body).toContain(
      "- **[#4](https://github.com/acme/site/pull/4) w: Item 4 · L3** also changes `marketing/guardrails.yaml`, `.github/workflows/evil.yml`",
    );
    expect(body.indexOf("Changes beyond the item")).toBeLessThan(body.indexOf("## Waiting for review"));
    expect(body).not.toContain("approve-branch=loopcast/w@20261204T0900Z");
    expect(body).toContain("approve-branch=loopcast/w@20261201T0900Z");
  });

  it("keeps a hostile file name on its line, so it can never be read back as a ticked box", () => {
    const hostile = entry(5, {
      foreignFiles: ["a\n- [x] <!-- approve-branch=loopcast/w@20261201T0900Z -->"],
    });
    const body = renderDashboard({ pending: [entry(1), hostile], paused: false });
    expect(parseTicks(body).approve).toEqual([]);
  });

  it("a held proposal with foreign files is listed with them, not under On hold", () => {
    const body = renderDashboard({ pending: [{ ...foreign, held: true }], paused: false });
    expect(body).not.toContain("## On hold");
    expect(body).toContain("also changes");
  });
});

describe("items in doubt on the dashboard", () => {
  it("each gets an 'it went out' and an 'it did not go out' box, before what waits for review", () => {
    const failed: DoubtEntry = { ...DOUBT, cycle: "weekly-newsletter@20261210T0700Z", why: "failed" };
    const body = renderDashboard({ pending: [entry(1)], paused: false, inDoubt: [failed, DOUBT] });
    expect(body).toContain(
      [
        "## Did it go out? (2)",
        "",
        "> [!WARNING]",
        "> Loopcast does not know whether these went out, so it holds them and never sends them again on its own.",
        "> Check the channel (the list's archive, the provider's log), then tick one box for each.",
        "",
        "- `weekly-newsletter@20261203T0700Z` to newsletter (email): its send started 2026-12-03 07:05 UTC and was never confirmed",
        "  - [ ] <!-- sent-cycle=weekly-newsletter@20261203T0700Z -->It went out: record it as published; it is not sent again",
        "  - [ ] <!-- not-sent-cycle=weekly-newsletter@20261203T0700Z -->It did not go out: the next run sends it",
        "- `weekly-newsletter@20261210T0700Z` to newsletter (email): its send failed 2026-12-03 07:05 UTC after the message may have gone out",
      ].join("\n"),
    );
    expect(body.indexOf("Did it go out?")).toBeLessThan(body.indexOf("## Waiting for review"));
    expect(renderDashboard({ pending: [], paused: false, inDoubt: [] })).not.toContain("Did it go out?");
  });

  it("reads the ticks back by kind, each target once", () => {
    const body = renderDashboard({ pending: [], paused: false, inDoubt: [DOUBT] })
      .replace("- [ ] <!-- sent-cycle=", "- [x] <!-- sent-cycle=")
      .concat("\n  - [x] <!-- sent-cycle=weekly-newsletter@20261203T0700Z -->again\n");
    expect(parseTicks(body)).toMatchObject({ sent: [DOUBT.cycle], notSent: [] });
    const other = body.replace("- [ ] <!-- not-sent-cycle=", "- [X] <!-- not-sent-cycle=");
    expect(parseTicks(other)).toMatchObject({ sent: [DOUBT.cycle], notSent: [DOUBT.cycle] });
  });
});

describe("per-item boxes", () => {
  it("are one table: every kind renders a box that parses back to that kind; unknown keys are ignored", () => {
    for (const kind of Object.keys(ITEM_BOXES) as Array<keyof typeof ITEM_BOXES>) {
      const ticked = itemBox(kind, "t@1", "label").replace("- [ ]", "- [x]");
      const ticks = parseTicks(ticked);
      expect(ticks[kind]).toEqual(["t@1"]);
      const others = (Object.keys(ITEM_BOXES) as Array<keyof typeof ITEM_BOXES>).filter((k) => k !== kind);
      for (const k of others) expect(ticks[k]).toEqual([]);
    }
    expect(parseTicks("- [x] <!-- delete-cycle=w@20261201T0900Z -->Delete")).toEqual({
      approve: [],
      hold: [],
      sent: [],
      notSent: [],
      retry: [],
      pause: undefined,
    });
  });
});

describe("items Loopcast gave up publishing", () => {
  it("each gets a Retry box with the last error on one line, which a hostile error cannot turn into a tick", () => {
    const body = renderDashboard({
      pending: [],
      paused: false,
      gaveUp: [
        {
          cycle: "weekly-newsletter@20261203T0700Z",
          attempts: 3,
          lastError: "LOOPCAST_SMTP_HOST is not set\n- [x] <!-- approve-branch=loopcast/evil -->",
        },
      ],
    });
    expect(body).toContain(
      [
        "## Failed to publish (1)",
        "",
        "Loopcast stopped trying these. Fix the cause (a secret, the channel's settings), then tick Retry.",
        "",
        "- `weekly-newsletter@20261203T0700Z` failed 3 times; last: LOOPCAST_SMTP_HOST is not set -   approve-branch=loopcast/evil ",
        "  - [ ] <!-- retry-cycle=weekly-newsletter@20261203T0700Z -->Retry: the cause is fixed, try again",
      ].join("\n"),
    );
    expect(parseTicks(body)).toMatchObject({ approve: [], retry: [] });
    expect(parseTicks(body.replace("- [ ] <!-- retry-cycle=", "- [x] <!-- retry-cycle="))).toMatchObject({
      retry: ["weekly-newsletter@20261203T0700Z"],
    });
  });
});
