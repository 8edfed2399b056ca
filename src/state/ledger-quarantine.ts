// Setting invalid ledger lines aside. A line that is not a valid event (a hand edit, an amount written as
// null) is left out by every reader; a run then moves it out of the ledger file into
// ledger/quarantine/<same path>, with its file, line, reason and text, and raises an exception so a person
// sees it. Nothing is lost (the quarantine keeps the line as written) and the ledger reads clean again, so
// one bad line never stops later runs, reports or budgets.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { validator } from "../config/schemas.ts";
import { isCycleId } from "../core/time.ts";
import { type ExceptionItem, exceptionId, raiseException } from "./exceptions.ts";
import { type InvalidLedgerLine, LEDGER_QUARANTINE_DIR, parseLines } from "./ledger.ts";

/** The start of the id of every exception raised for a set-aside line. */
export const SET_ASIDE_EXCEPTION = "anomaly--ledger.";

/** One line moved out of the ledger, as recorded in the quarantine file. */
export interface SetAsideLine extends InvalidLedgerLine {
  /** The quarantine file it went to, relative to the configuration folder. */
  to: string;
  /** The exception raised for it. */
  exception: string;
}

interface QuarantinedLedgerLine {
  file: string;
  line: number;
  reason: string;
  text: string;
  setAsideAt: string;
}

/** ledger/2026/12/x.jsonl → ledger/quarantine/2026/12/x.jsonl */
export function ledgerQuarantinePath(file: string): string {
  return file.replace(/^ledger\//, `ledger/${LEDGER_QUARANTINE_DIR}/`);
}

/**
 * Moves the invalid lines of the files named in `invalid` into the quarantine and raises an exception for
 * each. Each file is read again (its lines as they are now are what is moved). Order: the quarantine
 * record first, then the ledger file without the line, then the exception — a run stopped in between
 * leaves the line in both places at worst, and the next run's set-aside does not record it twice.
 * Returns what was moved and every file written, relative to the configuration folder.
 */
export async function setAsideInvalidLines(
  configDir: string,
  invalid: readonly InvalidLedgerLine[],
  at: Date,
): Promise<{ lines: SetAsideLine[]; written: string[] }> {
  const validate = validator("ledgerEvent");
  const lines: SetAsideLine[] = [];
  const written = new Set<string>();
  for (const file of [...new Set(invalid.map((x) => x.file))].sort()) {
    const path = join(configDir, file);
    const text = await readFile(path, "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const parsed = parseLines(file, text, validate);
    if (!parsed.invalid.length) continue;

    const to = ledgerQuarantinePath(file);
    const toPath = join(configDir, to);
    const already = await readFile(toPath, "utf8").catch(() => "");
    const known = new Set(
      already
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as QuarantinedLedgerLine).text),
    );
    const records = parsed.invalid
      .filter((x) => !known.has(x.text))
      .map(
        (x): QuarantinedLedgerLine => ({
          file: x.file,
          line: x.line,
          reason: x.reason,
          text: x.text,
          setAsideAt: at.toISOString(),
        }),
      );
    if (records.length) {
      await mkdir(dirname(toPath), { recursive: true });
      await writeFile(toPath, `${already}${records.map((r) => `${JSON.stringify(r)}\n`).join("")}`);
      written.add(to);
    }

    // The file without its invalid lines; every other line is kept byte for byte.
    const bad = new Set(parsed.invalid.map((x) => x.line));
    const kept = text
      .split("\n")
      .filter((_, i) => !bad.has(i + 1))
      .join("\n");
    await writeFile(`${path}.tmp`, kept);
    await rename(`${path}.tmp`, path);
    written.add(file);

    const cycle = cycleOfFile(file);
    for (const x of parsed.invalid) {
      const ex = ledgerException(x, to, cycle, at);
      const raised = await raiseException(configDir, ex);
      if (raised) written.add(raised);
      lines.push({ ...x, to, exception: ex.id });
    }
  }
  return { lines, written: [...written].sort() };
}

function cycleOfFile(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf("/") + 1).replace(/\.jsonl$/, "");
  return isCycleId(name) ? name : undefined;
}

function ledgerException(
  x: InvalidLedgerLine,
  to: string,
  cycle: string | undefined,
  at: Date,
): ExceptionItem {
  const hash = createHash("sha256").update(`${x.file}\n${x.text}`).digest("hex").slice(0, 8);
  const type = /"type"\s*:\s*"([a-z-]+)"/.exec(x.text)?.[1];
  // Starts with SET_ASIDE_EXCEPTION: the plan holds the cycle while it is open.
  const id = exceptionId("anomaly", `ledger.${cycle ?? "file"}.${hash}`);
  return {
    id,
    type: "anomaly",
    severity: "warning",
    status: "open",
    title: `ledger line set aside: ${x.file}:${x.line}: ${x.reason}`,
    detail: [
      `${x.file}:${x.line}: ${x.reason}, so no command could use the line.`,
      `The run moved it, as written, to ${to} and left the rest of the file as it was.`,
      `Until it is put back, the state lacks this ${type ? `"${type}" event` : "line"}${type === "spent" ? " (the budget no longer counts that spend)" : ""}.`,
      `Append a corrected line to ${x.file} if the event is needed, then resolve this exception (loopcast exceptions resolve ${id}).`,
    ].join(" "),
    ...(cycle ? { cycle } : {}),
    raisedAt: at.toISOString(),
  };
}
