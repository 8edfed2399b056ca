import { describe, expect, it } from "vitest";
import { newReport } from "../pipeline/reconcile.ts";
import { outputsOf } from "./result.ts";
import { renderSummary } from "./summary.ts";

describe("the job summary", () => {
  it("shows the counts, each thing done or held and why, and the dashboard", () => {
    const report = newReport({
      at: "2026-12-01T08:05:00.000Z",
      actions: [
        {
          kind: "wait",
          cycle: "weekly-newsletter@20261203T0700Z",
          reason: "scheduled for 2026-12-03T07:00:00.000Z",
        },
      ],
      levels: [],
    });
    report.recorded.push({ cycle: "weekly-blog@20261201T0800Z", outcome: "merged with edits" });
    report.published.push({ cycle: "weekly-blog@20261201T0800Z", url: "https://loopcast.dev/blog/x/" });
    report.proposed.push({
      cycle: "daily-social@20261202T1130Z",
      branch: "loopcast/daily-social@20261202T1130Z",
      url: "https://github.com/acme/site/pull/9",
    });
    report.held.push({ cycle: "daily-social@20261201T1130Z", reason: "paused | by the kill switch" });
    report.refused.push({
      cycle: "weekly-newsletter@20261210T0700Z",
      guardrail: "budget",
      reason: "weekly cap reached",
    });
    report.errors.push({ cycle: "weekly-blog@20261208T0800Z", message: "GitHub answered 502" });
    report.measured = {
      judged: [],
      settled: [],
      kept: [],
      pulled: {
        requests: 3,
        rows: 40,
        byChannel: {
          mastodon: { requests: 2, rows: 40, skipped: 5 },
          bluesky: { requests: 1, rows: 0, skipped: 12, error: "channel bluesky: the AppView answered 502" },
          blog: { requests: 0, rows: 0, skipped: 0 },
        },
        skipped: [],
        failures: [],
        raised: [],
        resolved: [],
        warnings: [],
      },
    };
    const text = renderSummary({
      route: {
        kind: "merged",
        why: "#7 was merged",
        number: 7,
        branch: "loopcast/weekly-blog@20261201T0800Z",
      },
      dryRun: false,
      report,
      applied: ["approved loopcast/x for @alice"],
      notices: ["main is protected, so state went to loopcast-state"],
      outputs: outputsOf(report),
      requests: 5,
      dashboardUrl: "https://github.com/acme/site/issues/3",
      exitCode: 1,
    });
    expect(text).toMatchSnapshot();
    expect(text).toContain("| 1 | 1 | 3 | 5 |");
    expect(text).toContain("paused \\| by the kill switch");
    expect(text).toContain(
      "| metrics pulled | mastodon | 40 item(s) in 2 request(s), 5 left for a later run |",
    );
    expect(text).toContain(
      "| **metrics not pulled** | bluesky | channel bluesky: the AppView answered 502 |",
    );
    // A channel with nothing due this run is not a line.
    expect(text).not.toContain("| blog |");
  });

  it("says plainly when there was nothing to do", () => {
    const text = renderSummary({
      route: { kind: "ignore", why: "Loopcast does not act on push events" },
      dryRun: false,
      applied: [],
      notices: [],
      outputs: outputsOf(undefined),
      requests: 0,
      exitCode: 0,
    });
    expect(text).toBe(
      "## Loopcast: Loopcast does not act on push events\n\nNothing to do: Loopcast does not act on push events.\n",
    );
  });
});
