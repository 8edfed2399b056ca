// L2 ("partial"): items people wrote wait in marketing/queue/<workflow>/ and go out on the fixed cadence,
// one per slot, with no generation and no rewriting. Taking an item moves it to content/ and records it
// as proposed and merged (a person wrote it and committed it: that is the approval); publishing follows.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import type { Action } from "../core/plan.ts";
import { renderItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath, proposalBranch } from "../state/paths.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

type EnqueueAction = Extract<Action, { kind: "enqueue" }>;

/** Returns publish actions for the items taken, so they go out in the same run. */
export async function applyQueue(ctx: RunContext, actions: Action[], report: RunReport): Promise<Action[]> {
  const due = actions.filter((a): a is EnqueueAction => a.kind === "enqueue");
  if (!due.length) return [];
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
      await rm(join(ctx.config.dir, queuePath));
      paths.push(target, queuePath);
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
          proposal: { id: `queue/${a.file}` },
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
  if (events.length) {
    paths.push(...(await appendEvents(ctx.config.dir, events)));
    const sha = await ctx.forge.commitState(
      `loopcast: take ${publish.length} item(s) from the queue`,
      paths.map((p) => `${ctx.configRel}/${p}`),
    );
    if (sha) report.commits.push(sha);
  }
  return publish;
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
