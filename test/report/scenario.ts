// A few weeks of real history in a temporary repository, made through the CLI: runs at given times,
// approvals (by `loopcast review approve` and by plain git merges), a rejection, then metrics ingested
// with the metrics library and benchmark verdicts recorded, as a run will once it ingests.
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { ingest, judgeItem } from "../../src/metrics/index.ts";
import type { Benchmark, PublishedItem } from "../../src/metrics/types.ts";
import { raiseException } from "../../src/state/exceptions.ts";
import { appendEvents, type LedgerEvent, readLedger } from "../../src/state/ledger.ts";
import { ROOT, type TempRepo, tempRepo } from "../helpers/repo.ts";

const run = promisify(execFile);
export const NODE = join(ROOT, "node_modules/.bin/node");
const CLI = join(ROOT, "test/report/cli.ts");

/** The CLI (with `report`) as a separate process. */
export async function cli(
  repo: TempRepo,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [CLI, ...args], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CI: "true" },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

export const RUNS = [
  "2026-11-16T06:00:00Z",
  "2026-11-19T06:00:00Z",
  "2026-11-21T06:00:00Z",
  "2026-11-24T06:00:00Z",
  "2026-11-27T06:00:00Z",
  "2026-11-30T06:00:00Z",
  "2026-12-02T06:00:00Z",
  "2026-12-04T06:00:00Z",
];
export const MEASURED_AT = "2026-12-04T07:00:00.000Z";
export const REJECTED = "tips-blog@20261118T0900Z";
export const APPROVED_BY_CLI = "weekly-blog@20261117T0800Z";

/** Two blog workflows (one L3 with paid spend, one L4 daily), each with a primary benchmark. */
async function configure(repo: TempRepo): Promise<void> {
  await repo.git.rm([
    "-q",
    "marketing/workflows/daily-social.yaml",
    "marketing/workflows/weekly-newsletter.yaml",
  ]);
  const blog = await repo.read("marketing/workflows/weekly-blog.yaml");
  await repo.write("marketing/workflows/weekly-blog.yaml", `${blog.trimEnd()}\ncostPerItem: 2\n`);
  await repo.write(
    "marketing/workflows/tips-blog.yaml",
    blog
      .replace("id: weekly-blog", "id: tips-blog")
      .replace("name: Weekly blog post", "name: Daily tip | <b>short</b> posts")
      .replace("level: L3", "level: L4")
      .replace('cadence: "0 9 * * 2"', 'cadence: "0 10 * * 1-5"')
      .replace("leadTime: 48h", "leadTime: 72h")
      .concat("costPerItem: 1\ncampaign: loopcast-launch\n"),
  );
  await repo.write(
    "marketing/benchmarks.yaml",
    [
      "# yaml-language-server: $schema=../schemas/benchmarks.schema.json",
      "version: 1",
      "benchmarks:",
      "  - { id: blog-click-rate, workflow: weekly-blog, metric: click_rate, min: 0.02, minSample: { metric: views, value: 200 }, window: 7d, primary: true }",
      "  - { id: tips-click-rate, workflow: tips-blog, metric: click_rate, min: 0.02, minSample: { metric: views, value: 100 }, window: 7d, primary: true }",
      "",
    ].join("\n"),
  );
  const g = parseDocument(await repo.read("marketing/guardrails.yaml"));
  g.setIn(["budget", "perWorkflow"], { "tips-blog": 30 });
  await repo.write("marketing/guardrails.yaml", g.toString());
  await repo.commitAll("two blog workflows");
}

async function openBranches(repo: TempRepo): Promise<string[]> {
  const out = await repo.git.raw(["for-each-ref", "--format=%(refname:short)", "refs/heads/loopcast/"]);
  return out.split("\n").filter(Boolean).sort();
}

