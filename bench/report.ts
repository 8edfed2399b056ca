// npm run bench:report — a year of history for 50 workflows (about 20,000 items and 200,000 metric
// rows) written straight into a temporary repository, then `loopcast report` timed as users run it: the
// built CLI (`node --max-semi-space-size=4 dist/cli.js report`) in a fresh process, wall time measured from
// here (start-up and module loading included) and the process's peak RSS. Timed twice: the first report
// (dashboard, index.html and every weekly report) and a repeat (dashboard only). Also a quarter and half a
// year, to show time and memory grow linearly with history. Each is timed three times (BENCH_RUNS) and
// the median shown. Goal: < 2 s, < 300 MB.
//
//   BENCH_WEEKS=13 npm run bench:report   one size only
//   BENCH_KEEP=1 npm run bench:report     keep the temporary repositories
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(root, "dist/cli.js");
// Preloaded into the CLI's process: prints its peak RSS as a JSON line on stderr when it exits.
const RSS_ON_EXIT = pathToFileURL(join(root, "bench/rss-on-exit.mjs")).href;

if (!existsSync(CLI)) {
  console.error(
    "bench:report times the built CLI, and dist/cli.js is missing: run `npm run build:dist` first.",
  );
  process.exit(1);
}

const WORKFLOWS = Number(process.env.WORKFLOWS ?? 50);
const START = Date.UTC(2026, 0, 5, 8); // Monday 5 January 2026
const DAY = 86_400_000;
const HASH = "ab".repeat(32);

