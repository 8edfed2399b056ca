// Recording what happened to proposals since the last run: merges with their measured edit ratio,
// rejections, adoptions after an interrupted run, and Loopcast's own auto-merges.
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import { type Action, OVERRIDE_LABEL } from "../core/plan.ts";
import { MergePendingError } from "../errors.ts";
import type { Proposal } from "../forge/types.ts";
import { renderItem } from "../state/item.ts";
import { readLedger } from "../state/ledger.ts";
import { applyOutcomes } from "./apply-outcomes.ts";
import { newReport } from "./reconcile.ts";

const CYCLE = "daily-social@20261202T1130Z";
const PATH = `marketing/content/daily-social/${CYCLE}.md`;
const AT = "2026-12-01T06:00:00.000Z";
const report = () => newReport({ actions: [], levels: [] } as never);

function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    id: "#7",
    branch: `loopcast/${CYCLE}`,
    title: "t",
    state: "merged",
    labels: ["loopcast"],
    botSha: "bot1",
    headSha: "head1",
    mergedSha: "merge1",
    mergedBy: "owner",
    humanCommits: 0,
    ...over,
  };
}

function item(title: string, body: string, workflow = "daily-social"): string {
  return renderItem({
    meta: {
      cycle: CYCLE,
      workflow,
      channel: "mastodon",
      slot: "2026-12-02T11:30:00.000Z",
      title,
      summary: "s",
      arms: { hook: "2" },
      generator: "template",
    },
    body,
  });
}

