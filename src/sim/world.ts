// One simulated world: the scenario over a horizon, the setup policies see, the market they do not, and
// every channel's periods merged in time order (the order plan() is called in).
import { type Period, periodsOf } from "./calendar.ts";
import { Market, registerMarket } from "./market.ts";
import { type ScenarioModel, SIM_START } from "./model.ts";
import type { SimSetup } from "./types.ts";

export interface World {
  scenario: ScenarioModel;
  days: number;
  setup: SimSetup;
  market: Market;
  periods: Period[];
}

export function buildWorld(scenario: ScenarioModel, options: { days?: number } = {}): World {
  const days = options.days ?? scenario.days;
  const byChannel = scenario.channels.map((c) => periodsOf(c, days));
  const setup: SimSetup = {
    name: scenario.name,
    days,
    start: new Date(SIM_START),
    timezone: "UTC",
    channels: scenario.channels.map((c, i) => ({
      id: c.id,
      rhythm: c.rhythm,
      frequency: { ...c.frequency },
      audience: c.audience,
      slots: c.slots.map((s) => s.label),
      variants: Object.fromEntries(Object.entries(c.variants).map(([d, v]) => [d, Object.keys(v)])),
      costPerItem: c.costPerItem,
      window: c.window,
      periods: byChannel[i]?.length ?? 0,
    })),
    ...(scenario.budget ? { budget: { ...scenario.budget } } : {}),
  };
  const market = new Market(scenario);
  registerMarket(setup, market);
  // Time order across channels; at the same instant, channels in the order the scenario lists them.
  const periods = byChannel.flat().sort((a, b) => a.start.getTime() - b.start.getTime());
  return { scenario, days, setup, market, periods };
}
