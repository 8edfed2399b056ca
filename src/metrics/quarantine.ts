// Rejected rows of one source, written to `<dir>/quarantine/<source>.<sha8>.jsonl`. The name carries
// the hash of the file's own content, so ingesting the same bad export twice yields the same file
// (no churn in git) and two different batches never overwrite each other.
//
// Bounded: the first rows (1,000 by default) are kept verbatim, each clipped to 4,000 characters; past
// that, rows are only counted by reason in a last summary line that also says where the source itself is.
// A million unmatched rows once made a 162 MB file, which GitHub refuses; Loopcast never copies a source
// into the repository, and its quarantine now stays under ~4 MB whatever the source.
import { createHash } from "node:crypto";
import { mkdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { writeFileAtomic } from "./fs-util.ts";
import type { QuarantineRecord, QuarantineSummary } from "./types.ts";

export const DEFAULT_MAX_QUARANTINE_ROWS = 1000;
/** The longest raw row kept verbatim; a longer one is clipped (its full length recorded). */
export const MAX_RAW_CHARS = 4000;
/** Distinct reasons counted in a summary; the rest are counted together as "other". */
const MAX_REASON_KINDS = 50;

export function quarantineBaseName(source: string): string {
  const base = basename(source.replace(/^(dispatch|source):/, "$1-"));
  return base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "source";
}

/**
 * A reason without what varies from row to row (quoted values, `key=value` identifiers, numbers), so
 * a million rows "no published item matches cycle=…" count as one kind.
 */
export function reasonKind(reason: string): string {
  return reason
    .replace(/"[^"]*"/g, '"…"')
    .replace(/=[^\s;,()]+/g, "=…")
    .replace(/(?<![A-Za-z_])[-+]?\d[\d.,]*(?:e[-+]?\d+)?/gi, "N");
}

export interface QuarantineOptions {
  /** Rows kept verbatim before the rest are only counted (default 1,000). */
  maxRows?: number;
  /** Where the source is kept, for the summary line (it is never copied into the repository). */
  kept?: string;
}

export class QuarantineWriter {
  readonly #dir: string;
  readonly #source: string;
  readonly #max: number;
  readonly #kept: string;
  readonly #lines: string[] = [];
  readonly #byReason = new Map<string, number>();
  #omitted: [number, number] | undefined;
  count = 0;

  constructor(dir: string, source: string, opts: QuarantineOptions = {}) {
    this.#dir = join(dir, "quarantine");
    this.#source = source;
    this.#max = opts.maxRows ?? DEFAULT_MAX_QUARANTINE_ROWS;
    this.#kept = opts.kept ?? `${source}, where it was ingested from`;
  }

  /** Records a refused row: verbatim while under the limit, counted by reason always. */
  add(record: QuarantineRecord): void {
    this.count++;
    const kind = reasonKind(record.reason);
    const counted = this.#byReason.has(kind) || this.#byReason.size < MAX_REASON_KINDS ? kind : "other";
    this.#byReason.set(counted, (this.#byReason.get(counted) ?? 0) + 1);
    if (this.#lines.length < this.#max) {
      const { raw } = record;
      const clipped =
        raw.length > MAX_RAW_CHARS
          ? { raw: `${raw.slice(0, MAX_RAW_CHARS)}…`, rawChars: raw.length }
          : { raw };
      this.#lines.push(
        `${JSON.stringify({ source: record.source, line: record.line, reason: record.reason, ...clipped })}\n`,
      );
      return;
    }
    if (this.#omitted) this.#omitted[1] = record.line;
    else this.#omitted = [record.line, record.line];
  }

  /** Writes the records. `created` is false when an identical file was already there. */
  async finish(): Promise<{ path: string; created: boolean; summarised: boolean } | undefined> {
    if (this.count === 0) return undefined;
    let content = this.#lines.join("");
    if (this.#omitted) content += `${JSON.stringify(this.#summary(this.#omitted))}\n`;
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 8);
    const path = join(this.#dir, `${quarantineBaseName(this.#source)}.${hash}.jsonl`);
    const summarised = this.#omitted !== undefined;
    // Same name means same content (the name is its hash): nothing changes.
    if (await exists(path)) return { path, created: false, summarised };
    await mkdir(this.#dir, { recursive: true });
    await writeFileAtomic(path, content);
    return { path, created: true, summarised };
  }

  /** Nothing is on disk before `finish`; kept so a failed ingest can say so the same way for every writer. */
  async abort(): Promise<void> {}

  #summary(omittedLines: [number, number]): QuarantineSummary {
    const byReason = Object.fromEntries(
      [...this.#byReason].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    );
    return {
      source: this.#source,
      summary: { rows: this.count, listed: this.#lines.length, omittedLines, byReason },
      sourceKept: `only the first ${this.#lines.length} rows are listed above; the others are counted by reason here. The rows themselves are in ${this.#kept} — Loopcast does not copy a source into the repository`,
    };
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
