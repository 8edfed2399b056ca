// The simulator's policies by name. Each file in this folder (but shared.ts) is one policy; a test checks
// that this map and the folder agree. The product's own planner is `loopcast` (src/sim/loopcast-policy.ts).
import { loopcast } from "../loopcast-policy.ts";
import type { PolicyFactory } from "../types.ts";
import { exploreThenCommit } from "./explore-then-commit.ts";
import { fixed } from "./fixed.ts";
import { oracle } from "./oracle.ts";
import { uniform } from "./uniform.ts";

export const POLICIES: Readonly<Record<string, PolicyFactory>> = {
  loopcast,
  fixed,
  uniform,
  "explore-then-commit": exploreThenCommit,
  oracle,
};

/** The registered policy names, in the registry's order. */
export function policyNames(): string[] {
  return Object.keys(POLICIES);
}
