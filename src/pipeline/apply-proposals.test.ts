// Opening proposals: each due item is generated, checked, rewritten with the findings while errors remain,
// and opened in one batch; refusals are recorded once and budget refusals raise an exception. The forge is
// in memory and the configuration a temporary copy of the example, so this stays in milliseconds.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Action } from "../core/plan.ts";
import { listExceptions } from "../state/exceptions.ts";
import { readLedger } from "../state/ledger.ts";
import { applyProposals, draftProposals } from "./apply-proposals.ts";
import { newReport } from "./reconcile.ts";

const CYCLE = "daily-social@20261202T1130Z";
const propose = (over: Partial<Extract<Action, { kind: "propose" }>> = {}): Action => ({
  kind: "propose",
  cycle: CYCLE,
  workflow: "daily-social",
  slot: "2026-12-02T11:30:00.000Z",
  level: "L4",
  reservation: 0,
  ...over,
});
const report = () => newReport({ actions: [], levels: [] } as never);

describe("applyProposals", () => {
  it("does nothing, and commits nothing, when nothing is due or refused", async () => {
    const ctx = await memoryContext();
    const r = report();
    await applyProposals(ctx, [{ kind: "wait", cycle: CYCLE, reason: "later" }], r);
    expect(ctx.forge.commits).toEqual([]);
    expect(ctx.generator.requests).toEqual([]);
  });

  it("opens a clean draft as a proposal with its preview, labels and guardrail status, then records it", async () => {
    const ctx = await memoryContext({ bodies: ["Review your marketing like code."] });
    const r = report();
    await applyProposals(ctx, [propose({ reservation: 1.25 })], r);

    // The request: the channel's own maximum length, no disclosures on Mastodon, the first attempt.
    expect(ctx.generator.requests).toHaveLength(1);
    expect(ctx.generator.requests[0]).toMatchObject({
      cycle: CYCLE,
      slot: new Date("2026-12-02T11:30:00.000Z"),
      maxLength: 500,
      disclosures: [],
      attempt: 1,
      feedback: [],
      workflow: { id: "daily-social" },
      channel: { id: "mastodon" },
    });

    const path = `marketing/content/daily-social/${CYCLE}.md`;
    const [input] = ctx.forge.opened[0] ?? [];
    expect(input).toMatchObject({
      cycle: CYCLE,
      branch: `loopcast/${CYCLE}`,
      title: "[loopcast] daily-social: Title 1",
      labels: ["loopcast", "L4", "workflow:daily-social"],
      commitMessage: `loopcast: propose ${CYCLE}\n\nTitle 1`,
      status: { state: "success", description: "guardrails: 0 warning(s), 0 suggestion(s)" },
    });
    expect(input?.files.map((f) => f.path)).toEqual([path]);
    expect(input?.files[0]?.content).toContain("Review your marketing like code.");
    expect(input?.body).toContain("scheduled for ");
    expect(input?.body).toContain("- reserves 1.25 EUR of the budget");
    expect(input?.body).not.toContain("- draft");

    const [event, ...more] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      type: "proposed",
      at: "2026-12-01T06:00:00.000Z",
      cycle: CYCLE,
      workflow: "daily-social",
      channel: "mastodon",
      slot: "2026-12-02T11:30:00.000Z",
      level: "L4",
      branch: `loopcast/${CYCLE}`,
      proposal: { id: "#1", url: `https://forge.example/loopcast/${CYCLE}` },
      contentPath: path,
      arms: { hook: "1" },
      generator: "scripted",
      title: "Title 1",
      reservation: 1.25,
      checks: { errors: 0, warnings: 0, suggestions: 0 },
    });
    expect(event).not.toHaveProperty("needsHuman");
    expect(event).not.toHaveProperty("attempts");
    expect(r.proposed).toEqual([
      { cycle: CYCLE, branch: `loopcast/${CYCLE}`, url: `https://forge.example/loopcast/${CYCLE}` },
    ]);
    expect(ctx.forge.commits).toEqual([
      { message: "loopcast: propose 1 item(s)", paths: [`marketing/ledger/2026/12/${CYCLE}.jsonl`] },
    ]);
    expect(r.commits).toEqual(["c0ffee"]);
  });

  it("hands the generator the workflow's earlier items as merged, read before anything is drafted", async () => {
    const ctx = await memoryContext();
    const dir = join(ctx.config.dir, "content", "daily-social");
    await mkdir(dir, { recursive: true });
    const item = (cycle: string, title: string) =>
      `---\ncycle: ${cycle}\nworkflow: daily-social\nchannel: mastodon\nslot: x\ntitle: ${title}\nsummary: s\narms:\n  hook: "1"\ngenerator: template\n---\n\nAs merged.\n`;
    await writeFile(
      join(dir, "daily-social@20261130T1130Z.md"),
      item("daily-social@20261130T1130Z", "Before"),
    );
    // A later cycle's file is not an earlier item (and a proposal's file is on its branch, not here).
    await writeFile(
      join(dir, "daily-social@20261203T1130Z.md"),
      item("daily-social@20261203T1130Z", "After"),
    );
    const drafting = draftProposals(ctx, [propose()]);
    // Read synchronously when drafting starts: what the run merges after that does not change the draft.
    await writeFile(join(dir, "daily-social@20261201T1130Z.md"), item("daily-social@20261201T1130Z", "Late"));
    await applyProposals(ctx, [propose()], report(), drafting);
    expect(ctx.generator.requests[0]?.earlier).toEqual([
      {
        cycle: "daily-social@20261130T1130Z",
        generator: "template",
        arms: { hook: "1" },
        title: "Before",
        summary: "s",
        body: "As merged.",
      },
    ]);
  });

  it("rewrites a draft with its errors as feedback, and says how many drafts it took", async () => {
    const ctx = await memoryContext({
      bodies: ["Our revolutionary tool.", "Our new tool, about pricing."],
    });
    const r = report();
    await applyProposals(ctx, [propose()], r);
    expect(ctx.generator.requests.map((q) => q.attempt)).toEqual([1, 2]);
    expect(ctx.generator.requests[1]?.feedback).toEqual([
      { message: expect.stringContaining("revolutionary"), actual: "revolutionary", expected: ["new"] },
    ]);
    const [input] = ctx.forge.opened[0] ?? [];
    // The topic sends it to a person.
    expect(input?.labels).toEqual(["loopcast", "L4", "workflow:daily-social", "loopcast:needs-human"]);
    expect(input?.status?.description).toBe("guardrails: 1 warning(s), 0 suggestion(s)");
    expect(input?.body).toContain("- draft 2: earlier drafts broke the guardrails and were rewritten");
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).toMatchObject({
      attempts: 2,
      needsHuman: ["topic: pricing changes need the founder"],
      checks: { errors: 0, warnings: 1, suggestions: 0 },
      title: "Title 2",
    });
  });

  it("gives up after regenerate.maxTries more drafts: the cycle is skipped and an exception raised", async () => {
    const ctx = await memoryContext({ bodies: ["Our revolutionary tool."] });
    const r = report();
    await applyProposals(ctx, [propose()], r);
    // maxTries: 2 in the example, so three drafts in all.
    expect(ctx.generator.requests.map((q) => q.attempt)).toEqual([1, 2, 3]);
    expect(ctx.forge.opened).toEqual([]);
    expect(r.refused).toEqual([
      { cycle: CYCLE, guardrail: "voice", reason: "1 guardrail error(s) after 3 draft(s)" },
    ]);
    expect((await readLedger(ctx.config.dir)).get(CYCLE)).toEqual([
      {
        type: "skipped",
        at: "2026-12-01T06:00:00.000Z",
        cycle: CYCLE,
        reason: "1 guardrail error(s) after 3 draft(s)",
        guardrail: "voice",
      },
    ]);
    const [ex] = await listExceptions(ctx.config.dir);
    expect(ex).toMatchObject({
      id: `guardrail--${CYCLE}`,
      type: "guardrail",
      severity: "error",
      status: "open",
      title: `${CYCLE}: every draft broke the brand-voice lock`,
      cycle: CYCLE,
      workflow: "daily-social",
    });
    expect(ex?.detail).toMatch(
      new RegExp(
        `^3 draft\\(s\\) were written; the last still had 1 error\\(s\\):\\nmarketing/content/daily-social/${CYCLE}\\.md:\\d+:5  error  .*revolutionary.*\\nAdjust the templates`,
      ),
    );
    expect(ctx.forge.commits).toEqual([
      {
        message: "loopcast: propose 0 item(s)",
        paths: [`marketing/ledger/2026/12/${CYCLE}.jsonl`, `marketing/exceptions/guardrail--${CYCLE}.yaml`],
      },
    ]);
  });

  it("rewrites twice by default, and not at all with maxTries: 0", async () => {
    const ctx = await memoryContext({
      bodies: ["Our revolutionary tool."],
      config: (c) => ({ ...c, guardrails: { ...c.guardrails, regenerate: undefined } }),
    });
    await applyProposals(ctx, [propose()], report());
    expect(ctx.generator.requests).toHaveLength(3);
    const once = await memoryContext({
      bodies: ["Our revolutionary tool."],
      config: (c) => ({ ...c, guardrails: { ...c.guardrails, regenerate: { maxTries: 0 } } }),
    });
    await applyProposals(once, [propose()], report());
    expect(once.generator.requests).toHaveLength(1);
  });

  it("hands the channel's disclosures to the generator, and the kind's default length when the channel has none", async () => {
    const ctx = await memoryContext({
      bodies: ["Hello."],
      config: (c) => ({
        ...c,
        strategy: {
          ...c.strategy,
          channels: c.strategy.channels.map((ch) =>
            ch.id === "newsletter" ? { ...ch, maxLength: undefined } : ch,
          ),
        },
      }),
    });
    await applyProposals(
      ctx,
      [propose({ cycle: "weekly-newsletter@20261203T0700Z", workflow: "weekly-newsletter", level: "L3" })],
      report(),
    );
    expect(ctx.generator.requests[0]).toMatchObject({
      maxLength: 10_000,
      disclosures: [
        "You get this email because you subscribed at loopcast.dev. Unsubscribe with one click at any time.",
      ],
    });
  });

  it("records a refusal once, and raises an exception only for a budget refusal", async () => {
    const ctx = await memoryContext();
    const r = report();
    await applyProposals(
      ctx,
      [
        {
          kind: "refuse",
          cycle: CYCLE,
          workflow: "daily-social",
          guardrail: "budget",
          reason: "reserving 4.00 EUR would cross the weekly cap",
          reservation: 4,
        } as Action,
        {
          kind: "refuse",
          cycle: "daily-social@20261206T1130Z",
          workflow: "daily-social",
          guardrail: "blackout",
          reason: "blackout on 2026-12-06",
        } as Action,
      ],
      r,
    );
    expect(ctx.generator.requests).toEqual([]);
    const ledger = await readLedger(ctx.config.dir);
    expect(ledger.get(CYCLE)).toEqual([
      {
        type: "skipped",
        at: "2026-12-01T06:00:00.000Z",
        cycle: CYCLE,
        reason: "reserving 4.00 EUR would cross the weekly cap",
        guardrail: "budget",
        reservation: 4,
      },
    ]);
    expect(ledger.get("daily-social@20261206T1130Z")?.[0]).not.toHaveProperty("reservation");
    expect(r.refused.map((x) => x.guardrail)).toEqual(["budget", "blackout"]);
    const exceptions = await listExceptions(ctx.config.dir);
    expect(exceptions).toHaveLength(1);
    expect(exceptions[0]).toMatchObject({
      id: `budget--${CYCLE}`,
      type: "budget",
      severity: "warning",
      status: "open",
      title: `Budget cap: ${CYCLE} was not generated`,
      detail:
        "reserving 4.00 EUR would cross the weekly cap. Raise the cap in guardrails.yaml, lower costPerItem, or let the cycle go.",
      cycle: CYCLE,
      workflow: "daily-social",
      raisedAt: "2026-12-01T06:00:00.000Z",
    });
    expect(ctx.forge.commits[0]?.paths).toContain(`marketing/exceptions/budget--${CYCLE}.yaml`);
    // Refused again in a later run: the exception exists, so it is not written (or committed) again.
    const again = await memoryContext();
    again.config = ctx.config;
    const refuseAgain = {
      kind: "refuse",
      cycle: CYCLE,
      workflow: "daily-social",
      guardrail: "budget",
      reason: "x",
    };
    await applyProposals(again, [refuseAgain as Action], report());
    expect(again.forge.commits[0]?.paths).toEqual([`marketing/ledger/2026/12/${CYCLE}.jsonl`]);
  });

  it("reports a forge error for one proposal and records the others", async () => {
    const ctx = await memoryContext();
    ctx.forge.openErrors.set(`loopcast/${CYCLE}`, new Error("push rejected"));
    const other = "daily-social@20261203T1130Z";
    const r = report();
    await applyProposals(ctx, [propose(), propose({ cycle: other, slot: "2026-12-03T11:30:00.000Z" })], r);
    expect(ctx.forge.opened[0]).toHaveLength(2);
    expect(r.errors).toEqual([{ cycle: CYCLE, message: "push rejected" }]);
    expect(r.proposed.map((p) => p.cycle)).toEqual([other]);
    const ledger = await readLedger(ctx.config.dir);
    expect(ledger.has(CYCLE)).toBe(false);
    expect(ledger.get(other)?.[0]?.type).toBe("proposed");
    expect(ctx.forge.commits[0]?.message).toBe("loopcast: propose 1 item(s)");
  });

  it("commits nothing when every proposal failed, and keeps no sha the forge did not give", async () => {
    const ctx = await memoryContext();
    ctx.forge.openErrors.set(`loopcast/${CYCLE}`, new Error("push rejected"));
    await applyProposals(ctx, [propose()], report());
    expect(ctx.forge.commits).toEqual([]);
    const quiet = await memoryContext();
    quiet.forge.commitSha = undefined;
    const r = report();
    await applyProposals(quiet, [propose()], r);
    expect(quiet.forge.commits).toHaveLength(1);
    expect(r.commits).toEqual([]);
  });

  it("reports a workflow that is not configured, without opening anything", async () => {
    const ctx = await memoryContext();
    const r = report();
    await applyProposals(ctx, [propose({ workflow: "gone", cycle: "gone@20261202T1130Z" })], r);
    expect(r.errors).toEqual([
      { cycle: "gone@20261202T1130Z", message: "workflow gone or its channel is not configured" },
    ]);
    expect(ctx.forge.opened).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("writes the item it proposes with the slot, workflow and generator in its front matter", async () => {
    const ctx = await memoryContext();
    await applyProposals(ctx, [propose()], report());
    const content = ctx.forge.opened[0]?.[0]?.files[0]?.content ?? "";
    expect(content).toMatch(/^---\n/);
    expect(content).toContain(`cycle: ${CYCLE}\n`);
    expect(content).toContain("generator: scripted\n");
    expect(content).toContain("summary: A summary.\n");
    // Nothing is written to the working tree: the item lives on its branch.
    await expect(readFile(join(ctx.config.dir, "content/daily-social", `${CYCLE}.md`))).rejects.toThrow();
  });

  it("drafts with the learner's options and records them, the slot and the reasons on the proposed event", async () => {
    const ctx = await memoryContext();
    const learned = {
      seed: CYCLE,
      period: "daily-social#2026-12-02",
      why: [
        "slot 12:30 (Thompson draw): 12:30 engagement_rate 2.0 % over 4 measured of 5 sent, P(best) 0.71",
      ],
    };
    const arms = { slot: "12:30", pillar: "guardrails", title: "0", hook: "2", cta: "1" };
    await applyProposals(ctx, [propose({ arms, learned })], report());
    expect(ctx.generator.requests[0]?.arms).toEqual(arms);
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    // The options are the generator's (the scripted one answers hook 1); the slot is the planner's.
    expect(event).toMatchObject({ type: "proposed", arms: { hook: "1", slot: "12:30" }, learned });
    const body = ctx.forge.opened[0]?.[0]?.body ?? "";
    expect(body).toContain(
      `- why these options (from the measured results in the ledger):\n  - ${learned.why[0]}\n`,
    );
  });

  it("keeps neither the learner's options nor its reasons for a rewrite, but keeps the planner's slot", async () => {
    const ctx = await memoryContext({ bodies: ["Our revolutionary tool.", "Our new tool."] });
    const learned = { seed: CYCLE, why: ["hook 2 (Thompson draw): …"] };
    await applyProposals(ctx, [propose({ arms: { slot: "12:30", hook: "2" }, learned })], report());
    // Every request carries the options; the brief uses them for the first draft only (see brief.test.ts).
    expect(ctx.generator.requests.map((q) => [q.attempt, q.arms?.hook])).toEqual([
      [1, "2"],
      [2, "2"],
    ]);
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).toMatchObject({ arms: { hook: "1", slot: "12:30" }, attempts: 2 });
    expect(event).not.toHaveProperty("learned");
    expect(ctx.forge.opened[0]?.[0]?.body).not.toContain("why these options");
  });

  it("records the generator's options alone when the planner chose nothing", async () => {
    const ctx = await memoryContext();
    await applyProposals(ctx, [propose()], report());
    expect(ctx.generator.requests[0]).not.toHaveProperty("arms");
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).toMatchObject({ arms: { hook: "1" } });
    expect(event?.type === "proposed" && event.arms).toEqual({ hook: "1" });
    expect(event).not.toHaveProperty("learned");
  });
});
