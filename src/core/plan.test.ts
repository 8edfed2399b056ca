// The plan is a pure function of configuration, ledger, forge state and time.
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Channel, Config, Guardrails, Level, Workflow } from "../config/types.ts";
import type { Proposal } from "../forge/types.ts";
import type { AutonomyLog } from "../state/autonomy.ts";
import type { EventOf, Ledger, LedgerEvent } from "../state/ledger.ts";
import { type Action, MAX_PUBLISH_ATTEMPTS, OVERRIDE_LABEL, plan } from "./plan.ts";
import { cycleId } from "./time.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const BLOG = "weekly-blog@20261201T0800Z";
let config: Config;

beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});

const proposed = (cycle: string, channel = "blog"): LedgerEvent => ({
  type: "proposed",
  at: "2026-11-30T12:00:00.000Z",
  cycle,
  workflow: cycle.split("@")[0] as string,
  channel,
  slot: "2026-12-01T08:00:00.000Z",
  level: "L3",
  branch: `loopcast/${cycle}`,
  proposal: { id: `loopcast/${cycle}` },
  contentPath: `marketing/content/weekly-blog/${cycle}.md`,
  contentHash: "0".repeat(64),
  arms: {},
  generator: "template",
});

const proposal = (cycle: string, state: Proposal["state"]): Proposal => ({
  id: `loopcast/${cycle}`,
  branch: `loopcast/${cycle}`,
  title: "t",
  state,
  labels: [],
  botSha: "a",
  headSha: "a",
  humanCommits: 0,
});

function world(ledger: Ledger, extra: Partial<Parameters<typeof plan>[0]> = {}) {
  return {
    config,
    now: new Date("2026-12-01T09:00:00Z"),
    ledger,
    pending: new Map(),
    open: [],
    queue: new Map(),
    autonomy: new Map(),
    ...extra,
  };
}