describe("applyOutcomes", () => {
  it("records a merge as merged with the title as merged and the edit ratio against the bot's draft", async () => {
    const ctx = await memoryContext();
    const original = item("Draft title", "abcdefghij");
    const edited = item("Better title", "abcdefghij");
    ctx.forge.files.set(`bot1:${PATH}`, original);
    ctx.forge.files.set(`merge1:${PATH}`, edited);
    const r = report();
    await applyOutcomes(
      ctx,
      [{ kind: "record-merge", cycle: CYCLE, proposal: proposal({ humanCommits: 1 }) }],
      r,
    );
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).toEqual({
      type: "merged",
      at: AT,
      cycle: CYCLE,
      mergedSha: "merge1",
      mergedBy: "owner",
      editRatio: expect.any(Number),
      humanCommits: 1,
      title: "Better title",
    });
    const ratio = (event as { editRatio: number }).editRatio;
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(0.5);
    expect(r.recorded).toEqual([{ cycle: CYCLE, outcome: "merged with edits" }]);
    expect(ctx.forge.commits).toEqual([
      {
        message: "loopcast: record 1 proposal outcome(s)",
        paths: [`marketing/ledger/2026/12/${CYCLE}.jsonl`],
      },
    ]);
    expect(r.commits).toEqual(["c0ffee"]);
  });

  it("reads the merged file on the base branch when the forge names no merge commit", async () => {
    const ctx = await memoryContext();
    const text = item("Same", "unchanged body");
    ctx.forge.files.set(`bot1:${PATH}`, text);
    ctx.forge.files.set(`main:${PATH}`, text);
    const r = report();
    const p = proposal({ mergedSha: undefined, mergedBy: undefined, labels: [OVERRIDE_LABEL] });
    await applyOutcomes(ctx, [{ kind: "record-merge", cycle: CYCLE, proposal: p }], r);
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    // The head commit stands for the merge; an unchanged item has an edit ratio of 0; the override is kept.
    expect(event).toEqual({
      type: "merged",
      at: AT,
      cycle: CYCLE,
      mergedSha: "head1",
      editRatio: 0,
      humanCommits: 0,
      title: "Same",
      override: true,
    });
    expect(r.recorded).toEqual([{ cycle: CYCLE, outcome: "merged" }]);
  });

  it("records a merge whose files cannot be read with no title and a full edit", async () => {
    const ctx = await memoryContext();
    ctx.forge.files.set(`bot1:${PATH}`, "original text");
    await applyOutcomes(ctx, [{ kind: "record-merge", cycle: CYCLE, proposal: proposal() }], report());
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).not.toHaveProperty("title");
    expect(event).toMatchObject({ editRatio: 1 });
  });

  it("records a rejection with its reason and who closed it", async () => {
    const ctx = await memoryContext();
    const r = report();
    await applyOutcomes(
      ctx,
      [
        { kind: "record-reject", cycle: CYCLE, reason: "closed without merging", by: "owner" },
        { kind: "record-reject", cycle: "daily-social@20261203T1130Z", reason: "gone" },
      ],
      r,
    );
    const ledger = await readLedger(ctx.config.dir);
    expect(ledger.get(CYCLE)).toEqual([
      { type: "rejected", at: AT, cycle: CYCLE, reason: "closed without merging", by: "owner" },
    ]);
    expect(ledger.get("daily-social@20261203T1130Z")).toEqual([
      { type: "rejected", at: AT, cycle: "daily-social@20261203T1130Z", reason: "gone" },
    ]);
    expect(r.recorded.map((x) => x.outcome)).toEqual(["rejected", "rejected"]);
    expect(ctx.forge.commits[0]?.message).toBe("loopcast: record 2 proposal outcome(s)");
  });

  it("adopts a proposal an interrupted run opened, from the item on its branch", async () => {
    const ctx = await memoryContext();
    const text = item("Adopted", "body");
    ctx.forge.files.set(`bot1:${PATH}`, text);
    const r = report();
    const p = proposal({ state: "open", mergedSha: undefined, url: "https://forge.example/7" });
    await applyOutcomes(ctx, [{ kind: "adopt", cycle: CYCLE, proposal: p }], r);
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).toEqual({
      type: "proposed",
      at: AT,
      cycle: CYCLE,
      workflow: "daily-social",
      channel: "mastodon",
      slot: "2026-12-02T11:30:00.000Z",
      level: "L4",
      branch: `loopcast/${CYCLE}`,
      proposal: { id: "#7", url: "https://forge.example/7" },
      contentPath: PATH,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      arms: { hook: "2" },
      generator: "template",
      title: "Adopted",
      adopted: true,
    });
    expect(r.recorded).toEqual([{ cycle: CYCLE, outcome: "adopted" }]);
  });

  it("adopts an item of an unknown workflow at L3, and reports one whose item is missing", async () => {
    const ctx = await memoryContext();
    ctx.forge.files.set(`bot1:${PATH}`, item("Elsewhere", "body", "retired"));
    const other = "daily-social@20261203T1130Z";
    const r = report();
    await applyOutcomes(
      ctx,
      [
        { kind: "adopt", cycle: CYCLE, proposal: proposal({ state: "open" }) },
        { kind: "adopt", cycle: other, proposal: proposal({ state: "open", branch: `loopcast/${other}` }) },
      ],
      r,
    );
    const ledger = await readLedger(ctx.config.dir);
    expect(ledger.get(CYCLE)?.[0]).toMatchObject({
      level: "L3",
      workflow: "retired",
      proposal: { id: "#7" },
    });
    expect(ledger.get(CYCLE)?.[0]).not.toHaveProperty("proposal.url");
    expect(ledger.has(other)).toBe(false);
    expect(r.errors).toEqual([
      {
        cycle: other,
        message: `proposal loopcast/${other} has no marketing/content/daily-social/${other}.md`,
      },
    ]);
  });

  it("auto-merges as the bot first, then records the merge as Loopcast's own", async () => {
    const ctx = await memoryContext();
    ctx.forge.proposals.set(`loopcast/${CYCLE}`, proposal({ state: "open", mergedSha: undefined }));
    const text = item("Auto", "body");
    ctx.forge.files.set(`bot1:${PATH}`, text);
    ctx.forge.files.set(`merge:${PATH}`, text);
    const r = report();
    const actions: Action[] = [
      { kind: "auto-merge", cycle: CYCLE, proposal: proposal({ state: "open" }), reason: "L5" },
    ];
    await applyOutcomes(ctx, actions, r);
    expect(ctx.forge.merges).toEqual([
      { branch: `loopcast/${CYCLE}`, opts: { asBot: true, by: "loopcast" } },
    ]);
    const [event] = (await readLedger(ctx.config.dir)).get(CYCLE) ?? [];
    expect(event).toMatchObject({
      type: "merged",
      mergedSha: "merge",
      mergedBy: "loopcast",
      editRatio: 0,
      auto: true,
    });
    expect(r.recorded).toEqual([{ cycle: CYCLE, outcome: "auto-merged" }]);
  });

  it("holds an auto-merge that waits for checks, and reports one that failed", async () => {
    const ctx = await memoryContext();
    const pending = new MergePendingError("2 checks running");
    const other = "daily-social@20261203T1130Z";
    ctx.forge.mergeErrors.set(`loopcast/${CYCLE}`, pending);
    ctx.forge.mergeErrors.set(`loopcast/${other}`, new Error("conflict"));
    const r = report();
    await applyOutcomes(
      ctx,
      [
        { kind: "auto-merge", cycle: CYCLE, proposal: proposal(), reason: "L5" },
        {
          kind: "auto-merge",
          cycle: other,
          proposal: proposal({ branch: `loopcast/${other}` }),
          reason: "L5",
        },
      ],
      r,
    );
    expect(r.held).toEqual([{ cycle: CYCLE, reason: "auto-merge waits for checks: 2 checks running" }]);
    expect(r.errors).toEqual([{ cycle: other, message: "auto-merge: conflict" }]);
    expect(r.recorded).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("commits nothing when there is no outcome, and keeps no sha the forge did not give", async () => {
    const ctx = await memoryContext();
    await applyOutcomes(ctx, [{ kind: "wait", cycle: CYCLE, reason: "later" }], report());
    expect(ctx.forge.commits).toEqual([]);
    ctx.forge.commitSha = undefined;
    const r = report();
    await applyOutcomes(ctx, [{ kind: "record-reject", cycle: CYCLE, reason: "x" }], r);
    expect(ctx.forge.commits).toHaveLength(1);
    expect(r.commits).toEqual([]);
  });
});