/** Runs the loop over three weeks; returns the repository. */
export async function scenario(): Promise<TempRepo> {
  const repo = await tempRepo();
  await configure(repo);
  const decided = new Set<string>();
  for (const [i, at] of RUNS.entries()) {
    const r = await cli(repo, "run", "--at", at);
    if (r.code !== 0) throw new Error(`run --at ${at} failed: ${r.stderr}`);
    if (i === RUNS.length - 1) break; // the last proposals stay open: "awaiting review"
    for (const branch of await openBranches(repo)) {
      const cycle = branch.slice("loopcast/".length);
      if (decided.has(cycle)) continue;
      decided.add(cycle);
      if (cycle === REJECTED) await cli(repo, "review", "reject", cycle, "--reason", "off-topic");
      else if (cycle === APPROVED_BY_CLI) await cli(repo, "review", "approve", cycle);
      else await repo.git.raw(["merge", "-q", "--no-ff", "--no-edit", branch]);
    }
  }
  await measure(repo);
  return repo;
}

/** Metrics for every published item through the real ingest, verdicts appended as a run records them. */
async function measure(repo: TempRepo): Promise<void> {
  const dir = join(repo.dir, "marketing");
  const ledger = await readLedger(dir);
  const items: PublishedItem[] = [];
  for (const [cycle, events] of ledger) {
    const p = events.find((e) => e.type === "published");
    if (p?.type === "published")
      items.push({ cycle, workflow: cycle.split("@")[0] as string, channel: p.channel, publishedAt: p.at });
  }
  items.sort((a, b) => (a.cycle < b.cycle ? -1 : 1));
  const lines = ["cycle,date,views,clicks"];
  items.forEach((item, i) => {
    const day = item.publishedAt.slice(0, 10);
    const views = 150 + ((i * 37) % 120);
    lines.push(`${item.cycle},${day},${views},${Math.round(views * (0.012 + (i % 4) * 0.006))}`);
  });
  await mkdir(join(dir, "metrics/inbox"), { recursive: true });
  const csv = join(dir, "metrics/inbox/blog-export.csv");
  await writeFile(csv, `${lines.join("\n")}\n`);
  await ingest({ dir: join(dir, "metrics"), sources: [csv], items, receivedAt: MEASURED_AT });
  const benchmarks = parseDocument(await readFile(join(dir, "benchmarks.yaml"), "utf8")).toJS()
    .benchmarks as Benchmark[];
  const { readItemMetrics } = await import("../../src/metrics/index.ts");
  const verdicts: LedgerEvent[] = [];
  for (const item of items) {
    const rows = await readItemMetrics(join(dir, "metrics"), item.cycle);
    for (const j of judgeItem(item, benchmarks, rows, "2026-12-04T07:00:00Z")) {
      if (j.status === "pending") continue;
      verdicts.push({
        type: "judged",
        at: MEASURED_AT,
        cycle: item.cycle,
        benchmark: j.benchmark.id,
        metric: j.benchmark.metric,
        status: j.status,
        ...(j.value !== undefined ? { value: j.value } : {}),
        ...(j.benchmark.primary ? { primary: true } : {}),
      });
    }
  }
  await appendEvents(dir, verdicts);
  await raiseException(dir, {
    id: "budget--tips-blog@20261207T0900Z",
    type: "budget",
    severity: "warning",
    status: "open",
    title: "Reserving 1.00 EUR would cross the <weekly> cap",
    detail: "A test exception.",
    workflow: "tips-blog",
    raisedAt: "2026-12-04T06:00:00Z",
  });
  await mkdir(join(dir, "decisions/2026/11"), { recursive: true });
  await writeFile(
    join(dir, "decisions/2026/11/tips-blog--slot--20261125.json"),
    JSON.stringify({
      id: "tips-blog--slot--20261125",
      at: "2026-11-25T06:00:00Z",
      workflow: "tips-blog",
      kind: "slot",
      summary: "moved tips from 10:00 to 09:00",
      signal: "P(09:00 better) = 0.91 after 8 posts",
      from: "10:00",
      to: "09:00",
    }),
  );
  await repo.commitAll("metrics, verdicts, an exception and a decision");
}
