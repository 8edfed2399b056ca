// `loopcast review`: the local forge's pull-request screen. Approving is a real git merge into the
// base branch; the next run records the outcome (with any edits) and publishes the item.
import { join, relative, resolve } from "node:path";
import type { Config } from "../config/types.ts";
import { HOLD_LABELS, OVERRIDE_LABEL } from "../core/plan.ts";
import { isCycleId } from "../core/time.ts";
import { ConfigError, StateError, UsageError } from "../errors.ts";
import { createForge } from "../forge/create.ts";
import type { LocalForge } from "../forge/local.ts";
import type { Proposal } from "../forge/types.ts";
import type { ItemCheck } from "../guardrails/check-item.ts";
import { contentPath, cycleFromBranch, proposalBranch } from "../state/paths.ts";
import { type Command, type Io, type Parsed, printJson } from "./command.ts";
import { parseTimeFlag, repoRootOf, requireConfigOf } from "./context.ts";
import { underRunLock } from "./under-run-lock.ts";

const USAGE = `usage: loopcast review list [--config DIR] [--json]
       loopcast review show CYCLE
       loopcast review approve CYCLE [--override]
       loopcast review approve --all WORKFLOW      (batch approval)
       loopcast review hold CYCLE                  (no auto-merge after the review window)
       loopcast review reject CYCLE [--reason TEXT]

CYCLE is a cycle id (weekly-blog@20261201T0800Z) or its branch (loopcast/weekly-blog@20261201T0800Z).
--at ISO-TIME dates what approving or rejecting records (default: now).

example: loopcast review approve weekly-blog@20261201T0800Z`;

export const review: Command = {
  name: "review",
  summary: "List, show, approve (merge) or reject proposals on the local forge",
  usage: USAGE,
  options: {
    reason: { type: "string" },
    override: { type: "boolean", default: false },
    all: { type: "string" },
    at: { type: "string" },
  },
  async run(args, io) {
    const [sub, target] = args.positionals;
    const repoDir = await repoRootOf(resolve(io.cwd, args.values.config));
    const readOnly = sub === "list" || sub === "show";
    // --at dates what approving or rejecting writes (the merge commit, the record); default: now.
    const at = parseTimeFlag(args, "at");
    const forge = await createForge({ kind: "local", repoDir, readOnly, ...(at ? { now: at } : {}) });
    // Approving, holding and rejecting write to the repository: one at a time with the runs (the run lock).
    if (!readOnly && sub !== undefined && ["approve", "hold", "reject"].includes(sub))
      return underRunLock(forge, () => decide(forge, sub, target, args, io));
    switch (sub) {
      case "list":
        return list(forge, args, io);
      case "show":
        return show(forge, branchOf(target), io, args, repoDir);
      default:
        throw new UsageError(
          `${sub ? `unknown review command "${sub}"` : "missing review command"}\n\n${USAGE}`,
        );
    }
  },
};

/** approve, hold or reject: the decisions a person makes on a proposal. */
async function decide(
  forge: LocalForge,
  sub: string,
  target: string | undefined,
  args: Parsed,
  io: Io,
): Promise<number> {
  switch (sub) {
    case "approve": {
      if (typeof args.values.all === "string") return approveAll(forge, args.values.all, io, args);
      // --override: a person takes responsibility for guardrail errors; publishing is not blocked by them.
      if (args.values.override) await forge.addLabel(branchOf(target), OVERRIDE_LABEL);
      const p = await forge.mergeProposal(branchOf(target));
      // An item is published at its slot; a configuration change (a promotion) takes effect on the next run.
      const next = cycleFromBranch(p.branch)
        ? "The next `loopcast run` records it and publishes it at its slot."
        : "The change takes effect from the next `loopcast run`.";
      report(
        io,
        args,
        p,
        `approved ${p.branch}: merged into ${forge.baseBranch}${p.humanCommits ? ` with ${p.humanCommits} edit commit(s)` : ""}. ${next}`,
      );
      return 0;
    }
    case "hold": {
      // As the `hold` label on GitHub: an L4 proposal is not merged automatically after its window.
      await forge.addLabel(branchOf(target), "hold");
      io.out(
        `holding ${branchOf(target)}: it will not be merged automatically; approve or reject it when ready`,
      );
      return 0;
    }
    default: {
      const reason = typeof args.values.reason === "string" ? args.values.reason : undefined;
      const p = await forge.closeProposal(branchOf(target), reason ? { reason } : {});
      report(
        io,
        args,
        p,
        `rejected ${p.branch}. The next \`loopcast run\` records it${reason ? `, with your reason` : ""}.`,
      );
      return 0;
    }
  }
}

