// Rejected rows of one source, streamed to `<dir>/quarantine/<source>.<sha8>.jsonl`. The name carries
// the hash of the file's own content, so ingesting the same bad export twice yields the same file
// (no churn in git) and two different batches never overwrite each other.
import { createHash, type Hash } from "node:crypto";
import { type FileHandle, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { tempPathFor } from "./fs-util.ts";
import type { QuarantineRecord } from "./types.ts";

const FLUSH_CHARS = 64 * 1024;

export function quarantineBaseName(source: string): string {
  const base = basename(source.replace(/^(dispatch|source):/, "$1-"));
  return base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "source";
}

export class QuarantineWriter {
  readonly #dir: string;
  readonly #source: string;
  #fh: FileHandle | undefined;
  #tmp: string | undefined;
  #hash: Hash = createHash("sha256");
  #buffer = "";
  count = 0;

  constructor(dir: string, source: string) {
    this.#dir = join(dir, "quarantine");
    this.#source = source;
  }

  async add(record: QuarantineRecord): Promise<void> {
    const line = `${JSON.stringify({ source: record.source, line: record.line, reason: record.reason, raw: record.raw })}\n`;
    this.#hash.update(line);
    this.#buffer += line;
    this.count++;
    if (this.#buffer.length >= FLUSH_CHARS) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (!this.#fh) {
      await mkdir(this.#dir, { recursive: true });
      this.#tmp = tempPathFor(join(this.#dir, quarantineBaseName(this.#source)));
      this.#fh = await open(this.#tmp, "w");
    }
    await this.#fh.write(this.#buffer);
    this.#buffer = "";
  }

  /** Moves the records into place. `created` is false when an identical file was already there. */
  async finish(): Promise<{ path: string; created: boolean } | undefined> {
    if (this.count === 0) return undefined;
    await this.#flush();
    await this.#fh?.close();
    this.#fh = undefined;
    const tmp = this.#tmp as string;
    const path = join(
      this.#dir,
      `${quarantineBaseName(this.#source)}.${this.#hash.digest("hex").slice(0, 8)}.jsonl`,
    );
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    // Same name means same content (the name is its hash): nothing changes.
    if (exists) await rm(tmp, { force: true });
    else await rename(tmp, path);
    return { path, created: !exists };
  }

  /** Drops the temp file after a failure elsewhere. */
  async abort(): Promise<void> {
    await this.#fh?.close().catch(() => undefined);
    if (this.#tmp) await rm(this.#tmp, { force: true });
  }
}
