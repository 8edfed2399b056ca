// What resolving an exception does, by what it stopped — so a person who resolves one learns what happens
// next, and the exception that stopped an item restores it. Most exceptions are read by the next run
// (a demotion is lifted, a held cycle is released, the runs resume); one needs a ledger line now (a retry);
// one cannot be resolved by a note at all (an email in doubt: only the person knows whether it went out).
import { StateError } from "../errors.ts";
import type { AutonomyLog } from "../state/autonomy.ts";
import { demotionInForce } from "../state/autonomy.ts";
import type { ExceptionItem } from "../state/exceptions.ts";
import { cycleStatus, type Ledger, type LedgerEvent } from "../state/ledger.ts";
import { SET_ASIDE_EXCEPTION } from "../state/ledger-quarantine.ts";

export interface ResolutionEffect {
  /** Ledger events to append with the resolution. */
  events: LedgerEvent[];
  /** What resolving does, in one sentence, for the person ("" when it only records that a person looked). */
  says: string;
}

export function resolutionEffect(
  ex: ExceptionItem,
  state: { ledger: Ledger; autonomy: AutonomyLog; by: string; at: Date; note?: string },
): ResolutionEffect {
  const cycle = ex.cycle;
  const status = cycle ? cycleStatus(state.ledger.get(cycle) ?? []) : undefined;
  if (
    ex.type === "publish-failure" &&
    cycle &&
    ex.id.endsWith(".unknown") &&
    (status === "publishing" || status === "failed")
  )
    throw new StateError(
      `${ex.id} is settled by saying whether ${cycle} went out, not by a note: loopcast publish-outcome ${cycle} --sent | --not-sent (which resolves this exception)`,
    );
  if (ex.type === "publish-failure" && cycle && /\.failed(-\d+)?$/.test(ex.id) && status === "failed")
    return {
      events: [
        {
          type: "retried",
          at: state.at.toISOString(),
          cycle,
          by: state.by,
          ...(state.note ? { note: state.note } : {}),
        },
      ],
      says: `the next run tries to publish ${cycle} again, as \`loopcast retry\` does`,
    };
  const demoted = ex.workflow ? demotionInForce(state.autonomy.get(ex.workflow)) : undefined;
  if (demoted?.exception === ex.id)
    return {
      events: [],
      says: `the next run lifts the demotion of ${ex.workflow} back to the level it has earned`,
    };
  if (ex.id.startsWith(SET_ASIDE_EXCEPTION) && cycle)
    return { events: [], says: `${cycle} is no longer held for its set-aside ledger line` };
  if (ex.type === "tamper" && ex.id.startsWith("tamper--ledger."))
    return { events: [], says: "the runs plan and publish again, on the ledger as it is now" };
  if (ex.type === "guardrail" && cycle && status === "blocked")
    return {
      events: [],
      says: `${cycle} stays held: fix it on the base branch (it is checked again) or merge it with the loopcast:override label`,
    };
  // Nothing waits on it (a budget refusal, an expired item, a missed slot): resolving only records it.
  return { events: [], says: "" };
}
