// Paid spend against the budget: a workflow whose one item costs more than a cap that applies to it could
// never have an item planned (every reservation would cross the cap), so `validate` refuses it rather than
// let every cycle be refused, one budget exception at a time.
import type { Problem } from "../errors.ts";
import { money, reservationFor } from "../guardrails/budget.ts";
import type { Config } from "./types.ts";

export function checkCosts(config: Config): Problem[] {
  const budget = config.guardrails.budget;
  if (!budget) return [];
  const problems: Problem[] = [];
  const files = [...config.sources.keys()].filter((k) => k.startsWith("workflows/"));
  config.workflows.forEach((w, i) => {
    const cost = w.costPerItem ?? 0;
    if (cost <= 0) return;
    // The caps one item of this workflow counts against, smallest first: the one it crosses first.
    const caps = [
      { key: "budget.weekly", limit: budget.weekly },
      { key: "budget.monthly", limit: budget.monthly },
      { key: `budget.perWorkflow.${w.id}`, limit: budget.perWorkflow?.[w.id] },
      {
        key: `budget.perCampaign.${w.campaign}`,
        limit: w.campaign ? budget.perCampaign?.[w.campaign] : undefined,
      },
    ].flatMap((c) => (c.limit === undefined ? [] : [{ key: c.key, limit: c.limit }]));
    const cap = caps.sort((a, b) => a.limit - b.limit)[0];
    const reservation = reservationFor(config, w);
    if (!cap || reservation <= cap.limit) return;
    const source = config.sources.get(files[i] ?? "");
    const pos = source ? source.position(["costPerItem"]) : { line: 1, column: 1 };
    const c = budget.currency;
    const tokens = reservation - cost;
    const above = `the cap ${cap.key} of ${money(cap.limit, c)} in guardrails.yaml`;
    const message =
      tokens > 1e-9
        ? `one item of "${w.id}" reserves ${money(reservation, c)} (costPerItem ${money(cost, c)} plus ${money(tokens, c)} of LLM tokens), above ${above}: none could ever be planned`
        : `costPerItem ${money(cost, c)} is above ${above}: no item of "${w.id}" could ever be planned`;
    const most = Math.max(0, cap.limit - tokens);
    problems.push({
      file: source?.file ?? `workflows/${w.id}.yaml`,
      ...pos,
      message,
      hint: `lower costPerItem to at most ${money(most, c)}, or raise ${cap.key} in guardrails.yaml`,
    });
  });
  return problems;
}
