import { describe, expect, it } from "vitest";
import { type DashboardEntry, parseTicks, renderDashboard } from "./dashboard.ts";

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
      pause: false,
    });
    expect(parseTicks("no boxes")).toEqual({ approve: [], hold: [], pause: undefined });
  });
});
