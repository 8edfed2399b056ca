import { describe, expect, it } from "vitest";
import { cycleIdOf } from "../../test/report/events.ts";
import { reportData } from "../../test/report/fixture.ts";
import { capUses, commitments } from "../guardrails/budget.ts";
import type { RunReport } from "../pipeline/reconcile.ts";
import { capRows } from "./budget-view.ts";
import { renderReports } from "./index.ts";
import { renderJobSummary } from "./job-summary.ts";
import { dashboardViews, weekViews } from "./model.ts";

// Tuesday 1 December 2026 (week 2026-W49 in Europe/Berlin) and the weeks before.
const TUE = "2026-12-01T08:00:00Z";
const LAST_TUE = "2026-11-24T08:00:00Z";
const NOW = "2026-12-02T10:00:00.000Z";
const BLOG = cycleIdOf("weekly-blog", TUE);
const OLD = cycleIdOf("weekly-blog", LAST_TUE);
const HOSTILE = 'Ship | it <script>alert("x")</script> [now](javascript:alert(1)) *fast*';

async function history() {
  return reportData({
    now: NOW,
    specs: [
      {
        workflow: "weekly-blog",
        slot: LAST_TUE,
        review: 0,
        published: true,
        reservation: 2,
        spent: 1.5,
        url: "https://github.com/acme/m/pull/7",
      },
      { workflow: "weekly-blog", slot: TUE, review: 0.2, published: true, reservation: 2 },
      { workflow: "daily-social", slot: "2026-12-01T11:30:00Z", channel: "mastodon", level: "L4" },
    ],
    titles: { [BLOG]: HOSTILE, [OLD]: "Last week's post" },
    metrics: {
      [OLD]: [
        { date: "2026-11-24", metric: "views", value: 300, receivedMs: Date.parse("2026-11-26T00:00:00Z") },
        { date: "2026-11-24", metric: "clicks", value: 9, receivedMs: Date.parse("2026-11-26T00:00:00Z") },
      ],
      [BLOG]: [
        { date: "2026-12-01", metric: "views", value: 400, receivedMs: Date.parse("2026-12-02T00:00:00Z") },
        { date: "2026-12-01", metric: "clicks", value: 16, receivedMs: Date.parse("2026-12-02T00:00:00Z") },
      ],
    },
    exceptions: [
      {
        id: "budget--weekly-blog@20261208T0800Z",
        type: "budget",
        severity: "error",
        status: "open",
        title: "Cap | crossed <b>",
        detail: "",
        raisedAt: "2026-12-02T09:00:00Z",
      },
    ],
    decisions: [
      {
        id: "weekly-blog--slot--1",
        at: "2026-12-02T09:00:00Z",
        workflow: "weekly-blog",
        kind: "slot",
        summary: "moved the post to Tue 09:00",
        signal: "P(Tue better) = 0.94 after 12 sends",
        from: "Thu 09:00",
        to: "Tue 09:00",
        path: "marketing/decisions/2026/12/weekly-blog--slot--1.json",
      },
    ],
  });
}

describe("renderReports", () => {
  it("is a pure function of the data: the same data gives the same bytes", async () => {
    const a = renderReports(await history());
    const b = renderReports(await history());
    expect([...a.files]).toEqual([...b.files]);
    expect([...a.weekly]).toEqual([...b.weekly]);
    expect([...a.weekly.keys()]).toEqual(["marketing/reports/weekly/2026-W48.md"]);
  });

  it("escapes repository data in Markdown and HTML", async () => {
    const { files } = renderReports(await history());
    const md = files.get("marketing/reports/dashboard.md") as string;
    expect(md).toContain(
      'Ship \\| it &lt;script&gt;alert("x")&lt;/script&gt; \\[now\\](javascript:alert(1)) \\*fast\\*',
    );
    expect(md).not.toContain("<script>");
    expect(md).toContain("Cap \\| crossed &lt;b&gt;");
    const html = files.get("marketing/reports/index.html") as string;
    expect(html).not.toContain("<script");
    expect(html).toContain("Ship | it &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Cap | crossed &lt;b&gt;");
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
  });

  it("shows the views with the numbers of the state", async () => {
    const md = renderReports(await history()).files.get("marketing/reports/dashboard.md") as string;
    expect(md).toContain("As of **Wed, 2 Dec 2026, 11:00** (Europe/Berlin), week 2026-W49");
    expect(md).toContain("| weekly-blog | click\\_rate | 4.0 % (1) | 3.0 % (1) | +33.3 % | ≥ 2.0 % met |");
    expect(md).toContain("[loopcast/weekly-blog@20261124T0800Z](https://github.com/acme/m/pull/7)");
    expect(md).toContain(
      "moved the post to Tue 09:00 (Thu 09:00 → Tue 09:00) | P(Tue better) = 0.94 after 12 sends",
    );
    expect(md).toContain("| week 2026-W49 | 2.00 EUR | 40.00 EUR | 5 % |");
    expect(md).toContain("(edited 20 %)");
    expect(md).toContain(
      "| daily-social → mastodon (L4) | – | `loopcast/daily-social@20261201T1130Z` | awaiting review",
    );
  });

  it("a weekly report shows the week as it was known when it ended", async () => {
    const data = await history();
    const v = weekViews(data, "2026-W48");
    const old = v.output.rows.find((r) => r.cycle === OLD);
    expect(old?.status).toBe("published");
    // The spend of 1.5 was recorded on 26 November, inside the week; the week's caps count it.
    expect(v.budget.caps.find((c) => c.cap === "weekly")?.used).toBe(1.5);
    // The decision of 2 December is not part of week 48.
    expect(v.decisions.rows).toEqual([]);
    expect(v.exceptions.open).toEqual([]);
    const dash = dashboardViews(data);
    expect(dash?.exceptions.open.map((e) => e.id)).toEqual(["budget--weekly-blog@20261208T0800Z"]);
  });

  it("an empty repository gets a page that says what will appear, not an error", async () => {
    const data = await reportData({});
    const { files, weekly } = renderReports(data);
    expect(weekly.size).toBe(0);
    const md = files.get("marketing/reports/dashboard.md") as string;
    expect(md).toContain("Nothing has run yet");
    expect(md).toContain("No metrics yet — drop an export in `marketing/metrics/inbox/`");
    expect(md).toContain("Caps in EUR: 40.00 EUR a week, 120.00 EUR a month.");
    expect(md).toContain("| weekly-newsletter | newsletter | L3 | 0/30 |");
  });
});

