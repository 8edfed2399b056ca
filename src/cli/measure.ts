// `loopcast measure`: the measure step of a run, alone — published items' numbers pulled from the channels
// (those still in a benchmark window, within the run's request budget), the inbox read, benchmarks judged,
// spend settled, one commit. Exit 1 when something needs a person (a rows quarantined, a channel refusing
// the pull), else 3 when a channel could not be reached (the next run tries again), else 0.
import type { PullReport } from "../pipeline/pull-metrics.ts";
import { readLedger } from "../state/ledger.ts";
import { type Command, type Io, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";
import { outcomeCode } from "./exit.ts";
import { measureProblems, printMeasure, requireNotBefore } from "./ingest.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const measureCommand: Command = {
  name: "measure",
  summary: "Pull published items' numbers from the channels, read the inbox, judge benchmarks",
  usage: `usage: loopcast measure [--at ISO-TIME] [--config DIR] [--json]

What a run does first, alone: items still inside a benchmark window (and once just after it closes) are
read from their channel's own API — Mastodon, Bluesky, the blog's Plausible — at most every 6 hours each
and within strategy.yaml's measure.requestsPerRun (default 40); then the inbox is read, benchmarks judged
and spend settled, in one commit (docs/metrics.md).

example: loopcast measure --at 2026-12-01T08:00:00Z`,
  options: { at: { type: "string" } },
  async run(args, io) {
    const { measure } = await import("../pipeline/measure.ts");
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const release = await ctx.forge.lock?.();
    let writing = false;
    let failed = false;
    try {
      const ledger = await readLedger(ctx.config.dir);
      warnInvalidLedger(io, ledger);
      requireNotBefore(ledger, now, args.values.at !== undefined);
      writing = true;
      const report = await measure({ ...ctx, now, configRel: "" }, ledger, {
        inbox: true,
        pull: { channels: ctx.channels, env: io.env },
      });
      const pulled = report.pulled;
      if (args.values.json) printJson(io, report);
      else {
        if (pulled) printPull(io, pulled);
        else
          io.out(
            ctx.config.strategy.measure?.pull === false
              ? "pulled     nothing: strategy.yaml sets measure.pull: false"
              : "pulled     nothing due: no published item in a benchmark window on a channel that measures",
          );
        printMeasure(io, report);
        if (report.commit) io.out(`committed  ${report.commit.slice(0, 12)}`);
      }
      const refused = pulled?.failures.filter((f) => !f.unreachable).length ?? 0;
      const unreachable = pulled?.failures.filter((f) => f.unreachable).length ?? 0;
      return outcomeCode({ problems: measureProblems(report).length + refused, unreachable });
    } catch (err) {
      failed = writing;
      throw err;
    } finally {
      await release?.({ completed: !failed });
    }
  },
};

/** What pulling did, one line per channel, then the items it left for a later run, counted by reason. */
export function printPull(io: Io, pulled: PullReport): void {
  for (const w of pulled.warnings) io.err(`warning    ${w}`);
  for (const [id, c] of Object.entries(pulled.byChannel)) {
    if (c.error) io.err(`pull       ${id}: failed — ${c.error}`);
    else
      io.out(
        `pull       ${id}: ${c.rows} item(s) measured in ${c.requests} request(s)${c.skipped ? `, ${c.skipped} skipped` : ""}`,
      );
  }
  const reasons = new Map<string, number>();
  for (const s of pulled.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) io.out(`skipped    ${n} item(s): ${reason}`);
  for (const id of pulled.raised)
    io.err(`exception  ${id} raised: a channel's pull failed several runs in a row`);
  for (const id of pulled.resolved) io.out(`resolved   ${id}: the channel's pull works again`);
  io.out(
    `pulled     ${pulled.rows} row(s) in ${pulled.requests} request(s)${pulled.failures.length ? `; ${pulled.failures.length} channel(s) failed` : ""}`,
  );
}
