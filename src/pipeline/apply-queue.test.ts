// L2: items people wrote are taken from queue/<workflow>/ one per slot, moved to content/, recorded as
// proposed and merged, and published in the same run.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Action } from "../core/plan.ts";
import { parseItem } from "../state/item.ts";
import { readLedger } from "../state/ledger.ts";
import { applyQueue, queueItemId, takenQueueItems } from "./apply-queue.ts";
import { gather } from "./gather.ts";
import { newReport } from "./reconcile.ts";

const report = () => newReport({ actions: [], levels: [] } as never);
const AT = "2026-12-01T06:00:00.000Z";

function enqueue(file: string, day: number, workflow = "weekly-blog"): Action {
  const slot = new Date(Date.UTC(2026, 11, day, 8));
  const stamp = `${slot.toISOString().slice(0, 10).replaceAll("-", "")}T0800Z`;
  return {
    kind: "enqueue",
    cycle: `${workflow}@${stamp}`,
    workflow,
    slot: slot.toISOString(),
    file,
    reservation: 0.5,
  };
}

async function queued(ctx: { config: { dir: string } }, files: Record<string, string>): Promise<void> {
  const dir = join(ctx.config.dir, "queue", "weekly-blog");
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

describe("applyQueue", () => {
  it("does nothing without an enqueue action", async () => {
    const ctx = await memoryContext();
    expect(await applyQueue(ctx, [{ kind: "wait", cycle: "c", reason: "r" }], report())).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("moves each item to content/, records it as proposed and merged, and returns it to publish", async () => {
    const ctx = await memoryContext();
    await queued(ctx, { "01-first.md": "# Our first post\n\nHello there.\n" });
    const a = enqueue("01-first.md", 1);
    const r = report();
    const publish = await applyQueue(ctx, [a], r);
    const cycle = "weekly-blog@20261201T0800Z";
    expect(publish).toEqual([{ kind: "publish", cycle, channel: "blog", attempt: 1, override: false }]);

    const text = await readFile(join(ctx.config.dir, "content/weekly-blog", `${cycle}.md`), "utf8");
    expect(parseItem(text, "x")).toEqual({
      meta: {
        cycle,
        workflow: "weekly-blog",
        channel: "blog",
        slot: "2026-12-01T08:00:00.000Z",
        title: "Our first post",
        summary: "Our first post",
        arms: {},
        generator: "queue",
      },
      body: "Hello there.\n",
    });
    expect(await readdir(join(ctx.config.dir, "queue/weekly-blog"))).toEqual([]);

    expect((await readLedger(ctx.config.dir)).get(cycle)).toEqual([
      {
        type: "proposed",
        at: AT,
        cycle,
        workflow: "weekly-blog",
        channel: "blog",
        slot: "2026-12-01T08:00:00.000Z",
        level: "L2",
        branch: `loopcast/${cycle}`,
        proposal: { id: queueItemId("weekly-blog", "01-first.md", "# Our first post\n\nHello there.\n") },
        contentPath: `marketing/content/weekly-blog/${cycle}.md`,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        arms: {},
        generator: "queue",
        title: "Our first post",
        reservation: 0.5,
      },
      {
        type: "merged",
        at: AT,
        cycle,
        mergedSha: "queue",
        mergedBy: "queue",
        editRatio: 0,
        humanCommits: 0,
        title: "Our first post",
      },
    ]);
    expect(r.recorded).toEqual([{ cycle, outcome: "taken from queue/weekly-blog/01-first.md" }]);
    expect(ctx.forge.commits).toEqual([
      {
        message: "loopcast: take 1 item(s) from the queue",
        paths: [
          `marketing/content/weekly-blog/${cycle}.md`,
          `marketing/ledger/2026/12/${cycle}.jsonl`,
          "marketing/queue/weekly-blog/01-first.md",
        ],
      },
    ]);
    expect(r.commits).toEqual(["c0ffee"]);
  });

  it("after a run killed before it deleted a taken file: neither takes it again nor loses it, and removes it", async () => {
    const ctx = await memoryContext({
      config: (c) => ({
        ...c,
        workflows: c.workflows.map((w) => (w.id === "weekly-blog" ? { ...w, level: "L2" as const } : w)),
      }),
    });
    const raw = "# Our first post\n\nHello there.\n";
    await queued(ctx, { "01-first.md": raw, "02-second.md": "# Second\n\nMore.\n" });
    // What the killed run left: the ledger records 01-first.md as taken; the file is still in the queue.
    await applyQueue(ctx, [enqueue("01-first.md", 1)], report());
    await writeFile(join(ctx.config.dir, "queue/weekly-blog/01-first.md"), raw);
    expect(queueItemId("weekly-blog", "01-first.md", raw)).toMatch(
      /^queue\/weekly-blog\/01-first\.md#[0-9a-f]{12}$/,
    );
    const ledger = await readLedger(ctx.config.dir);
    expect(takenQueueItems(ledger)).toEqual(new Set([queueItemId("weekly-blog", "01-first.md", raw)]));
    // The plan's queue leaves it out: the next slot gets the next item.
    expect((await gather(ctx)).queue.get("weekly-blog")).toEqual(["02-second.md"]);
    // The next run's nothing-due pass removes it, in a commit that says so.
    const r = report();
    expect(await applyQueue(ctx, [], r)).toEqual([]);
    expect(await readdir(join(ctx.config.dir, "queue/weekly-blog"))).toEqual(["02-second.md"]);
    expect(ctx.forge.commits.at(-1)).toEqual({
      message: "loopcast: remove 1 queue file(s) already taken",
      paths: ["marketing/queue/weekly-blog/01-first.md"],
    });
    // A new file under a used name, with other text, is a new item.
    expect(takenQueueItems(ledger).has(queueItemId("weekly-blog", "01-first.md", "# Other\n"))).toBe(false);
  });

  it("takes the title from the front matter, else the first heading, else the file name", async () => {
    const ctx = await memoryContext();
    await queued(ctx, {
      "a.md": "---\ntitle: '  From front matter  '\n---\n# Not this\n\nBody A.\n",
      "b.md": "---\nauthor: me\n---\n\n# From the heading\n\nBody B.",
      "c.md": "---\ntitle: '   '\n---\nBody C.",
      "04_a-plain_note.md": "\n\nJust text.\n",
    });
    const actions = [
      enqueue("a.md", 1),
      enqueue("b.md", 8),
      enqueue("c.md", 15),
      enqueue("04_a-plain_note.md", 22),
    ];
    await applyQueue(ctx, actions, report());
    const items = await Promise.all(
      ["20261201", "20261208", "20261215", "20261222"].map(async (d) =>
        parseItem(
          await readFile(join(ctx.config.dir, `content/weekly-blog/weekly-blog@${d}T0800Z.md`), "utf8"),
          "x",
        ),
      ),
    );
    expect(items.map((i) => [i.meta.title, i.body])).toEqual([
      ["From front matter", "# Not this\n\nBody A.\n"],
      ["From the heading", "Body B.\n"],
      ["c", "Body C.\n"],
      ["a plain note", "Just text.\n"],
    ]);
  });

  it("reports an item it cannot read and still takes the others", async () => {
    const ctx = await memoryContext();
    await queued(ctx, { "ok.md": "# Fine\n\nText." });
    const r = report();
    const publish = await applyQueue(ctx, [enqueue("missing.md", 1), enqueue("ok.md", 8)], r);
    expect(publish.map((p) => (p as { cycle: string }).cycle)).toEqual(["weekly-blog@20261208T0800Z"]);
    expect(r.errors).toEqual([
      {
        cycle: "weekly-blog@20261201T0800Z",
        message: expect.stringMatching(/^queue\/weekly-blog\/missing\.md: ENOENT/),
      },
    ]);
    expect(ctx.forge.commits[0]?.message).toBe("loopcast: take 1 item(s) from the queue");
  });

  it("skips a workflow that is not configured and commits nothing when nothing was taken", async () => {
    const ctx = await memoryContext();
    const r = report();
    expect(await applyQueue(ctx, [enqueue("x.md", 1, "retired")], r)).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });

  it("keeps no sha the forge did not give", async () => {
    const ctx = await memoryContext();
    ctx.forge.commitSha = undefined;
    await queued(ctx, { "ok.md": "# Fine\n\nText." });
    const r = report();
    await applyQueue(ctx, [enqueue("ok.md", 1)], r);
    expect(ctx.forge.commits).toHaveLength(1);
    expect(r.commits).toEqual([]);
  });
});