function cycleId(workflow: string, ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${workflow}@${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

/** Writes `weeks` of history: ~400 items per workflow a year, 10 metric values per published item. */
async function makeRepo(weeks: number): Promise<{ dir: string; items: number; metricRows: number }> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-bench-report-"));
  await cp(join(root, "marketing"), join(dir, "marketing"), {
    recursive: true,
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|workflows)(\/|$)/.test(src.slice(root.length)),
  });
  const m = join(dir, "marketing");
  mkdirSync(join(m, "workflows"), { recursive: true });
  const benchmarks = ["version: 1", "benchmarks:"];
  const perWorkflow: string[] = [];
  for (let w = 0; w < WORKFLOWS; w++) {
    const id = `workflow-${String(w).padStart(2, "0")}`;
    writeFileSync(
      join(m, `workflows/${id}.yaml`),
      `id: ${id}\nname: Workflow ${w}\nchannel: blog\nlevel: ${w % 5 === 0 ? "L4" : "L3"}\ncadence: "${w % 60} 9 * * *"\nformat: article\npillars: [guardrails]\ncostPerItem: 0.5\n`,
    );
    benchmarks.push(
      `  - { id: b-${id}, workflow: ${id}, metric: click_rate, min: 0.02, minSample: { metric: views, value: 100 }, window: 7d, primary: true }`,
    );
    if (w < 10) perWorkflow.push(`    ${id}: 40`);
  }
  writeFileSync(join(m, "benchmarks.yaml"), `${benchmarks.join("\n")}\n`);
  const guardrails = `version: 1\nbudget:\n  currency: EUR\n  weekly: 400\n  monthly: 1600\n  perWorkflow:\n${perWorkflow.join("\n")}\n`;
  writeFileSync(join(m, "guardrails.yaml"), guardrails);

  let items = 0;
  let metricRows = 0;
  const made = new Set<string>();
  const mk = (p: string) => {
    if (!made.has(p)) {
      mkdirSync(p, { recursive: true });
      made.add(p);
    }
  };
  const days = weeks * 7;
  for (let w = 0; w < WORKFLOWS; w++) {
    const id = `workflow-${String(w).padStart(2, "0")}`;
    mk(join(m, "content", id));
    // 400 a year: most days, sometimes two.
    for (let d = 0; d < days; d++) {
      const perDay = (d * 7 + w) % 10 === 0 ? 2 : (d + w) % 12 === 0 ? 0 : 1;
      for (let k = 0; k < perDay; k++) {
        const slot = START + d * DAY + w * 60_000 + k * 3_600_000;
        const cycle = cycleId(id, slot);
        const iso = new Date(slot).toISOString();
        const ym = `${iso.slice(0, 4)}/${iso.slice(5, 7)}`;
        const at = (h: number) => new Date(slot + h * 3_600_000).toISOString();
        const rejected = (d + w + k) % 17 === 0;
        const contentPath = `marketing/content/${id}/${cycle}.md`;
        const title = `Post ${d} of ${id}: a title`;
        const ev: object[] = [
          {
            type: "proposed",
            at: at(-24),
            cycle,
            workflow: id,
            channel: "blog",
            slot: iso,
            level: w % 5 === 0 && d > days / 2 ? "L4" : "L3",
            branch: `loopcast/${cycle}`,
            proposal: { id: String(items + 1), url: `https://github.com/acme/marketing/pull/${items + 1}` },
            contentPath,
            contentHash: HASH,
            arms: { hook: String((d + k) % 3), cta: String(d % 2) },
            generator: "template",
            title,
            reservation: 0.5,
          },
        ];
        if (rejected) ev.push({ type: "rejected", at: at(-12), cycle, reason: "closed without merging" });
        else {
          ev.push({
            type: "merged",
            at: at(-12),
            cycle,
            mergedSha: "abc",
            editRatio: (d % 9) / 100,
            humanCommits: d % 9 ? 1 : 0,
          });
          ev.push({ type: "publishing", at: at(0), cycle, channel: "blog", idempotencyKey: `${cycle}:x` });
          ev.push({
            type: "published",
            at: at(0.01),
            cycle,
            channel: "blog",
            idempotencyKey: `${cycle}:x`,
            receipt: { id: cycle, url: `https://example.com/${cycle}` },
          });
          ev.push({ type: "spent", at: at(48), cycle, amount: 0.4 });
          const views = 100 + ((d * 13 + w * 7) % 200);
          const clicks = Math.round(views * (0.01 + ((d + w) % 5) * 0.005));
          ev.push({
            type: "judged",
            at: at(24 * 8),
            cycle,
            benchmark: `b-${id}`,
            metric: "click_rate",
            status: clicks / views >= 0.02 ? "met" : "missed",
            value: clicks / views,
            primary: true,
          });
          writeFileSync(
            join(m, contentPath.slice("marketing/".length)),
            `---\ncycle: ${cycle}\nworkflow: ${id}\nchannel: blog\ntitle: ${JSON.stringify(title)}\n---\n\nBody.\n`,
          );
          mk(join(m, "metrics", ym));
          const lines: string[] = [];
          for (let day = 0; day < 5; day++) {
            const date = new Date(slot + day * DAY).toISOString().slice(0, 10);
            const received = new Date(slot + (day + 1) * DAY).toISOString();
            lines.push(
              JSON.stringify({
                cycle,
                date,
                metric: "clicks",
                value: Math.round(clicks / 5),
                source: "inbox/export.csv",
                line: 2,
                receivedAt: received,
              }),
            );
            lines.push(
              JSON.stringify({
                cycle,
                date,
                metric: "views",
                value: Math.round(views / 5),
                source: "inbox/export.csv",
                line: 2,
                receivedAt: received,
              }),
            );
            metricRows += 2;
          }
          writeFileSync(join(m, "metrics", ym, `${cycle}.jsonl`), `${lines.join("\n")}\n`);
        }
        mk(join(m, "ledger", ym));
        writeFileSync(
          join(m, "ledger", ym, `${cycle}.jsonl`),
          `${ev.map((e) => JSON.stringify(e)).join("\n")}\n`,
        );
        items++;
      }
    }
  }
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: dir });
  return { dir, items, metricRows };
}

/** The V8 options dist/cli.js's shebang runs it with (a small young generation: see docs/reports.md). */
function shebangOptions(): string[] {
  const first = readFileSync(CLI, "utf8").slice(0, 200).split("\n")[0] ?? "";
  const m = /^#!.*\bnode\b(.*)$/.exec(first);
  return m ? (m[1] as string).trim().split(/\s+/).filter(Boolean) : [];
}

