// One workflow walked up the autonomy ladder and back down, on the local forge with real git, a
// Mastodon stand-in and real metrics: SCENARIO_MIN_CYCLES approved cycles at L3 → a promotion proposal → merged → L4
// with its review window → as many cycles at L4 → promotion to L5 → a guardrail error at publish time → demoted to
// L3 in the same run, with the exception raised and a config proposal to bring the YAML in line.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { parseDocument } from "yaml";
import { levelDecisions } from "../../src/autonomy/effective-level.ts";
import { CHANNELS } from "../../src/channels/registry.ts";
import { requireConfig } from "../../src/config/load.ts";
import { LocalForge } from "../../src/forge/local.ts";
import { TemplateGenerator } from "../../src/generate/template.ts";
import { measure } from "../../src/pipeline/measure.ts";
import { type RunReport, reconcile } from "../../src/pipeline/reconcile.ts";
import { readAutonomy } from "../../src/state/autonomy.ts";
import { listExceptions } from "../../src/state/exceptions.ts";
import { readLedger } from "../../src/state/ledger.ts";
import { exampleFiles } from "../action/harness.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";
import { type MastodonStandIn, startMastodonServer } from "../stand-ins/mastodon-server.ts";
import { edited, REMOVED, SCENARIO_MIN_CYCLES, scenarioFiles } from "./config.ts";

const TOKEN = "mastodon-token-for-tests-0123456789";
let mastodon: MastodonStandIn;
let repo: TempRepo;
let clock = new Date("2026-01-05T00:00:00Z");

beforeAll(async () => {
  mastodon = await startMastodonServer({ token: TOKEN, now: () => clock });
  repo = await tempRepo();
  for (const path of REMOVED) await rm(join(repo.dir, path));
  for (const [path, text] of Object.entries(scenarioFiles(await exampleFiles(), mastodon.url))) {
    await writeFile(join(repo.dir, path), text);
  }
  await repo.commitAll("scenario configuration");
});

afterAll(async () => {
  await mastodon.close();
});

async function edit(file: string, change: (d: ReturnType<typeof parseDocument>) => void) {
  await writeFile(join(repo.dir, file), edited(await readFile(join(repo.dir, file), "utf8"), change));
}

async function run(at: string): Promise<RunReport> {
  clock = new Date(at);
  const config = await requireConfig(join(repo.dir, "marketing"));
  const forge = await LocalForge.open({ repoDir: repo.dir, now: clock });
  const report = await reconcile({
    config,
    repoDir: repo.dir,
    now: clock,
    forge,
    generator: new TemplateGenerator(),
    channels: CHANNELS,
    env: { MASTODON_TOKEN: TOKEN },
  });
  expect(report.errors).toEqual([]);
  return report;
}

async function approveOpen(prefix = "loopcast/daily-social@"): Promise<string[]> {
  const forge = await LocalForge.open({ repoDir: repo.dir });
  const open = (await forge.listOpenProposals()).filter((p) => p.branch.startsWith(prefix));
  for (const p of open) await forge.mergeProposal(p.branch);
  return open.map((p) => p.branch);
}

/** Metrics for yesterday's post, as an analytics export would bring them: 500 impressions, 2.4 % engagement. */
async function measureYesterday(day: string) {
  const config = await requireConfig(join(repo.dir, "marketing"));
  const ledger = await readLedger(config.dir);
  const forge = await LocalForge.open({ repoDir: repo.dir, now: clock });
  const cycles = [...ledger.keys()].filter(
    (c) => ledger.get(c)?.some((e) => e.type === "published") && c.includes(day.replaceAll("-", "")),
  );
  const rows = cycles.map((cycle, i) => ({
    ok: true as const,
    line: i + 1,
    row: { cycle, date: day, metrics: { impressions: 500, engagements: 12 } },
  }));
  if (rows.length)
    await measure(
      {
        config,
        repoDir: repo.dir,
        now: clock,
        forge,
        generator: new TemplateGenerator(),
        channels: CHANNELS,
        env: {},
        configRel: "marketing",
      },
      ledger,
      { sources: [{ name: "analytics", records: rows }] },
    );
}

