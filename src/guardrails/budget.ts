// Budget caps. Spend is reserved when a cycle is planned and settled from measured spend; a reservation
// that would cross any cap is refused. Pure functions over the ledger and the configuration.
import type { Config, Workflow } from "../config/types.ts";
import { isoWeek, localMonth } from "../core/calendar.ts";
import { parseCycleId } from "../core/time.ts";
import { DEFAULT_MAX_TOKENS } from "../generate/types.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";

/** What one cycle holds against the budget: its measured spend once known, else its reservation. */
export interface Commitment {
  cycle: string;
  workflow: string;
  campaign?: string;
  slot: Date;
  amount: number;
  settled: boolean;
}

export interface CapUse {
  cap: "weekly" | "monthly" | "workflow" | "campaign";
  /** The period or id the cap applies to: 2026-W49, 2026-12, a workflow id, a campaign id. */
  key: string;
  limit: number;
  used: number;
}

/** The spend reserved for one item of a workflow: LLM tokens at the configured price, plus paid spend. */
export function reservationFor(config: Config, workflow: Workflow): number {
  const tokens =
    config.strategy.generator?.provider === "openai"
      ? (config.strategy.generator.maxTokens ?? DEFAULT_MAX_TOKENS)
      : 0;
  const perToken = (config.guardrails.budget?.prices?.per1kTokens ?? 0) / 1000;
  return round(tokens * perToken + (workflow.costPerItem ?? 0));
}

/** Whether a workflow's items cost money (paid spend, not LLM tokens): the disclosures of paid items apply. */
export function isPaid(workflow: Workflow | undefined): boolean {
  return (workflow?.costPerItem ?? 0) > 0;
}

/** Every cycle's hold on the budget. Rejected and skipped cycles release their reservation. */
export function commitments(config: Config, ledger: Ledger): Commitment[] {
  const campaignOf = new Map(config.workflows.map((w) => [w.id, w.campaign]));
  const out: Commitment[] = [];
  for (const [cycle, events] of ledger) {
    const hold = holdOf(events);
    if (!hold) continue;
    const { workflow, slot } = parseCycleId(cycle);
    const campaign = campaignOf.get(workflow);
    out.push({ cycle, workflow, slot, ...hold, ...(campaign ? { campaign } : {}) });
  }
  return out;
}

/** What one cycle's events hold on the budget; undefined when nothing (released, or never reserved). */
export function holdOf(events: readonly LedgerEvent[]): { amount: number; settled: boolean } | undefined {
  let reserved = 0;
  let spent: number | undefined;
  let released = false;
  for (const e of events) {
    if (e.type === "proposed") reserved = e.reservation ?? 0;
    else if (e.type === "spent") spent = e.amount;
    else if (e.type === "rejected" || e.type === "skipped") released = true;
  }
  const amount = spent ?? (released ? 0 : reserved);
  return amount > 0 ? { amount, settled: spent !== undefined } : undefined;
}

/** How much of each cap that applies to `at` (and to a workflow and campaign) is used. */
export function capUses(
  config: Config,
  held: readonly Commitment[],
  scope: { at: Date; workflow?: string; campaign?: string },
): CapUse[] {
  const budget = config.guardrails.budget;
  if (!budget) return [];
  const tz = config.strategy.timezone;
  const week = isoWeek(scope.at, tz);
  const month = localMonth(scope.at, tz);
  const sum = (pred: (c: Commitment) => boolean) =>
    round(held.filter(pred).reduce((s, c) => s + c.amount, 0));
  const uses: CapUse[] = [];
  if (budget.weekly !== undefined) {
    uses.push({
      cap: "weekly",
      key: week,
      limit: budget.weekly,
      used: sum((c) => isoWeek(c.slot, tz) === week),
    });
  }
  if (budget.monthly !== undefined) {
    uses.push({
      cap: "monthly",
      key: month,
      limit: budget.monthly,
      used: sum((c) => localMonth(c.slot, tz) === month),
    });
  }
  const wf = scope.workflow;
  const wfLimit = wf === undefined ? undefined : budget.perWorkflow?.[wf];
  if (wf !== undefined && wfLimit !== undefined) {
    const used = sum((c) => c.workflow === wf && localMonth(c.slot, tz) === month);
    uses.push({ cap: "workflow", key: wf, limit: wfLimit, used });
  }
  const camp = scope.campaign;
  const campLimit = camp === undefined ? undefined : budget.perCampaign?.[camp];
  if (camp !== undefined && campLimit !== undefined) {
    uses.push({ cap: "campaign", key: camp, limit: campLimit, used: sum((c) => c.campaign === camp) });
  }
  return uses;
}

/** The first cap a new reservation would cross, or undefined when it fits under all of them. */
export function capCrossed(
  config: Config,
  held: readonly Commitment[],
  candidate: Commitment,
): CapUse | undefined {
  if (candidate.amount <= 0) return undefined;
  const uses = capUses(config, held, {
    at: candidate.slot,
    workflow: candidate.workflow,
    ...(candidate.campaign ? { campaign: candidate.campaign } : {}),
  });
  return uses.find((u) => u.used + candidate.amount > u.limit + 1e-9);
}

export function describeCap(use: CapUse, amount: number, currency: string): string {
  const what = {
    weekly: `weekly cap (${use.key})`,
    monthly: `monthly cap (${use.key})`,
    workflow: `monthly cap of workflow ${use.key}`,
    campaign: `cap of campaign ${use.key}`,
  }[use.cap];
  return `reserving ${money(amount, currency)} would cross the ${what}: ${money(use.used, currency)} of ${money(use.limit, currency)} already held`;
}

export function money(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
