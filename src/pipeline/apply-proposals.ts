// Generates each due item and opens them as proposals in one batch. Branches and forge records come
// first; the ledger's "proposed" events are committed after, in one commit. If a run stops in between,
// the next run finds the open proposals and adopts them, so nothing is proposed twice or lost.
import { maxLengthOf } from "../channels/catalogue.ts";
import { channelById } from "../config/types.ts";
import type { Action } from "../core/plan.ts";
import { formatInZone } from "../core/time.ts";
import type { ProposalInput } from "../forge/types.ts";
import { readEarlierItems } from "../generate/earlier.ts";
import { type MediaUse, pickMedia, withPending } from "../generate/media-pool.ts";
import type { Draft, EarlierItem } from "../generate/types.ts";
import { isPaid } from "../guardrails/budget.ts";
import { checkItemText, findingLines, type ItemCheck } from "../guardrails/check-item.ts";
import { type ExceptionItem, exceptionId, raiseException } from "../state/exceptions.ts";
import { type Item, type ItemMedia, renderItem, sha256 } from "../state/item.ts";
import { appendEvents, cycleStatus, type Ledger, type LedgerEvent } from "../state/ledger.ts";
import { contentPath, proposalBranch } from "../state/paths.ts";
import type { Finding } from "../voice/finding.ts";
import { requiredDisclosureTexts } from "../voice/rules/disclosures.ts";
import { proposalBody, proposalTitle } from "./proposal-body.ts";
import type { RunContext, RunReport } from "./reconcile.ts";

type ProposeAction = Extract<Action, { kind: "propose" }>;

/** Findings on an item's images (guardrails/item-media.ts): about the pool's files and words, not the draft. */
const IMAGE_RULES = new Set(["loopcast.media", "loopcast.alt-text"]);
type RefuseAction = Extract<Action, { kind: "refuse" }>;

interface Prepared {
  action: ProposeAction;
  input: ProposalInput;
  event: Extract<LedgerEvent, { type: "proposed" }>;
}

type Drafted = Awaited<ReturnType<typeof prepare>>;

/** Each due proposal written and checked (or why not): one answer per `propose` action, in order. */
export type Drafts = Array<{ ok: true; value: Drafted } | { ok: false; error: Error }>;

/**
 * Writes and checks every item the plan proposes, yielding to the event loop between items. The drafts
 * depend only on the plan and the configuration, so a run starts them before the steps that precede
 * proposing (recording outcomes, publishing), which spend most of their time waiting for git: the
 * drafting fills that time. Never rejects: an item that fails carries its error. Once `stop` is aborted
 * (the run ended early), no further item is drafted: a generator may be a paid API.
 */
