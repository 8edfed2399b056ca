// `loopcast ingest FILE…`: metric exports by hand, through the same code path as the inbox and the
// repository_dispatch event. Exit code 1 when any row was quarantined, a file could not be read whole or a
// spend total could not be settled (as for `loopcast run`, which ingests the inbox the same way).
import { stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { StateError, UsageError } from "../errors.ts";
import type { MeasureReport } from "../pipeline/measure.ts";
import { type Ledger, readLedger } from "../state/ledger.ts";
import { type Command, type Io, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const ingestCommand: Command = {
  name: "ingest",
  summary: "Ingest metric exports (CSV, JSON, NDJSON), judge benchmarks and settle spend",
  usage: `usage: loopcast ingest FILE… [--at ISO-TIME] [--config DIR] [--json]
       loopcast ingest --inbox           (the files in marketing/metrics/inbox/, as a run does)

Rows are validated and matched to published items by cycle id, URL or receipt; bad or unmatched rows
are quarantined in marketing/metrics/quarantine/ with their line and reason. A file that ends early
(cut off, an unclosed quote) is read up to the cut: the rows before it are stored, and the command
exits 1; ingest the fixed file again and those rows count as duplicates.

example: loopcast ingest ~/Downloads/mailchimp-campaigns.csv`,
  options: { at: { type: "string" }, inbox: { type: "boolean", default: false } },
  async run(args, io) {
    // Loaded when the command runs, so `loopcast --help` and other commands start fast.
    const { measure } = await import("../pipeline/measure.ts");
    if (!args.positionals.length && !args.values.inbox)
      throw new UsageError(`no FILE given\n\n${ingestCommand.usage}`);
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const release = await ctx.forge.lock?.();
    // Refused before measuring wrote anything (a missing file, a time before the ledger's): nothing for the
    // next run to finish.
    let writing = false;
    let failed = false;
    try {
      const ledger = await readLedger(ctx.config.dir);
      warnInvalidLedger(io, ledger);
      requireNotBefore(ledger, now, args.values.at !== undefined);
      const sources = [];
      for (const f of args.positionals) {
        const path = resolve(io.cwd, f);
        const info = await stat(path).catch(() => undefined);
        if (!info?.isFile()) throw new UsageError(`${f}: ${info ? "not a file" : "file not found"}`);
        sources.push({ path });
      }
      writing = true;
      const report = await measure({ ...ctx, now, configRel: "" }, ledger, {
        sources,
        inbox: args.values.inbox === true,
      });
      if (args.values.json) printJson(io, report);
      else printMeasure(io, report);
      return measureProblems(report).length ? 1 : 0;
    } catch (err) {
      failed = writing;
      throw err;
    } finally {
      await release?.({ completed: !failed });
    }
  },
};

/** How far behind the ledger's latest event measuring may be (clocks of different machines drift), as a run. */
const CLOCK_TOLERANCE_MS = 10 * 60_000;

/**
 * Measuring records verdicts and spend at its time: before the ledger's latest event they would be judged
 * as if later events (a publish, a correction) had not happened — a verdict before its item went out.
 */
export function requireNotBefore(ledger: Ledger, now: Date, given: boolean): void {
  let latest = "";
  for (const events of ledger.values()) for (const e of events) if (e.at > latest) latest = e.at;
  if (!latest || Date.parse(latest) - now.getTime() <= CLOCK_TOLERANCE_MS) return;
  const at = now.toISOString();
  throw new StateError(
    given
      ? `--at ${at} is before the ledger's latest event (${latest}); measuring cannot go back in time: give --at ${latest} or later`
      : `this machine's clock (${at}) is before the ledger's latest event (${latest}), which runs recorded with a later --at; give --at ${latest} or later`,
  );
}

export function printMeasure(io: Io, report: MeasureReport): void {
  const s = report.ingest;
  if (s) {
    for (const [name, src] of Object.entries(s.bySource)) {
      io.out(
        `${name}: ${src.rows} row(s): ${src.accepted} accepted, ${src.duplicates} duplicate(s), ${src.corrections} correction(s), ${src.quarantined} quarantined${src.complete ? "" : " — reading stopped early"}`,
      );
      if (src.stoppedAt) {
        const stored = src.accepted + src.duplicates + src.corrections;
        const inbox = report.kept.some((k) => k.endsWith(name));
        io.out(
          `  reading stopped at line ${src.stoppedAt.line}: ${src.stoppedAt.reason}. ${stored ? `The ${stored} row(s) read before it were stored all the same (and committed with this ${inbox ? "run" : "ingest"})` : "Nothing from this file was stored"}; ${inbox ? "the file stays in the inbox: fix it and the next run reads it again" : "fix the file and ingest it again"}${stored ? " — the rows already stored then count as duplicates" : ""}.`,
        );
      }
      if (src.quarantineFile)
        io.out(
          `  quarantined rows, with line numbers and reasons${src.quarantineSummarised ? " (the first ones listed, all counted by reason on the last line)" : ""}: ${relative(io.cwd, src.quarantineFile)}`,
        );
      if (src.columns?.ignored.length) io.out(`  columns not used: ${src.columns.ignored.join("; ")}`);
    }
  }
  for (const j of report.judged) io.out(`judged     ${j.cycle}  ${j.benchmark}: ${j.status}`);
  for (const x of report.settled) io.out(`settled    ${x.cycle}  spend ${x.amount}`);
  for (const x of report.unsettled ?? []) io.out(`unsettled  ${x.cycle}  ${x.reason}`);
}

/**
 * What a person should look at after metrics came in: rows quarantined, files not read whole, spend not
 * settled. `ingest` and `run` exit 1 on any of them (the rest of the work is done).
 */
export function measureProblems(report: MeasureReport | undefined): string[] {
  if (!report) return [];
  const problems: string[] = [];
  const quarantined = report.ingest?.quarantined ?? 0;
  if (quarantined) problems.push(`${quarantined} metric row(s) quarantined`);
  const stopped = Object.values(report.ingest?.bySource ?? {}).filter((s) => !s.complete).length;
  if (stopped) problems.push(`${stopped} metrics file(s) not read to the end`);
  if (report.unsettled?.length) problems.push(`${report.unsettled.length} spend total(s) not settled`);
  return problems;
}
