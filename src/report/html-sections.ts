// The sections of index.html: the dashboard's views as real charts and compact tables.
import { fmtChangePct, fmtMetric, fmtMoney, fmtPct, fmtTime } from "./format.ts";
import { esc, safeUrl } from "./html-escape.ts";
import { verdictText } from "./items.ts";
import type { Linker } from "./md.ts";
import type { Views } from "./model.ts";
import { svgChart } from "./svg.ts";

const short = (week: string) => week.slice(5);
const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const note = (text: string) => `<p class="empty">${text}</p>`;
const a = (href: string, text: string) => `<a href="${esc(href)}">${text}</a>`;

/** A table that becomes one card per row on a phone (each cell labelled with its column). */
function table(header: string[], rows: string[][], cls = ""): string {
  const label = header.map((h) => h.replace(/<[^>]*>/g, ""));
  return `<div class="scroll"><table class="stack${cls ? ` ${cls}` : ""}"><thead><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td data-label="${label[i] ?? ""}"><div>${c}</div></td>`).join("")}</tr>`,
    )
    .join("")}</tbody></table></div>`;
}

export function summaryCards(v: Views): string {
  const c = v.counts;
  const weekly = v.budget.caps.find((x) => x.cap === "weekly");
  const cards: Array<[string, string, string?]> = [
    ["proposed", String(c.proposed)],
    ["approved", String(c.approved)],
    ["published", String(c.published)],
    ["refused by guardrails", String(c.refused), c.refused ? "warn" : undefined],
    ...(c.failed ? [["publish attempts failed", String(c.failed), "warn"] as [string, string, string?]] : []),
    ...(c.expired ? [["expired, not sent late", String(c.expired), "bad"] as [string, string, string?]] : []),
    ...(c.missed ? [["slots missed", String(c.missed), "bad"] as [string, string, string?]] : []),
    ["open exceptions", String(v.exceptions.open.length), v.exceptions.open.length ? "warn" : undefined],
    ...(weekly
      ? [
          [
            "weekly spend",
            `${weekly.pct} %`,
            weekly.pct > 100 ? "bad" : weekly.pct >= 80 ? "warn" : undefined,
          ] as [string, string, string?],
        ]
      : []),
  ];
  return `<section class="cards" aria-label="this week">${cards
    .map(
      ([label, value, cls]) =>
        `<div class="card${cls ? ` ${cls}` : ""}"><b>${esc(value)}</b><span>${esc(label)}</span></div>`,
    )
    .join("")}</section>`;
}

export function outputHtml(v: Views, L: Linker): string {
  const weeks = v.output.perWeek;
  const chart = svgChart({
    id: "output-per-week",
    title: "Items per week: proposed (bars) and published (line)",
    labels: weeks.map((w) => short(w.week)),
    bars: { label: "proposed", values: weeks.map((w) => w.proposed) },
    lines: [{ label: "published", values: weeks.map((w) => w.published) }],
    format: count,
  });
  const rows = v.output.rows.map((r) => {
    const title = r.title ?? r.cycle;
    // The item's first image, as small as a line of the table; its alt text is the image's words for everyone.
    const thumb = r.thumbnail
      ? `<img class="thumb" src="${esc(L.href(r.thumbnail.path))}" alt="${esc(r.thumbnail.alt)}" width="48" height="48" loading="lazy"> `
      : "";
    const item = thumb + (r.contentPath ? a(L.href(r.contentPath), esc(title)) : esc(title));
    const pr =
      r.proposal?.url && safeUrl(r.proposal.url)
        ? `<a href="${safeUrl(r.proposal.url)}">${esc(r.proposal.id)}</a>`
        : r.proposal
          ? `<code>${esc(r.proposal.id)}</code>`
          : "–";
    const status =
      r.receiptUrl && safeUrl(r.receiptUrl)
        ? `<a href="${safeUrl(r.receiptUrl)}">${esc(r.statusText)}</a>`
        : esc(r.statusText);
    return [
      esc(fmtTime(r.slot, v.tz)),
      `${esc(r.workflow)}<br><small>${esc(r.channel ?? "")} ${esc(r.level ?? "")}</small>`,
      item,
      pr,
      `<span class="st st-${esc(r.status)}">${status}</span> ${a(L.href(r.ledgerPath), "ledger")}`,
      esc(verdictText(r)) || "–",
    ];
  });
  return [
    chart,
    rows.length
      ? table(["When", "Workflow", "Item", "Proposal", "Result", "Benchmarks"], rows, "log")
      : note(
          "No items yet. They appear once <code>loopcast run</code> proposes the first cycle of a workflow at L3 or above.",
        ),
    v.output.total > v.output.rows.length
      ? note(
          `Showing the newest ${v.output.rows.length} of ${v.output.total}; the weekly reports list every one.`,
        )
      : "",
  ].join("");
}

