// The same walk up and down the autonomy ladder as ladder.test.ts, on the fake GitHub: the Action runs
// in-process on a fresh checkout each time, people merge pull requests through the API, metrics arrive by
// repository_dispatch, and the grants are merged config pull requests.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../../src/pipeline/reconcile.ts";
import { repositoryDispatchEvent, scheduleEvent } from "../action/events.ts";
import { exampleFiles, OWNER, REPO, startFake } from "../action/harness.ts";
import { runInProcess } from "../action/in-process.ts";
import type { FakeGitHub } from "../fake-github/index.ts";
import { octokitFor } from "../fake-github/test-support.ts";
import { type MastodonStandIn, startMastodonServer } from "../stand-ins/mastodon-server.ts";
import { edited, SCENARIO_MIN_CYCLES, scenarioFiles } from "./config.ts";

const exec = promisify(execFile);
const TOKEN = "mastodon-token-for-tests-0123456789";
const FULL = `${OWNER}/${REPO}`;
const clock = { now: new Date("2026-01-05T00:00:00Z") };
let fake: FakeGitHub;
let mastodon: MastodonStandIn;

beforeAll(async () => {
  mastodon = await startMastodonServer({ token: TOKEN, now: () => clock.now });
  const files = scenarioFiles(await exampleFiles(), mastodon.url);
  fake = await startFake(clock, { repo: { files } });
}, 60_000);

afterAll(async () => {
  await fake?.close();
  await mastodon?.close();
});

async function run(at: string): Promise<RunReport> {
  clock.now = new Date(at);
  const { result } = await runInProcess(fake, {
    event: scheduleEvent(),
    at: clock.now,
    options: { env: { MASTODON_TOKEN: TOKEN } },
  });
  expect(result.report?.errors ?? []).toEqual([]);
  return result.report as RunReport;
}

const alice = () => octokitFor(fake, "alice");

async function openPulls(prefix: string) {
  const pulls = (await alice().rest.pulls.list({ owner: OWNER, repo: REPO, state: "open", per_page: 100 }))
    .data;
  return pulls.filter((p) => p.head.ref.startsWith(prefix));
}

/** A person approves by merging every open pull request under a prefix. */
async function mergeOpen(prefix: string): Promise<number> {
  const pulls = await openPulls(prefix);
  for (const p of pulls) await fake.as("alice").mergePull(FULL, p.number);
  return pulls.length;
}

/** Metrics for yesterday's post, pushed by repository_dispatch as a Zapier step would. */
async function pushMetrics(day: string) {
  const cycle = `daily-social@${day.replaceAll("-", "")}T1130Z`;
  const event = await repositoryDispatchEvent(fake, {
    source: "zapier",
    rows: [{ cycle, date: day, metrics: { impressions: 500, engagements: 12 } }],
  });
  await runInProcess(fake, { event, at: clock.now });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

async function day(date: Date, approve: boolean): Promise<RunReport["autonomy"]> {
  const morning = await run(`${iso(date)}T00:30:00Z`);
  if (approve) await mergeOpen("loopcast/daily-social@");
  const noon = await run(`${iso(date)}T12:00:00Z`);
  await pushMetrics(iso(addDays(date, -1)));
  return [...morning.autonomy, ...noon.autonomy];
}

async function mainFile(path: string): Promise<string> {
  return (await exec("git", ["--git-dir", fake.gitDir(OWNER, REPO), "show", `main:${path}`])).stdout;
}

describe("the autonomy ladder on the fake GitHub", () => {
  it("earns L4 and L5 through merged config pull requests, and is demoted on a publish-time guardrail error", {
    timeout: 600_000,
  }, async () => {
    let date = new Date("2026-01-05T00:00:00Z");
    let toL4: string | undefined;
    for (let i = 0; i < SCENARIO_MIN_CYCLES + 15 && !toL4; i++, date = addDays(date, 1)) {
      toL4 = (await day(date, true)).find((a) => a.change === "promotion to L4 proposed")?.detail;
    }
    expect(toL4).toMatch(/^loopcast\/config\/promote-daily-social-L4-/);
    const [promotion] = await openPulls("loopcast/config/promote-daily-social-L4-");
    expect(promotion?.body).toContain("| reviewed cycles |");

    // The owner merges the promotion pull request on GitHub: the grant.
    await mergeOpen("loopcast/config/");
    expect(await mainFile("marketing/workflows/daily-social.yaml")).toContain("level: L4");
    const granted = await run(`${iso(date)}T00:30:00Z`);
    expect(granted.autonomy).toContainEqual(expect.objectContaining({ change: "promoted to L4" }));
    await mergeOpen("loopcast/daily-social@");

    // L4: Loopcast merges its own pull request once the review window has passed.
    const noon = await run(`${iso(date)}T12:00:00Z`);
    const l4Cycle = noon.proposed[0]?.cycle as string;
    expect((await run(`${iso(date)}T18:00:00Z`)).recorded.filter((r) => r.outcome === "auto-merged")).toEqual(
      [],
    );
    date = addDays(date, 1);
    expect((await run(`${iso(date)}T00:30:00Z`)).recorded).toContainEqual({
      cycle: l4Cycle,
      outcome: "auto-merged",
    });
    await run(`${iso(date)}T12:00:00Z`);
    date = addDays(date, 1);

    let toL5: string | undefined;
    for (let i = 0; i < SCENARIO_MIN_CYCLES + 15 && !toL5; i++, date = addDays(date, 1)) {
      toL5 = (await day(date, false)).find((a) => a.change === "promotion to L5 proposed")?.detail;
    }
    expect(toL5).toMatch(/^loopcast\/config\/promote-daily-social-L5-/);
    await mergeOpen("loopcast/config/");
    expect((await run(`${iso(date)}T00:30:00Z`)).autonomy).toContainEqual(
      expect.objectContaining({ change: "promoted to L5" }),
    );
    const l5Noon = await run(`${iso(date)}T12:00:00Z`);
    const l5Cycle = l5Noon.proposed[0]?.cycle as string;
    expect((await run(`${iso(date)}T12:30:00Z`)).recorded).toContainEqual({
      cycle: l5Cycle,
      outcome: "auto-merged",
    });
    date = addDays(date, 1);

    // The owner bans a word the merged item contains, with a commit on main: at publish time the
    // guardrails refuse the item and the workflow is demoted to L3 in the same run.
    const item = await mainFile(`marketing/content/daily-social/${l5Cycle}.md`);
    const word = (item.split("---")[2] ?? "").match(/\b[a-z]{7,}\b/)?.[0] as string;
    const guardrails = edited(await mainFile("marketing/guardrails.yaml"), (d) => {
      (d.getIn(["voice", "bannedTerms"]) as { add(v: unknown): void }).add(
        d.createNode({ term: word, severity: "error" }),
      );
    });
    await fake
      .as("alice")
      .pushCommit(FULL, "main", { "marketing/guardrails.yaml": guardrails }, { message: `ban "${word}"` });
    const demoted = await run(`${iso(date)}T12:00:00Z`);
    expect(demoted.held).toContainEqual(expect.objectContaining({ cycle: l5Cycle }));
    expect(demoted.autonomy).toContainEqual(
      expect.objectContaining({ workflow: "daily-social", change: "demoted to L3" }),
    );
    expect(await mainFile("marketing/autonomy/daily-social.jsonl")).toContain('"type":"demoted"');
    expect((await openPulls("loopcast/config/demote-daily-social-L3-")).length).toBe(1);
    fake.assertNoViolations();
  });
});
