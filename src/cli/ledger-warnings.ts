// Ledger lines that are not valid events are left out by every command that reads the ledger; the
// commands that only read say so on stderr, and the next `loopcast run` sets them aside with an exception.
import type { Ledger } from "../state/ledger.ts";
import type { Io } from "./command.ts";

export function warnInvalidLedger(io: Io, ledger: Ledger): void {
  for (const x of ledger.invalid ?? []) {
    io.err(
      `warning: ${x.file}:${x.line}: ${x.reason}; the line is left out — the next \`loopcast run\` moves it to ledger/quarantine/ and raises an exception`,
    );
  }
}