export function perfHtml(v: Views): string {
  const { perf, scope } = v;
  if (!perf.hasMetrics)
    return note(
      "No metrics yet — drop an export in <code>marketing/metrics/inbox/</code> (CSV or JSON), send a <code>loopcast-metrics</code> repository_dispatch, or run <code>loopcast ingest FILE</code>; see README › Metrics.",
    );
  const charts = perf.series
    .map((s) =>
      svgChart({
        id: `perf-${s.workflow}`,
        title: `${s.workflow}: ${s.metric} per week`,
        labels: scope.history.map(short),
        lines: [
          { label: s.metric, values: s.points },
          ...(s.threshold !== undefined
            ? [{ label: "benchmark", values: s.points.map(() => s.threshold), dashed: true }]
            : []),
        ],
        format: (n) => fmtMetric(s.metric, n),
      }),
    )
    .filter(Boolean);
  const rows = perf.delta.map((d) => [
    esc(d.workflow),
    esc(d.metric),
    `${esc(fmtMetric(d.metric, d.thisWeek))} <small>(${d.items})</small>`,
    `${esc(fmtMetric(d.metric, d.lastWeek))} <small>(${d.lastWeekItems})</small>`,
    esc(fmtChangePct(d.changePct)),
    d.vsBenchmark
      ? d.vsBenchmark.met
        ? '<span class="ok">met</span>'
        : '<span class="bad">missed</span>'
      : "–",
  ]);
  return [
    charts.length ? `<div class="grid">${charts.join("")}</div>` : "",
    rows.length
      ? table(["Workflow", "Metric", esc(scope.week), esc(scope.previousWeek), "Change", "Benchmark"], rows)
      : note(`Nothing was published in ${esc(scope.week)} or ${esc(scope.previousWeek)}.`),
    perf.drivers.length
      ? `<h3>What drove it</h3><ul>${perf.drivers.map((d) => `<li><b>${esc(d.workflow)}</b>: ${d.lines.map(esc).join("; ")}</li>`).join("")}</ul>`
      : "",
  ].join("");
}

export function decisionsHtml(v: Views, L: Linker): string {
  if (!v.decisions.rows.length)
    return note(
      "No decisions yet. This log lists the decision files in <code>marketing/decisions/&lt;yyyy&gt;/&lt;mm&gt;/</code>: each records one change of course for a workflow — its slot, subject line, call to action or frequency, from what to what — and the signal behind it (e.g. “click rate 3.1 % on Tuesdays vs 2.2 % on Thursdays over 12 sends”). Runs write them when a workflow's course changes or a drop is detected; a person may add others.",
    );
  return table(
    ["When", "Workflow", "What changed", "Signal"],
    v.decisions.rows.map((d) => [
      esc(fmtTime(d.at, v.tz)),
      esc(d.workflow ?? "all"),
      `${a(L.href(d.path), esc(d.summary))}${d.from !== undefined || d.to !== undefined ? `<br><small>${esc(d.from ?? "–")} → ${esc(d.to ?? "–")}</small>` : ""}`,
      esc(d.signal),
    ]),
  );
}

export function exceptionsHtml(v: Views, L: Linker, configRel: string): string {
  const { open } = v.exceptions;
  if (!open.length)
    return note(
      "No open exceptions. What a run flags for a person (budget, guardrail, anomaly, tamper, publish failure, promotion ready) waits here; <code>loopcast exceptions resolve ID</code> resolves one.",
    );
  return table(
    ["Severity", "Type", "What", "Raised"],
    open.map((e) => [
      `<span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span>`,
      esc(e.type),
      `${a(L.href(`${configRel}/exceptions/${e.id}.yaml`), esc(e.title))}${e.cycle || e.workflow ? `<br><small>${esc(e.cycle ?? e.workflow ?? "")}</small>` : ""}`,
      esc(fmtTime(e.raisedAt, v.tz)),
    ]),
  );
}

