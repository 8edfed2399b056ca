// The product in the simulator: each period, the real planner (src/core/plan.ts, with the learner of
// src/adapt/) plans on an in-memory ledger and configuration made from the scenario, and the ledger is
// kept as a run would keep it — proposed, merged or rejected, published, judged on the primary metric
// when the measurement window closes. The change detector reads the same ledger. What is simulated is
// only the forge, the channels and the clock; every choice is the planner's own.
import { detectChanges } from "../adapt/detect.ts";
import { observations } from "../adapt/evidence.ts";
import type { Config, Workflow } from "../config/types.ts";
import { plan } from "../core/plan.ts";
import { cycleId } from "../core/time.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import type {
  Outcome,
  PeriodRequest,
  PlannedItem,
  Policy,
  PolicyFactory,
  SimChannel,
  SimSetup,
} from "./types.ts";

/** Message dimensions of the product, in the order scenario dimensions are mapped onto them. */
const PRODUCT_DIMENSIONS = ["title", "hook", "cta", "pillar"] as const;
const METRIC = "click_rate";

interface Mapped {
  channel: SimChannel;
  workflow: Workflow;
  /** Scenario dimension → product dimension. */
  dimensions: Array<[string, (typeof PRODUCT_DIMENSIONS)[number]]>;
  flagged: Set<string>;
}

export const loopcast: PolicyFactory = (setup) => new LoopcastPolicy(setup);

class LoopcastPolicy implements Policy {
  readonly name = "loopcast";
  private readonly config: Config;
  private readonly ledger: Ledger = new Map();
  private readonly byChannel = new Map<string, Mapped>();
  private readonly flags: Array<{ channel: string; day: number; cycle: string }> = [];
  private readonly start: number;

  constructor(setup: SimSetup) {
    this.start = setup.start.getTime();
    const workflows: Workflow[] = [];
    const pillars = new Map<string, { id: string; name: string; points: string[] }>();
    pillars.set("p", { id: "p", name: "Pillar", points: ["A point"] });
    for (const channel of setup.channels) {
      const dims = Object.keys(channel.variants);
      if (dims.length > PRODUCT_DIMENSIONS.length)
        throw new Error(
          `channel ${channel.id}: the product learns ${PRODUCT_DIMENSIONS.length} message dimensions (${PRODUCT_DIMENSIONS.join(", ")}); the scenario has ${dims.length}`,
        );
      const dimensions = dims.map(
        (d, i) => [d, PRODUCT_DIMENSIONS[i]] as [string, (typeof PRODUCT_DIMENSIONS)[number]],
      );
      const names = (product: string) => {
        const scenarioDim = dimensions.find(([, p]) => p === product)?.[0];
        return scenarioDim ? (channel.variants[scenarioDim] as string[]) : undefined;
      };
      const pillarNames = names("pillar");
      for (const p of pillarNames ?? [])
        pillars.set(pillarId(p), { id: pillarId(p), name: p, points: ["A point"] });
      const workflow: Workflow = {
        id: workflowId(channel.id),
        name: channel.id,
        channel: channel.id,
        level: "L3",
        cadence: channel.rhythm === "daily" ? "0 0 * * *" : "0 0 * * 1",
        leadTime: channel.rhythm === "daily" ? "23h" : "167h",
        format: "email",
        pillars: pillarNames ? pillarNames.map(pillarId) : ["p"],
        slots: channel.slots,
        ...(channel.rhythm === "weekly" && (channel.frequency.max > 1 || channel.frequency.min > 1)
          ? { frequency: channel.frequency }
          : {}),
        ...(channel.costPerItem ? { costPerItem: channel.costPerItem } : {}),
        templates: {
          titles: names("title") ?? ["t"],
          hooks: names("hook") ?? ["h"],
          ctas: names("cta") ?? ["c"],
        },
      };
      workflows.push(workflow);
      this.byChannel.set(channel.id, { channel, workflow, dimensions, flagged: new Set() });
    }
    this.config = {
      dir: "",
      sources: new Map(),
      voiceGuide: "",
      strategy: {
        version: 1,
        business: {
          name: "Simulated",
          url: "https://example.com",
          description: "A simulated business.",
          audience: "people",
        },
        timezone: setup.timezone,
        pillars: [...pillars.values()],
        channels: setup.channels.map((c) => ({
          id: c.id,
          type: "webhook",
          name: c.id,
          url: "https://example.com/hook",
        })),
      } as Config["strategy"],
      guardrails: {
        version: 1,
        ...(setup.budget ? { budget: { currency: "EUR", ...setup.budget } } : {}),
      } as Config["guardrails"],
      benchmarks: {
        version: 1,
        benchmarks: workflows.map((w) => ({
          id: `${w.id}-primary`,
          workflow: w.id,
          metric: METRIC,
          min: 0,
          minSample: { metric: "delivered", value: 1 },
          window: `${this.byChannel.get(w.channel)?.channel.window ?? 1}d`,
          primary: true,
        })),
      } as Config["benchmarks"],
      workflows,
    };
  }

