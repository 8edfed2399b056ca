// A week of the journey end to end: the real pipeline on the local forge publishes to the stand-ins,
// the owner's reviews are recorded, the market's exports are ingested and judged, nothing goes out
// twice, and the summary is read back from the repository.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JourneyResult, runJourney, START_DATE } from "../../scripts/journey/run.ts";
import { collectSummary, type SummaryData } from "../../scripts/journey/summary.ts";
import { renderSummary } from "../../scripts/journey/summary-text.ts";
import { COMMANDS } from "../../src/cli.ts";
import { readLedger } from "../../src/state/ledger.ts";

const DAYS = 7;
let result: JourneyResult;
let summary: SummaryData;
const progress: number[] = [];

beforeAll(async () => {
  result = await runJourney({ days: DAYS, seed: "e2e", onProgress: (p) => progress.push(p.day) });
  summary = await collectSummary({
    dir: result.journey.dir,
    days: DAYS,
    seed: "e2e",
    start: result.start,
    startDate: START_DATE,
    drop: result.drop,
    changes: result.journey.changes,
    startLevels: result.startLevels,
    runs: result.runs,
    errors: result.errors.map((e) => e.message),
    sent: result.journey.sent(),
    commands: COMMANDS.map((c) => c.name),
  });
}, 120_000);

afterAll(async () => {
  await result?.journey.close();
});

describe("the journey, a week", () => {
  it("runs the pipeline without errors and reports progress day by day", () => {
    expect(result.errors).toEqual([]);
    expect(result.runs).toBeGreaterThanOrEqual(DAYS);
    expect(progress[0]).toBe(1);
    expect(progress.at(-1)).toBe(DAYS);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it("publishes every item once, through the stand-ins", async () => {
    const ledger = await readLedger(join(result.journey.dir, "marketing"));
    const published = [...ledger.values()].flat().filter((e) => e.type === "published");
    const by = (channel: string) => published.filter((e) => e.channel === channel).length;
    const sent = result.journey.sent();
    expect(sent.statuses).toBe(by("mastodon"));
    expect(sent.emails).toBe(by("newsletter"));
    const posts = (await readdir(join(result.journey.dir, "site/blog"))).filter((f) => f.endsWith(".md"));
    expect(posts.length).toBe(by("blog"));
    expect(by("mastodon")).toBeGreaterThanOrEqual(4);
    expect(new Set(published.map((e) => e.cycle)).size).toBe(published.length);
  });

  it("judges every item the market measured, from the exports it committed", async () => {
    const ledger = await readLedger(join(result.journey.dir, "marketing"));
    expect(result.market.measured.length).toBeGreaterThan(0);
    for (const { item } of result.market.measured) {
      const verdicts = (ledger.get(item.cycle) ?? []).filter((e) => e.type === "judged" && e.primary);
      expect(verdicts.map((e) => (e.type === "judged" ? e.status : ""))).not.toContain("not-enough-data");
      expect(verdicts.length, item.cycle).toBeGreaterThan(0);
    }
    // The inbox is empty: every export was read and removed by the run that ingested it.
    const inbox = await readdir(join(result.journey.dir, "marketing/metrics/inbox")).catch(() => []);
    expect(inbox).toEqual([]);
  });

  it("records the owner's reviews as a person's merges and rejections", async () => {
    const ledger = await readLedger(join(result.journey.dir, "marketing"));
    const merged = [...ledger.values()].flat().filter((e) => e.type === "merged");
    expect(merged.length).toBeGreaterThan(0);
    expect(merged.every((e) => e.type === "merged" && (e.auto === true || e.mergedBy === "Sam Owner"))).toBe(
      true,
    );
  });

  it("summarises from the repository and points only at commands that exist", () => {
    const text = renderSummary(summary);
    expect(summary.workflows.map((w) => w.id).sort()).toEqual([
      "daily-social",
      "weekly-blog",
      "weekly-newsletter",
    ]);
    expect(summary.workflows.every((w) => w.startLevel === "L3")).toBe(true);
    expect(text).toContain(`━━ ${DAYS} days of Loopcast`);
    expect(text).toContain(`${result.journey.dir}/marketing/reports/index.html`);
    for (const [, command] of text.matchAll(/npm run loopcast -- (\S+)/g))
      expect(COMMANDS.map((c) => c.name)).toContain(command);
  });
});
