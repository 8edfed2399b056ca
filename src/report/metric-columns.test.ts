// The stored metric values as the reports read them: every line kept or named as a problem, corrections
// and lifetime totals carried, and the same points whether read here or in a worker thread.
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTask } from "../worker-tasks.ts";
import { readMetricColumns } from "./metric-columns.ts";
import { MetricStore } from "./metric-store.ts";

const A = "weekly-blog@20261201T0800Z";
const B = "weekly-blog@20261208T0800Z";

async function metricsDir(files: Record<string, string>): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), "loopcast-metric-columns-")), "metrics");
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const line = (row: object) => JSON.stringify(row);

const FILES = {
  [`2026/12/${A}.jsonl`]: [
    line({ cycle: A, date: "2026-12-01", metric: "views", value: 120, receivedAt: "2026-12-02T00:00:00Z" }),
    line({
      cycle: A,
      date: "2026-12-01",
      metric: "clicks",
      value: 9,
      receivedAt: "2026-12-04T00:00:00Z",
      replaced: [{ value: 7, receivedAt: "2026-12-02T00:00:00Z" }],
    }),
    "{ not json",
    "",
    line({ cycle: A, metric: "views" }),
    line({ cycle: A, metric: "signups", value: 3 }),
  ].join("\n"),
  [`2026/12/${B}.jsonl`]: `${line({ cycle: B, date: "2026-12-08", metric: "views", value: 80, receivedAt: "2026-12-09T00:00:00Z" })}\n`,
  // Not stored values: the inbox and quarantine, and files outside yyyy/mm.
  "inbox/export.jsonl": line({ cycle: A, metric: "views", value: 1 }),
  "quarantine/2026/12/x.jsonl": line({ cycle: A, metric: "views", value: 1 }),
};

describe("metric columns", () => {
  it("keeps every valid line with its arrival time, and names every other line with file:line", async () => {
    const root = await metricsDir(FILES);
    const columns = readMetricColumns(root);
    expect(columns.problems).toEqual([
      `metrics/2026/12/${A}.jsonl:3: not JSON; the line was left out of the reports`,
      `metrics/2026/12/${A}.jsonl:5: no cycle, metric or value; the line was left out`,
    ]);
    const store = new MetricStore(columns);
    expect(store.size).toBe(2);
    expect(store.valuesAt(A)).toEqual([
      { cycle: A, date: "2026-12-01", metric: "views", value: 120 },
      { cycle: A, date: "2026-12-01", metric: "clicks", value: 9 },
      // A lifetime total (no date), from before receivedAt was recorded: known from the beginning.
      { cycle: A, metric: "signups", value: 3 },
    ]);
    // As known on 3 December: the click count then was the one the correction replaced.
    expect(store.valuesAt(A, Date.parse("2026-12-03T00:00:00Z"))).toEqual([
      { cycle: A, date: "2026-12-01", metric: "views", value: 120 },
      { cycle: A, date: "2026-12-01", metric: "clicks", value: 7 },
      { cycle: A, metric: "signups", value: 3 },
    ]);
    // Before any value had arrived, only the lifetime total from the beginning is known.
    expect(store.valuesAt(A, Date.parse("2026-12-01T12:00:00Z"))).toEqual([
      { cycle: A, metric: "signups", value: 3 },
    ]);
    expect(store.valuesAt(B)).toEqual([{ cycle: B, date: "2026-12-08", metric: "views", value: 80 }]);
    expect(store.lastReceived(A)).toBe(Date.parse("2026-12-04T00:00:00Z"));
    expect(store.lastReceived("nothing@20261201T0800Z")).toBe(Number.NEGATIVE_INFINITY);
    expect(store.firstReceived).toBe(0);
    expect(store.latestReceived).toBe(Date.parse("2026-12-09T00:00:00Z"));
    // Each distinct string crosses from the worker once.
    expect(columns.metrics).toEqual(["views", "clicks", "signups"]);
  });

  it("reads no values, and no problem, when there is no metrics folder", () => {
    const columns = readMetricColumns(join(tmpdir(), "loopcast-no-such-folder", "metrics"));
    expect(new MetricStore(columns).size).toBe(0);
    expect(columns.problems).toEqual([]);
  });

  it("keeps a cycle's values in file and line order when another file holds some of them", async () => {
    const root = await metricsDir({
      [`2026/12/${A}.jsonl`]: [
        line({ cycle: A, date: "2026-12-01", metric: "views", value: 1, receivedAt: "2026-12-02T00:00:00Z" }),
        line({ cycle: B, date: "2026-12-08", metric: "views", value: 2, receivedAt: "2026-12-09T00:00:00Z" }),
        line({ cycle: A, date: "2026-12-02", metric: "views", value: 3, receivedAt: "2026-12-03T00:00:00Z" }),
      ].join("\n"),
      [`2026/12/${B}.jsonl`]: line({ cycle: A, date: "2026-12-03", metric: "views", value: 4 }),
    });
    const store = new MetricStore(readMetricColumns(root));
    expect(store.valuesAt(A).map((v) => v.value)).toEqual([1, 3, 4]);
    expect(store.valuesAt(B).map((v) => v.value)).toEqual([2]);
  });

  it("gives the same columns from a worker thread, typed arrays included", async () => {
    const root = await metricsDir(FILES);
    const inWorker = await runTask("read-metric-columns", root);
    expect(inWorker.value).toBeInstanceOf(Float64Array);
    expect(inWorker).toEqual(readMetricColumns(root));
  });

  it("rejects with the reader's error when a file cannot be read, rather than dropping it", async () => {
    const root = await metricsDir(FILES);
    await symlink(join(root, "gone.jsonl"), join(root, "2026/12/dangling.jsonl"));
    await expect(runTask("read-metric-columns", root)).rejects.toMatchObject({
      code: "ENOENT",
      syscall: "open",
      path: expect.stringContaining("dangling.jsonl"),
      message: expect.stringContaining("dangling.jsonl"),
      // The worker's own stack, where the read failed, not only where the answer arrived.
      stack: expect.stringContaining("readMetricColumns"),
    });
  });
});
