// The sections of the Markdown reports, each a pure function of the views. Every section says what it
// shows; an empty one says what will appear there and how to get it there.
import { fmtChangePct, fmtMetric, fmtMoney, fmtPct, fmtTime } from "./format.ts";
import { esc } from "./html-escape.ts";
import { verdictText } from "./items.ts";
import { type Linker, mdCode, mdTable, mdText, mdUrl } from "./md.ts";
import { pieChart, xyChart } from "./mermaid.ts";
import type { Views } from "./model.ts";

/** At most this many performance charts in Markdown; index.html draws one per workflow. */
export const MD_PERF_CHARTS = 6;

const short = (week: string) => week.slice(5);

export function outputSection(v: Views, L: Linker): string {
  const out = ["## Output log", ""];
  const week = v.scope.kind === "week";
  out.push(
    week
      ? "Every item of the week: when it was due, where it went, its proposal and its result."
      : "Every item of this week and last week (and those already proposed for the coming days), newest first: when, where, its proposal and its result. Earlier items are in the weekly reports.",
    "",
  );
  const weeks = v.output.perWeek;
  if (weeks.some((w) => w.proposed + w.refused > 0) && weeks.length > 1) {
    out.push(
      xyChart({
        title: "Items per week (bars proposed, line published)",
        x: weeks.map((w) => short(w.week)),
        yLabel: "items",
        series: [
          { kind: "bar", values: weeks.map((w) => w.proposed) },
          { kind: "line", values: weeks.map((w) => w.published) },
        ],
      }),
      "",
    );
  }
  if (!v.output.rows.length) {
    out.push(
      week
        ? "Nothing was due this week."
        : "No items yet. They appear here once `loopcast run` proposes the first cycle of a workflow at L3 or above; `loopcast plan` shows what is due and when.",
    );
    return out.join("\n");
  }
  const rows = v.output.rows.map((r) => [
    fmtTime(r.slot, v.tz),
    `${mdText(r.workflow)}${r.channel ? ` → ${mdText(r.channel)}` : ""}${r.level ? ` (${r.level})` : ""}`,
    `${r.thumbnail ? `${thumbnail(r.thumbnail, L)} ` : ""}${
      r.title !== undefined && r.contentPath
        ? L.link(mdText(r.title), r.contentPath)
        : r.title !== undefined
          ? mdText(r.title)
          : "–"
    }`,
    r.proposal
      ? r.proposal.url
        ? mdUrl(mdText(r.proposal.id), r.proposal.url)
        : mdCode(`loopcast/${r.cycle}`)
      : "–",
    `${r.receiptUrl ? mdUrl(mdText(r.statusText), r.receiptUrl) : mdText(r.statusText)}${r.editRatio ? ` (edited ${fmtPct(r.editRatio)})` : ""} · ${L.link("ledger", r.ledgerPath)}`,
    mdText(verdictText(r)) || "–",
  ]);
  out.push(mdTable(["When", "Workflow", "Item", "Proposal", "Result", "Benchmarks"], rows));
  if (v.output.total > v.output.rows.length) {
    out.push(
      "",
      `Showing the newest ${v.output.rows.length} of ${v.output.total} items; the weekly reports list every one.`,
    );
  }
  return out.join("\n");
}

/**
 * An item's first image as a small linked picture: Markdown has no image size, so it is the one HTML tag
 * of the reports, with every attribute escaped (GitHub renders width on <img>).
 */
function thumbnail(t: { path: string; alt: string }, L: Linker): string {
  const href = esc(L.href(t.path));
  return `<a href="${href}"><img src="${href}" alt="${esc(t.alt.replace(/\s+/g, " ")).replace(/\|/g, "&#124;")}" width="48"></a>`;
}

