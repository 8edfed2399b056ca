// `loopcast review`: the local forge's pull-request screen. Approving is a real git merge into the
// base branch; the next run records the outcome (with any edits) and publishes the item.
import { resolve } from "node:path";
import { OVERRIDE_LABEL } from "../core/plan.ts";
import { isCycleId } from "../core/time.ts";
import { StateError, UsageError } from "../errors.ts";
import { createForge } from "../forge/create.ts";
import type { LocalForge } from "../forge/local.ts";
import type { Proposal } from "../forge/types.ts";
import { proposalBranch } from "../state/paths.ts";
import { type Command, type Io, type Parsed, printJson } from "./command.ts";
import { repoRootOf } from "./context.ts";

const USAGE = `usage: loopcast review list [--config DIR] [--json]
       loopcast review show CYCLE
       loopcast review approve CYCLE [--override]
       loopcast review approve --all WORKFLOW      (batch approval)
       loopcast review hold CYCLE                  (no auto-merge after the review window)
       loopcast review reject CYCLE [--reason TEXT]

CYCLE is a cycle id (weekly-blog@20261201T0800Z) or its branch (loopcast/weekly-blog@20261201T0800Z).

example: loopcast review approve weekly-blog@20261201T0800Z`;

export const review: Command = {
  name: "review",
  summary: "List, show, approve (merge) or reject proposals on the local forge",
  usage: USAGE,
  options: {
    reason: { type: "string" },
    override: { type: "boolean", default: false },
    all: { type: "string" },
  },
  async run(args, io) {
    const [sub, target] = args.positionals;
    const repoDir = await repoRootOf(resolve(io.cwd, args.values.config));
    const readOnly = sub === "list" || sub === "show";
    const forge = await createForge({ kind: "local", repoDir, readOnly });
    switch (sub) {
      case "list":
        return list(forge, args, io);
      case "show":
        return show(forge, branchOf(target), io, args);
      case "approve": {
        if (typeof args.values.all === "string") return approveAll(forge, args.values.all, io, args);
        // --override: a person takes responsibility for guardrail errors; publishing is not blocked by them.
        if (args.values.override) await forge.addLabel(branchOf(target), OVERRIDE_LABEL);
        const p = await forge.mergeProposal(branchOf(target));
        report(
          io,
          args,
          p,
          `approved ${p.branch}: merged into ${forge.baseBranch}${p.humanCommits ? ` with ${p.humanCommits} edit commit(s)` : ""}. The next \`loopcast run\` records it and publishes it at its slot.`,
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
      case "reject": {
        const reason = typeof args.values.reason === "string" ? args.values.reason : undefined;
        const p = await forge.closeProposal(branchOf(target), reason ? { reason } : {});
        report(io, args, p, `rejected ${p.branch}. The next \`loopcast run\` records it.`);
        return 0;
      }
      default:
        throw new UsageError(
          `${sub ? `unknown review command "${sub}"` : "missing review command"}\n\n${USAGE}`,
        );
    }
  },
};

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
        `NOT approved ${p.branch}: it also changes ${p.foreignFiles?.join(", ")}, which is not its item; review it alone (loopcast review show ${p.branch}) and approve it by name if those changes are wanted`,
      );
  }
  return refused.length ? 1 : 0;
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
    for (const p of open)
      io.out(`${p.branch}  ${p.title}${p.humanCommits ? `  (edited: ${p.humanCommits} commit(s))` : ""}`);
  return 0;
}

async function show(forge: LocalForge, branch: string, io: Io, args: Parsed): Promise<number> {
  const p = await forge.getProposal(branch);
  if (!p) throw new StateError(`no proposal for ${branch}; see \`loopcast review list\``);
  const files = await forge.changedFiles(p);
  if (args.values.json) {
    printJson(io, { ...p, files });
    return 0;
  }
  io.out(`${p.branch}  [${p.state}]  ${p.title}`);
  if (p.foreignFiles?.length)
    io.out(
      `\n!! WARNING: commits after Loopcast's change files that are not this item's: ${p.foreignFiles.join(", ")}\n!! Batch approval and auto-merge refuse it; approving it by name merges those changes too.\n`,
    );
  io.out(
    `${p.humanCommits ? `edited by people in ${p.humanCommits} commit(s)` : "unchanged since Loopcast proposed it"}\n`,
  );
  io.out(await forge.proposalBody(p.branch));
  for (const f of files) io.out(`\n--- ${f.path}\n${f.content}`);
  return 0;
}

function report(io: Io, args: Parsed, p: Proposal, text: string) {
  if (args.values.json) printJson(io, p);
  else io.out(text);
}