  plan(req: PeriodRequest): PlannedItem[] {
    const mapped = this.byChannel.get(req.channel);
    if (!mapped) return [];
    const now = req.start;
    const at = now.toISOString();
    const thePlan = plan({
      config: this.config,
      now,
      ledger: this.ledger,
      pending: new Map(),
      open: [],
      queue: new Map(),
      autonomy: new Map(),
    });
    const items: PlannedItem[] = [];
    for (const action of thePlan.actions) {
      if (action.kind !== "propose" && action.kind !== "refuse") continue;
      if (action.workflow !== mapped.workflow.id) continue;
      const slot = new Date(action.slot);
      if (slot < req.start || slot >= req.end) continue;
      if (action.kind === "refuse") {
        this.append({
          type: "skipped",
          at,
          cycle: action.cycle,
          reason: action.reason,
          guardrail: action.guardrail,
        });
        continue;
      }
      const arms = action.arms ?? {};
      this.append({
        type: "proposed",
        at,
        cycle: action.cycle,
        workflow: action.workflow,
        channel: mapped.channel.id,
        slot: action.slot,
        level: action.level,
        branch: `loopcast/${action.cycle}`,
        proposal: { id: action.cycle },
        contentPath: `content/${action.cycle}.md`,
        contentHash: "0".repeat(64),
        arms,
        generator: "simulated",
        title: action.cycle,
        reservation: action.reservation,
      });
      const variants: Record<string, string> = {};
      for (const [scenarioDim, product] of mapped.dimensions) {
        const names = mapped.channel.variants[scenarioDim] as string[];
        variants[scenarioDim] =
          product === "pillar"
            ? (names.find((n) => pillarId(n) === arms.pillar) ?? (names[0] as string))
            : (names[Number(arms[product])] ?? (names[0] as string));
      }
      items.push({ slot: arms.slot ?? "", variants });
    }
    return items;
  }

  reviewed(channel: string, item: PlannedItem, verdict: Outcome["verdict"], period: PeriodRequest): void {
    const mapped = this.byChannel.get(channel);
    const slot = period.candidates.find((c) => c.slot === item.slot);
    if (!mapped || !slot) return;
    const cycle = cycleId(mapped.workflow.id, slot.at);
    const at = period.start.toISOString();
    if (verdict === "reject")
      this.append({ type: "rejected", at, cycle, reason: "the simulated reviewer closed it" });
    else
      this.append({
        type: "merged",
        at,
        cycle,
        mergedSha: "0".repeat(40),
        humanCommits: verdict === "edit" ? 1 : 0,
        editRatio: verdict === "edit" ? 0.1 : 0,
      });
  }

  observe(outcome: Outcome): void {
    if (outcome.verdict === "reject") return;
    const mapped = this.byChannel.get(outcome.channel);
    if (!mapped) return;
    const cycle = cycleId(mapped.workflow.id, outcome.at);
    const window = mapped.channel.window;
    const measuredAt = new Date(outcome.at.getTime() + window * 86_400_000).toISOString();
    this.append({
      type: "published",
      at: outcome.at.toISOString(),
      cycle,
      channel: outcome.channel,
      receipt: { id: cycle },
      idempotencyKey: cycle,
    });
    if (outcome.trials > 0) {
      this.append({
        type: "judged",
        at: measuredAt,
        cycle,
        benchmark: `${mapped.workflow.id}-primary`,
        metric: METRIC,
        status: "met",
        value: outcome.successes / outcome.trials,
        sample: outcome.trials,
        primary: true,
      });
    }
    const day = Math.floor((Date.parse(measuredAt) - this.start) / 86_400_000);
    for (const flag of detectChanges(
      observations(this.ledger, mapped.workflow.id, this.config.strategy.timezone),
    )) {
      if (flag.kind !== "drop" || mapped.flagged.has(flag.cycle)) continue;
      mapped.flagged.add(flag.cycle);
      this.flags.push({ channel: outcome.channel, day, cycle: flag.cycle });
    }
  }

  flagged(): Array<{ channel: string; day: number }> {
    return this.flags;
  }

  private append(event: LedgerEvent): void {
    const list = this.ledger.get(event.cycle);
    if (list) list.push(event);
    else this.ledger.set(event.cycle, [event]);
  }
}

function workflowId(channel: string): string {
  return (
    channel
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, 60) || "channel"
  );
}

function pillarId(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, "-") || "p";
}
