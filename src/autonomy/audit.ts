// The audit (the article's step 01): every workflow on the frequency × sensitivity grid, with the level
// it should start at and its path to autonomy. Pure: configuration in, rows out.
import { isReversible } from "../channels/catalogue.ts";
import { type Config, channelById, type Level, type Workflow } from "../config/types.ts";
import { slotsBetween } from "../core/time.ts";

export type Frequency = "high" | "low";
export type Sensitivity = "high" | "low";

export interface AuditRow {
  workflow: string;
  name: string;
  channel: string;
  perWeek: number;
  frequency: Frequency;
  sensitivity: Sensitivity;
  reversible: boolean;
  configured: Level;
  /** Where the article says to start: approval mode, or a person in the loop entirely. */
  startAt: Level;
  /** The highest level this task should ever reach. */
  ceiling: Level;
  /** Weeks of approval-mode cycles before the first promotion can be earned. */
  weeksToTrackRecord: number;
  advice: string;
}

/** Three or more items a week counts as high frequency (daily social, several posts a week). */
const HIGH_FREQUENCY_PER_WEEK = 3;

export function audit(
  config: Config,
  from: Date,
  minCycles = config.guardrails.autonomy?.minCycles ?? 30,
): AuditRow[] {
  const fourWeeks = new Date(from.getTime() + 28 * 86_400_000);
  return config.workflows.map((w) => {
    const perWeek = slotsBetween(w.cadence, config.strategy.timezone, from, fourWeeks).length / 4;
    const frequency: Frequency = perWeek >= HIGH_FREQUENCY_PER_WEEK ? "high" : "low";
    const channel = channelById(config, w.channel);
    const reversible = channel ? isReversible(channel) : true;
    const sensitivity: Sensitivity = w.sensitivity ?? "low";
    const { startAt, ceiling, advice } = recommend(w, frequency, sensitivity, reversible);
    return {
      workflow: w.id,
      name: w.name,
      channel: w.channel,
      perWeek: Math.round(perWeek * 10) / 10,
      frequency,
      sensitivity,
      reversible,
      configured: w.level,
      startAt,
      ceiling,
      // Equivalent mutants: minCycles is at least 1 (schema), and n / 0 is Infinity already.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      weeksToTrackRecord: perWeek > 0 ? Math.ceil(minCycles / perWeek) : Number.POSITIVE_INFINITY,
      advice,
    };
  });
}

function recommend(
  w: Workflow,
  frequency: Frequency,
  sensitivity: Sensitivity,
  reversible: boolean,
): { startAt: Level; ceiling: Level; advice: string } {
  if (frequency === "high" && sensitivity === "low") {
    return reversible || w.allowIrreversible
      ? {
          startAt: "L3",
          ceiling: "L5",
          advice: "first candidate: approve 30 cycles at L3, then L4 with a review window, then L5",
        }
      : {
          startAt: "L3",
          ceiling: "L4",
          advice:
            "high volume but irreversible: earn L4 (review window), stay out of L5 unless allowIrreversible",
        };
  }
  if (sensitivity === "high" && frequency === "low") {
    return {
      startAt: "L3",
      ceiling: "L3",
      advice: "brand-sensitive and rare: keep a person approving every item (L3)",
    };
  }
  if (sensitivity === "high") {
    return {
      startAt: "L3",
      ceiling: "L4",
      advice: "frequent but sensitive: batch-approve at L3, earn L4 with a review window at most",
    };
  }
  return {
    startAt: "L3",
    ceiling: reversible ? "L4" : "L3",
    advice: "low volume: the track record builds slowly; expand after the high-volume tasks",
  };
}