async function levels() {
  const config = await requireConfig(join(repo.dir, "marketing"));
  return levelDecisions(config, await readLedger(config.dir), await readAutonomy(config.dir)).get(
    "daily-social",
  );
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** One day: at 00:30 UTC the scheduled run proposes tomorrow's post (and auto-merges what may be); a person
 * reviews at L3; at 12:00 the run publishes today's post; metrics for yesterday's post come in. */
async function day(date: Date, opts: { approve: boolean }): Promise<{ autonomy: RunReport["autonomy"] }> {
  const morning = await run(`${iso(date)}T00:30:00Z`);
  if (opts.approve) await approveOpen();
  const noon = await run(`${iso(date)}T12:00:00Z`);
  await measureYesterday(iso(addDays(date, -1)));
  return { autonomy: [...morning.autonomy, ...noon.autonomy] };
}

describe("the autonomy ladder, end to end", () => {
  it("earns L4 and L5 on a track record, and loses it at once on a guardrail error", {
    timeout: 300_000,
  }, async () => {
    // L3: every item needs a merge. After SCENARIO_MIN_CYCLES approved cycles with their benchmarks met, Loopcast
    // proposes the promotion as a config proposal with the evidence.
    let date = new Date("2026-01-05T00:00:00Z");
    let promotion: string | undefined;
    for (let i = 0; i < SCENARIO_MIN_CYCLES + 15 && !promotion; i++, date = addDays(date, 1)) {
      const report = await day(date, { approve: true });
      promotion = report.autonomy.find((a) => a.change === "promotion to L4 proposed")?.detail;
    }
    expect(promotion).toMatch(/^loopcast\/config\/promote-daily-social-L4-/);
    const before = await levels();
    expect(before?.record.reviewed).toBeGreaterThanOrEqual(SCENARIO_MIN_CYCLES);
    expect(before?.configured).toBe("L3");
    const forge = await LocalForge.open({ repoDir: repo.dir });
    const body = await forge.proposalBody(promotion as string);
    expect(body).toContain("| reviewed cycles |");
    expect(body).toContain("Merging this proposal is the grant");
    expect((await listExceptions(join(repo.dir, "marketing"))).map((e) => e.id)).toContain(
      "promotion-ready--daily-social.L4",
    );

    // No second promotion inside the cooldown.
    const next = await day(date, { approve: true });
    date = addDays(date, 1);
    expect(next.autonomy.filter((a) => a.change.startsWith("promotion"))).toEqual([]);

    // The owner merges the config proposal: the grant.
    await approveOpen("loopcast/config/");
    const granted = await run(`${iso(date)}T00:30:00Z`);
    expect(granted.autonomy).toContainEqual(expect.objectContaining({ change: "promoted to L4" }));
    expect((await levels())?.effective).toBe("L4");
    await approveOpen(); // what was proposed at L3 before the grant is still reviewed by a person

    // L4: proposals merge themselves after the 12 h review window, unless a person holds or edits them.
    const noon = await run(`${iso(date)}T12:00:00Z`);
    const l4Cycle = noon.proposed[0]?.cycle as string;
    expect(l4Cycle).toBeDefined();
    const tooEarly = await run(`${iso(date)}T18:00:00Z`);
    expect(tooEarly.recorded.filter((r) => r.outcome === "auto-merged")).toEqual([]);
    date = addDays(date, 1);
    const afterWindow = await run(`${iso(date)}T00:30:00Z`);
    expect(afterWindow.recorded).toContainEqual({ cycle: l4Cycle, outcome: "auto-merged" });

    // A person's commit on an L4 proposal: never merged automatically.
    const noon2 = await run(`${iso(date)}T12:00:00Z`);
    const edited = noon2.proposed[0]?.branch as string;
    await repo.git.checkout(edited);
    const path = `marketing/content/daily-social/${edited.replace("loopcast/", "")}.md`;
    await writeFile(
      join(repo.dir, path),
      `${await readFile(join(repo.dir, path), "utf8")}\nEdited by a person.\n`,
    );
    await repo.git.raw([
      "-c",
      "user.name=Alice",
      "-c",
      "user.email=alice@example.com",
      "commit",
      "-qam",
      "edit",
    ]);
    await repo.git.checkout("main");
    date = addDays(date, 1);
    const heldBack = await run(`${iso(date)}T00:30:00Z`);
    expect(heldBack.recorded.map((r) => r.cycle)).not.toContain(edited.replace("loopcast/", ""));
    await (await LocalForge.open({ repoDir: repo.dir })).closeProposal(edited);
    await run(`${iso(date)}T12:00:00Z`);
    date = addDays(date, 1);

    // SCENARIO_MIN_CYCLES cycles at L4 earn L5: another promotion proposal, after the cooldown.
    let toL5: string | undefined;
    for (let i = 0; i < SCENARIO_MIN_CYCLES + 15 && !toL5; i++, date = addDays(date, 1)) {
      const report = await day(date, { approve: false });
      toL5 = report.autonomy.find((a) => a.change === "promotion to L5 proposed")?.detail;
    }
    expect(toL5).toMatch(/^loopcast\/config\/promote-daily-social-L5-/);
    await approveOpen("loopcast/config/");
    const l5 = await run(`${iso(date)}T00:30:00Z`);
    expect(l5.autonomy).toContainEqual(expect.objectContaining({ change: "promoted to L5" }));
    const l5Noon = await run(`${iso(date)}T12:00:00Z`);
    const l5Cycle = l5Noon.proposed[0]?.cycle as string;
    // L5: merged as soon as every check passes (the next run), before its slot.
    const merged = await run(`${iso(date)}T12:30:00Z`);
    expect(merged.recorded).toContainEqual({ cycle: l5Cycle, outcome: "auto-merged" });
    date = addDays(date, 1);

    // The owner bans a word the merged item contains; at publish time the guardrails refuse it, and the
    // workflow is demoted to L3 in the same run.
    const item = await readFile(join(repo.dir, `marketing/content/daily-social/${l5Cycle}.md`), "utf8");
    const word = (item.split("---")[2] ?? "").match(/\b[a-z]{7,}\b/)?.[0] as string;
    await edit("marketing/guardrails.yaml", (d) => {
      const banned = d.getIn(["voice", "bannedTerms"]) as { add(v: unknown): void };
      banned.add(d.createNode({ term: word, severity: "error" }));
    });
    await repo.commitAll(`ban "${word}"`);
    const demoted = await run(`${iso(date)}T12:00:00Z`);
    expect(demoted.held).toContainEqual(expect.objectContaining({ cycle: l5Cycle }));
    expect(demoted.published.map((p) => p.cycle)).not.toContain(l5Cycle);
    expect(demoted.autonomy).toContainEqual(
      expect.objectContaining({ workflow: "daily-social", change: "demoted to L3" }),
    );
    const after = await levels();
    expect(after?.effective).toBe("L3");
    expect(after?.demotedTo).toBe("L3");
    const exceptions = await listExceptions(join(repo.dir, "marketing"));
    expect(exceptions.some((e) => e.type === "guardrail" && e.title.includes("demoted from L5 to L3"))).toBe(
      true,
    );
    const configProposals = (await (await LocalForge.open({ repoDir: repo.dir })).listOpenProposals()).map(
      (p) => p.branch,
    );
    expect(configProposals.some((b) => b.startsWith("loopcast/config/demote-daily-social-L3-"))).toBe(true);
    // Nothing is published twice along the way: one status per published cycle, each with its own receipt.
    const published = [...(await readLedger(join(repo.dir, "marketing"))).values()]
      .flat()
      .filter((e) => e.type === "published");
    expect(mastodon.statuses.size).toBe(published.length);
    expect(new Set(published.map((e) => (e.type === "published" ? e.receipt.id : ""))).size).toBe(
      published.length,
    );
  });
});
