// `loopcast explain DECISION-ID|CYCLE`: the evidence behind a decision in the log, or behind the options
// an item was sent with, recomputed from the repository — and whether the recomputation agrees.
import { recomputeDecision, recomputeItem } from "../adapt/recompute.ts";
import { UsageError } from "../errors.ts";
import { readDecisions } from "../state/decisions.ts";
import { type EventOf, readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { requireConfigOf } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const explain: Command = {
  name: "explain",
  summary: "Show the evidence behind a decision or an item's options, recomputed from the repository",
  usage: [
    "usage: loopcast explain DECISION-ID|CYCLE [--config DIR] [--json]",
    "",
    "examples:",
    "  loopcast explain weekly-newsletter--slot--20261215T0800Z",
    "  loopcast explain weekly-newsletter@20261217T0700Z",
  ].join("\n"),
  async run(args, io) {
    const id = args.positionals[0];
    if (!id) throw new UsageError("name a decision id (see marketing/decisions/) or a cycle id");
    const config = await requireConfigOf(args, io);
    const ledger = await readLedger(config.dir);
    warnInvalidLedger(io, ledger);
    const decision = (await readDecisions(config.dir, "", [])).find((d) => d.id === id);
    let title: string;
    let result: ReturnType<typeof recomputeItem>;
    if (decision) {
      title = `${decision.id}: ${decision.summary}\n  signal: ${decision.signal}`;
      result = recomputeDecision(config, ledger, decision);
    } else {
      const proposed = ledger.get(id)?.find((e): e is EventOf<"proposed"> => e.type === "proposed");
      if (!proposed)
        throw new UsageError(
          `"${id}" is neither a decision in ${config.dir}/decisions nor a cycle in the ledger`,
        );
      if (!proposed.learned)
        throw new UsageError(
          `${id}: its options were not chosen by the learner (an L2 queue item or a rewrite); arms ${JSON.stringify(proposed.arms)}`,
        );
      title = `${id}: ${Object.entries(proposed.arms)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")} (chosen ${proposed.at})`;
      result = recomputeItem(config, ledger, proposed);
    }
    if (args.values.json) {
      printJson(io, { id, ...result });
      return result.same ? 0 : 1;
    }
    io.out(title);
    io.out("recorded:");
    for (const line of result.recorded) io.out(`  ${line}`);
    io.out("recomputed from the repository:");
    for (const line of result.recomputed) io.out(`  ${line}`);
    if (result.same) io.out("the recomputation agrees with the record");
    else {
      io.out("the recomputation differs:");
      for (const d of result.differences) io.out(`  ${d}`);
    }
    return result.same ? 0 : 1;
  },
};
