// A person's command that writes state (retry, retract, a publish outcome) takes the same run lock as a
// scheduled run: otherwise its ledger line and commit can land in the middle of a run's, which reads the
// ledger once and commits by paths.
import type { Forge } from "../forge/types.ts";

export async function underRunLock<T>(forge: Forge, work: () => Promise<T>): Promise<T> {
  const release = await forge.lock?.();
  let completed = false;
  try {
    const result = await work();
    completed = true;
    return result;
  } finally {
    await release?.({ completed });
  }
}