export function perfSection(v: Views): string {
  const out = ["## Performance delta", ""];
  const { perf, scope } = v;
  if (!perf.hasMetrics && scope.kind === "week") {
    out.push("No metrics had arrived by the end of the week; the dashboard shows them as they come in.");
    return out.join("\n");
  }
  if (!perf.hasMetrics) {
    out.push(
      "No metrics yet — drop an export in `marketing/metrics/inbox/` (CSV or JSON from your email, social or analytics tool), send a `loopcast-metrics` repository_dispatch, or run `loopcast ingest FILE`; see README › Metrics. Then this section compares each workflow week over week and against its benchmarks, and says what drove the change.",
    );
    return out.join("\n");
  }
  out.push(
    `Items published in ${scope.week} against ${scope.previousWeek}, per workflow and metric, and against the benchmark.`,
    "",
  );
  if (!perf.delta.length) out.push(`Nothing was published in ${scope.week} or ${scope.previousWeek}.`);
  else {
    out.push(
      mdTable(
        ["Workflow", "Metric", scope.week, scope.previousWeek, "Change", "Benchmark"],
        perf.delta.map((d) => [
          mdText(d.workflow),
          mdText(d.metric),
          `${fmtMetric(d.metric, d.thisWeek)} (${d.items})`,
          `${fmtMetric(d.metric, d.lastWeek)} (${d.lastWeekItems})`,
          fmtChangePct(d.changePct),
          d.benchmark
            ? `${d.benchmark.min !== undefined ? `≥ ${fmtMetric(d.metric, d.benchmark.min)}` : `≤ ${fmtMetric(d.metric, d.benchmark.max)}`}${d.vsBenchmark ? (d.vsBenchmark.met ? " met" : " **missed**") : ""}`
            : "–",
        ]),
      ),
    );
  }
  if (perf.drivers.length) {
    out.push("", "**What drove it**", "");
    for (const d of perf.drivers) out.push(`- ${mdText(d.workflow)}: ${d.lines.map(mdText).join("; ")}`);
  }
  const charts = chartedSeries(v);
  for (const s of charts) {
    const idx = s.points.map((p, i) => (p === undefined ? -1 : i)).filter((i) => i >= 0);
    out.push(
      "",
      xyChart({
        title: `${s.workflow} ${s.metric} per week${s.threshold !== undefined ? " (line = benchmark)" : ""}`,
        x: idx.map((i) => short(scope.history[i] as string)),
        yLabel: s.metric,
        series: [
          { kind: "bar", values: idx.map((i) => s.points[i] as number) },
          ...(s.threshold !== undefined
            ? [{ kind: "line" as const, values: idx.map(() => s.threshold as number) }]
            : []),
        ],
      }),
    );
  }
  if (perf.series.length > charts.length) {
    out.push(
      "",
      `Charts for the ${charts.length} workflows that changed most; index.html charts all ${perf.series.length}.`,
    );
  }
  return out.join("\n");
}

/** The series worth a Markdown chart: those that changed most between their last two measured weeks. */
export function chartedSeries(v: Views) {
  const change = (pts: Array<number | undefined>) => {
    const known = pts.filter((p): p is number => p !== undefined);
    const [a, b] = [known[known.length - 2], known[known.length - 1]];
    return a === undefined || b === undefined || a === 0 ? 0 : Math.abs((b - a) / a);
  };
  return [...v.perf.series]
    .sort((x, y) => change(y.points) - change(x.points) || (x.workflow < y.workflow ? -1 : 1))
    .slice(0, MD_PERF_CHARTS);
}

export function decisionSection(v: Views, L: Linker): string {
  const out = ["## Decision log", ""];
  if (!v.decisions.rows.length) {
    out.push(
      v.scope.kind === "week" && v.decisions.total === 0
        ? "No decisions this week."
        : "No decisions yet. This log lists the decision files in `marketing/decisions/<yyyy>/<mm>/`: each records one change of course for a workflow — its slot, subject line, call to action or frequency, from what to what — and the signal behind it (e.g. “click rate 3.1 % on Tuesdays vs 2.2 % on Thursdays over 12 sends”). Runs write them when a workflow's course changes or a drop is detected; a person may add others.",
    );
  } else {
    out.push(
      mdTable(
        ["When", "Workflow", "Kind", "What changed", "Signal", "File"],
        v.decisions.rows.map((d) => [
          fmtTime(d.at, v.tz),
          d.workflow ? mdText(d.workflow) : "all",
          mdText(d.kind),
          `${mdText(d.summary)}${d.from !== undefined || d.to !== undefined ? ` (${mdText(d.from ?? "–")} → ${mdText(d.to ?? "–")})` : ""}`,
          mdText(d.signal),
          L.link(mdText(d.id), d.path),
        ]),
      ),
    );
    if (v.decisions.total > v.decisions.rows.length)
      out.push(
        "",
        `The latest ${v.decisions.rows.length} of ${v.decisions.total}; the weekly reports list every one.`,
      );
  }
  const bad = v.problems.filter((p) => p.includes("/decisions/"));
  if (bad.length) out.push("", "Skipped decision files:", "", ...bad.map((p) => `- ${mdText(p)}`));
  return out.join("\n");
}

