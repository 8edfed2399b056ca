// `loopcast audit`: the article's step 01 — every workflow by frequency and sensitivity, where it should
// start and how far it should go.
import { audit as auditRows } from "../autonomy/audit.ts";
import { type Command, printJson } from "./command.ts";
import { parseAt, requireConfigOf } from "./context.ts";

export const audit: Command = {
  name: "audit",
  summary:
    "Place every workflow on the frequency × sensitivity grid, with its start level and path to autonomy",
  usage: "usage: loopcast audit [--at ISO-TIME] [--config DIR] [--json]\n\nexample: loopcast audit",
  options: { at: { type: "string" } },
  async run(args, io) {
    const config = await requireConfigOf(args, io);
    const rows = auditRows(config, parseAt(args));
    if (args.values.json) {
      printJson(io, rows);
      return 0;
    }
    io.out(
      "workflow               per week  frequency  sensitivity  configured  start  ceiling  30 cycles in",
    );
    for (const r of rows) {
      const weeks = Number.isFinite(r.weeksToTrackRecord) ? `${r.weeksToTrackRecord} weeks` : "never";
      io.out(
        `${r.workflow.padEnd(22)} ${String(r.perWeek).padStart(8)}  ${r.frequency.padEnd(9)}  ${r.sensitivity.padEnd(11)}  ${r.configured.padEnd(10)}  ${r.startAt.padEnd(5)}  ${r.ceiling.padEnd(7)}  ${weeks}`,
      );
    }
    io.out("");
    for (const r of rows)
      io.out(
        `${r.workflow}: ${r.advice}${r.configured > r.ceiling ? ` — configured ${r.configured} is above the advised ${r.ceiling}` : ""}`,
      );
    return 0;
  },
};
