// `loopcast run`: one reconcile, and words that match what happened — what was done, what failed or waits
// for a person, and an exit code from the same facts (cli/exit.ts).
import type { RunReport } from "../pipeline/reconcile.ts";
import { localTimes } from "../report/format.ts";
import { type Command, type Io, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { outcomeCode } from "./exit.ts";
import { measureProblems, printMeasure } from "./ingest.ts";
import { printPull } from "./measure.ts";
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
    const problems = runProblems(report);
    if (args.values.json) {
      printJson(io, report);
    } else if (args.values["dry-run"]) {
      for (const a of report.plan.actions) io.out(describeAction(a, ctx.config.strategy.timezone));
    } else {
      printRun(io, report, ctx.config.strategy.timezone);
      // As `loopcast ingest`: quarantined rows, a file not read whole, a ledger line set aside are problems
      // for a person (exit 1), though the run did everything else.
      if (problems.length)
        io.err(`loopcast: the run is done, with something to look at: ${problems.join("; ")}`);
    }
    if (args.values["dry-run"]) return 0;
    const unreachable = report.errors.filter((e) => e.unreachable).length;
    return outcomeCode({ problems: problems.length, unreachable });
  },
};

function printRun(io: Io, report: RunReport, tz: string): void {
  // Reasons carry recorded UTC instants; a person reads them in the strategy's time zone.
  const local = (text: string) => localTimes(text, tz);
  for (const x of report.setAside ?? [])
    io.out(`set aside  ${x.file}:${x.line} → ${x.to}  ${x.reason} (exception ${x.exception})`);
  const pulled = report.measured?.pulled;
  if (pulled && (pulled.requests || pulled.failures.length)) printPull(io, pulled);
  if (report.measured) printMeasure(io, report.measured);
  for (const r of report.recorded) io.out(`recorded   ${r.cycle}: ${r.outcome}`);
  for (const p of report.published) io.out(`published  ${p.cycle}${p.url ? `  ${p.url}` : ""}`);
  for (const p of report.proposed) io.out(`proposed   ${p.cycle}  (branch ${p.branch})`);
  for (const r of report.refused) io.out(`refused    ${r.cycle}  ${r.guardrail}: ${local(r.reason)}`);
  for (const h of report.held) io.out(`held       ${h.cycle}  ${local(h.reason)}`);
  for (const l of report.lapsed ?? []) io.out(`${l.kind.padEnd(10)} ${l.cycle}  ${local(l.reason)}`);
  for (const a of report.plan.actions) if (a.kind === "wait") io.out(describeAction(a, tz));
  for (const d of report.adapted) io.out(`decided    ${d.summary}  (loopcast explain ${d.id})`);
  for (const a of report.autonomy) io.out(`autonomy   ${a.workflow}: ${a.change} — ${a.detail}`);
  for (const e of report.errors)
    io.err(`error      ${e.cycle}: ${e.message}${e.unreachable ? " (the next run tries again)" : ""}`);
  io.out(runSummary(report));
}

/**
 * The run's last line. "nothing to do" only when nothing was done and nothing failed, was held, refused or
 * lapsed: a run whose publish failed did something a person should hear about.
 */
export function runSummary(report: RunReport): string {
  const measured = (report.measured?.ingest?.rows ?? 0) + (report.measured?.judged.length ?? 0);
  const done =
    report.recorded.length +
    report.published.length +
    report.proposed.length +
    report.autonomy.length +
    report.adapted.length +
    measured;
  const unreachable = report.errors.filter((e) => e.unreachable).length;
  const failed = report.errors.length - unreachable;
  const notDone = [
    [failed, "failed"],
    [unreachable, "could not reach their channel (the next run tries again)"],
    [report.held.length, "held"],
    [report.refused.length, "refused"],
    [report.lapsed?.length ?? 0, "lapsed (expired or missed)"],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what]) => `${n} ${what}`);
  if (!done && !notDone.length) return "nothing to do";
  const counts = `done: ${report.proposed.length} proposed, ${report.published.length} published, ${report.recorded.length} recorded`;
  return notDone.length ? `${counts}; ${notDone.join(", ")}` : counts;
}

/** What a person should look at after a run: the run's own failures, metrics problems, set-aside lines. */
export function runProblems(report: RunReport): string[] {
  const failed = report.errors.filter((e) => !e.unreachable).length;
  return [
    ...(failed ? [`${failed} item(s) failed (see the error lines)`] : []),
    ...measureProblems(report.measured),
    ...(report.setAside?.length ? [`${report.setAside.length} invalid ledger line(s) set aside`] : []),
  ];
}
