// Generates each due item and opens it as a proposal. The branch and the forge record come first; the
// ledger's "proposed" events are committed after, in one commit. If a run stops in between, the next run
// finds the open proposals and adopts them, so nothing is proposed twice and nothing is lost.
import { channelById } from "../config/types.ts";
import type { Action } from "../core/plan.ts";
import { formatInZone } from "../core/time.ts";
import { type Item, renderItem, sha256 } from "../state/item.ts";
import { appendEvents, type LedgerEvent } from "../state/ledger.ts";
import { contentPath, proposalBranch } from "../state/paths.ts";
import { proposalBody, proposalTitle } from "./proposal-body.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

export async function applyProposals(ctx: RunContext, actions: Action[], report: RunReport): Promise<void> {
  const at = ctx.now.toISOString();
  const events: LedgerEvent[] = [];
  try {
    for (const action of actions) {
      if (action.kind !== "propose") continue;
      try {
        events.push(await proposeOne(ctx, action, at));
        const last = events.at(-1) as Extract<LedgerEvent, { type: "proposed" }>;
        report.proposed.push({
          cycle: action.cycle,
          branch: last.branch,
          ...(last.proposal.url ? { url: last.proposal.url } : {}),
        });
      } catch (err) {
        report.errors.push({ cycle: action.cycle, message: (err as Error).message });
      }
    }
  } finally {
    if (events.length) {
      const paths = (await appendEvents(ctx.config.dir, events)).map((p) => `${ctx.configRel}/${p}`);
      const sha = await ctx.forge.commitState(`loopcast: propose ${events.length} item(s)`, paths);
      if (sha) report.commits.push(sha);
    }
  }
}

async function proposeOne(
  ctx: RunContext,
  action: Extract<Action, { kind: "propose" }>,
  at: string,
): Promise<LedgerEvent> {
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
  const proposal = await ctx.forge.openProposal({
    cycle: action.cycle,
    branch,
    title: proposalTitle(item),
    body: proposalBody({
      item,
      workflow,
      level: action.level,
      contentPath: path,
      slotLocal: formatInZone(slot, ctx.config.strategy.timezone),
    }),
    labels: ["loopcast", action.level, `workflow:${workflow.id}`],
    files: [{ path, content: text }],
    commitMessage: `loopcast: propose ${action.cycle}\n\n${item.meta.title}`,
  });
  return {
    type: "proposed",
    at,
    cycle: action.cycle,
    workflow: workflow.id,
    channel: channel.id,
    slot: action.slot,
    level: action.level,
    branch,
    proposal: { id: proposal.id, ...(proposal.url ? { url: proposal.url } : {}) },
    contentPath: path,
    contentHash: sha256(text),
    arms: draft.arms,
    generator: ctx.generator.id,
  };
}

const DEFAULT_MAX_LENGTH = { blog: 20_000, email: 10_000, mastodon: 500, webhook: 5_000 } as const;
