// `loopcast budget`: spend against each cap, now and over the period (reserved and settled).
import { capUses, commitments, money } from "../guardrails/budget.ts";
import { fmtTimeWithZone } from "../report/format.ts";
import { readLedger } from "../state/ledger.ts";
import { type Command, printJson } from "./command.ts";
import { parseAt, requireConfigOf } from "./context.ts";
import { warnInvalidLedger } from "./ledger-warnings.ts";

export const budget: Command = {
  name: "budget",
  summary: "Show spend against every budget cap for the current week and month",
  usage:
    "usage: loopcast budget [--at ISO-TIME] [--config DIR] [--json]\n\nexample: loopcast budget --at 2026-12-01T08:00:00Z",
  options: { at: { type: "string" } },
  async run(args, io) {
    const at = parseAt(args);
    const config = await requireConfigOf(args, io);
    const ledger = await readLedger(config.dir);
    warnInvalidLedger(io, ledger);
    const held = commitments(config, ledger);
    const currency = config.guardrails.budget?.currency ?? "";
    const rows = [
      ...capUses(config, held, { at }).map((u) => ({ ...u, scope: u.cap })),
      ...config.workflows.flatMap((w) =>
        capUses(config, held, { at, workflow: w.id, ...(w.campaign ? { campaign: w.campaign } : {}) }).filter(
          (u) => u.cap === "workflow" || u.cap === "campaign",
        ),
      ),
    ].filter((u, i, all) => all.findIndex((v) => v.cap === u.cap && v.key === u.key) === i);
    const settled = held.filter((c) => c.settled).reduce((s, c) => s + c.amount, 0);
    const reserved = held.filter((c) => !c.settled).reduce((s, c) => s + c.amount, 0);
    if (args.values.json) {
      printJson(io, { at: at.toISOString(), currency, caps: rows, settled, reserved });
      return 0;
    }
    if (!config.guardrails.budget) {
      io.out("no budget in guardrails.yaml: spend is not capped");
      return 0;
    }
    io.out(
      `budget at ${fmtTimeWithZone(at, config.strategy.timezone)} (${currency}; reserved when planned, settled from measured spend)`,
    );
    for (const u of rows) {
      const pct = u.limit > 0 ? Math.round((u.used / u.limit) * 100) : 100;
      const label = { weekly: "week", monthly: "month", workflow: "workflow", campaign: "campaign" }[u.cap];
      io.out(
        `  ${`${label} ${u.key}`.padEnd(36)} ${money(u.used, currency).padStart(12)} of ${money(u.limit, currency).padStart(12)}  ${String(pct).padStart(3)}%  ${bar(pct)}`,
      );
    }
    io.out(
      `  all time: ${money(settled, currency)} settled, ${money(reserved, currency)} reserved and not yet measured`,
    );
    return 0;
  },
};

function bar(pct: number): string {
  const n = Math.max(0, Math.min(20, Math.round(pct / 5)));
  return `[${"#".repeat(n)}${".".repeat(20 - n)}]`;
}
