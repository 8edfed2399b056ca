// What the GitHub forge offers beyond the Forge port. These are proposed additions to src/forge/types.ts
// (see the report to the lead); until they are merged there, the Action codes against this interface.
import type { Forge, Proposal } from "../types.ts";

export interface ForgeProposal extends Proposal {
  /** When the proposal was opened (ISO 8601). */
  createdAt?: string;
  /** The forge's own auto-merge is armed and will merge when the checks pass. */
  autoMergeEnabled?: boolean;
}

/** The optional capabilities, as they would be declared on Forge. */
export interface ForgeCapabilities {
  /** Turns the forge's auto-merge off again (a person pushed to an armed proposal). */
  cancelAutoMerge?(branch: string): Promise<void>;
  addLabels?(branch: string, labels: string[]): Promise<void>;
  removeLabel?(branch: string, label: string): Promise<void>;
}

export type ExtendedForge = Forge & ForgeCapabilities;
