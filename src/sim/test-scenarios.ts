// Scenarios for the simulator's tests, written as YAML like the files users write.
import type { ScenarioModel } from "./model.ts";
import { parseScenario } from "./scenario.ts";

/** A scenario from YAML text; throws with the problems when it is not valid. */
export function scenarioOf(text: string): ScenarioModel {
  const { scenario, problems } = parseScenario("test.yaml", text);
  if (!scenario) throw new Error(problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("\n"));
  return scenario;
}

export const WEEKLY = `
name: weekly
days: 91
channels:
  newsletter:
    cadence: weekly
    frequency: { min: 1, max: 3 }
    audience: 2000
    baseRate: 0.03
    slots: { "Thu 09:00": 0.85, "Tue 09:00": 1.0, "Sat 10:00": 0.7 }
    variants:
      subject: { number: 1.0, question: 1.15, urgency: 0.9 }
    fatigue: 0.1
    costPerItem: 2.5
reviewer: { approve: 0.8, edit: 0.1, reject: 0.1 }
budget: { weekly: 5 }
`;

export const DAILY = `
name: daily
days: 28
channels:
  post:
    cadence: daily
    audience: 500
    baseRate: 0.04
    window: 1
    slots: { "08:00": 0.8, "12:00": 1.0, "18:00": 0.9 }
events:
  - { day: 14, channel: post, multiply: 0.6 }
`;