describe("plan", () => {
  it("records a merge and publishes it in the same run once the slot has come", () => {
    const ledger: Ledger = new Map([[BLOG, [proposed(BLOG)]]]);
    const p = plan(world(ledger, { pending: new Map([[BLOG, proposal(BLOG, "merged")]]) }));
    expect(p.actions.slice(0, 2)).toEqual([
      { kind: "record-merge", cycle: BLOG, proposal: proposal(BLOG, "merged") },
      { kind: "publish", cycle: BLOG, channel: "blog", attempt: 1, override: false },
    ]);
  });

  it("waits for the slot, and never republishes a published item", () => {
    const merged: LedgerEvent = {
      type: "merged",
      at: "x",
      cycle: BLOG,
      mergedSha: "b",
      editRatio: 0,
      humanCommits: 0,
    };
    const early = plan(
      world(new Map([[BLOG, [proposed(BLOG), merged]]]), { now: new Date("2026-11-30T13:00:00Z") }),
    );
    expect(early.actions).toContainEqual({
      kind: "wait",
      cycle: BLOG,
      reason: "scheduled for 2026-12-01T08:00:00.000Z",
    });
    const published: LedgerEvent[] = [
      proposed(BLOG),
      merged,
      { type: "publishing", at: "x", cycle: BLOG, channel: "blog", idempotencyKey: "k" },
      { type: "published", at: "x", cycle: BLOG, channel: "blog", idempotencyKey: "k", receipt: { id: "r" } },
    ];
    expect(plan(world(new Map([[BLOG, published]]))).actions.filter((a) => a.kind === "publish")).toEqual([]);
  });

  it("retries an unconfirmed publish only where the channel takes idempotency keys", () => {
    const NEWS = "weekly-newsletter@20261203T0700Z";
    const intent = (cycle: string, channel: string): LedgerEvent[] => [
      proposed(cycle, channel),
      { type: "merged", at: "x", cycle, mergedSha: "b", editRatio: 0, humanCommits: 0 },
      { type: "publishing", at: "x", cycle, channel, idempotencyKey: "k" },
    ];
    const p = plan(
      world(
        new Map([
          [BLOG, intent(BLOG, "blog")],
          [NEWS, intent(NEWS, "newsletter")],
        ]),
        {
          now: new Date("2026-12-03T08:00:00Z"),
        },
      ),
    );
    expect(p.actions).toContainEqual({
      kind: "publish",
      cycle: BLOG,
      channel: "blog",
      attempt: 1,
      override: false,
    });
    expect(p.actions).toContainEqual(
      expect.objectContaining({
        kind: "hold",
        cycle: NEWS,
        reason: expect.stringContaining("cannot be retried safely"),
      }),
    );
  });

  it("stops retrying after three failed attempts", () => {
    const failed: LedgerEvent[] = [
      proposed(BLOG),
      { type: "merged", at: "x", cycle: BLOG, mergedSha: "b", editRatio: 0, humanCommits: 0 },
    ];
    for (let i = 1; i <= 3; i++) {
      failed.push({ type: "publishing", at: "x", cycle: BLOG, channel: "blog", idempotencyKey: "k" });
      failed.push({ type: "publish-failed", at: "x", cycle: BLOG, error: "boom", attempt: i });
    }
    expect(plan(world(new Map([[BLOG, failed.slice(0, 4)]]))).actions).toContainEqual({
      kind: "publish",
      cycle: BLOG,
      channel: "blog",
      attempt: 2,
      override: false,
    });
    expect(plan(world(new Map([[BLOG, failed]]))).actions).toContainEqual(
      expect.objectContaining({
        kind: "hold",
        cycle: BLOG,
        reason: expect.stringContaining("failed 3 times"),
      }),
    );
  });

  it("adopts an open proposal the ledger does not know, instead of proposing it again", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const p = plan(world(new Map(), { now, open: [proposal(BLOG, "open")] }));
    expect(p.actions).toContainEqual({ kind: "adopt", cycle: BLOG, proposal: proposal(BLOG, "open") });
    expect(
      p.actions.filter((a) => a.kind === "propose").map((a) => (a as { cycle: string }).cycle),
    ).not.toContain(BLOG);
  });

  it("treats a vanished proposal as rejected", () => {
    const p = plan(world(new Map([[BLOG, [proposed(BLOG)]]]), { pending: new Map([[BLOG, undefined]]) }));
    expect(p.actions[0]).toEqual({
      kind: "record-reject",
      cycle: BLOG,
      reason: "the proposal no longer exists",
    });
  });

  it("proposes nothing below L3 and nothing while paused", () => {
    const low = { ...config, workflows: config.workflows.map((w) => ({ ...w, level: "L2" as const })) };
    const p = plan({ ...world(new Map(), { now: new Date("2026-11-30T12:00:00Z") }), config: low });
    expect(p.actions.every((a) => a.kind === "skip")).toBe(true);
    const paused = { ...config, guardrails: { ...config.guardrails, paused: true } };
    const q = plan({ ...world(new Map(), { now: new Date("2026-11-30T12:00:00Z") }), config: paused });
    expect(q.actions.filter((a) => a.kind === "propose")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The decision rules, one at a time, on a configuration built here by hand: every value a rule reads is
// stated below, so a change to the example in marketing/ cannot quietly change what these tests mean.

/** Three workflows: social (Mastodon, L5, 12 h window), article (blog, L4, default window), letter (email, L3). */
function rules(change: { guardrails?: Partial<Guardrails>; channels?: Channel[] } = {}): Config {
  const workflow = (
    w: Pick<Workflow, "id" | "channel" | "level" | "cadence" | "format"> & Partial<Workflow>,
  ) => ({ name: w.id, pillars: ["p"], ...w }) as Workflow;
  return {
    dir: "/nonexistent/marketing",
    strategy: {
      version: 1,
      business: { name: "B", url: "https://b.example", description: "d", audience: "a" },
      timezone: "Europe/Berlin",
      pillars: [{ id: "p", name: "P", points: ["x"] }],
      channels: change.channels ?? [
        { id: "blog", type: "blog", outputDir: "site", siteUrl: "https://b.example/blog" },
        { id: "mastodon", type: "mastodon", instanceUrl: "https://m.example", tokenEnv: "MASTODON_TOKEN" },
        {
          id: "newsletter",
          type: "email",
          from: "b@b.example",
          to: "list@b.example",
          smtp: { hostEnv: "SMTP_HOST", portEnv: "SMTP_PORT" },
        } as Channel,
      ],
    },
    guardrails: {
      version: 1,
      // Two good cycles earn the next level, so a record is a few lines of ledger.
      autonomy: { minCycles: 2, minApprovalRate: 0.9, maxMedianEditRatio: 0.1, minBenchmarkMetRate: 0.8 },
      ...change.guardrails,
    },
    benchmarks: { version: 1, benchmarks: [] },
    workflows: [
      workflow({
        id: "social",
        channel: "mastodon",
        level: "L5",
        cadence: "30 12 * * 1-5",
        format: "post",
        reviewWindow: "12h",
      }),
      workflow({ id: "article", channel: "blog", level: "L4", cadence: "0 9 * * 2", format: "article" }),
      workflow({ id: "letter", channel: "newsletter", level: "L3", cadence: "0 8 * * 4", format: "email" }),
    ],
    voiceGuide: "",
    sources: new Map(),
  };
}

const OPENED = "2026-12-01T06:00:00.000Z";
const openedPlus = (ms: number) => new Date(Date.parse(OPENED) + ms);
const HOUR = 3_600_000;

/** A proposed event as the run that opened the proposal recorded it. */
function opened(
  cycle: string,
  channel: string,
  change: Partial<EventOf<"proposed">> = {},
): EventOf<"proposed"> {
  return { ...(proposed(cycle, channel) as EventOf<"proposed">), at: OPENED, level: "L4", ...change };
}

const mergedEvent = (cycle: string, change: Partial<EventOf<"merged">> = {}): LedgerEvent => ({
  type: "merged",
  at: OPENED,
  cycle,
  mergedSha: "b",
  editRatio: 0,
  humanCommits: 0,
  ...change,
});

/**
 * A track record that earns L5 (two cycles proposed at L4, merged unchanged, benchmarks met, published),
 * so the effective level is whatever the configuration and demotions leave.
 */
function earnedL5(workflow: string, channel: string): Ledger {
  const ledger: Ledger = new Map();
  for (const day of ["02", "03"]) {
    const cycle = `${workflow}@202611${day}T1130Z`;
    ledger.set(cycle, [
      { ...opened(cycle, channel), at: `2026-11-${day}T06:00:00.000Z` },
      mergedEvent(cycle),
      { type: "publishing", at: "x", cycle, channel, idempotencyKey: "k" },
      { type: "published", at: "x", cycle, channel, idempotencyKey: "k", receipt: { id: "r" } },
      { type: "judged", at: "x", cycle, benchmark: "b", metric: "m", status: "met", primary: true, value: 1 },
    ]);
  }
  return ledger;
}

const SOCIAL = "social@20261202T1130Z";
const ARTICLE = "article@20261208T0800Z";

const open = (cycle: string, change: Partial<Proposal> = {}): Proposal => ({
  ...proposal(cycle, "open"),
  ...change,
});

/** The auto-merge action the plan takes for one open proposal, or undefined. */
function autoMerge(opts: {
  cycle: string;
  channel: string;
  now: Date;
  event?: Partial<EventOf<"proposed">>;
  proposal?: Partial<Proposal>;
  autonomy?: AutonomyLog;
  record?: boolean;
}): Action | undefined {
  const workflow = opts.cycle.split("@")[0] as string;
  const ledger = opts.record === false ? new Map() : earnedL5(workflow, opts.channel);
  ledger.set(opts.cycle, [opened(opts.cycle, opts.channel, opts.event)]);
  const p = plan(
    world(ledger, {
      config: rules(),
      now: opts.now,
      pending: new Map([[opts.cycle, open(opts.cycle, opts.proposal)]]),
      autonomy: opts.autonomy ?? new Map(),
    }),
  );
  return p.actions.find((a) => a.kind === "auto-merge" && a.cycle === opts.cycle);
}

const demoted = (workflow: string, to: Level): AutonomyLog =>
  new Map([
    [
      workflow,
      [{ type: "demoted", at: OPENED, workflow, from: "L5", to, trigger: "guardrail-error", reason: "r" }],
    ],
  ]);

describe("auto-merge rules", () => {
  it("L5 merges at once when every check passes", () => {
    const a = autoMerge({
      cycle: SOCIAL,
      channel: "mastodon",
      event: { level: "L5" },
      now: openedPlus(60_000),
    });
    expect(a).toMatchObject({ kind: "auto-merge", reason: "L5: every check passed" });
  });

  it("L4 waits for the workflow's own review window: not a millisecond before, at once when it has passed", () => {
    // social's reviewWindow is 12h; proposed at L4, so L4's rule applies although the workflow is at L5.
    const at = (ms: number) => autoMerge({ cycle: SOCIAL, channel: "mastodon", now: openedPlus(ms) });
    expect(at(12 * HOUR - 1)).toBeUndefined();
    expect(at(12 * HOUR)).toMatchObject({ reason: "L4: the 12h review window passed with no objection" });
    expect(at(30 * HOUR)).toMatchObject({ kind: "auto-merge" });
  });

  it("L4 without a reviewWindow waits the default 24 hours", () => {
    const at = (ms: number) => autoMerge({ cycle: ARTICLE, channel: "blog", now: openedPlus(ms) });
    expect(at(12 * HOUR)).toBeUndefined();
    expect(at(24 * HOUR - 1)).toBeUndefined();
    expect(at(24 * HOUR)).toMatchObject({ reason: "L4: the 24h review window passed with no objection" });
  });

  it("never merges below L4: approval mode is a person's merge, however long it waits", () => {
    const week = openedPlus(7 * 24 * HOUR);
    // Proposed at L3 (the workflow was in approval mode then), though the record now earns L5.
    expect(
      autoMerge({ cycle: SOCIAL, channel: "mastodon", event: { level: "L3" }, now: week }),
    ).toBeUndefined();
    // Configured L4 but nothing earned yet: the effective level is L3.
    expect(autoMerge({ cycle: ARTICLE, channel: "blog", now: week, record: false })).toBeUndefined();
    // The control: the same proposal with its record merges.
    expect(autoMerge({ cycle: ARTICLE, channel: "blog", now: week })).toMatchObject({ kind: "auto-merge" });
  });

  it("uses the lower of the effective level and the level the item was proposed at", () => {
    const soon = openedPlus(60_000);
    const window = openedPlus(12 * HOUR);
    // Proposed at L4, running at L5 now: the L4 window still applies.
    expect(
      autoMerge({ cycle: SOCIAL, channel: "mastodon", event: { level: "L4" }, now: soon }),
    ).toBeUndefined();
    // Proposed at L5, demoted to L4 since: it waits for the window like any L4 item.
    const toL4 = {
      cycle: SOCIAL,
      channel: "mastodon",
      event: { level: "L5" as const },
      autonomy: demoted("social", "L4"),
    };
    expect(autoMerge({ ...toL4, now: soon })).toBeUndefined();
    expect(autoMerge({ ...toL4, now: window })).toMatchObject({ reason: expect.stringMatching(/^L4: /) });
    // Proposed at L5, demoted to L3 since: a person merges it.
    const toL3 = { ...toL4, autonomy: demoted("social", "L3") };
    expect(autoMerge({ ...toL3, now: openedPlus(7 * 24 * HOUR) })).toBeUndefined();
  });

  // Spelled out rather than read from HOLD_LABELS: these are the labels people are told to use.
  it.each(["hold", "loopcast:hold", "loopcast:needs-human"])("the %s label holds the proposal", (label) => {
    const l5 = {
      cycle: SOCIAL,
      channel: "mastodon",
      event: { level: "L5" as const },
      now: openedPlus(60_000),
    };
    expect(autoMerge({ ...l5, proposal: { labels: [label] } })).toBeUndefined();
    expect(autoMerge({ ...l5, proposal: { labels: ["documentation", label] } })).toBeUndefined();
    // Any other label does not.
    expect(autoMerge({ ...l5, proposal: { labels: ["documentation"] } })).toMatchObject({
      kind: "auto-merge",
    });
  });

  it("never merges a proposal a person added a commit to", () => {
    const l4 = { cycle: SOCIAL, channel: "mastodon", now: openedPlus(24 * HOUR) };
    expect(autoMerge({ ...l4, proposal: { humanCommits: 1 } })).toBeUndefined();
    expect(autoMerge({ ...l4, event: { level: "L5" }, proposal: { humanCommits: 1 } })).toBeUndefined();
    expect(autoMerge({ ...l4, proposal: { humanCommits: 0 } })).toMatchObject({ kind: "auto-merge" });
  });

  it("never merges a proposal that changes files beyond its item, whoever the commits claim to be by", () => {
    const l5 = {
      cycle: SOCIAL,
      channel: "mastodon",
      event: { level: "L5" as const },
      now: openedPlus(60_000),
    };
    const foreign = { humanCommits: 0, foreignFiles: ["marketing/guardrails.yaml"] };
    expect(autoMerge({ ...l5, proposal: foreign })).toBeUndefined();
    expect(autoMerge({ ...l5, proposal: { humanCommits: 0, foreignFiles: [] } })).toMatchObject({
      kind: "auto-merge",
    });
  });

  it("never merges when a reviewer asked for changes", () => {
    const l5 = {
      cycle: SOCIAL,
      channel: "mastodon",
      event: { level: "L5" as const },
      now: openedPlus(60_000),
    };
    expect(autoMerge({ ...l5, proposal: { changesRequested: true } })).toBeUndefined();
    expect(autoMerge({ ...l5, proposal: { changesRequested: false } })).toMatchObject({ kind: "auto-merge" });
  });

  it("never merges an item that needs a person (topic, spend, channel)", () => {
    const l5 = { cycle: SOCIAL, channel: "mastodon", now: openedPlus(60_000) };
    const needs = (needsHuman: string[]) => autoMerge({ ...l5, event: { level: "L5", needsHuman } });
    expect(needs(["topic: pricing changes need the founder"])).toBeUndefined();
    expect(needs([])).toMatchObject({ kind: "auto-merge" });
  });

  it("never merges an item with error findings; warnings do not stop it", () => {
    const l5 = { cycle: SOCIAL, channel: "mastodon", now: openedPlus(60_000) };
    const checks = (errors: number, warnings: number) =>
      autoMerge({ ...l5, event: { level: "L5", checks: { errors, warnings, suggestions: 0 } } });
    expect(checks(1, 0)).toBeUndefined();
    expect(checks(0, 3)).toMatchObject({ kind: "auto-merge" });
  });
});

// Section 2 of the plan: a merged item is checked against every wall again when its slot comes.
const DUE = "article@20261201T0800Z"; // Tuesday 09:00 in Berlin
const DUE_AT = new Date("2026-12-01T09:00:00Z");
const LETTER = "letter@20261203T0700Z"; // Thursday 08:00 in Berlin, email

/** What the plan does with one merged cycle: its publish, hold or wait action. */
function publishStep(
  cycle: string,
  events: LedgerEvent[],
  opts: { config?: Config; now?: Date; pending?: Map<string, Proposal | undefined> } = {},
): Action | undefined {
  const p = plan(
    world(new Map([[cycle, events]]), {
      config: opts.config ?? rules(),
      now: opts.now ?? DUE_AT,
      ...(opts.pending ? { pending: opts.pending } : {}),
    }),
  );
  return p.actions.find(
    (a) =>
      (a.kind === "publish" || a.kind === "hold" || a.kind === "wait" || a.kind === "expire") &&
      a.cycle === cycle,
  );
}

const mergedItem = (
  cycle = DUE,
  channel = "blog",
  merged: Partial<EventOf<"merged">> = {},
): LedgerEvent[] => [opened(cycle, channel), mergedEvent(cycle, merged)];

describe("publish-time walls", () => {
  it("publishes a merged item whose slot has come (the control for every wall below)", () => {
    expect(publishStep(DUE, mergedItem())).toEqual({
      kind: "publish",
      cycle: DUE,
      channel: "blog",
      attempt: 1,
      override: false,
    });
  });

  it("holds an item whose channel is no longer configured", () => {
    const config = rules({ channels: rules().strategy.channels.filter((c) => c.id !== "blog") });
    expect(publishStep(DUE, mergedItem(), { config })).toEqual({
      kind: "hold",
      cycle: DUE,
      reason: 'channel "blog" is no longer configured',
    });
  });

  it("holds everything while the kill switch is on", () => {
    expect(publishStep(DUE, mergedItem(), { config: rules({ guardrails: { paused: true } }) })).toEqual({
      kind: "hold",
      cycle: DUE,
      reason: "paused by the kill switch (guardrails.paused)",
    });
  });

  it("holds an item for a blocked channel, and only for that channel", () => {
    const blocked = (block: string[]) => rules({ guardrails: { channels: { block } } });
    expect(publishStep(DUE, mergedItem(), { config: blocked(["blog"]) })).toEqual({
      kind: "hold",
      cycle: DUE,
      reason: 'channel "blog" is blocked in guardrails',
    });
    expect(publishStep(DUE, mergedItem(), { config: blocked(["mastodon"]) })).toMatchObject({
      kind: "publish",
    });
  });

  it("holds an unconfirmed publish on email, and retries it on a channel that takes idempotency keys", () => {
    const unconfirmed = (cycle: string, channel: string) => [
      ...mergedItem(cycle, channel),
      { type: "publishing", at: "x", cycle, channel, idempotencyKey: "k" } as LedgerEvent,
    ];
    const now = new Date("2026-12-03T08:00:00Z");
    expect(publishStep(LETTER, unconfirmed(LETTER, "newsletter"), { now })).toMatchObject({
      kind: "hold",
      reason: expect.stringContaining("started but never confirmed; it cannot be retried safely"),
    });
    expect(publishStep(DUE, unconfirmed(DUE, "blog"), { now })).toEqual({
      kind: "publish",
      cycle: DUE,
      channel: "blog",
      attempt: 1,
      override: false,
    });
    // A failure the email channel reported is not unconfirmed: nothing went out, so it is tried again.
    const refused = [
      ...unconfirmed(LETTER, "newsletter"),
      { type: "publish-failed", at: "x", cycle: LETTER, error: "550", attempt: 1 } as LedgerEvent,
    ];
    expect(publishStep(LETTER, refused, { now })).toMatchObject({ kind: "publish", attempt: 2 });
  });

  it(`tries ${MAX_PUBLISH_ATTEMPTS} times, then holds`, () => {
    const failures = (n: number) => {
      const events = mergedItem();
      for (let i = 1; i <= n; i++) {
        events.push({ type: "publishing", at: "x", cycle: DUE, channel: "blog", idempotencyKey: "k" });
        events.push({ type: "publish-failed", at: "x", cycle: DUE, error: "boom", attempt: i });
      }
      return events;
    };
    expect(MAX_PUBLISH_ATTEMPTS).toBe(3);
    expect(publishStep(DUE, failures(2))).toMatchObject({ kind: "publish", attempt: 3 });
    expect(publishStep(DUE, failures(3))).toEqual({
      kind: "hold",
      cycle: DUE,
      reason: `publishing failed 3 times; fix the cause, then: loopcast retry ${DUE}`,
      gaveUp: { attempts: 3, retries: 0, lastError: "boom" },
    });
  });

  it("counts the attempts again after a person's retry, and gives up again after three more", () => {
    const events = mergedItem();
    const fail = (attempt: number, error = "boom") =>
      events.push(
        { type: "publishing", at: "x", cycle: DUE, channel: "blog", idempotencyKey: "k" },
        { type: "publish-failed", at: "x", cycle: DUE, error, attempt },
      );
    for (const i of [1, 2, 3]) fail(i);
    events.push({ type: "retried", at: "x", cycle: DUE, by: "sam" });
    expect(publishStep(DUE, events)).toMatchObject({ kind: "publish", attempt: 1 });
    for (const i of [1, 2]) fail(i);
    expect(publishStep(DUE, events)).toMatchObject({ kind: "publish", attempt: 3 });
    fail(3, "still broken");
    expect(publishStep(DUE, events)).toMatchObject({
      kind: "hold",
      gaveUp: { attempts: 3, retries: 1, lastError: "still broken" },
    });
  });

  it("skips an item not out within publishWithin of its slot (default 72h) instead of sending it late", () => {
    const slot = Date.parse("2026-12-01T08:00:00Z");
    expect(publishStep(DUE, mergedItem(), { now: new Date(slot + 72 * HOUR) })).toMatchObject({
      kind: "publish",
    });
    expect(publishStep(DUE, mergedItem(), { now: new Date(slot + 72 * HOUR + 1) })).toMatchObject({
      kind: "expire",
      cycle: DUE,
      reason: expect.stringContaining("not published within 72h of its slot 2026-12-01T08:00:00.000Z"),
    });
    // The workflow's own limit, and whatever state the item is stuck in: failed, blocked, given up.
    const config = rules();
    (config.workflows[1] as Workflow).publishWithin = "6h";
    const failed = [
      ...mergedItem(),
      { type: "publish-failed", at: "x", cycle: DUE, error: "e" } as LedgerEvent,
    ];
    expect(publishStep(DUE, failed, { config, now: new Date(slot + 6 * HOUR + 1) })).toMatchObject({
      kind: "expire",
      reason: expect.stringContaining("publishing kept failing"),
    });
    // Retried after its failures and then kept by something else (a blackout): the reason says so.
    const retried = [...failed, { type: "retried", at: "y", cycle: DUE, by: "owner" } as LedgerEvent];
    const afterRetry = publishStep(DUE, retried, { config, now: new Date(slot + 6 * HOUR + 1) });
    expect(afterRetry).toMatchObject({ kind: "expire", reason: expect.stringContaining("it was retried") });
    expect(afterRetry).not.toMatchObject({ reason: expect.stringContaining("kept failing") });
    // An item in doubt is not expired: it may be out, and only a person can say.
    const doubt = [...mergedItem(LETTER, "newsletter")];
    doubt.push({ type: "publishing", at: "x", cycle: LETTER, channel: "newsletter", idempotencyKey: "k" });
    expect(publishStep(LETTER, doubt, { now: new Date("2026-12-30T08:00:00Z") })).toMatchObject({
      kind: "hold",
      unknown: true,
    });
  });

  it("holds an item whose ledger had a line set aside: it may have been the line that said it went out", () => {
    const p = plan(
      world(new Map([[DUE, mergedItem()]]), { config: rules(), now: DUE_AT, setAside: new Set([DUE]) }),
    );
    expect(p.actions.find((a) => "cycle" in a && a.cycle === DUE)).toMatchObject({
      kind: "hold",
      reason: expect.stringContaining("a line of its ledger was set aside as invalid"),
    });
    expect(p.actions.some((a) => a.kind === "publish")).toBe(false);
  });

  it("waits for the slot; publishes at the slot itself", () => {
    const slot = new Date("2026-12-01T08:00:00Z");
    expect(publishStep(DUE, mergedItem(), { now: new Date(slot.getTime() - 1) })).toEqual({
      kind: "wait",
      cycle: DUE,
      reason: "scheduled for 2026-12-01T08:00:00.000Z",
    });
    expect(publishStep(DUE, mergedItem(), { now: slot })).toMatchObject({ kind: "publish" });
  });

  it("waits out a blackout at publish time, in the strategy's time zone, for the channels it names", () => {
    const blackout = (channels?: string[]) =>
      rules({
        guardrails: {
          channels: {
            blackouts: [{ dates: ["2026-12-02"], reason: "launch day", ...(channels ? { channels } : {}) }],
          },
        },
      });
    // The item was due on the 1st and is still unpublished when the run comes on the 2nd (Berlin).
    const midnightBerlin = new Date("2026-12-01T23:30:00Z");
    expect(publishStep(DUE, mergedItem(), { config: blackout(), now: midnightBerlin })).toEqual({
      kind: "wait",
      cycle: DUE,
      reason: "blackout on 2026-12-02 (launch day); published after it",
    });
    expect(publishStep(DUE, mergedItem(), { config: blackout(["blog"]), now: midnightBerlin })).toMatchObject(
      {
        kind: "wait",
      },
    );
    // A blackout on another channel, or one that is over by now, does not hold it.
    expect(
      publishStep(DUE, mergedItem(), { config: blackout(["mastodon"]), now: midnightBerlin }),
    ).toMatchObject({
      kind: "publish",
    });
    expect(
      publishStep(DUE, mergedItem(), { config: blackout(), now: new Date("2026-12-02T23:30:00Z") }),
    ).toMatchObject({ kind: "publish" });
    // 22:30 UTC on the 1st is still the 1st in Berlin.
    expect(
      publishStep(DUE, mergedItem(), { config: blackout(), now: new Date("2026-12-01T22:30:00Z") }),
    ).toMatchObject({ kind: "publish" });
  });

  it("carries the override from the ledger's merged event", () => {
    expect(publishStep(DUE, mergedItem(DUE, "blog", { override: true }))).toMatchObject({
      kind: "publish",
      override: true,
    });
    expect(publishStep(DUE, mergedItem(DUE, "blog", { override: false }))).toMatchObject({ override: false });
  });

  it("carries the override from a proposal merged in this run, before the ledger records it", () => {
    const mergedNow = (labels: string[]) =>
      publishStep(DUE, [opened(DUE, "blog")], {
        pending: new Map([[DUE, { ...proposal(DUE, "merged"), labels }]]),
      });
    expect(mergedNow([OVERRIDE_LABEL])).toMatchObject({ kind: "publish", override: true });
    expect(mergedNow(["documentation"])).toMatchObject({ kind: "publish", override: false });
  });

  it("carries the hash of the content the guardrails blocked, so the same content is not reported twice", () => {
    const hash = "ab".repeat(32);
    const blocked = [
      ...mergedItem(),
      { type: "blocked", at: "x", cycle: DUE, contentHash: hash, errors: 1 } as LedgerEvent,
    ];
    expect(publishStep(DUE, blocked)).toEqual({
      kind: "publish",
      cycle: DUE,
      channel: "blog",
      attempt: 1,
      override: false,
      blockedHash: hash,
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// Step 3 with the learner: workflows with slots or a frequency are planned a period at a time; plain cron
// workflows keep their cadence and get message options.

type Propose = Extract<Action, { kind: "propose" }>;

/** The rules() configuration with only the letter workflow, changed. */
function letterConfig(letter: Partial<Workflow>, change: Parameters<typeof rules>[0] = {}): Config {
  const config = rules(change);
  return {
    ...config,
    workflows: config.workflows.flatMap((w) =>
      w.id === "letter" ? [{ ...w, leadTime: "48h", ...letter }] : [],
    ),
  };
}

const SLOTS = ["Tue 08:00", "Thu 08:00", "Sat 10:00"];
/** Monday 09:00 UTC of the week of 7 December 2026 plus `weeks`: the week's Tuesday is within 48 hours. */
const monday = (weeks = 0) => new Date(Date.parse("2026-12-07T09:00:00Z") + weeks * 7 * 24 * HOUR);

function proposals(config: Config, now: Date, ledger: Ledger = new Map(), open: Proposal[] = []) {
  return plan(world(ledger, { config, now, open })).actions.filter(
    (a): a is Propose => a.kind === "propose" && a.workflow === "letter",
  );
}

/** The ledger as the proposals' run would leave it. */
function recorded(actions: readonly Propose[], ledger: Ledger = new Map()): Ledger {
  const out = new Map(ledger);
  for (const a of actions)
    out.set(a.cycle, [
      opened(a.cycle, "newsletter", {
        workflow: "letter",
        slot: a.slot,
        level: "L3",
        arms: a.arms ?? {},
        reservation: a.reservation,
      }),
    ]);
  return out;
}

describe("planning periods with the learner", () => {
  it("decides a period once: a later plan proposes nothing more for it", () => {
    const config = letterConfig({ slots: SLOTS });
    const first = proposals(config, monday());
    expect(first).toHaveLength(1);
    const [item] = first as [Propose];
    expect(SLOTS).toContain(item.arms?.slot);
    expect(item.cycle).toBe(`letter@${item.slot.replace(/[-:]/g, "").slice(0, 13)}Z`);
    const ledger = recorded(first);
    // The next runs of the week, with the proposal in the ledger, or only open on the forge, or rejected.
    for (const hours of [0, 1, 24, 50, 100])
      expect(proposals(config, new Date(monday().getTime() + hours * HOUR), ledger)).toEqual([]);
    expect(proposals(config, monday(), new Map(), [proposal(item.cycle, "open")])).toEqual([]);
    const rejected = recorded(first);
    rejected.get(item.cycle)?.push({ type: "rejected", at: OPENED, cycle: item.cycle });
    expect(proposals(config, new Date(monday().getTime() + 24 * HOUR), rejected)).toEqual([]);
    // The next week is its own period.
    const next = proposals(config, monday(1), ledger);
    expect(next).toHaveLength(1);
    expect(next[0]?.learned?.period).toBe("letter#2026-12-14");
  });

  it("waits until the period's first open candidate is within the lead time", () => {
    const config = letterConfig({ slots: SLOTS });
    // Sunday 6 December 06:00 UTC: Tuesday 8 December 08:00 in Berlin is 49 hours away.
    expect(proposals(config, new Date("2026-12-06T06:00:00Z"))).toEqual([]);
    expect(proposals(config, new Date("2026-12-06T07:00:00Z"))).toHaveLength(1);
  });

  it("never chooses a candidate in a blackout", () => {
    // Each week planned on Wednesday 09:00 UTC, when Thursday is within the lead time.
    const chosen = (config: Config) =>
      Array.from({ length: 8 }, (_, week) => proposals(config, new Date(monday(week).getTime() + 48 * HOUR)));
    const free = chosen(letterConfig({ slots: ["Wed 20:00", ...SLOTS] })).map((p) => p[0]?.arms?.slot);
    // The control: without the blackout, Wednesday evening is chosen in some weeks.
    expect(free).toContain("Wed 20:00");
    const blackout = { channels: { blackouts: [{ days: ["wed" as const], channels: ["newsletter"] }] } };
    const closed = chosen(letterConfig({ slots: ["Wed 20:00", ...SLOTS] }, { guardrails: blackout })).map(
      (p) => p[0]?.arms?.slot,
    );
    expect(closed).not.toContain("Wed 20:00");
    expect(closed).not.toContain("Tue 08:00");
    expect(closed.every((s) => s === "Thu 08:00" || s === "Sat 10:00")).toBe(true);
  });

  it("plans no more items a week than the weekly budget cap pays for", () => {
    const frequent = { slots: SLOTS, frequency: { min: 1, max: 3 }, costPerItem: 4 };
    /** The letter's actions in each of six weeks, each planned on its Monday. */
    const weeks = (config: Config) =>
      Array.from({ length: 6 }, (_, week) =>
        plan(world(new Map(), { config, now: monday(week) })).actions.filter(
          (a) => "workflow" in a && a.workflow === "letter",
        ),
      );
    const count = (actions: Action[]) => actions.filter((a) => a.kind === "propose").length;
    // Without a cap the learner tries three items in some weeks.
    expect(Math.max(...weeks(letterConfig(frequent)).map(count))).toBe(3);
    const capped = letterConfig(frequent, { guardrails: { budget: { currency: "EUR", weekly: 10 } } });
    const planned = weeks(capped);
    expect(Math.max(...planned.map(count))).toBe(2);
    expect(Math.min(...planned.map(count))).toBeGreaterThanOrEqual(1);
    // Planned inside the cap, not planned and then refused by it.
    for (const actions of planned) {
      expect(actions.filter((a) => a.kind === "refuse")).toEqual([]);
      for (const a of actions) expect(a).toMatchObject({ kind: "propose", reservation: 4 });
    }
    // What the ledger holds in the week counts: with 8 of 10 held by another workflow, nothing fits.
    const held = recorded([
      {
        kind: "propose",
        cycle: "other@20261214T0700Z",
        workflow: "other",
        slot: "2026-12-14T07:00:00.000Z",
        level: "L3",
        reservation: 8,
      },
    ]);
    expect(proposals(capped, monday(1), held)).toEqual([]);
    // … and the week does not go silent: its first open slot is refused by the budget, which records it
    // and raises the budget exception, as on a plain cadence.
    const refused = plan(world(held, { config: capped, now: monday(1) })).actions.filter(
      (a) => a.kind === "refuse" && a.workflow === "letter",
    );
    expect(refused).toEqual([expect.objectContaining({ kind: "refuse", guardrail: "budget" })]);
  });

  it("leaves out candidates on days the channel's items-per-day limit already fills", () => {
    // Another workflow's newsletter holds every Tuesday of eight weeks; the letter may choose Tue or Thu.
    const tuesdays = Array.from({ length: 8 }, (_, week) => new Date(monday(week).getTime() + 22 * HOUR));
    const held = recorded(
      tuesdays.map((t) => ({
        kind: "propose" as const,
        cycle: cycleId("other", t),
        workflow: "other",
        slot: t.toISOString(),
        level: "L3" as const,
        reservation: 0,
      })),
    );
    const slotsChosen = (config: Config) =>
      tuesdays.map((_, week) => proposals(config, monday(week), held)[0]?.arms?.slot);
    const letter = { slots: ["Tue 08:00", "Thu 08:00"], leadTime: "96h" };
    // The control: without a limit, Tuesday is chosen in some weeks.
    expect(slotsChosen(letterConfig(letter))).toContain("Tue 08:00");
    const limited = letterConfig(letter, { guardrails: { channels: { maxPerDay: { newsletter: 1 } } } });
    expect(slotsChosen(limited)).toEqual(tuesdays.map(() => "Thu 08:00"));
  });

  it("carries the chosen slot and the reasons, seeded by the cycle and the period", () => {
    const config = letterConfig({ slots: SLOTS, frequency: { min: 1, max: 2 } });
    const actions = proposals(config, monday());
    expect(actions.length).toBeGreaterThanOrEqual(1);
    for (const a of actions) {
      expect(a.arms).toEqual({
        slot: expect.any(String),
        pillar: "p",
        title: expect.stringMatching(/^\d$/),
        hook: expect.stringMatching(/^\d$/),
        cta: expect.stringMatching(/^\d$/),
      });
      expect(a.learned?.seed).toBe(a.cycle);
      expect(a.learned?.period).toBe("letter#2026-12-07");
      const why = a.learned?.why ?? [];
      expect(why.map((w) => w.split(" ")[0])).toEqual([
        "frequency",
        "slot",
        "pillar",
        "title",
        "hook",
        "cta",
      ]);
      expect(why[1]).toMatch(new RegExp(`^slot ${a.arms?.slot} \\(`));
    }
    // Recomputable: the same world plans the same.
    expect(proposals(config, monday())).toEqual(actions);
  });

  it("keeps a plain cron workflow's cycles, with message options and no slot", () => {
    const config = rules();
    const article = plan(world(new Map(), { config, now: monday() })).actions.filter(
      (a): a is Propose => a.kind === "propose" && a.workflow === "article",
    );
    // Tuesday 8 December 09:00 in Berlin, the cadence's own firing.
    expect(article.map((a) => a.cycle)).toEqual(["article@20261208T0800Z"]);
    expect(Object.keys(article[0]?.arms ?? {}).sort()).toEqual(["cta", "hook", "pillar", "title"]);
    expect(article[0]?.learned).toEqual({ seed: "article@20261208T0800Z", why: expect.any(Array) });
    expect(article[0]?.learned?.why).toHaveLength(4);
  });
});

describe("bounds on one run", () => {
  it("opens at most 100 proposals, the earliest first, says the rest wait, and survives an absurd lead time", () => {
    const config = letterConfig({ cadence: "*/30 * * * *", leadTime: "99999999d" });
    const actions = plan(world(new Map(), { config, now: monday() })).actions;
    const proposed = actions.filter((a): a is Propose => a.kind === "propose");
    expect(proposed).toHaveLength(100);
    expect(proposed[0]?.slot).toBe(monday().toISOString());
    expect(actions).toContainEqual({
      kind: "skip",
      workflow: "letter",
      reason: "more items are due than one run opens (at most 100 proposals): the next runs propose the rest",
    });
  });
});

describe("slots that passed without an item", () => {
  const published = (cycle: string): LedgerEvent[] => [
    opened(cycle, "blog"),
    mergedEvent(cycle),
    { type: "published", at: "x", cycle, channel: "blog", idempotencyKey: "k", receipt: { id: "r" } },
  ];
  const missedAt = (ledger: Ledger, now: Date, config = rules()) =>
    plan(world(ledger, { config, now })).actions.filter((a) => a.kind === "miss");

  it("records each slot after the workflow's latest cycle that no run proposed, and none twice", () => {
    // The article (Tuesdays 09:00 Berlin) last ran for 1 December; the runs stop until 23 December.
    const ledger: Ledger = new Map([[DUE, published(DUE)]]);
    const now = new Date("2026-12-23T12:00:00Z");
    const missed = missedAt(ledger, now);
    expect(missed.map((a) => a.cycle)).toEqual([
      "article@20261208T0800Z",
      "article@20261215T0800Z",
      "article@20261222T0800Z",
    ]);
    expect(missed[0]).toMatchObject({
      workflow: "article",
      reason: expect.stringContaining("no run planned it in time"),
    });
    // Recorded, they are not missed again.
    for (const a of missed)
      ledger.set(a.cycle, [{ type: "missed", at: now.toISOString(), cycle: a.cycle, reason: "r" }]);
    expect(missedAt(ledger, now)).toEqual([]);
  });

  it("misses nothing for a workflow that has no cycle yet, or when runs kept up", () => {
    expect(missedAt(new Map(), new Date("2026-12-23T12:00:00Z"))).toEqual([]);
    const ledger: Ledger = new Map([[DUE, published(DUE)]]);
    // The next Tuesday's slot is still ahead: proposed within its lead time, not missed.
    expect(missedAt(ledger, new Date("2026-12-07T12:00:00Z"))).toEqual([]);
  });

  it("looks back at most 60 days, and records at most 100 in one run", () => {
    const config = rules();
    (config.workflows[0] as Workflow).cadence = "0 * * * *"; // social, hourly
    const old = "social@20260101T0000Z";
    const ledger: Ledger = new Map([[old, published(old)]]);
    const missed = missedAt(ledger, new Date("2026-12-23T12:00:00Z"), config);
    expect(missed).toHaveLength(100);
    expect((missed[0] as Extract<Action, { kind: "miss" }>).slot >= "2026-10-24").toBe(true);
  });
});

describe("periods the learner plans that passed without an item", () => {
  const letter = (cycle: string): LedgerEvent[] => [
    { ...opened(cycle, "newsletter"), workflow: "letter", slot: "x" },
    mergedEvent(cycle),
    { type: "published", at: "x", cycle, channel: "newsletter", idempotencyKey: "k", receipt: { id: "r" } },
  ];
  const missed = (ledger: Ledger, now: Date) =>
    plan(world(ledger, { config: letterConfig({ slots: SLOTS }), now })).actions.filter(
      (a): a is Extract<Action, { kind: "miss" }> => a.kind === "miss",
    );

  it("records each week with no item, named by its first slot, and not the week still in progress", () => {
    // The letter went out on Tuesday 8 December; the runs stop until Wednesday 30 December.
    const first = "letter@20261208T0700Z";
    const ledger: Ledger = new Map([[first, letter(first)]]);
    const now = new Date("2026-12-30T12:00:00Z");
    const weeks = missed(ledger, now);
    expect(weeks.map((a) => a.cycle)).toEqual(["letter@20261215T0700Z", "letter@20261222T0700Z"]);
    expect(weeks[0]?.reason).toContain("no item was proposed for the period letter#2026-12-14");
    // Recorded, they are not missed again.
    for (const a of weeks)
      ledger.set(a.cycle, [{ type: "missed", at: now.toISOString(), cycle: a.cycle, reason: "r" }]);
    expect(missed(ledger, now)).toEqual([]);
  });

  it("misses no week whose every slot is in a blackout", () => {
    const first = "letter@20261208T0700Z";
    const config = letterConfig(
      { slots: SLOTS },
      {
        guardrails: {
          channels: { blackouts: [{ ranges: [{ from: "2026-12-14", to: "2026-12-20" }], reason: "closed" }] },
        },
      },
    );
    const actions = plan(
      world(new Map([[first, letter(first)]]), { config, now: new Date("2026-12-23T12:00:00Z") }),
    ).actions.filter((a) => a.kind === "miss");
    expect(actions).toEqual([]);
  });
});