/** Batch approval: every open proposal of one workflow, merged in slot order. */
async function approveAll(forge: LocalForge, workflow: string, io: Io, args: Parsed): Promise<number> {
  const open = (await forge.listOpenProposals())
    .filter((p) => p.branch.startsWith(`loopcast/${workflow}@`))
    .sort((a, b) => a.branch.localeCompare(b.branch));
  if (!open.length) {
    io.out(`no open proposals for ${workflow}`);
    return 0;
  }
  const merged: Proposal[] = [];
  const refused: Proposal[] = [];
  for (const p of open) {
    // A change beyond the item itself (guardrails, a workflow, CI) is never approved in a batch.
    if (p.foreignFiles?.length) refused.push(p);
    else merged.push(await forge.mergeProposal(p.branch));
  }
  if (args.values.json) printJson(io, { merged, refused });
  else {
    for (const p of merged) io.out(`approved ${p.branch}`);
    for (const p of refused)
      io.err(
        `NOT approved ${p.branch}: it also changes ${fileList(p.foreignFiles ?? [])}, which is not its item; review it alone (loopcast review show ${p.branch}) and approve it by name if those changes are wanted`,
      );
  }
  return refused.length ? 1 : 0;
}

/**
 * File names chosen by whoever pushed, for a terminal: one that holds a control character (a newline, an
 * escape sequence) is quoted as JSON, so it can neither start a line of its own nor move the cursor.
 */
export function fileList(names: readonly string[]): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
  return names.map((n) => (/[\u0000-\u001f\u007f]/.test(n) ? JSON.stringify(n) : n)).join(", ");
}

function branchOf(target: string | undefined): string {
  if (!target) throw new UsageError(`missing CYCLE\n\n${USAGE}`);
  if (target.startsWith("loopcast/")) return target;
  if (!isCycleId(target))
    throw new UsageError(`"${target}" is not a cycle id (workflow@YYYYMMDDTHHMMZ)\n\n${USAGE}`);
  return proposalBranch(target);
}

async function list(forge: LocalForge, args: Parsed, io: Io): Promise<number> {
  const open = await forge.listOpenProposals();
  if (args.values.json) printJson(io, open);
  else if (!open.length) io.out("no open proposals");
  else
    for (const p of open) {
      const marks = personLabels(p);
      io.out(
        `${p.branch}  ${p.title}${marks.length ? `  [${marks.join(", ")}]` : ""}${p.humanCommits ? `  (edited: ${p.humanCommits} commit(s))` : ""}`,
      );
    }
  return 0;
}

/**
 * The labels that change what happens to a proposal, as a person sees them: `hold` and
 * `loopcast:needs-human` keep it from being merged automatically, the override label lets guardrail errors
 * through. Loopcast's own bookkeeping labels (loopcast, the level, workflow:…) are left out.
 */
function personLabels(p: Proposal): string[] {
  const marks = p.labels
    .filter((l) => HOLD_LABELS.includes(l) || l === OVERRIDE_LABEL)
    .map((l) => (l === NEEDS_HUMAN ? `${l} (a person must merge it)` : l));
  if (p.changesRequested) marks.push("changes requested");
  return marks;
}

const NEEDS_HUMAN = "loopcast:needs-human";

