// The level a workflow runs at: the minimum of its configured level, the level its track record has
// earned, the guardrails' ceiling for its channel, and any demotion in force. Loosening is always a
// person's decision (configured level, lifting a demotion); tightening is automatic.
import { isReversible } from "../channels/catalogue.ts";
import { type Config, channelById, LEVELS, type Level, levelNumber, type Workflow } from "../config/types.ts";
import { type AutonomyLog, demotionInForce } from "../state/autonomy.ts";
import type { Ledger } from "../state/ledger.ts";
import {
  autonomyThresholds,
  type PromotionProgress,
  promotionProgress,
  type TrackRecord,
  trackRecords,
} from "./track-record.ts";

export interface LevelDecision {
  workflow: string;
  configured: Level;
  earned: Level;
  ceiling: Level;
  demotedTo?: Level;
  effective: Level;
  /** Which of the four binds, in words. */
  reason: string;
  record: TrackRecord;
  /** Progress toward the next level the record can earn. */
  progress: PromotionProgress;
}

export function levelDecision(
  config: Config,
  workflow: Workflow,
  ledger: Ledger,
  autonomy: AutonomyLog,
): LevelDecision {
  const thresholds = autonomyThresholds(config.guardrails.autonomy);
  const cycles = [...ledger].filter(([cycle]) => cycle.startsWith(`${workflow.id}@`));
  const [record] = trackRecords(cycles, { workflows: [workflow.id] }) as [TrackRecord];
  const [atL4] = trackRecords(cycles, { workflows: [workflow.id], levels: ["L4"] }) as [TrackRecord];
  const toL4 = promotionProgress(record, thresholds);
  const toL5 = promotionProgress(atL4, thresholds);
  const channel = channelById(config, workflow.channel);
  const irreversibleOk = !channel || isReversible(channel) || workflow.allowIrreversible === true;

  // Approval mode (L3) and below need no record; L4 needs the record; L5 needs a record earned at L4.
  const earned: Level = toL4.ready ? (toL5.ready && irreversibleOk ? "L5" : "L4") : "L3";
  const ceiling = config.guardrails.channels?.ceiling?.[workflow.channel] ?? "L5";
  const demotedTo = demotionInForce(autonomy.get(workflow.id))?.to;
  const candidates: Array<[Level, string]> = [
    [workflow.level, `configured ${workflow.level}`],
    [
      earned,
      `earned ${earned}${earned === "L3" ? ` (${toL4.summary})` : earned === "L4" && levelNumber(workflow.level) > 4 ? ` (at L4: ${toL5.summary})` : ""}`,
    ],
    [ceiling, `channel ${workflow.channel} capped at ${ceiling}`],
  ];
  if (demotedTo) candidates.push([demotedTo, `demoted to ${demotedTo}`]);
  const effective = LEVELS[Math.min(...candidates.map(([l]) => levelNumber(l)))] as Level;
  const binding = candidates.filter(([l]) => l === effective).map(([, why]) => why);
  const reason =
    effective === workflow.level
      ? `runs at its configured ${effective}`
      : `runs at ${effective}: ${binding.join("; ")}`;
  return {
    workflow: workflow.id,
    configured: workflow.level,
    earned,
    ceiling,
    ...(demotedTo ? { demotedTo } : {}),
    effective,
    reason,
    record,
    progress: earned === "L3" ? toL4 : toL5,
  };
}

export function levelDecisions(
  config: Config,
  ledger: Ledger,
  autonomy: AutonomyLog,
): Map<string, LevelDecision> {
  return new Map(config.workflows.map((w) => [w.id, levelDecision(config, w, ledger, autonomy)]));
}
