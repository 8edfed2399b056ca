// L2 ("partial"): items people wrote wait in marketing/queue/<workflow>/ and go out on the fixed cadence,
// one per slot, with no generation and no rewriting. Taking an item moves it to content/ and records it
// as proposed and merged (a person wrote it and committed it: that is the approval); publishing follows.
//
// A run killed while taking items must neither lose one nor take it twice. The order is: write the
// content file, append the ledger lines (which name the queue file and a hash of its text), delete the
// queue file, commit. The next run finishes what was written (recover.ts: content files whole, queue
// deletions consumed, ledger lines appended); a queue file the ledger already records as taken is not
// taken again (gather.ts) and is deleted here.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import type { Action } from "../core/plan.ts";
import { renderItem, sha256 } from "../state/item.ts";
import { appendEvents, type Ledger, type LedgerEvent, readLedger } from "../state/ledger.ts";
import { contentPath, proposalBranch } from "../state/paths.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

type EnqueueAction = Extract<Action, { kind: "enqueue" }>;

/** Returns publish actions for the items taken, so they go out in the same run. */
export async function applyQueue(ctx: RunContext, actions: Action[], report: RunReport): Promise<Action[]> {
  const due = actions.filter((a): a is EnqueueAction => a.kind === "enqueue");
  // Queue files an interrupted run recorded as taken but did not delete.
  const consumed: string[] = await leftovers(ctx);
  if (!due.length && !consumed.length) return [];
  const at = ctx.now.toISOString();
  const events: LedgerEvent[] = [];
  const paths: string[] = [];
  const publish: Action[] = [];
  for (const a of due) {
    const workflow = ctx.config.workflows.find((w) => w.id === a.workflow);
    if (!workflow) continue;
    const queuePath = `queue/${a.workflow}/${a.file}`;
    try {
      const raw = await readFile(join(ctx.config.dir, queuePath), "utf8");
      const { title, body } = titleAndBody(raw, a.file);
      const taken = queueItemId(a.workflow, a.file, raw);
      const text = renderItem({
        meta: {
          cycle: a.cycle,
          workflow: a.workflow,
          channel: workflow.channel,
          slot: a.slot,
          title,
          summary: title,
          arms: {},
          generator: "queue",
        },
        body,
      });
      const target = contentPath(a.cycle);
      await mkdir(dirname(join(ctx.config.dir, target)), { recursive: true });
      await writeFile(join(ctx.config.dir, target), text);
      paths.push(target);
      consumed.push(queuePath);
      const rel = `${ctx.configRel}/${target}`;
      events.push(
        {
          type: "proposed",
          at,
          cycle: a.cycle,
          workflow: a.workflow,
          channel: workflow.channel,
          slot: a.slot,
          level: "L2",
          branch: proposalBranch(a.cycle),
          proposal: { id: taken },
          contentPath: rel,
          contentHash: sha256(text),
          arms: {},
          generator: "queue",
          title,
          reservation: a.reservation,
        },
        {
          type: "merged",
          at,
          cycle: a.cycle,
          mergedSha: "queue",
          mergedBy: "queue",
          editRatio: 0,
          humanCommits: 0,
          title,
        },
      );
      report.recorded.push({ cycle: a.cycle, outcome: `taken from queue/${a.workflow}/${a.file}` });
      publish.push({
        kind: "publish",
        cycle: a.cycle,
        channel: workflow.channel,
        attempt: 1,
        override: false,
      });
    } catch (err) {
      report.errors.push({ cycle: a.cycle, message: `${queuePath}: ${(err as Error).message}` });
    }
  }
  if (events.length || consumed.length) {
    paths.push(...(await appendEvents(ctx.config.dir, events)));
    for (const queuePath of consumed) await rm(join(ctx.config.dir, queuePath), { force: true });
    const sha = await ctx.forge.commitState(
      events.length
        ? `loopcast: take ${publish.length} item(s) from the queue`
        : `loopcast: remove ${consumed.length} queue file(s) already taken`,
      [...paths, ...consumed].map((p) => `${ctx.configRel}/${p}`),
    );
    if (sha) report.commits.push(sha);
  }
  return publish;
}

/** How the ledger names a queue item it took: its file, and a hash of its text (a file name may be reused). */
export function queueItemId(workflow: string, file: string, raw: string): string {
  return `queue/${workflow}/${file}#${sha256(raw).slice(0, 12)}`;
}

/** Queue files of L2 workflows that the ledger records as taken (by name and text): an interrupted take. */
async function leftovers(ctx: RunContext): Promise<string[]> {
  const files: Array<{ workflow: string; file: string }> = [];
  for (const w of ctx.config.workflows) {
    const names = await readdir(join(ctx.config.dir, "queue", w.id)).catch(() => [] as string[]);
    for (const file of names.filter((f) => f.endsWith(".md"))) files.push({ workflow: w.id, file });
  }
  if (!files.length) return [];
  const taken = takenQueueItems(await readLedger(ctx.config.dir, ctx.ledgerCache));
  const out: string[] = [];
  for (const { workflow, file } of files) {
    const path = `queue/${workflow}/${file}`;
    const raw = await readFile(join(ctx.config.dir, path), "utf8").catch(() => undefined);
    if (raw !== undefined && taken.has(queueItemId(workflow, file, raw))) out.push(path);
  }
  return out;
}

/** The queue items the ledger records as taken. */
export function takenQueueItems(ledger: Ledger): Set<string> {
  const taken = new Set<string>();
  for (const events of ledger.values())
    for (const e of events)
      if (e.type === "proposed" && e.generator === "queue" && e.proposal.id.startsWith("queue/"))
        taken.add(e.proposal.id);
  return taken;
}

/** Title from front matter `title:`, else the first `# ` heading (removed from the body), else the file name. */
function titleAndBody(raw: string, file: string): { title: string; body: string } {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (fm) {
    const meta = (parse(fm[1] as string) ?? {}) as { title?: unknown };
    if (typeof meta.title === "string" && meta.title.trim())
      return { title: meta.title.trim(), body: (fm[2] as string).trim() };
    raw = fm[2] as string;
  }
  const heading = /^#\s+(.+)\r?\n+/.exec(raw.trimStart());
  if (heading)
    return { title: (heading[1] as string).trim(), body: raw.trimStart().slice(heading[0].length).trim() };
  return {
    title: file
      .replace(/\.md$/, "")
      .replace(/^\d+[-_]/, "")
      .replace(/[-_]+/g, " "),
    body: raw.trim(),
  };
}
