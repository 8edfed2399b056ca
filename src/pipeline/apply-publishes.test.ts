// Publishing exactly once rests on the write-ahead intent: by the time a channel is called, the base
// branch already holds a commit with the item's "publishing" event and the key the channel is given. A
// run that dies inside the channel call then leaves an intent the next run sees (and, on email, holds for
// a person). Committing the intent together with the receipt would leave nothing behind. The channel
// here is a probe: it reads the base branch with git at the moment it is called. The repository is real
// (the example configuration, one merged blog post), and so are the plan, the LocalForge commits and the
// publish step; only the proposal and the merge are written by hand, which keeps this to a second or two.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { tempRepo } from "../../test/helpers/repo.ts";
import type { ChannelAdapter } from "../channels/types.ts";
import { requireConfig } from "../config/load.ts";
import { plan } from "../core/plan.ts";
import { LocalForge } from "../forge/local.ts";
import { TemplateGenerator } from "../generate/template.ts";
import { renderItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath, ledgerPath } from "../state/paths.ts";
import { applyPublishes, paidReservation } from "./apply-publishes.ts";
import { gather } from "./gather.ts";
import { newReport, type RunContext, type RunReport } from "./reconcile.ts";

const git = promisify(execFile);
const CYCLE = "weekly-blog@20261201T0800Z"; // Tuesday 09:00 in Berlin
const LEDGER = `marketing/${ledgerPath(CYCLE)}`;

/** The ledger file as committed on main (not as on disk): empty when main does not have it. */
async function committedLedger(repoDir: string): Promise<LedgerEvent[]> {
  const { stdout } = await git("git", ["show", `main:${LEDGER}`], { cwd: repoDir }).catch(() => ({
    stdout: "",
  }));
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LedgerEvent);
}

/** What the probe saw when it was called. */
const calls: Array<{
  cycle: string;
  key: string;
  committed: LedgerEvent[];
  reserved?: { amount: number; currency?: string };
}> = [];

const probe: ChannelAdapter = {
  type: "blog",
  async publish(request) {
    calls.push({
      cycle: request.item.meta.cycle,
      key: request.idempotencyKey,
      committed: await committedLedger(request.repoDir),
      ...(request.reserved ? { reserved: request.reserved } : {}),
    });
    return { receipt: { id: `probe-${request.item.meta.cycle}` }, files: [] };
  },
};

let repoDir: string;
let report: RunReport;

/** A blog post for the cycle, proposed on Monday and merged by the owner, committed to main. */
async function mergedPost(dir: string): Promise<void> {
  const text = renderItem({
    meta: {
      cycle: CYCLE,
      workflow: "weekly-blog",
      channel: "blog",
      slot: "2026-12-01T08:00:00.000Z",
      title: "Review is the approval",
      summary: "Every item arrives as a pull request.",
      arms: {},
      generator: "template",
    },
    body: "# Review is the approval\n\nEvery item arrives as a pull request. Merging it is the approval.\n",
  });
  const file = join(dir, "marketing", contentPath(CYCLE));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  await appendEvents(join(dir, "marketing"), [
    {
      type: "proposed",
      at: "2026-11-30T08:00:00.000Z",
      cycle: CYCLE,
      workflow: "weekly-blog",
      channel: "blog",
      slot: "2026-12-01T08:00:00.000Z",
      level: "L3",
      branch: `loopcast/${CYCLE}`,
      proposal: { id: `loopcast/${CYCLE}` },
      contentPath: `marketing/${contentPath(CYCLE)}`,
      contentHash: sha256(text),
      arms: {},
      generator: "template",
    },
    {
      type: "merged",
      at: "2026-11-30T10:00:00.000Z",
      cycle: CYCLE,
      mergedSha: "0",
      editRatio: 0,
      humanCommits: 0,
    },
  ]);
}

beforeAll(async () => {
  const repo = await tempRepo();
  repoDir = repo.dir;
  await mergedPost(repoDir);
  await repo.commitAll("the weekly blog post, merged");
  // Tuesday at the slot: the real plan says publish, and the real publish step carries it out.
  const now = new Date("2026-12-01T08:00:00Z");
  const config = await requireConfig(join(repoDir, "marketing"));
  const ctx: RunContext = {
    config,
    repoDir,
    now,
    configRel: "marketing",
    forge: await LocalForge.open({ repoDir, now }),
    generator: new TemplateGenerator(),
    channels: { blog: probe },
    env: {},
  };
  const thePlan = plan(await gather(ctx));
  expect(thePlan.actions).toContainEqual({
    kind: "publish",
    cycle: CYCLE,
    channel: "blog",
    attempt: 1,
    override: false,
  });
  report = newReport(thePlan);
  await applyPublishes(ctx, thePlan.actions, report);
});

describe("applyPublishes: the write-ahead intent", () => {
  it("publishes the merged item once, through the channel", () => {
    expect(report.errors).toEqual([]);
    expect(report.published).toEqual([{ cycle: CYCLE }]);
    expect(calls.map((c) => c.cycle)).toEqual([CYCLE]);
  });

  it("has committed the publishing intent, with the channel's key, to main before calling the channel", () => {
    const [call] = calls;
    const committed = call?.committed ?? [];
    expect(committed.map((e) => e.type)).toEqual(["proposed", "merged", "publishing"]);
    expect(committed.at(-1)).toMatchObject({
      type: "publishing",
      channel: "blog",
      idempotencyKey: call?.key,
    });
  });

  it("commits the receipt after, in a commit of its own", async () => {
    const events = await committedLedger(repoDir);
    expect(events.map((e) => e.type)).toEqual(["proposed", "merged", "publishing", "published"]);
    expect(events.at(-1)).toMatchObject({ idempotencyKey: calls[0]?.key, receipt: { id: `probe-${CYCLE}` } });
    const { stdout } = await git("git", ["log", "--format=%s", "main", "--", LEDGER], { cwd: repoDir });
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      "loopcast: published 1 item(s)",
      "loopcast: publishing 1 item(s)",
    ]);
  });
});

describe("applyPublishes: the paid spend reserved for an item", () => {
  it("gives an unpaid item's channel no reserved amount", () => {
    expect(calls[0]?.reserved).toBeUndefined();
  });

  it("gives a paid item's channel its workflow's costPerItem, in the budget's currency", async () => {
    const config = await requireConfig(join(repoDir, "marketing"));
    const workflow = config.workflows.find((w) => w.id === "weekly-blog");
    if (!workflow) throw new Error("the example has a weekly-blog workflow");
    workflow.costPerItem = 12.5;
    expect(paidReservation(config, "weekly-blog")).toEqual({
      reserved: { amount: 12.5, currency: config.guardrails.budget?.currency },
    });
    expect(config.guardrails.budget?.currency).toMatch(/^[A-Z]{3}$/);
    // Without a budget there is no currency to name; the amount still travels.
    delete config.guardrails.budget;
    expect(paidReservation(config, "weekly-blog")).toEqual({ reserved: { amount: 12.5 } });
    workflow.costPerItem = 0;
    expect(paidReservation(config, "weekly-blog")).toEqual({});
    expect(paidReservation(config, "no-such-workflow")).toEqual({});
  });
});