describe("capRows", () => {
  it("gives the same figures as the guardrails' capUses", async () => {
    const data = await history();
    const ledger = new Map(data.cycles.map((c) => [c.cycle, c.events]));
    const held = commitments(data.config, ledger);
    const at = new Date(NOW);
    const expected = [
      ...capUses(data.config, held, { at }),
      ...data.config.workflows.flatMap((w) =>
        capUses(data.config, held, {
          at,
          workflow: w.id,
          ...(w.campaign ? { campaign: w.campaign } : {}),
        }).filter((u) => u.cap === "workflow" || u.cap === "campaign"),
      ),
    ].filter((u, i, all) => all.findIndex((v) => v.cap === u.cap && v.key === u.key) === i);
    expect(capRows(data, held, at)).toEqual(expected);
  });
});

describe("renderJobSummary", () => {
  const base: RunReport = {
    plan: { at: "2026-12-02T09:00:00.000Z", actions: [], levels: [] },
    recorded: [],
    published: [],
    proposed: [],
    refused: [],
    held: [],
    lapsed: [],
    errors: [],
    commits: [],
    adapted: [],
    autonomy: [],
  };

  it("lists what was proposed, merged, published, refused, held and decided, with links", async () => {
    const md = renderJobSummary(
      {
        ...base,
        proposed: [{ cycle: BLOG, branch: `loopcast/${BLOG}`, url: "https://github.com/acme/m/pull/8" }],
        recorded: [{ cycle: OLD, outcome: "merged with edits" }],
        published: [{ cycle: OLD, url: "https://loopcast.dev/blog/x" }],
        refused: [
          { cycle: "daily-social@20261206T1130Z", guardrail: "blackout", reason: "no marketing on Sundays" },
        ],
        held: [{ cycle: "weekly-newsletter@20261203T0700Z", reason: "paused by the kill switch" }],
        errors: [{ cycle: "x@20261201T0000Z", message: "boom | bang" }],
        autonomy: [
          { workflow: "daily-social", change: "demoted to L3", detail: "a guardrail error at publish time" },
        ],
      },
      await history(),
    );
    expect(md).toContain(
      "**1 proposed · 1 merged · 0 rejected · 1 published · 2 refused or flagged · 1 held · 2 decided · 1 error(s)**",
    );
    expect(md).toContain(`| \`${BLOG}\` | [pull request](https://github.com/acme/m/pull/8) |`);
    expect(md).toContain(
      `| \`${OLD}\` | merged with edits | [pull request](https://github.com/acme/m/pull/7) |`,
    );
    expect(md).toContain("| `daily-social@20261206T1130Z` | blackout | no marketing on Sundays |");
    expect(md).toContain("| `budget--weekly-blog@20261208T0800Z` | error | Cap \\| crossed &lt;b&gt; |");
    expect(md).toContain(
      "| weekly-blog | moved the post to Tue 09:00 | P(Tue better) = 0.94 after 12 sends |",
    );
    expect(md).toContain("boom \\| bang");
    expect(md).toContain("| daily-social | demoted to L3 | a guardrail error at publish time |");
    expect(md).toContain("weekly spend 2.00 EUR of 40.00 EUR");
  });

  it("says so when nothing happened", () => {
    const md = renderJobSummary(base);
    expect(md).toContain("**0 proposed · 0 merged");
    expect(md).toContain("Nothing to do: no proposal changed state and nothing was due.");
  });
});
