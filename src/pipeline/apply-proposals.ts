// Generates each due item and opens them as proposals in one batch. Branches and forge records come
// first; the ledger's "proposed" events are committed after, in one commit. If a run stops in between,
// the next run finds the open proposals and adopts them, so nothing is proposed twice or lost.
import { channelById } from "../config/types.ts";
import type { Action } from "../core/plan.ts";
import { formatInZone } from "../core/time.ts";
import type { ProposalInput } from "../forge/types.ts";
import { type Item, renderItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath, proposalBranch } from "../state/paths.ts";
import { proposalBody, proposalTitle } from "./proposal-body.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

type ProposeAction = Extract<Action, { kind: "propose" }>;

interface Prepared {
  action: ProposeAction;
  input: ProposalInput;
  event: Extract<LedgerEvent, { type: "proposed" }>;
}

const DEFAULT_MAX_LENGTH = { blog: 20_000, email: 10_000, mastodon: 500, webhook: 5_000 } as const;

export async function applyProposals(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  const due = actions.filter((a): a is ProposeAction => a.kind === "propose");
  if (!due.length) return;
  const at = ctx.now.toISOString();

  const prepared: Prepared[] = [];
  for (const action of due) {
    try {
      prepared.push(await prepare(ctx, action, at));
    } catch (err) {
      report.errors.push({ cycle: action.cycle, message: (err as Error).message });
    }
  }

  const results = await ctx.forge.openProposals(prepared.map((p) => p.input));
  const events: LedgerEvent[] = [];
  results.forEach((result, i) => {
    const { action, event } = prepared[i] as Prepared;
    if (result instanceof Error) {
      report.errors.push({ cycle: action.cycle, message: result.message });
      return;
    }
    events.push({ ...event, proposal: { id: result.id, ...(result.url ? { url: result.url } : {}) } });
    report.proposed.push({
      cycle: action.cycle,
      branch: result.branch,
      ...(result.url ? { url: result.url } : {}),
    });
  });
  if (!events.length) return;
  const paths = (await appendEvents(ctx.config.dir, events)).map((p) => `${ctx.configRel}/${p}`);
  const sha = await ctx.forge.commitState(`loopcast: propose ${events.length} item(s)`, paths);
  if (sha) report.commits.push(sha);
}

async function prepare(ctx: RunContext, action: ProposeAction, at: string): Promise<Prepared> {
  const workflow = ctx.config.workflows.find((w) => w.id === action.workflow);
  const channel = workflow && channelById(ctx.config, workflow.channel);
  if (!workflow || !channel) throw new Error(`workflow ${action.workflow} or its channel is not configured`);
  const disclosures = (ctx.config.guardrails.voice?.requiredDisclosures ?? [])
    .filter((d) => d.channels.includes(channel.id))
    .map((d) => d.text);
  const slot = new Date(action.slot);
  const draft = await ctx.generator.generate({
    cycle: action.cycle,
    slot,
    workflow,
    channel,
    strategy: ctx.config.strategy,
    voiceGuide: ctx.config.voiceGuide,
    disclosures,
    maxLength: channel.maxLength ?? DEFAULT_MAX_LENGTH[channel.type],
  });
  const item: Item = {
    meta: {
      cycle: action.cycle,
      workflow: workflow.id,
      channel: channel.id,
      slot: action.slot,
      title: draft.title,
      summary: draft.summary,
      arms: draft.arms,
      generator: ctx.generator.id,
    },
    body: draft.body,
  };
  const text = renderItem(item);
  const path = `${ctx.configRel}/${contentPath(action.cycle)}`;
  const branch = proposalBranch(action.cycle);
  const slotLocal = formatInZone(slot, ctx.config.strategy.timezone);
  return {
    action,
    input: {
      cycle: action.cycle,
      branch,
      title: proposalTitle(item),
      body: proposalBody({ item, workflow, level: action.level, contentPath: path, slotLocal }),
      labels: ["loopcast", action.level, `workflow:${workflow.id}`],
      files: [{ path, content: text }],
      commitMessage: `loopcast: propose ${action.cycle}\n\n${item.meta.title}`,
    },
    event: {
      type: "proposed",
      at,
      cycle: action.cycle,
      workflow: workflow.id,
      channel: channel.id,
      slot: action.slot,
      level: action.level,
      branch,
      proposal: { id: branch },
      contentPath: path,
      contentHash: sha256(text),
      arms: draft.arms,
      generator: ctx.generator.id,
    },
  };
}
