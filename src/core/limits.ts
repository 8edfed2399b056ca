// Bounds on what one run may plan, whatever the configuration says (validate refuses a configuration
// beyond them; the planner clamps, so one that skipped validation still cannot run away).

/** The fastest cadence: one item per workflow every this many minutes. */
export const MIN_CADENCE_MINUTES = 30;
/** The longest lead time or review window. */
export const MAX_LEAD_MS = 60 * 86_400_000;
/** Proposals one run opens at most; the rest are proposed by the next runs. */
export const MAX_PROPOSALS_PER_RUN = 100;

// A workflow's timing when its YAML does not say.
/** How long before its slot an item is proposed (`leadTime`). */
export const DEFAULT_LEAD_TIME = "24h";
/** How long an L4 proposal waits for a person before it is merged (`reviewWindow`). */
export const DEFAULT_REVIEW_WINDOW = "24h";
/** How late after its slot an item may still go out (`publishWithin`); later, it is skipped with an exception. */
export const DEFAULT_PUBLISH_WITHIN = "72h";
