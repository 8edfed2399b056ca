// npm run bench:cycle — a configuration with 50 workflows on the local forge: times `loopcast run`
// (50 proposals), a repeated run (nothing to do) and a publishing run (50 merged items), each in a fresh
// process, and prints wall time and peak memory. Goal: under 3 s and 200 MB per run on 2 cores.
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";

const WORKFLOWS = Number(process.env.WORKFLOWS ?? 50);
const root = new URL("..", import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), "loopcast-bench-"));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "Bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
};
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" });

await cp(join(root, "marketing"), join(dir, "marketing"), {
  recursive: true,
  filter: (src) =>
    !/\/(content|ledger|reports|metrics|exceptions|decisions|workflows)(\/|$)/.test(
      src.slice(join(root, "marketing").length),
    ),
});
const template = await readFile(join(root, "marketing/workflows/weekly-blog.yaml"), "utf8");
await mkdir(join(dir, "marketing/workflows"), { recursive: true });
const channels = ["blog"];
for (let i = 0; i < WORKFLOWS; i++) {
  const id = `workflow-${String(i).padStart(2, "0")}`;
  const channel = channels[i % channels.length] as string;
  const text = template
    .replace("id: weekly-blog", `id: ${id}`)
    .replace("channel: blog", `channel: ${channel}`)
    .replace('cadence: "0 9 * * 2"', `cadence: "${i % 60} 10 * * *"`)
    // One slot per workflow inside the lead time, so a run proposes one item per workflow.
    .replace("leadTime: 48h", "leadTime: 24h");
  await writeFile(join(dir, `marketing/workflows/${id}.yaml`), text);
}
// Only the benchmarked workflows; drop benchmarks that name the example's workflows.
await writeFile(join(dir, "marketing/benchmarks.yaml"), "version: 1\nbenchmarks: []\n");
const guardrails = parseDocument(await readFile(join(dir, "marketing/guardrails.yaml"), "utf8"));
guardrails.deleteIn(["budget", "perWorkflow"]);
guardrails.deleteIn(["budget", "perCampaign"]);
await writeFile(join(dir, "marketing/guardrails.yaml"), guardrails.toString());
git("init", "-q", "-b", "main");
git("add", ".");
git("commit", "-q", "-m", "bench config");

function measure(label: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bench/run-child.ts"), ...args], {
    cwd: dir,
    env,
    encoding: "utf8",
  });
  if (process.env.BENCH_VERBOSE) console.error(r.stderr);
  const last =
    r.stderr
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .at(-1) ?? "{}";
  const m = JSON.parse(last) as { code: number; ms: number; maxRssMb: number };
  if (m.code !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  console.log(
    `${label.padEnd(34)} ${(m.ms / 1000).toFixed(2).padStart(6)} s   peak RSS ${m.maxRssMb.toFixed(0).padStart(4)} MB`,
  );
  return m;
}

console.log(`loopcast run on the local forge, ${WORKFLOWS} workflows (goal: < 3 s and < 200 MB each)`);
const first = measure(`run: propose ${WORKFLOWS} items`, "run", "--at", "2026-12-01T09:00:00Z");
measure("run again: nothing to do", "run", "--at", "2026-12-01T09:00:00Z");
for (const branch of git("for-each-ref", "--format=%(refname:short)", "refs/heads/loopcast/")
  .split("\n")
  .filter(Boolean)) {
  git("merge", "-q", "--no-ff", "--no-edit", branch);
}
const publish = measure(`run: record + publish ${WORKFLOWS} items`, "run", "--at", "2026-12-02T12:00:00Z");
const worst = Math.max(first.ms, publish.ms);
console.log(`worst: ${(worst / 1000).toFixed(2)} s — ${worst < 3000 ? "within" : "OVER"} the 3 s goal`);
await rm(dir, { recursive: true, force: true });
