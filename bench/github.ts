// npm run bench:github — GitHub API requests per Action run, counted by the fake GitHub (REST and
// GraphQL; git's smart HTTP is counted apart). Goals: a run with nothing to do makes at most 3 API
// requests, and each new proposal at most 6. Runs runAction in-process with GitHub's write pacing off:
// this measures requests, not time.
import { parseDocument } from "yaml";
import * as ev from "../test/action/events.ts";
import { checkout, exampleFiles, FULL, runActionProcess, startFake } from "../test/action/harness.ts";
import { runInProcess } from "../test/action/in-process.ts";
import { type FakeGitHub, octokitFor } from "../test/fake-github/index.ts";

const WORKFLOWS = Number(process.env.WORKFLOWS ?? 20);
const MONDAY = new Date("2026-11-30T12:00:00Z");

/** The example configuration with WORKFLOWS daily blog workflows, one slot each inside the lead time. */
async function files(): Promise<Record<string, string>> {
  const base = await exampleFiles();
  const template = base["marketing/workflows/weekly-blog.yaml"] as string;
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(base))
    if (!path.startsWith("marketing/workflows/")) out[path] = text;
  for (let i = 0; i < WORKFLOWS; i++) {
    const id = `workflow-${String(i).padStart(2, "0")}`;
    out[`marketing/workflows/${id}.yaml`] = template
      .replace("id: weekly-blog", `id: ${id}`)
      .replace('cadence: "0 9 * * 2"', `cadence: "${i % 60} 10 * * *"`)
      .replace("leadTime: 48h", "leadTime: 24h");
  }
  out["marketing/benchmarks.yaml"] = "version: 1\nbenchmarks: []\n";
  const guardrails = parseDocument(out["marketing/guardrails.yaml"] as string);
  guardrails.deleteIn(["budget", "perWorkflow"]);
  guardrails.deleteIn(["budget", "perCampaign"]);
  guardrails.setIn(["channels", "maxPerDay", "blog"], WORKFLOWS + 1);
  out["marketing/guardrails.yaml"] = guardrails.toString();
  return out;
}

function counter(fake: FakeGitHub) {
  const api = () => fake.requests.filter((r) => !r.operationId?.startsWith("git-http/")).length;
  const git = () => fake.requests.length - api();
  let last = { api: api(), git: git() };
  return () => {
    const now = { api: api(), git: git() };
    const delta = { api: now.api - last.api, git: now.git - last.git };
    last = now;
    return delta;
  };
}

const clock = { now: MONDAY };
const fake = await startFake(clock, { repo: { files: await files() } });
const rows: string[] = [];
const measure = async (label: string, event: () => Promise<ev.GitHubEvent>, at: Date) => {
  const workspace = await checkout(fake); // actions/checkout's requests are not the run's
  const e = await event();
  const delta = counter(fake);
  const r = await timed(e, at, workspace);
  const d = delta();
  const perProposal = r.proposed ? `  ${(d.api / r.proposed).toFixed(2)} per proposal` : "";
  rows.push(
    `${label.padEnd(38)} ${String(d.api).padStart(4)} API  ${String(d.git).padStart(3)} git HTTP  ${String(r.proposed).padStart(3)} proposed  ${String(r.published).padStart(2)} published  ${(r.ms / 1000).toFixed(2)} s${perProposal}`,
  );
  return { ...r, api: d.api };
};

async function timed(event: ev.GitHubEvent, at: Date, workspace: string) {
  const started = performance.now();
  const { result } = await runInProcess(fake, { event, at, workspace });
  if (result.report?.errors.length) throw new Error(JSON.stringify(result.report.errors));
  return {
    proposed: result.outputs["proposals-opened"],
    published: result.outputs["items-published"],
    ms: performance.now() - started,
  };
}

const first = await measure(`first run: propose ${WORKFLOWS} items`, async () => ev.scheduleEvent(), MONDAY);
const idle = await measure("next run: nothing to do", async () => ev.scheduleEvent(), MONDAY);
const pulls = await octokitFor(fake, "alice").rest.pulls.list({
  owner: "acme",
  repo: "site",
  state: "open",
  per_page: 5,
});
const one = pulls.data[0];
if (one) await fake.as("alice").mergePull(FULL, one.number);
// Merged before its slot: the run records the merge; the publish itself costs no API request (git only).
const merged = await measure(
  "pull_request merged: record it",
  () => ev.pullRequestClosedEvent(fake, one?.number ?? 0),
  new Date(MONDAY.getTime() + 60_000),
);
clock.now = new Date("2026-12-01T09:59:00Z");
const publish = await measure("after the slots: publish it", async () => ev.scheduleEvent(), clock.now);

// The idle run as the runner starts it: a new Node process on the bundle, the workspace already checked
// out. The median of three, because one run on a busy 2-core machine can be off by a quarter.
const processIdle: number[] = [];
for (let i = 0; i < 3; i++) {
  const workspace = await checkout(fake);
  const started = performance.now();
  const r = await runActionProcess(fake, {
    event: ev.scheduleEvent(),
    workspace,
    entry: new URL("../dist/index.js", import.meta.url).pathname,
    inputs: { at: clock.now.toISOString() },
  });
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  processIdle.push(performance.now() - started);
}
await fake.close();

console.log(
  `Loopcast Action against the fake GitHub, ${WORKFLOWS} workflows (goals: idle ≤ 3 API requests, ≤ 6 per proposal)`,
);
for (const r of rows) console.log(r);
// The first run's fixed cost (listing pulls, the dashboard) is what an idle run costs; the rest is per proposal.
const perProposal = (first.api - idle.api) / Math.max(1, first.proposed);
console.log(
  `per new proposal (first run minus an idle run's fixed cost): ${perProposal.toFixed(2)} API requests`,
);
const sorted = processIdle.sort((x, y) => x - y).map((ms) => (ms / 1000).toFixed(2));
console.log(
  `nothing to do, as a process (node dist/index.js, start-up included): ${sorted[1]} s (${sorted[0]}–${sorted[2]} s)`,
);
console.log(
  `nothing to do: ${idle.api} API requests ${idle.api <= 3 ? "(goal met)" : "(goal MISSED)"}; per proposal ${perProposal <= 6 ? "(goal met)" : "(goal MISSED)"}; merged run: ${merged.api}, publishing run: ${publish.api}`,
);
