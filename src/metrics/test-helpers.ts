// Shared by the metrics tests: fixtures, temp folders and collecting async iterables.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PublishedItem, ReadResult } from "./types.ts";

export const FIXTURES = new URL("../../test/fixtures/metrics/", import.meta.url).pathname;

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export async function fixtureItems(): Promise<PublishedItem[]> {
  return JSON.parse(await readFile(fixture("items.json"), "utf8")) as PublishedItem[];
}

export async function collect<T>(it: AsyncIterable<T> | Iterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Results as short strings ("ok 2", "bad 3: reason") for readable assertions. */
export function brief(results: ReadResult[]): string[] {
  return results.map((r) => (r.ok ? `ok ${r.line}` : `bad ${r.line}: ${r.reason}`));
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-metrics-test-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes `content` to `<dir>/<name>` and returns the path. */
export async function put(dir: string, name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
