// A run's first write: ledger lines that are not valid events (every reader leaves them out) are moved to
// ledger/quarantine/ with an exception each and committed, so the ledger reads clean again and the lines
// wait for a person instead of stopping this run and every later one.
import { join, relative } from "node:path";
import type { Ledger } from "../state/ledger.ts";
import { type SetAsideLine, setAsideInvalidLines } from "../state/ledger-quarantine.ts";
import type { RunContext } from "./reconcile.ts";

export async function setAsideLedger(
  ctx: Pick<RunContext, "config" | "repoDir" | "now" | "forge">,
  ledger: Ledger,
): Promise<{ lines: SetAsideLine[]; commit?: string }> {
  const invalid = ledger.invalid ?? [];
  if (!invalid.length) return { lines: [] };
  const { lines, written } = await setAsideInvalidLines(ctx.config.dir, invalid, ctx.now);
  ledger.invalid = [];
  const files = written.map((p) => relative(ctx.repoDir, join(ctx.config.dir, p)));
  const commit = files.length
    ? await ctx.forge.commitState(`loopcast: set aside ${lines.length} invalid ledger line(s)`, files)
    : undefined;
  return { lines, ...(commit ? { commit } : {}) };
}
