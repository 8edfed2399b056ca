// `loopcast review-period`: the article's step 06 — autonomous cycles against the approval-mode baseline
// of the same workflow over a period, with a verdict: expand, hold or tighten.
import { periodReview } from "../autonomy/period-review.ts";
import { autonomyThresholds } from "../autonomy/track-record.ts";
import { UsageError } from "../errors.ts";
import { fmtTimeWithZone } from "../report/format.ts";
import { readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { parseAt, parseTimeFlag, requireConfigOf } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const reviewPeriod: Command = {
  name: "review-period",
  summary:
    "Compare autonomous cycles with the approval-mode baseline over a period (default: the last 30 days)",
  usage: [
    "usage: loopcast review-period [--from ISO-TIME] [--to ISO-TIME] [--at ISO-TIME] [--config DIR] [--json]",
    "",
    "The period ends at --to, else at --at, else now; it starts at --from, else 30 days before its end.",
    "",
    "example: loopcast review-period --from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z",
  ].join("\n"),
  options: { from: { type: "string" }, to: { type: "string" }, at: { type: "string" } },
  async run(args, io) {
    const to = parseTimeFlag(args, "to") ?? parseAt(args);
    const from = parseTimeFlag(args, "from");
    if (from && from >= to)
      throw new UsageError(
        `--from ${from.toISOString()} must be before the period's end ${to.toISOString()}${args.values.to === undefined ? " (--at, or now)" : ""}`,
      );
    const days = from ? Math.max(1, Math.round((to.getTime() - from.getTime()) / 86_400_000)) : 30;
    const config = await requireConfigOf(args, io);
    const lowerIsBetter = new Set(
      config.benchmarks.benchmarks
        .filter((b) => b.primary && b.max !== undefined && b.min === undefined)
        .flatMap((b) => (b.workflow ? [b.workflow] : [])),
    );
    const ledger = await readLedger(config.dir);
    warnInvalidLedger(io, ledger);
    const rows = periodReview({
      ledger,
      to,
      days,
      thresholds: autonomyThresholds(config.guardrails.autonomy),
      workflows: config.workflows.map((w) => w.id),
      lowerIsBetter,
    });
    if (args.values.json) printJson(io, rows);
    else {
      io.out(
        `review of the ${days} day(s) to ${fmtTimeWithZone(to, config.strategy.timezone)}: autonomous (L4/L5) against approval mode (L3)`,
      );
      for (const r of rows) io.out(`  ${r.workflow}: ${r.verdict} — ${r.reason}`);
    }
    return 0;
  },
};
