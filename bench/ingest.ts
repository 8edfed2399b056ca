// npm run bench:ingest — ingests generated CSV exports (daily rows over 2,000 items) and prints rows/s
// and peak memory. Each size runs in its own process, so peak RSS belongs to that size alone: memory
// that stays flat from 50,000 to 200,000 rows shows that ingest streams. Goal: ≥ 50,000 rows/s.
// Then the corrections case: N rows that each correct the same key of one item (5,000, 10,000 and
// 20,000 by default), ingested and then ingested again (a replay), timed; linear time means the time per
// correction stays flat as N doubles (it took 3.4 s, 11 s and 50 s when each correction copied the
// history). And the file bound: one item measured on N distinct days, its file size and the values refused.
// Options: --rows 50000,200000 (sizes), --items 2000, --heap-cap 64 (run each size under
// --max-old-space-size=64: slower, but a run that held the input in memory would die, and RSS stays flat),
// --corrections 5000,10000,20000, --days 300000 (0 skips that case), --only corrections (skip the first).
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../src/metrics/ingest.ts";
import type { PublishedItem } from "../src/metrics/types.ts";

const GOAL_ROWS_PER_S = 50_000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function cycleOf(i: number): string {
  const slot = new Date(Date.UTC(2026, 0, 1) + i * 6 * 3_600_000).toISOString();
  const compact = `${slot.slice(0, 4)}${slot.slice(5, 7)}${slot.slice(8, 10)}T${slot.slice(11, 13)}${slot.slice(14, 16)}Z`;
  return `bench-w${i % 10}@${compact}`;
}

function itemsFor(count: number): PublishedItem[] {
  return Array.from({ length: count }, (_, i) => {
    const cycle = cycleOf(i);
    return {
      cycle,
      workflow: cycle.split("@")[0] as string,
      channel: "newsletter",
      publishedAt: "2026-01-01T00:00:00Z",
    };
  });
}

