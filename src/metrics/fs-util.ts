// Small filesystem helpers: atomic writes (a crash leaves the old file or the new one, never half of one)
// and a bounded pool so thousands of item files are written a few at a time.
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";

// Unique per process (pid) and per call (counter); the random part guards against a reused pid.
const runId = randomBytes(3).toString("hex");
let counter = 0;

export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${runId}-${counter++}`;
}

/** Writes through a temp file in the same folder (which must exist) and a rename. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Runs `fn` over `inputs` with at most `limit` running at once; results keep the input order. After a
 * failure no new task starts, and the first error is thrown once the running ones have settled, so
 * nothing keeps writing after the caller has been told it failed.
 */
export async function mapPool<T, R>(
  inputs: readonly T[],
  limit: number,
  fn: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < inputs.length) {
      const i = next++;
      try {
        results[i] = await fn(inputs[i] as T);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
