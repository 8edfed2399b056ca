// The job summary (GITHUB_STEP_SUMMARY): what the run did, as Markdown. A pure function of the result.
import type { ActionResult } from "./result.ts";

const esc = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderSummary(r: ActionResult): string {
  const lines = [`## Loopcast: ${r.route.why}`, ""];
  if (r.route.kind === "ignore") {
    lines.push(`Nothing to do: ${r.route.why}.`);
    return `${lines.join("\n")}\n`;
  }
  const o = r.outputs;
  lines.push(
    `| proposals opened | items published | exceptions raised | GitHub API requests |`,
    `|---:|---:|---:|---:|`,
    `| ${o["proposals-opened"]} | ${o["items-published"]} | ${o["exceptions-raised"]} | ${r.requests} |`,
    "",
  );
  if (r.dryRun) lines.push("**Dry run:** nothing was changed.", "");
  for (const n of r.notices) lines.push(`> [!NOTE]`, `> ${n}`, "");
  const report = r.report;
  const rows: string[] = [];
  for (const x of report?.recorded ?? []) rows.push(`| recorded | \`${x.cycle}\` | ${esc(x.outcome)} |`);
  for (const x of report?.published ?? [])
    rows.push(`| published | \`${x.cycle}\` | ${x.url ? `[${esc(x.url)}](${x.url})` : ""} |`);
  for (const x of report?.proposed ?? [])
    rows.push(`| proposed | \`${x.cycle}\` | ${x.url ? `[pull request](${x.url})` : x.branch} |`);
  for (const x of report?.held ?? []) rows.push(`| hold | \`${x.cycle}\` | ${esc(x.reason)} |`);
  for (const x of report?.refused ?? [])
    rows.push(`| refused | \`${x.cycle}\` | ${esc(`${x.guardrail}: ${x.reason}`)} |`);
  for (const a of report?.plan.actions ?? []) {
    if (a.kind === "wait") rows.push(`| wait | \`${a.cycle}\` | ${esc(a.reason)} |`);
    if (r.dryRun && a.kind === "hold") rows.push(`| hold | \`${a.cycle}\` | ${esc(a.reason)} |`);
    if (r.dryRun && a.kind === "propose") rows.push(`| would propose | \`${a.cycle}\` | ${a.level} |`);
    if (r.dryRun && a.kind === "publish") rows.push(`| would publish | \`${a.cycle}\` | ${a.channel} |`);
  }
  for (const x of report?.autonomy ?? [])
    rows.push(`| level | ${x.workflow} | ${esc(`${x.change}: ${x.detail}`)} |`);
  for (const e of report?.errors ?? []) rows.push(`| **error** | \`${e.cycle}\` | ${esc(e.message)} |`);
  // Numbers read from the channels themselves: per channel that was asked, what it answered or why not.
  const pulled = report?.measured?.pulled;
  for (const [channel, p] of Object.entries(pulled?.byChannel ?? {}))
    if (p.requests || p.error)
      rows.push(
        `| ${p.error ? "**metrics not pulled**" : "metrics pulled"} | ${esc(channel)} | ${esc(
          p.error ??
            `${p.rows} item(s) in ${p.requests} request(s)${p.skipped ? `, ${p.skipped} left for a later run` : ""}`,
        )} |`,
      );
  if (rows.length) lines.push("| what | cycle | detail |", "|---|---|---|", ...rows, "");
  if (r.applied.length) lines.push("### Also done", "", ...r.applied.map((l) => `- ${l}`), "");
  if (r.dashboardUrl) lines.push(`[Dashboard](${r.dashboardUrl})`, "");
  if (!rows.length && !r.applied.length) lines.push("Nothing to do.", "");
  return `${lines.join("\n")}`;
}
