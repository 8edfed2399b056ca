// Where buffered values go when memory is full: one temp segment file per flush, the values grouped by
// item inside it, plus the byte range of each item. Reading an item back is one positioned read per
// segment, and a flush is one write however many items it holds (per-item temp files cost an open and
// a close each, which dominated large ingests). Reads are synchronous: thousands of tiny reads through
// fs/promises cost more in bookkeeping than in I/O.
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Batch } from "./batch.ts";

/** Byte ranges [segment, offset, length] of one item's values, in flush order. */
type Ranges = Array<[number, number, number]>;

export class Spill {
  #dir: string | undefined;
  #segments: string[] = [];
  #fds: number[] = [];
  readonly #ranges = new Map<string, Ranges>();

  keys(): IterableIterator<string> {
    return this.#ranges.keys();
  }

  /** Writes one segment holding every batch, keyed by item, a megabyte at a time; says where and how much. */
  async write(batches: Map<string, Batch>): Promise<{ path: string; bytes: number }> {
    this.#dir ??= mkdtempSync(join(tmpdir(), "loopcast-ingest-"));
    const segment = this.#segments.length;
    const path = join(this.#dir, `segment-${segment}.json`);
    const fh = await open(path, "w");
    let bytes = 0;
    try {
      let offset = 0;
      let parts: string[] = [];
      let pending = 0;
      for (const [key, batch] of batches) {
        const text = batch.toJson();
        const length = Buffer.byteLength(text);
        let ranges = this.#ranges.get(key);
        if (!ranges) {
          ranges = [];
          this.#ranges.set(key, ranges);
        }
        ranges.push([segment, offset, length]);
        offset += length;
        parts.push(text);
        pending += length;
        if (pending >= 1 << 20) {
          await fh.write(parts.join(""));
          parts = [];
          pending = 0;
        }
      }
      await fh.write(parts.join(""));
      bytes = offset;
    } finally {
      await fh.close();
    }
    this.#segments.push(path);
    return { path, bytes };
  }

  /** The texts spilled for one item, oldest first. */
  read(key: string): string[] {
    const out: string[] = [];
    for (const [segment, offset, length] of this.#ranges.get(key) ?? []) {
      let fd = this.#fds[segment];
      if (fd === undefined) {
        fd = openSync(this.#segments[segment] as string, "r");
        this.#fds[segment] = fd;
      }
      const buf = Buffer.allocUnsafe(length);
      const n = readSync(fd, buf, 0, length, offset);
      if (n !== length)
        throw new Error(`spill segment ${segment} is short: expected ${length} bytes, read ${n}`);
      out.push(buf.toString("utf8"));
    }
    return out;
  }

  dispose(): void {
    for (const fd of this.#fds) if (fd !== undefined) closeSync(fd);
    this.#fds = [];
    if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
    this.#segments = [];
    this.#ranges.clear();
  }
}