export function exceptionSection(v: Views, L: Linker, configRel: string): string {
  const out = ["## Exception queue", ""];
  const { open, resolved } = v.exceptions;
  const file = (id: string) => L.link(mdText(id), `${configRel}/exceptions/${id}.yaml`);
  if (!open.length) {
    out.push(
      "No open exceptions. What a run flags for a person waits here — budget, guardrail, anomaly, tamper, publish failure, promotion ready; `loopcast exceptions resolve ID` resolves one.",
    );
  } else {
    out.push(
      `${open.length} open, most severe first; resolve one with \`loopcast exceptions resolve ID --note "…"\`.`,
      "",
      mdTable(
        ["Severity", "Type", "What", "Concerns", "Raised", "File"],
        open.map((e) => [
          e.severity === "error" ? "**error**" : e.severity,
          e.type,
          mdText(e.title),
          mdText(e.cycle ?? e.workflow ?? "–"),
          fmtTime(e.raisedAt, v.tz),
          file(e.id),
        ]),
      ),
    );
  }
  if (resolved.length) {
    out.push("", v.scope.kind === "week" ? "Resolved this week:" : "Resolved in the last 7 days:", "");
    for (const e of resolved)
      out.push(
        `- ${file(e.id)} by ${mdText(e.resolvedBy ?? "someone")}${e.resolution ? `: ${mdText(e.resolution)}` : ""}`,
      );
  }
  return out.join("\n");
}

export function budgetSection(v: Views): string {
  const out = ["## Budget tracker", ""];
  const b = v.budget;
  if (!b.configured) {
    out.push(
      "No budget in `guardrails.yaml`: spend is not capped. Add `budget:` with a currency and weekly, monthly, per-workflow or per-campaign caps (README › Guardrails) and this section tracks spend against each cap.",
    );
    return out.join("\n");
  }
  out.push(
    `Spend against each cap (${b.currency}; reserved when a cycle is planned, settled from measured spend). All time: ${fmtMoney(b.totals.settled, b.currency)} settled, ${fmtMoney(b.totals.reserved, b.currency)} reserved and not yet measured.`,
    "",
  );
  out.push(
    mdTable(
      ["Cap", "Used", "Limit", "Share", ""],
      b.caps.map((c) => [
        mdText(c.label),
        fmtMoney(c.used, b.currency),
        fmtMoney(c.limit, b.currency),
        `${c.pct} %`,
        bar(c.pct),
      ]),
    ),
  );
  if (b.perWeek.some((w) => w.settled + w.reserved > 0) && b.perWeek.length > 1) {
    out.push(
      "",
      xyChart({
        title: `Spend per week in ${b.currency}${b.weeklyCap !== undefined ? " (line = weekly cap)" : ""}`,
        x: b.perWeek.map((w) => short(w.week)),
        yLabel: b.currency,
        series: [
          { kind: "bar", values: b.perWeek.map((w) => w.settled + w.reserved) },
          ...(b.weeklyCap !== undefined
            ? [{ kind: "line" as const, values: b.perWeek.map(() => b.weeklyCap as number) }]
            : []),
        ],
      }),
    );
  }
  if (b.byWorkflow.length > 1) {
    out.push(
      "",
      pieChart(
        `Spend by workflow in ${b.month}`,
        b.byWorkflow.map((w) => ({ label: w.workflow, value: w.amount })),
      ),
    );
  } else if (!b.perWeek.some((w) => w.settled + w.reserved > 0)) {
    out.push(
      "",
      "Nothing spent yet: spend appears once a workflow reserves LLM tokens or paid spend (`costPerItem`).",
    );
  }
  return out.join("\n");
}

function bar(pct: number): string {
  const n = Math.max(0, Math.min(10, Math.round(pct / 10)));
  return `${"▓".repeat(n)}${"░".repeat(10 - n)}${pct > 100 ? " over" : ""}`;
}

