// The GitHub Actions job summary of one run (core.summary): what was proposed, merged, published,
// refused or flagged, held and decided, with links to the proposals where the forge gave one.
import { commitments } from "../guardrails/budget.ts";
import type { RunReport } from "../pipeline/reconcile.ts";
import { capRows } from "./budget-view.ts";
import { fmtMoney } from "./format.ts";
import { mdCode, mdTable, mdText, mdUrl } from "./md.ts";
import type { ReportData } from "./types.ts";

function section(title: string, header: string[], rows: string[][]): string[] {
  return rows.length ? [`### ${title}`, "", mdTable(header, rows), ""] : [];
}

export function renderJobSummary(report: RunReport, data?: ReportData): string {
  const since = Date.parse(report.plan.at);
  const merged = report.recorded.filter((r) => r.outcome.startsWith("merged"));
  const rejected = report.recorded.filter((r) => r.outcome === "rejected");
  const proposalUrl = new Map<string, string>();
  for (const rec of data?.cycles ?? []) {
    for (const e of rec.events)
      if (e.type === "proposed" && e.proposal.url) proposalUrl.set(rec.cycle, e.proposal.url);
  }
  const prLink = (cycle: string, url?: string) => {
    const u = url ?? proposalUrl.get(cycle);
    return u ? mdUrl("pull request", u) : mdCode(`loopcast/${cycle}`);
  };
  const decisions = (data?.decisions ?? []).filter((d) => Date.parse(d.at) >= since);
  // Promotions proposed and demotions applied in this run are decisions too.
  const levelChanges = report.autonomy ?? [];
  const flagged = (data?.exceptions ?? []).filter(
    (e) => e.status === "open" && Date.parse(e.raisedAt) >= since,
  );
  const counts = [
    `${report.proposed.length} proposed`,
    `${merged.length} merged`,
    `${rejected.length} rejected`,
    `${report.published.length} published`,
    `${report.refused.length + flagged.length} refused or flagged`,
    `${report.held.length} held`,
    ...(report.lapsed.length ? [`${report.lapsed.length} expired or missed`] : []),
    `${decisions.length + levelChanges.length} decided`,
    `${report.errors.length} error(s)`,
  ];
  const lines = [`## Loopcast run at ${report.plan.at}`, "", `**${counts.join(" · ")}**`, ""];
  const nothing =
    report.proposed.length +
      report.recorded.length +
      report.published.length +
      report.refused.length +
      report.held.length +
      report.lapsed.length +
      report.errors.length +
      decisions.length +
      flagged.length ===
    0;
  if (nothing) lines.push("Nothing to do: no proposal changed state and nothing was due.", "");
  lines.push(
    ...section(
      "Proposed",
      ["Cycle", "Proposal"],
      report.proposed.map((p) => [mdCode(p.cycle), prLink(p.cycle, p.url)]),
    ),
    ...section(
      "Outcomes recorded",
      ["Cycle", "Outcome", "Proposal"],
      report.recorded.map((r) => [mdCode(r.cycle), mdText(r.outcome), prLink(r.cycle)]),
    ),
    ...section(
      "Published",
      ["Cycle", "Where"],
      report.published.map((p) => [mdCode(p.cycle), p.url ? mdUrl(mdText(p.url), p.url) : "–"]),
    ),
    ...section(
      "Refused by guardrails",
      ["Cycle", "Guardrail", "Why"],
      report.refused.map((r) => [mdCode(r.cycle), mdText(r.guardrail), mdText(r.reason)]),
    ),
    ...section(
      "Flagged for a person",
      ["Exception", "Severity", "What"],
      flagged.map((e) => [mdCode(e.id), e.severity, mdText(e.title)]),
    ),
    ...section(
      "Held",
      ["Cycle", "Why"],
      report.held.map((h) => [mdCode(h.cycle), mdText(h.reason)]),
    ),
    ...section(
      "Expired or missed",
      ["Cycle", "What", "Why"],
      report.lapsed.map((l) => [mdCode(l.cycle), l.kind, mdText(l.reason)]),
    ),
    ...section(
      "Decided",
      ["Workflow", "What changed", "Signal"],
      decisions.map((d) => [mdText(d.workflow ?? "all"), mdText(d.summary), mdText(d.signal)]),
    ),
    ...section(
      "Autonomy level changes",
      ["Workflow", "Change", "Why"],
      levelChanges.map((c) => [mdText(c.workflow), mdText(c.change), mdText(c.detail)]),
    ),
    ...section(
      "Errors",
      ["Cycle", "Message"],
      report.errors.map((e) => [mdCode(e.cycle), mdText(e.message)]),
    ),
  );
  if (data) {
    const open = data.exceptions.filter((e) => e.status === "open").length;
    const tail = [`${open} open exception(s) in the queue`];
    const budget = data.config.guardrails.budget;
    if (budget && data.now) {
      const held = commitments(data.config, new Map(data.cycles.map((c) => [c.cycle, c.events])));
      for (const cap of capRows(data, held, new Date(data.now)).filter(
        (c) => c.cap === "weekly" || c.cap === "monthly",
      ))
        tail.push(
          `${cap.cap} spend ${fmtMoney(cap.used, budget.currency)} of ${fmtMoney(cap.limit, budget.currency)}`,
        );
    }
    lines.push(
      `${tail.join(" · ")}. Everything else is on the dashboard: \`${data.configRel}/reports/dashboard.md\`.`,
      "",
    );
  }
  return lines.join("\n");
}