export function budgetHtml(v: Views): string {
  const b = v.budget;
  if (!b.configured)
    return note(
      "No budget in <code>guardrails.yaml</code>: spend is not capped. Add <code>budget:</code> with a currency and caps.",
    );
  const meters = b.caps
    .map(
      (c) =>
        `<div class="meter"><span>${esc(c.label)}</span><span class="track"><span class="fill${c.pct > 100 ? " bad" : c.pct >= 80 ? " warn" : ""}" style="width:${Math.min(100, c.pct)}%"></span></span><span>${esc(fmtMoney(c.used, b.currency))} / ${esc(fmtMoney(c.limit, b.currency))}</span></div>`,
    )
    .join("");
  const chart = svgChart({
    id: "spend-per-week",
    title: `Spend per week (${b.currency})`,
    labels: b.perWeek.map((w) => short(w.week)),
    bars: { label: "spend", values: b.perWeek.map((w) => w.settled + w.reserved) },
    lines:
      b.weeklyCap !== undefined
        ? [{ label: "weekly cap", values: b.perWeek.map(() => b.weeklyCap), dashed: true }]
        : [],
    format: (n) => n.toFixed(n < 10 ? 2 : 0),
  });
  return [
    meters,
    chart || note("Nothing spent yet: spend appears once a workflow reserves LLM tokens or paid spend."),
    `<p>All time: ${esc(fmtMoney(b.totals.settled, b.currency))} settled, ${esc(fmtMoney(b.totals.reserved, b.currency))} reserved and not yet measured.</p>`,
  ].join("");
}

export function ladderHtml(v: Views): string {
  if (!v.ladder.rows.length)
    return note("No workflows yet: add one in <code>marketing/workflows/&lt;id&gt;.yaml</code>.");
  const climbing = v.ladder.rows.filter((r) => r.next);
  const chart = svgChart({
    id: "ladder-progress",
    title: "Reviewed cycles toward promotion",
    labels: climbing.map((r) => r.workflow),
    bars: { label: "reviewed cycles", values: climbing.map((r) => r.record.reviewed) },
    lines: [
      {
        label: "threshold",
        values: climbing.map((r) => Number(r.progress.checks[0]?.required ?? 0)),
        dashed: true,
      },
    ],
    format: count,
  });
  const rows = v.ladder.rows.map((r) => {
    const cycles = r.progress.checks[0];
    const pct = Math.round((cycles?.progress ?? 0) * 100);
    const toward = r.next
      ? `<span class="track small"><span class="fill${r.progress.ready ? " ok" : ""}" style="width:${pct}%"></span></span> ${esc(`${cycles?.actual}/${cycles?.required} for ${r.next}`)}<br><small>${esc(r.progress.ready ? "ready: meets every threshold" : r.progress.summary)}</small>`
      : esc(r.configured === "L5" ? "top of the ladder" : "below L3 the level is set by hand");
    return [
      `${esc(r.workflow)}<br><small>${esc(r.channel)}</small>`,
      `<b>${esc(r.configured)}</b>${r.ceiling ? `<br><small>ceiling ${esc(r.ceiling)}</small>` : ""}`,
      `${r.record.reviewed}<br><small>${r.record.mergedWithEdits} edited, ${r.record.rejected} rejected</small>`,
      esc(fmtPct(r.record.approvalRate)),
      esc(r.record.judged ? fmtPct(r.record.benchmarkMetRate) : "–"),
      toward,
    ];
  });
  return [
    chart,
    table(["Workflow", "Level", "Reviewed", "Approved", "Benchmarks met", "Toward the next level"], rows),
  ].join("");
}

export function reviewHtml(v: Views): string {
  const rows = v.ladder.review;
  if (!rows.some((r) => r.autonomous.items > 0))
    return note(
      `No workflow ran at L4 or L5 in the last ${v.ladder.reviewDays} days. Once one is promoted, its results are compared here with its approval-mode baseline.`,
    );
  return table(
    ["Workflow", "L4/L5 vs L3 items", "Benchmarks met", "Verdict", "Why"],
    rows.map((r) => [
      esc(r.workflow),
      `${r.autonomous.items} vs ${r.baseline.items}`,
      esc(`${fmtPct(r.autonomous.record.benchmarkMetRate)} vs ${fmtPct(r.baseline.record.benchmarkMetRate)}`),
      `<span class="verdict v-${esc(r.verdict)}">${esc(r.verdict === "not-enough-data" ? "not enough data" : r.verdict)}</span>`,
      esc(r.reason),
    ]),
  );
}