export async function draftProposals(
  ctx: RunContext,
  actions: Action[],
  stop?: AbortSignal,
  /** The ledger as the run gathered it: open proposals' photos count as used (generate/media-pool.ts). */
  ledger?: Ledger,
): Promise<Drafts> {
  const at = ctx.now.toISOString();
  const drafts: Drafts = [];
  // Each workflow's earlier items as merged, read before the rest of the run merges anything: the
  // template generator writes the way a person's edits of them showed.
  const earlier = new Map<string, EarlierItem[]>();
  for (const a of actions)
    if (a.kind === "propose") earlier.set(a.cycle, readEarlierItems(ctx.config.dir, a.workflow, a.cycle));
  // Photos this run's earlier drafts took count as used: their items are not merged yet.
  const chosen = new Map<string, MediaUse[]>();
  for (const action of actions) {
    if (action.kind !== "propose") continue;
    if (stop?.aborted) break;
    try {
      const before = earlier.get(action.cycle) ?? [];
      const taken = chosen.get(action.workflow) ?? [];
      const pool = ctx.config.workflows.find((w) => w.id === action.workflow)?.media;
      const open = pool && ledger ? openCycles(ledger, action.workflow, action.cycle) : [];
      const media = pickMedia(pool, withPending(pool, [...before, ...taken], open));
      chosen.set(action.workflow, [...taken, { cycle: action.cycle, media }]);
      drafts.push({ ok: true, value: await prepare(ctx, action, at, before, media) });
    } catch (err) {
      drafts.push({ ok: false, error: err as Error });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return drafts;
}

/** The workflow's cycles before `cycle` whose proposals are open: their items are not in content/ yet. */
function openCycles(ledger: Ledger, workflow: string, cycle: string): string[] {
  const open: string[] = [];
  for (const [c, events] of ledger)
    if (c < cycle && c.startsWith(`${workflow}@`) && cycleStatus(events) === "proposed") open.push(c);
  return open;
}

export async function applyProposals(
  ctx: RunContext,
  actions: Action[],
  report: RunReport,
  drafting?: Promise<Drafts>,
): Promise<void> {
  const due = actions.filter((a): a is ProposeAction => a.kind === "propose");
  const refused = actions.filter((a): a is RefuseAction => a.kind === "refuse");
  if (!due.length && !refused.length) return;
  const at = ctx.now.toISOString();
  const events: LedgerEvent[] = [];
  const exceptionPaths: string[] = [];

  // Cycles the walls kept out are recorded once, so they are not planned again, and budget refusals
  // go to the exception queue.
  for (const r of refused) {
    events.push({
      type: "skipped",
      at,
      cycle: r.cycle,
      reason: r.reason,
      guardrail: r.guardrail,
      ...(r.reservation ? { reservation: r.reservation } : {}),
    });
    report.refused.push({ cycle: r.cycle, guardrail: r.guardrail, reason: r.reason });
    if (r.guardrail === "budget") {
      const path = await raiseException(ctx.config.dir, {
        id: exceptionId("budget", r.cycle),
        type: "budget",
        severity: "warning",
        status: "open",
        title: `Budget cap: ${r.cycle} was not generated`,
        detail: `${r.reason}. Raise the cap in guardrails.yaml, lower costPerItem, or let the cycle go.`,
        cycle: r.cycle,
        workflow: r.workflow,
        raisedAt: at,
      });
      if (path) exceptionPaths.push(path);
    }
  }

  const prepared: Prepared[] = [];
  const drafts = await (drafting ?? draftProposals(ctx, actions));
  for (const [i, action] of due.entries()) {
    const draft = drafts[i];
    if (!draft?.ok) {
      report.errors.push({ cycle: action.cycle, message: draft?.error.message ?? "not drafted" });
      continue;
    }
    const result = draft.value;
    if ("input" in result) prepared.push(result);
    else {
      events.push(result.skipped);
      report.refused.push({ cycle: action.cycle, guardrail: "voice", reason: result.skipped.reason });
      const path = await raiseException(ctx.config.dir, result.exception);
      if (path) exceptionPaths.push(path);
    }
  }

  const results = prepared.length ? await ctx.forge.openProposals(prepared.map((p) => p.input)) : [];
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
  if (!events.length && !exceptionPaths.length) return;
  const paths = [...(await appendEvents(ctx.config.dir, events)), ...exceptionPaths].map(
    (p) => `${ctx.configRel}/${p}`,
  );
  const sha = await ctx.forge.commitState(`loopcast: propose ${report.proposed.length} item(s)`, paths);
  if (sha) report.commits.push(sha);
}

/**
 * Writes the item, checks it against the guardrails, and rewrites it with the findings as feedback
 * while errors remain (up to regenerate.maxTries more drafts). What still fails becomes an exception
 * instead of a proposal.
 */
async function prepare(
  ctx: RunContext,
  action: ProposeAction,
  at: string,
  earlier: EarlierItem[],
  media: ItemMedia[],
): Promise<Prepared | { skipped: Extract<LedgerEvent, { type: "skipped" }>; exception: ExceptionItem }> {
  const workflow = ctx.config.workflows.find((w) => w.id === action.workflow);
  const channel = workflow && channelById(ctx.config, workflow.channel);
  if (!workflow || !channel) throw new Error(`workflow ${action.workflow} or its channel is not configured`);
  // The same list the voice lock checks (each text once), so the generator is asked for what is checked.
  const disclosures = requiredDisclosureTexts(ctx.config.guardrails.voice, {
    channel: channel.id,
    workflow: workflow.id,
    paid: isPaid(workflow),
  });
  const slot = new Date(action.slot);
  const path = `${ctx.configRel}/${contentPath(action.cycle)}`;
  const maxTries = 1 + (ctx.config.guardrails.regenerate?.maxTries ?? 2);

  let attempt = 0;
  let feedback: Finding[] = [];
  let draft: Draft;
  let text: string;
  let check: ItemCheck;
  do {
    attempt++;
    draft = await ctx.generator.generate({
      cycle: action.cycle,
      slot,
      workflow,
      channel,
      strategy: ctx.config.strategy,
      voiceGuide: ctx.config.voiceGuide,
      disclosures,
      maxLength: maxLengthOf(channel),
      ...(action.arms ? { arms: action.arms } : {}),
      earlier,
      ...(media.length ? { media } : {}),
      attempt,
      feedback: feedback.map((f) => ({
        message: f.message,
        ...(f.actual ? { actual: f.actual } : {}),
        ...(f.expected ? { expected: f.expected } : {}),
      })),
    });
    text = renderItem(itemOf(ctx, action, workflow.id, channel.id, draft, media));
    check = checkItemText(ctx.config, text, path, action.reservation);
    feedback = check.findings.filter((f) => f.severity === "error");
    // The images come from the pool, not the generator: another draft cannot fix them.
  } while (feedback.some((f) => !IMAGE_RULES.has(f.ruleId)) && attempt < maxTries);

  if (check.errors > 0) {
    const lines = findingLines(feedback, path);
    const imagesOnly = feedback.every((f) => IMAGE_RULES.has(f.ruleId));
    return {
      skipped: {
        type: "skipped",
        at,
        cycle: action.cycle,
        reason: `${check.errors} guardrail error(s) after ${attempt} draft(s)`,
        guardrail: "voice",
      },
      exception: {
        id: exceptionId("guardrail", action.cycle),
        type: "guardrail",
        severity: "error",
        status: "open",
        title: imagesOnly
          ? `${action.cycle}: its images from the media pool cannot go out`
          : `${action.cycle}: every draft broke the brand-voice lock`,
        detail: `${attempt} draft(s) were written; the last still had ${check.errors} error(s):\n${lines.join("\n")}\n${
          imagesOnly
            ? `Fix or replace the photos in marketing/media/ and the media pool of workflows/${workflow.id}.yaml (loopcast validate checks them)`
            : "Adjust the templates or the rules in guardrails.yaml"
        }; the cycle was not proposed.`,
        cycle: action.cycle,
        workflow: workflow.id,
        raisedAt: at,
      },
    };
  }

  // The slot is the planner's choice, not the generator's: it is recorded with the message options.
  const arms = action.arms?.slot ? { ...draft.arms, slot: action.arms.slot } : draft.arms;
  const learned = attempt === 1 ? action.learned : undefined;
  const item = itemOf(ctx, action, workflow.id, channel.id, { ...draft, arms }, media);
  const branch = proposalBranch(action.cycle);
  const slotLocal = formatInZone(slot, ctx.config.strategy.timezone);
  const labels = ["loopcast", action.level, `workflow:${workflow.id}`];
  if (check.needsHuman.length) labels.push("loopcast:needs-human");
  const counts = { errors: check.errors, warnings: check.warnings, suggestions: check.suggestions };
  return {
    action,
    input: {
      cycle: action.cycle,
      branch,
      title: proposalTitle(item),
      body: proposalBody({
        item,
        workflow,
        level: action.level,
        contentPath: path,
        slotLocal,
        check,
        reservation: action.reservation,
        currency: ctx.config.guardrails.budget?.currency ?? "",
        attempt,
        ...(learned ? { learned: learned.why } : {}),
      }),
      labels,
      files: [{ path, content: text }],
      commitMessage: `loopcast: propose ${action.cycle}\n\n${item.meta.title}`,
      status: {
        state: "success",
        description: `guardrails: ${check.warnings} warning(s), ${check.suggestions} suggestion(s)`,
      },
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
      arms,
      ...(learned ? { learned } : {}),
      generator: ctx.generator.id,
      title: item.meta.title,
      reservation: action.reservation,
      checks: counts,
      ...(check.needsHuman.length ? { needsHuman: check.needsHuman } : {}),
      ...(attempt > 1 ? { attempts: attempt } : {}),
    },
  };
}

function itemOf(
  ctx: RunContext,
  action: ProposeAction,
  workflow: string,
  channel: string,
  draft: Draft,
  media: ItemMedia[],
): Item {
  return {
    meta: {
      cycle: action.cycle,
      workflow,
      channel,
      slot: action.slot,
      title: draft.title,
      summary: draft.summary,
      arms: draft.arms,
      generator: ctx.generator.id,
      ...(media.length ? { media } : {}),
    },
    body: draft.body,
  };
}
