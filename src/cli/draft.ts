// `loopcast draft WORKFLOW`: L1, a draft on request (also the workflow_dispatch route in the Action).

import { UsageError } from "../errors.ts";
import { type Command, printJson } from "./command.ts";
import { openRun, parseAt } from "./context.ts";

export const draftCommand: Command = {
  name: "draft",
  summary: "Write a draft for a workflow's next slot now and open it as a proposal (L1, on request)",
  usage:
    "usage: loopcast draft WORKFLOW [--at ISO-TIME] [--config DIR] [--json]\n\nexample: loopcast draft weekly-blog",
  options: { at: { type: "string" } },
  async run(args, io) {
    // Loaded when the command runs, so `loopcast --help` and other commands start fast.
    const { draft: draftUseCase } = await import("../pipeline/draft.ts");
    const [workflow] = args.positionals;
    if (!workflow) throw new UsageError(`missing WORKFLOW\n\n${draftCommand.usage}`);
    const now = parseAt(args);
    const ctx = await openRun(args, io, now);
    const report = await draftUseCase({ ...ctx, now, workflow });
    if (args.values.json) printJson(io, report);
    else {
      for (const p of report.proposed) io.out(`proposed   ${p.cycle}  (branch ${p.branch})`);
      for (const r of report.refused) io.out(`refused    ${r.cycle}  ${r.guardrail}: ${r.reason}`);
      for (const e of report.errors) io.err(`error      ${e.cycle}: ${e.message}`);
    }
    return report.errors.length || report.refused.length ? 1 : 0;
  },
};