/** An email-tool export, one row per item and day, days in the outer loop as tools write them. */
async function generate(path: string, rows: number, items: PublishedItem[]): Promise<void> {
  const out = createWriteStream(path);
  out.write("cycle,date,delivered,unique_opens,open_rate,unique_clicks,unsubscribes\n");
  let chunk = "";
  for (let r = 0; r < rows; r++) {
    const item = items[r % items.length] as PublishedItem;
    const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(r / items.length) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const delivered = 900 + (r % 337);
    const opens = 300 + (r % 211);
    chunk += `${item.cycle},${day},${delivered},${opens},${((opens / delivered) * 100).toFixed(2)}%,${20 + (r % 47)},${r % 5}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

interface Result {
  rows: number;
  mb: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
  peakLiveHeapMb: number;
  files: number;
}

async function child(rows: number, itemCount: number): Promise<Result> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-bench-ingest-"));
  try {
    const items = itemsFor(itemCount);
    // In the inbox, as in a real run (the source is then recorded as inbox/export.csv).
    await mkdir(join(dir, "metrics", "inbox"), { recursive: true });
    const file = join(dir, "metrics", "inbox", "export.csv");
    await generate(file, rows, items);
    const size = (await stat(file)).size;
    const gc = globalThis.gc as (() => void) | undefined;
    gc?.();

    // Pass 1, timed: rows/s and peak RSS as a user would see them.
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 10);
    const start = performance.now();
    const summary = await ingest({
      dir: join(dir, "metrics"),
      sources: [file],
      items,
      receivedAt: "2026-06-01T00:00:00Z",
    });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    if (summary.accepted !== rows)
      throw new Error(`expected ${rows} accepted rows, got ${JSON.stringify(summary)}`);

    // Pass 2, untimed: the live heap (after a full GC) every 10,000 rows, into a fresh folder. RSS also
    // counts garbage V8 has not returned yet; the live heap is what grows if ingest holds the file.
    let live = 0;
    const sample = (): void => {
      gc?.();
      live = Math.max(live, process.memoryUsage().heapUsed);
    };
    await ingest({
      dir: join(dir, "metrics-2"),
      sources: [file],
      items,
      receivedAt: "2026-06-01T00:00:00Z",
      onProgress: sample,
    });
    sample();
    return {
      rows,
      mb: size / 1e6,
      seconds,
      rowsPerSecond: rows / seconds,
      peakRssMb: peak / 1e6,
      baselineRssMb: baseline / 1e6,
      peakLiveHeapMb: live / 1e6,
      files: summary.written.length,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One item, one key, `n` rows each with a new value: every row after the first is a correction. */
async function corrections(n: number): Promise<{ seconds: number; replaySeconds: number; fileMb: number }> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-bench-corrections-"));
  try {
    const items = itemsFor(1);
    const cycle = (items[0] as PublishedItem).cycle;
    const file = join(dir, "corrections.csv");
    const lines = ["cycle,date,views"];
    for (let r = 0; r < n; r++) lines.push(`${cycle},2026-01-02,${1000 + r}`);
    await writeFile(file, `${lines.join("\n")}\n`);
    const run = async (receivedAt: string) => {
      const start = performance.now();
      const s = await ingest({ dir: join(dir, "metrics"), sources: [file], items, receivedAt });
      return { seconds: (performance.now() - start) / 1000, summary: s };
    };
    const first = await run("2026-06-01T00:00:00Z");
    if (first.summary.corrections !== n - 1)
      throw new Error(`expected ${n - 1} corrections, got ${JSON.stringify(first.summary)}`);
    const replay = await run("2026-06-02T00:00:00Z");
    const stored = first.summary.written.find((p) => !p.includes("quarantine")) as string;
    return { seconds: first.seconds, replaySeconds: replay.seconds, fileMb: (await stat(stored)).size / 1e6 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One item measured on `days` distinct days: the file stays under its limit, the rest is refused. */
async function distinctDays(
  days: number,
): Promise<{ seconds: number; fileMb: number; refused: number; quarantineMb: number }> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-bench-days-"));
  try {
    const items = itemsFor(1);
    const cycle = (items[0] as PublishedItem).cycle;
    const file = join(dir, "days.csv");
    const out = createWriteStream(file);
    out.write("cycle,date,views\n");
    let chunk = "";
    for (let d = 0; d < days; d++) {
      const day = new Date(Date.UTC(1200, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      chunk += `${cycle},${day},${d}\n`;
      if (chunk.length > 1 << 16) {
        if (!out.write(chunk)) await once(out, "drain");
        chunk = "";
      }
    }
    out.end(chunk);
    await once(out, "finish");
    const start = performance.now();
    const s = await ingest({
      dir: join(dir, "metrics"),
      sources: [file],
      items,
      receivedAt: "2026-06-01T00:00:00Z",
    });
    const seconds = (performance.now() - start) / 1000;
    const stored = s.written.find((p) => !p.includes("quarantine")) as string;
    const quarantine = s.bySource["days.csv"]?.quarantineFile;
    return {
      seconds,
      fileMb: (await stat(stored)).size / 1e6,
      refused: s.values.refused,
      quarantineMb: quarantine ? (await stat(quarantine)).size / 1e6 : 0,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function correctionsCase(): Promise<void> {
  const sizes = arg("--corrections", "5000,10000,20000").split(",").map(Number);
  console.log(`\ncorrections of one key (one item, one day, one metric; then the same file again)\n`);
  console.log("corrections  seconds  µs/correction  replay s  file MB");
  const perRow: number[] = [];
  await corrections(1000); // warm-up: the first ingest of a process also compiles the code it runs
  for (const n of sizes) {
    const r = await corrections(n);
    perRow.push((r.seconds / n) * 1e6);
    console.log(
      [
        String(n).padEnd(12),
        r.seconds.toFixed(2).padEnd(8),
        ((r.seconds / n) * 1e6).toFixed(1).padEnd(14),
        r.replaySeconds.toFixed(2).padEnd(9),
        r.fileMb.toFixed(3),
      ].join(" "),
    );
  }
  const first = perRow[0] as number;
  const last = perRow[perRow.length - 1] as number;
  console.log(
    `time per correction from ${sizes[0]} to ${sizes[sizes.length - 1]}: ${first.toFixed(1)} → ${last.toFixed(1)} µs (${(last / first).toFixed(2)}×; linear stays near 1×, quadratic grows with N)`,
  );
  const days = Number(arg("--days", "300000"));
  if (days > 0) {
    const d = await distinctDays(days);
    console.log(
      `\none item on ${days} distinct days: ${d.seconds.toFixed(2)} s, item file ${d.fileMb.toFixed(2)} MB (limit 10 MB; GitHub refuses 100 MB), ${d.refused} value(s) refused, quarantine ${d.quarantineMb.toFixed(2)} MB`,
    );
  }
}

const itemCount = Number(arg("--items", "2000"));
if (process.argv.includes("--child")) {
  const rows = Number(arg("--child", "0"));
  console.log(JSON.stringify(await child(rows, itemCount)));
} else if (arg("--only", "") === "corrections") {
  await correctionsCase();
} else {
  const sizes = arg("--rows", "50000,200000").split(",").map(Number);
  const heapCap = arg("--heap-cap", "");
  const cap = heapCap ? `, V8 old space capped at ${heapCap} MB` : "";
  console.log(`ingest bench: CSV exports over ${itemCount} items, one process per size${cap}\n`);
  console.log("rows      file MB   seconds   rows/s     peak RSS MB (baseline)   peak live heap MB");
  const results: Result[] = [];
  for (const rows of sizes) {
    const run = spawnSync(
      process.execPath,
      [
        "--expose-gc",
        ...(heapCap ? [`--max-old-space-size=${heapCap}`] : []),
        import.meta.filename,
        "--child",
        String(rows),
        "--items",
        String(itemCount),
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    if (run.status !== 0) throw new Error(`bench child for ${rows} rows failed (exit ${run.status})`);
    const r = JSON.parse(run.stdout.trim().split("\n").pop() as string) as Result;
    results.push(r);
    console.log(
      [
        String(r.rows).padEnd(9),
        r.mb.toFixed(1).padEnd(9),
        r.seconds.toFixed(2).padEnd(9),
        Math.round(r.rowsPerSecond).toString().padEnd(10),
        `${r.peakRssMb.toFixed(0)} (${r.baselineRssMb.toFixed(0)})`.padEnd(24),
        r.peakLiveHeapMb.toFixed(0),
      ].join(" "),
    );
  }
  const largest = results[results.length - 1] as Result;
  const smallest = results[0] as Result;
  const verdict = largest.rowsPerSecond >= GOAL_ROWS_PER_S ? "met" : "MISSED";
  console.log(
    `\nrows/s at ${largest.rows} rows: ${Math.round(largest.rowsPerSecond)} (goal ≥ ${GOAL_ROWS_PER_S}: ${verdict})`,
  );
  console.log(
    `${smallest.rows} → ${largest.rows} rows (${(largest.rows / smallest.rows).toFixed(0)}× the input): ` +
      `peak RSS ${smallest.peakRssMb.toFixed(0)} → ${largest.peakRssMb.toFixed(0)} MB, ` +
      `peak live heap ${smallest.peakLiveHeapMb.toFixed(0)} → ${largest.peakLiveHeapMb.toFixed(0)} MB`,
  );
  await correctionsCase();
}
