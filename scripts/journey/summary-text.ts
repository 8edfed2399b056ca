// The closing summary as text: a pure function of what summary.ts read from the repository.
import type { SummaryData } from "./summary.ts";

const pct = (x: number | undefined, digits = 1) => (x === undefined ? "–" : `${(x * 100).toFixed(digits)} %`);

function topSlots(slots: Record<string, number>): string {
  const entries = Object.entries(slots).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length ? entries.map(([label, n]) => `${label} ×${n}`).join(", ") : "–";
}

function seconds(ms: number): string {
  return ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
    : `${(ms / 1000).toFixed(1)} s`;
}

export function renderSummary(s: SummaryData): string {
  const out: string[] = [];
  const line = (text = "") => out.push(text);
  const timing =
    s.elapsedMs !== undefined
      ? ` in ${seconds(s.elapsedMs)}${s.gitMs !== undefined ? ` (${Math.round((s.gitMs / s.elapsedMs) * 100)} % of it waiting on git)` : ""}`
      : "";
  line(`━━ ${s.days} days of Loopcast, simulated${timing}`);
  line(
    `   ${s.runs} runs of the real pipeline on the local forge, seed "${s.seed}", from ${s.start} (day 1).`,
  );
  line(`   The example configuration, with: ${s.changes.join("; ")}.`);
  line(
    `   A simulated market measured every item; a simulated owner reviewed what waited for them; from day ${s.drop.day} ` +
      `${s.drop.workflow}'s ${s.drop.metric ?? "primary metric"} fell by ${Math.round((1 - s.drop.factor) * 100)} %.`,
  );

  line("\n━━ Autonomy");
  const w1 = Math.max(...s.workflows.map((w) => w.id.length));
  for (const w of s.workflows) {
    // The levels it went through: L3 → L4 → L5 → L3.
    const path = [w.startLevel, ...w.ladder.flatMap((step) => (step.to ? [step.to] : []))];
    if (path.at(-1) !== w.effective) path.push(w.effective);
    const notes = [
      ...(w.demotedTo ? ["demoted"] : []),
      ...(w.configured !== w.effective ? [`configured ${w.configured}`] : []),
    ];
    line(`  ${w.id.padEnd(w1)}  ${path.join(" → ")}${notes.length ? ` (${notes.join(", ")})` : ""}`);
    for (const step of w.ladder)
      line(`  ${"".padEnd(w1)}    day ${String(step.day).padStart(2)}: ${step.text}`);
    if (!w.ladder.length || w.effective !== w.configured) line(`  ${"".padEnd(w1)}    now: ${w.reason}`);
    if (w.id === s.drop.workflow) {
      const caught = w.ladder.find((step) => step.kind === "demoted" && step.day >= s.drop.day);
      line(
        `  ${"".padEnd(w1)}    ${
          caught
            ? `the drop of day ${s.drop.day} was caught on day ${caught.day}`
            : `the drop of day ${s.drop.day} was not caught: no demotion followed it`
        }`,
      );
    }
  }

  line("\n━━ Items");
  for (const w of s.workflows) {
    const c = w.counts;
    const parts = [
      `${c.published} published`,
      `${c.autoMerged} merged by Loopcast`,
      `${c.edited} edited by the owner`,
      `${c.rejected} rejected`,
    ];
    if (c.skipped) parts.push(`${c.skipped} skipped by a guardrail`);
    line(`  ${w.id.padEnd(w1)}  ${parts.join(", ")}`);
  }
  line(
    `  the stand-ins received ${s.sent.statuses} Mastodon status(es), ${s.sent.emails} email(s), ${s.sent.webhooks} webhook delivery(ies); the blog is in site/blog/`,
  );

  line(`\n━━ Results: the primary metric in the first ${s.span} days → the last ${s.span} days`);
  for (const w of s.workflows) {
    const f = w.first;
    const l = w.last;
    line(
      `  ${w.id.padEnd(w1)}  ${w.primary ?? "no primary benchmark"}: ${pct(f.rate)} over ${f.judged} item(s) → ${pct(l.rate)} over ${l.judged}`,
    );
    if (w.beforeDrop)
      line(
        `  ${"".padEnd(w1)}    in the ${s.span} days before the drop: ${pct(w.beforeDrop.rate)} over ${w.beforeDrop.judged}`,
      );
    line(`  ${"".padEnd(w1)}    slots: ${topSlots(f.slots)}  →  ${topSlots(l.slots)}`);
    const arms = Object.entries(l.bestArms).map(
      ([dimension, best]) =>
        `${dimension} ${best.arm} in ${pct(f.bestArms[dimension]?.share, 0)} → ${pct(best.share, 0)} of items`,
    );
    if (arms.length) line(`  ${"".padEnd(w1)}    best variant: ${arms.join("; ")}`);
    if (w.market) line(`  ${"".padEnd(w1)}    (the market rewarded ${w.market})`);
  }

  line(`\n━━ Decisions (marketing/decisions/): ${s.decisions.length}`);
  if (!s.decisions.length) line("  none written: no run changed a workflow's course in the decision log");
  const kinds = new Map<string, number>();
  for (const d of s.decisions) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  if (kinds.size > 1)
    line(
      `  ${[...kinds]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([kind, n]) => `${kind} ×${n}`)
        .join(", ")}`,
    );
  const shown = (d: SummaryData["decisions"][number]) =>
    line(`  day ${String(d.day).padStart(2)}  ${d.summary}`);
  // The first few, and the latest few: how the course was set, and what changed it last.
  if (s.decisions.length <= 8) s.decisions.forEach(shown);
  else {
    s.decisions.slice(0, 5).forEach(shown);
    line(`  … ${s.decisions.length - 8} more …`);
    s.decisions.slice(-3).forEach(shown);
  }

  const open = s.exceptions.filter((e) => e.status !== "resolved");
  line(`\n━━ Exceptions (marketing/exceptions/): ${s.exceptions.length} raised, ${open.length} open`);
  const byStatus = [...open, ...s.exceptions.filter((e) => e.status === "resolved")];
  for (const e of byStatus.slice(0, 8)) line(`  ${e.status.padEnd(8)} ${e.type.padEnd(15)} ${e.title}`);
  if (s.exceptions.length > 8) line(`  … and ${s.exceptions.length - 8} more`);
  if (s.errors.length) {
    line(`\n━━ Errors: ${s.errors.length} reported by runs (see the ledger's publish-failed events)`);
    for (const e of s.errors.slice(0, 5)) line(`  ${e}`);
  }

  const cli = "npm run loopcast --";
  const config = `--config ${s.dir}/marketing`;
  line("\n━━ Where to look");
  line(`  ${s.dir}/marketing/reports/index.html`);
  line("      the dashboard (dashboard.md beside it, weekly/ for each week)");
  line(`  git -C ${s.dir} log --oneline --graph --all`);
  line("      every proposal, merge, publish and measurement, as commits");
  const hints: Array<[string, string, string]> = [
    ["status", `${cli} status ${config}`, "each workflow's level, and why"],
    ["exceptions", `${cli} exceptions list --all ${config}`, "the exception queue"],
    [
      "explain",
      `${cli} explain ${(s.decisions.find((d) => d.kind === "slot") ?? s.decisions[0])?.id ?? "DECISION-ID"} ${config}`,
      "the evidence behind a decision, recomputed from the repository",
    ],
  ];
  for (const [command, text, what] of hints)
    if (s.commands.includes(command)) {
      line(`  ${text}`);
      line(`      ${what}`);
    }
  return `${out.join("\n")}\n`;
}