async function show(
  forge: LocalForge,
  branch: string,
  io: Io,
  args: Parsed,
  repoDir: string,
): Promise<number> {
  const p = await forge.getProposal(branch);
  if (!p) throw new StateError(`no proposal for ${branch}; see \`loopcast review list\``);
  const files = await forge.changedFiles(p);
  // The findings of the text on the branch now, after any person's edit — not those in the description,
  // which were found in Loopcast's draft when the proposal was opened.
  const current = await currentCheck(p, files, args, io, repoDir);
  if (args.values.json) {
    printJson(io, { ...p, files, ...(current?.check ? { check: current.check } : {}) });
    return 0;
  }
  const marks = personLabels(p);
  io.out(`${p.branch}  [${p.state}]  ${p.title}`);
  if (marks.length) io.out(`labels: ${marks.join(", ")}`);
  if (p.foreignFiles?.length)
    io.out(
      `\n!! WARNING: commits after Loopcast's change files that are not this item's: ${fileList(p.foreignFiles)}\n!! Batch approval and auto-merge refuse it; approving it by name merges those changes too.\n`,
    );
  io.out(
    `${p.humanCommits ? `edited by people in ${p.humanCommits} commit(s)` : "unchanged since Loopcast proposed it"}\n`,
  );
  const body = await forge.proposalBody(p.branch);
  io.out(current?.check ? withoutStoredFindings(body) : body);
  if (current) io.out(`\n${currentFindingLines(current, p).join("\n")}`);
  for (const f of files) io.out(`\n--- ${f.path}\n${f.content}`);
  return 0;
}

type CurrentCheck = { path: string; check?: ItemCheck; unchecked?: string };

/** The guardrail check of the proposal's item as it is on the branch; undefined for a proposal without one. */
async function currentCheck(
  p: Proposal,
  files: Array<{ path: string; content: string }>,
  args: Parsed,
  io: Io,
  repoDir: string,
): Promise<CurrentCheck | undefined> {
  const cycle = cycleFromBranch(p.branch);
  if (!cycle) return undefined;
  let config: Config;
  try {
    config = await requireConfigOf(args, io);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return { path: "", unchecked: "the configuration has problems (see `loopcast validate`)" };
  }
  const path = relative(repoDir, join(config.dir, contentPath(cycle)));
  const item = files.find((f) => f.path === path);
  if (!item || item.content === "(deleted)") return { path, unchecked: `${path} is not on the branch` };
  const { checkItemText } = await import("../guardrails/check-item.ts");
  try {
    return { path, check: checkItemText(config, item.content, path) };
  } catch (err) {
    return { path, unchecked: `${path} cannot be read as an item: ${(err as Error).message}` };
  }
}

function currentFindingLines(current: CurrentCheck, p: Proposal): string[] {
  const c = current.check;
  if (!c) return [`Guardrails not checked now: ${current.unchecked}`];
  const when = p.humanCommits ? `after ${p.humanCommits} edit commit(s)` : "as Loopcast proposed it";
  return [
    `### Guardrails on the branch now (${when}): ${c.errors} error(s), ${c.warnings} warning(s), ${c.suggestions} suggestion(s)`,
    ...c.needsHuman.map((r) => `a person must merge this item: ${r}`),
    ...c.findings.map(
      (f) => `${current.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  [${f.ruleId}]`,
    ),
  ];
}

/**
 * The description without its "### Guardrails" section (pipeline/proposal-body.ts), which holds the findings
 * of Loopcast's own draft: shown beside the text a person may since have changed, they would mislead.
 */
export function withoutStoredFindings(body: string): string {
  const lines = body.split("\n");
  const start = lines.findIndex((l) => l.startsWith("### Guardrails:"));
  if (start < 0) return body;
  const next = lines.findIndex((l, i) => i > start && (l.startsWith("#") || l.startsWith("Edit `")));
  return [...lines.slice(0, start), ...(next < 0 ? [] : lines.slice(next))].join("\n");
}

function report(io: Io, args: Parsed, p: Proposal, text: string) {
  if (args.values.json) printJson(io, p);
  else io.out(text);
}