export function ladderSection(v: Views): string {
  const out = ["## Autonomy ladder", ""];
  out.push(
    "Each workflow's level and its track record toward the next one (L3 conditional → L4 high → L5 full). Promotion is a pull request a person merges; tightening is automatic.",
    "",
  );
  if (!v.ladder.rows.length) {
    out.push("No workflows yet: add one in `marketing/workflows/<id>.yaml`.");
    return out.join("\n");
  }
  out.push(
    mdTable(
      ["Workflow", "Level", "Reviewed", "Approved", "Median edit", "Benchmarks met", "Toward the next level"],
      v.ladder.rows.map((r) => {
        const c = r.progress.checks;
        const cycles = c.find((x) => x.id === "cycles");
        const level = `${r.configured}${r.lastRun && r.lastRun !== r.configured ? ` (ran at ${r.lastRun})` : ""}${r.ceiling ? `, ceiling ${r.ceiling}` : ""}`;
        const toward = r.next
          ? `${cycles?.actual}/${cycles?.required} validated cycles for ${r.next}; ${r.progress.ready ? "**ready**: meets every threshold" : mdText(r.progress.summary)}`
          : r.configured === "L5"
            ? "top of the ladder"
            : "below L3 the level is set by hand";
        return [
          `${mdText(r.workflow)} → ${mdText(r.channel)}`,
          level,
          `${r.record.reviewed} (${r.record.mergedUnchanged} unchanged, ${r.record.mergedWithEdits} edited, ${r.record.rejected} rejected)`,
          fmtPct(r.record.approvalRate),
          r.record.medianEditRatio === undefined ? "–" : r.record.medianEditRatio.toFixed(2),
          r.record.judged ? `${fmtPct(r.record.benchmarkMetRate)} of ${r.record.judged}` : "–",
          toward,
        ];
      }),
    ),
  );
  const climbing = v.ladder.rows.filter((r) => r.next);
  if (climbing.length && climbing.length <= 20) {
    const target = Math.max(...climbing.map((r) => Number(r.progress.checks[0]?.required ?? 0)));
    out.push(
      "",
      xyChart({
        title: "Reviewed cycles toward promotion (line = threshold)",
        x: climbing.map((r) => r.workflow),
        yLabel: "cycles",
        series: [
          { kind: "bar", values: climbing.map((r) => r.record.reviewed) },
          { kind: "line", values: climbing.map(() => target) },
        ],
      }),
    );
  }
  return out.join("\n");
}

export function reviewSection(v: Views): string {
  const out = ["## 30-day review", ""];
  const days = v.ladder.reviewDays;
  out.push(
    `Items that ran autonomously (L4/L5) in the ${days} days to ${fmtTime(v.scope.kind === "week" ? v.scope.end : v.scope.asOf, v.tz)}, against the workflow's approval-mode (L3) record: expand when results held or improved, tighten when they declined.`,
    "",
  );
  const rows = v.ladder.review;
  if (!rows.some((r) => r.autonomous.items > 0)) {
    out.push(
      `No workflow ran at L4 or L5 in the last ${days} days, so there is nothing to compare yet. Once a workflow is promoted, this section compares its results with its approval-mode baseline.`,
    );
    return out.join("\n");
  }
  out.push(
    mdTable(
      [
        "Workflow",
        "L4/L5 items",
        "L3 items",
        "Benchmarks met",
        "Approved",
        "Primary metric",
        "Verdict",
        "Why",
      ],
      rows.map((r) => {
        const a = r.autonomous;
        const b = r.baseline;
        const primary =
          a.primary || b.primary
            ? `${fmtMetric(a.primary?.metric ?? b.primary?.metric ?? "", a.primary?.mean)} vs ${fmtMetric(b.primary?.metric ?? a.primary?.metric ?? "", b.primary?.mean)}`
            : "–";
        return [
          mdText(r.workflow),
          String(a.items),
          String(b.items),
          `${fmtPct(a.record.benchmarkMetRate)} vs ${fmtPct(b.record.benchmarkMetRate)}`,
          `${fmtPct(a.record.approvalRate)} vs ${fmtPct(b.record.approvalRate)}`,
          primary,
          r.verdict === "not-enough-data" ? "not enough data" : `**${r.verdict}**`,
          mdText(r.reason),
        ];
      }),
    ),
  );
  return out.join("\n");
}
