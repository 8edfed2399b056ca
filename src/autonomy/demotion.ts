// Demotion triggers: each looks at a workflow's ledger since its autonomy last changed and says whether
// autonomy must be taken back at once. A list, so a change detector (or any later signal) can join it.
import { detectChanges } from "../adapt/detect.ts";
import { observations } from "../adapt/evidence.ts";
import type { Workflow } from "../config/types.ts";
import type { ExceptionItem } from "../state/exceptions.ts";
import type { LedgerEvent } from "../state/ledger.ts";

export interface TriggerInput {
  workflow: Workflow;
  /** This workflow's cycles with their events, oldest cycle first. */
  cycles: ReadonlyArray<readonly [string, readonly LedgerEvent[]]>;
  /** Only events recorded after this instant count (the last demotion, lift or grant). */
  since?: string;
}

export interface Demotion {
  trigger: string;
  reason: string;
  cycle?: string;
  exceptionType: ExceptionItem["type"];
}

export type DemotionTrigger = (input: TriggerInput) => Demotion | undefined;

/** Misses in a row of the primary benchmark that take autonomy back. */
export const MISS_STREAK = 3;
/** Failed publish attempts (across items) that take autonomy back. */
export const PUBLISH_FAILURES = 3;

const after = (input: TriggerInput, e: LedgerEvent) => input.since === undefined || e.at > input.since;

function eventsSince(input: TriggerInput): Array<[string, LedgerEvent]> {
  return input.cycles.flatMap(([cycle, events]) =>
    events.filter((e) => after(input, e)).map((e) => [cycle, e] as [string, LedgerEvent]),
  );
}

export const guardrailErrorAtPublish: DemotionTrigger = (input) => {
  const hit = eventsSince(input).find(([, e]) => e.type === "blocked");
  if (!hit) return undefined;
  const [cycle, e] = hit as [string, Extract<LedgerEvent, { type: "blocked" }>];
  return {
    trigger: "guardrail-error",
    reason: `${e.errors} guardrail error(s) found at publish time on ${cycle}`,
    cycle,
    exceptionType: "guardrail",
  };
};

export const benchmarkMissStreak: DemotionTrigger = (input) => {
  const verdicts = eventsSince(input).filter(
    ([, e]) => e.type === "judged" && e.primary === true && (e.status === "met" || e.status === "missed"),
  ) as Array<[string, Extract<LedgerEvent, { type: "judged" }>]>;
  // The latest verdict per cycle, in cycle order.
  const latest = new Map<string, Extract<LedgerEvent, { type: "judged" }>>();
  for (const [cycle, e] of verdicts) latest.set(cycle, e);
  const tail = [...latest].slice(-MISS_STREAK);
  if (tail.length < MISS_STREAK || tail.some(([, e]) => e.status !== "missed")) return undefined;
  const [lastCycle, lastEvent] = tail.at(-1) as [string, Extract<LedgerEvent, { type: "judged" }>];
  return {
    trigger: "benchmark-streak",
    reason: `the primary benchmark (${lastEvent.benchmark}) was missed ${MISS_STREAK} times in a row, last on ${lastCycle}`,
    cycle: lastCycle,
    exceptionType: "anomaly",
  };
};

export const foreignCommit: DemotionTrigger = (input) => {
  for (const [cycle, events] of input.cycles) {
    const proposed = events.find((e) => e.type === "proposed");
    const merged = events.find((e) => e.type === "merged" && after(input, e));
    if (proposed?.type !== "proposed" || merged?.type !== "merged") continue;
    if ((proposed.level === "L4" || proposed.level === "L5") && merged.humanCommits > 0) {
      return {
        trigger: "foreign-commit",
        reason: `${cycle} was proposed at ${proposed.level} but carries ${merged.humanCommits} commit(s) that are not Loopcast's`,
        cycle,
        exceptionType: "tamper",
      };
    }
  }
  return undefined;
};

export const repeatedPublishFailures: DemotionTrigger = (input) => {
  const failures = eventsSince(input).filter(([, e]) => e.type === "publish-failed");
  if (failures.length < PUBLISH_FAILURES) return undefined;
  const [cycle] = failures.at(-1) as [string, LedgerEvent];
  return {
    trigger: "publish-failures",
    reason: `${failures.length} publish attempts failed`,
    cycle,
    exceptionType: "publish-failure",
  };
};

export const retractedItem: DemotionTrigger = (input) => {
  const hit = eventsSince(input).find(([, e]) => e.type === "retracted");
  if (!hit) return undefined;
  const [cycle, e] = hit as [string, Extract<LedgerEvent, { type: "retracted" }>];
  return {
    trigger: "retracted",
    reason: `a person retracted the published ${cycle}${e.reason ? ` (${e.reason})` : ""}`,
    cycle,
    exceptionType: "anomaly",
  };
};

/** The change detector (src/adapt/detect.ts) saw the primary metric drop, on a verdict recorded since. */
export const primaryMetricDrop: DemotionTrigger = (input) => {
  const ledger = new Map(input.cycles.map(([cycle, events]) => [cycle, [...events]]));
  const drop = detectChanges(observations(ledger, input.workflow.id, "UTC"))
    .filter((f) => f.kind === "drop" && (input.since === undefined || f.measuredAt > input.since))
    .at(-1);
  if (!drop) return undefined;
  return {
    trigger: "metric-drop",
    reason: `the primary metric dropped: ${drop.signal}`,
    cycle: drop.cycle,
    exceptionType: "anomaly",
  };
};

export const DEMOTION_TRIGGERS: readonly DemotionTrigger[] = [
  guardrailErrorAtPublish,
  retractedItem,
  foreignCommit,
  repeatedPublishFailures,
  primaryMetricDrop,
  benchmarkMissStreak,
];

export function firstDemotion(
  input: TriggerInput,
  triggers: readonly DemotionTrigger[] = DEMOTION_TRIGGERS,
): Demotion | undefined {
  for (const t of triggers) {
    const d = t(input);
    if (d) return d;
  }
  return undefined;
}