/** The newest file under src/ when it is newer than dist/cli.js: the bench then times older code. */
function newerSource(): string | undefined {
  const built = statSync(CLI).mtimeMs;
  let newest: { path: string; ms: number } | undefined;
  for (const entry of readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
    const path = join(entry.parentPath, entry.name);
    const ms = statSync(path).mtimeMs;
    if (ms > built && ms > (newest?.ms ?? 0)) newest = { path, ms };
  }
  return newest?.path.slice(root.length);
}

const stale = newerSource();
const V8_OPTIONS = shebangOptions();
const NODE_ARGS = [...V8_OPTIONS, `--import=${RSS_ON_EXIT}`, CLI, "report"];

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

interface Run {
  ms: number;
  maxRssMb: number;
}

/** The run of median time (its memory with it). */
function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1] as Run;
}

function range(xs: number[], digits: number): string {
  return `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
}

function measure(dir: string): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, NODE_ARGS, {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (r.error || r.status !== 0) {
    console.error(`loopcast report failed in ${dir} (${r.error?.message ?? `exit code ${r.status}`}):`);
    console.error(r.stderr);
    if (stale) console.error("dist/cli.js is older than src/: run `npm run build:dist` and try again.");
    process.exit(1);
  }
  // The preloaded module's line ({"maxRSS": kB}) is the last of its kind on stderr.
  const rss = r.stderr
    .split("\n")
    .filter((l) => l.startsWith('{"maxRSS":'))
    .map((l) => JSON.parse(l) as { maxRSS: number })
    .at(-1);
  if (!rss?.maxRSS) {
    console.error(`no peak RSS on the CLI's stderr (is ${RSS_ON_EXIT} there?):\n${r.stderr}`);
    process.exit(1);
  }
  return { ms, maxRssMb: rss.maxRSS / 1024 };
}

console.log(`loopcast report, ${WORKFLOWS} workflows (goal: < 2 s and < 300 MB for a year)`);
console.log(`  timed: node ${[...V8_OPTIONS, "dist/cli.js report"].join(" ")}, the whole process`);
if (stale) console.log(`  note: ${stale} is newer than dist/cli.js; run \`npm run build:dist\` to time it`);
let worst: number | undefined;
const sizes = process.env.BENCH_WEEKS ? [Number(process.env.BENCH_WEEKS)] : [13, 26, 52];
for (const weeks of sizes) {
  const { dir, items, metricRows } = await makeRepo(weeks);
  // Each is timed RUNS times and the median run is shown (with the range): one run on a shared machine
  // can be off by a quarter. A first report again is the same state with its reports removed.
  const firsts: Run[] = [];
  const agains: Run[] = [];
  for (let r = 0; r < RUNS; r++) {
    rmSync(join(dir, "marketing/reports"), { recursive: true, force: true });
    firsts.push(measure(dir));
    agains.push(measure(dir));
  }
  const first = median(firsts);
  const again = median(agains);
  if (weeks === 52) worst = Math.max(first.ms, again.ms);
  const line = (label: string, m: Run, all: Run[]) =>
    `  ${label.padEnd(44)} ${(m.ms / 1000).toFixed(2).padStart(6)} s   peak RSS ${m.maxRssMb.toFixed(0).padStart(4)} MB${
      all.length > 1
        ? `   (${RUNS} runs: ${range(
            all.map((x) => x.ms / 1000),
            2,
          )} s, ${range(
            all.map((x) => x.maxRssMb),
            0,
          )} MB)`
        : ""
    }`;
  console.log(`${weeks} weeks: ${items} items, ${metricRows} metric rows`);
  console.log(line(`first report (dashboard + ${weeks - 1} weekly reports)`, first, firsts));
  console.log(line("repeat (dashboard and index.html only)", again, agains));
  if (process.env.BENCH_KEEP) console.log(`  kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
console.log(
  worst === undefined
    ? "worst for a year: not measured (BENCH_WEEKS leaves out 52)"
    : `worst for a year: ${(worst / 1000).toFixed(2)} s — ${worst < 2000 ? "within" : "OVER"} the 2 s goal`,
);
