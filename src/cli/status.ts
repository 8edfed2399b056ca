// `loopcast status`: the level each workflow runs at — configured, earned, ceiling, demotion — and why,
// with its track record and what it still needs for the next level.
import { levelDecisions } from "../autonomy/effective-level.ts";
import { readAutonomy } from "../state/autonomy.ts";
import { readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { requireConfigOf } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const status: Command = {
  name: "status",
  summary: "Show each workflow's effective level, why, and its progress toward the next level",
  usage: "usage: loopcast status [--config DIR] [--json]\n\nexample: loopcast status",
  async run(args, io) {
    const config = await requireConfigOf(args, io);
    const ledger = await readLedger(config.dir);
    warnInvalidLedger(io, ledger);
    const decisions = [...levelDecisions(config, ledger, await readAutonomy(config.dir)).values()];
    if (args.values.json) {
      printJson(io, decisions);
      return 0;
    }
    for (const d of decisions) {
      const r = d.record;
      io.out(`${d.workflow}: ${d.effective} — ${d.reason}`);
      io.out(
        `  configured ${d.configured}, earned ${d.earned}, ceiling ${d.ceiling}${d.demotedTo ? `, demoted to ${d.demotedTo}` : ""}`,
      );
      io.out(
        `  track record: ${r.reviewed} reviewed (${r.mergedUnchanged} unchanged, ${r.mergedWithEdits} edited, ${r.rejected} rejected), ${r.met}/${r.judged} met their benchmarks`,
      );
      io.out(`  next level: ${d.progress.summary}`);
    }
    return 0;
  },
};
