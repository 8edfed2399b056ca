// Email cannot be taken back, so its items are published one by one: each intent is committed just before
// its own call and its outcome just after, so a crash leaves at most one email in doubt. A failure after
// the data may have gone out is recorded as such, raises an exception, and the next plan holds the item
// (never resends it) until a person records what happened. The channel is a probe that reads main with
// git when called; the repository, the plan, the LocalForge commits and the publish step are real.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { tempRepo } from "../../test/helpers/repo.ts";
import type { ChannelAdapter } from "../channels/types.ts";
import { requireConfig } from "../config/load.ts";
import { plan } from "../core/plan.ts";
import { ChannelError } from "../errors.ts";
import { LocalForge } from "../forge/local.ts";
import { TemplateGenerator } from "../generate/template.ts";
import { listExceptions } from "../state/exceptions.ts";
import { renderItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { contentPath, ledgerPath } from "../state/paths.ts";
import { applyPublishes } from "./apply-publishes.ts";
import { gather } from "./gather.ts";
import { newReport, type RunContext, type RunReport } from "./reconcile.ts";

const git = promisify(execFile);
const FIRST = "weekly-newsletter@20261203T0700Z";
const SECOND = "weekly-newsletter@20261210T0700Z";
const DISCLOSURE =
  "You get this email because you subscribed at loopcast.dev. Unsubscribe with one click at any time.";

async function committed(repoDir: string, cycle: string): Promise<string[]> {
  const { stdout } = await git("git", ["show", `main:marketing/${ledgerPath(cycle)}`], {
    cwd: repoDir,
  }).catch(() => ({ stdout: "" }));
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const e = JSON.parse(line) as LedgerEvent;
      return e.type === "publish-failed" && e.outcome ? `${e.type}:${e.outcome}` : e.type;
    });
}

/** What main held for both newsletters when each call came. */
const calls: Array<{ cycle: string; first: string[]; second: string[] }> = [];

const probe: ChannelAdapter = {
  type: "email",
  async publish(request) {
    const cycle = request.item.meta.cycle;
    calls.push({
      cycle,
      first: await committed(request.repoDir, FIRST),
      second: await committed(request.repoDir, SECOND),
    });
    // The first: the connection drops after the message data went out.
    if (cycle === FIRST)
      throw new ChannelError(
        "newsletter",
        "the SMTP session failed while the message was being sent",
        false,
        "unknown",
      );
    return { receipt: { id: `<${cycle}@example.com>` }, files: [] };
  },
};

async function mergedNewsletter(dir: string, cycle: string, slot: string): Promise<void> {
  const text = renderItem({
    meta: {
      cycle,
      workflow: "weekly-newsletter",
      channel: "newsletter",
      slot,
      title: "This week",
      summary: "A note.",
      arms: {},
      generator: "template",
    },
    body: `# This week\n\nOne idea for your marketing this week: review it like code.\n\n${DISCLOSURE}\n`,
  });
  const file = join(dir, "marketing", contentPath(cycle));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  await appendEvents(join(dir, "marketing"), [
    {
      type: "proposed",
      at: "2026-12-01T08:00:00.000Z",
      cycle,
      workflow: "weekly-newsletter",
      channel: "newsletter",
      slot,
      level: "L3",
      branch: `loopcast/${cycle}`,
      proposal: { id: `loopcast/${cycle}` },
      contentPath: `marketing/${contentPath(cycle)}`,
      contentHash: sha256(text),
      arms: {},
      generator: "template",
    },
    { type: "merged", at: "2026-12-01T10:00:00.000Z", cycle, mergedSha: "0", editRatio: 0, humanCommits: 0 },
  ]);
}

let repoDir: string;
let report: RunReport;
let ctx: RunContext;
const NOW = new Date("2026-12-10T08:00:00Z");

async function lateAllowed(dir: string) {
  const config = await requireConfig(dir);
  return {
    ...config,
    workflows: config.workflows.map((w) =>
      w.id === "weekly-newsletter" ? { ...w, publishWithin: "10d" } : w,
    ),
  };
}

beforeAll(async () => {
  const repo = await tempRepo();
  repoDir = repo.dir;
  await mergedNewsletter(repoDir, FIRST, "2026-12-03T07:00:00.000Z");
  await mergedNewsletter(repoDir, SECOND, "2026-12-10T07:00:00.000Z");
  await repo.commitAll("two newsletters, merged");
  ctx = {
    // Both are due at once: the first a week late, within a publishWithin of ten days.
    config: await lateAllowed(join(repoDir, "marketing")),
    repoDir,
    now: NOW,
    configRel: "marketing",
    forge: await LocalForge.open({ repoDir, now: NOW }),
    generator: new TemplateGenerator(),
    channels: { email: probe },
    env: {},
  };
  const thePlan = plan(await gather(ctx));
  expect(thePlan.actions.filter((a) => a.kind === "publish").map((a) => a.cycle)).toEqual([FIRST, SECOND]);
  report = newReport(thePlan);
  await applyPublishes(ctx, thePlan.actions, report);
});

describe("applyPublishes on a channel that cannot take an item back", () => {
  it("commits each email's intent just before its own call, and its outcome just after", () => {
    expect(calls.map((c) => c.cycle)).toEqual([FIRST, SECOND]);
    // When the first was sent, its intent was on main and the second's was not.
    expect(calls[0]?.first).toEqual(["proposed", "merged", "publishing"]);
    expect(calls[0]?.second).toEqual(["proposed", "merged"]);
    // When the second was sent, the first's outcome was already on main.
    expect(calls[1]?.first).toEqual(["proposed", "merged", "publishing", "publish-failed:unknown"]);
    expect(calls[1]?.second).toEqual(["proposed", "merged", "publishing"]);
    expect(report.published).toEqual([{ cycle: SECOND }]);
  });

  it("raises an exception for the email in doubt, committed, that says how to settle it", async () => {
    const doubt = (await listExceptions(join(repoDir, "marketing"))).find((e) => e.cycle === FIRST);
    expect(doubt).toMatchObject({
      type: "publish-failure",
      status: "open",
      title: `${FIRST}: it is not known whether it went out`,
    });
    expect(doubt?.detail).toContain(`loopcast publish-outcome ${FIRST} --sent`);
    const { stdout } = await git("git", ["status", "--porcelain"], { cwd: repoDir });
    expect(stdout).toBe("");
  });

  it("never sends it again on its own: the next plan holds it for a person", async () => {
    const next = plan({ ...(await gather(ctx)), now: new Date("2026-12-10T09:00:00Z") });
    expect(next.actions.filter((a) => "cycle" in a && a.cycle === FIRST)).toEqual([
      expect.objectContaining({
        kind: "hold",
        unknown: true,
        reason: expect.stringContaining("publish-outcome"),
      }),
    ]);
    const ledger = await readLedger(join(repoDir, "marketing"));
    expect(ledger.get(SECOND)?.map((e) => e.type)).toEqual(["proposed", "merged", "publishing", "published"]);
  });
});
