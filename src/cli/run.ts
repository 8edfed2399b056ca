import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { measureProblems, printMeasure } from "./ingest.ts";
import { describeAction } from "./plan.ts";

export const runCommand: Command = {
  name: "run",
  summary: "One reconcile: record outcomes, publish what is merged, propose what is due",
  usage:
    "usage: loopcast run [--config DIR] [--at ISO-TIME] [--dry-run] [--json]\n\nexample: loopcast run --at 2026-12-01T08:00:00Z",
  options: { at: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  async run(args, io) {
    // Loaded when the command runs, so `loopcast --help` and other commands start fast.
    const { reconcile } = await import("../pipeline/reconcile.ts");
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const report = await reconcile({ ...ctx, now, dryRun: args.values["dry-run"] === true });
    for (const notice of ctx.forge.notices ?? []) io.err(`notice     ${notice}`);
    if (args.values.json) {
      printJson(io, report);
    } else if (args.values["dry-run"]) {
      for (const a of report.plan.actions) io.out(describeAction(a));
    } else {
      for (const x of report.setAside ?? [])
        io.out(`set aside  ${x.file}:${x.line} → ${x.to}  ${x.reason} (exception ${x.exception})`);
      if (report.measured) printMeasure(io, report.measured);
      for (const r of report.recorded) io.out(`recorded   ${r.cycle}: ${r.outcome}`);
      for (const p of report.published) io.out(`published  ${p.cycle}${p.url ? `  ${p.url}` : ""}`);
      for (const p of report.proposed) io.out(`proposed   ${p.cycle}  (branch ${p.branch})`);
      for (const r of report.refused) io.out(`refused    ${r.cycle}  ${r.guardrail}: ${r.reason}`);
      for (const h of report.held) io.out(`held       ${h.cycle}  ${h.reason}`);
      for (const a of report.plan.actions) if (a.kind === "wait") io.out(describeAction(a));
      for (const d of report.adapted) io.out(`decided    ${d.summary}  (loopcast explain ${d.id})`);
      for (const a of report.autonomy) io.out(`autonomy   ${a.workflow}: ${a.change} — ${a.detail}`);
      for (const e of report.errors) io.err(`error      ${e.cycle}: ${e.message}`);
      const measured = (report.measured?.ingest?.rows ?? 0) + (report.measured?.judged.length ?? 0);
      const n =
        report.recorded.length +
        report.published.length +
        report.proposed.length +
        report.autonomy.length +
        report.adapted.length +
        measured;
      io.out(
        n
          ? `done: ${report.proposed.length} proposed, ${report.published.length} published, ${report.recorded.length} recorded`
          : "nothing to do",
      );
    }
    // As `loopcast ingest`: quarantined rows, a file not read whole, a ledger line set aside are problems
    // for a person (exit 1), though the run did everything else.
    const problems = [
      ...measureProblems(report.measured),
      ...(report.setAside?.length ? [`${report.setAside.length} invalid ledger line(s) set aside`] : []),
    ];
    if (problems.length && !args.values.json && !args.values["dry-run"])
      io.err(`loopcast: the run is done, with something to look at: ${problems.join("; ")}`);
    return report.errors.length || problems.length ? 1 : 0;
  },
};
