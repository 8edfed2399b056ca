// What people changed on the base branch since Loopcast's last commit, where history must not be rewritten:
// the ledger is append-only (a deleted or rewritten file erases the track record the autonomy ladder
// stands on), and a published item's file is the record of what went out. Appends (a person's
// `publish-outcome`) and new files are fine; deletions and rewrites raise a tamper exception. A rewritten
// ledger stops every run until a person restores it or accepts the change by resolving the exception: the
// next runs would otherwise plan and judge on a history that is no longer true.
import { StateError } from "../errors.ts";
import { Git } from "../forge/git.ts";
import { type ExceptionItem, exceptionId, listExceptions, raiseException } from "../state/exceptions.ts";
import { cycleStatus, type Ledger } from "../state/ledger.ts";
import type { RunContext } from "./reconcile.ts";

const LEDGER_TAMPER = "tamper--ledger.";

export interface HistoryCheck {
  /** Exception files written (repository-relative), to commit. */
  paths: string[];
}

export async function checkHistory(ctx: RunContext, ledger: Ledger): Promise<HistoryCheck> {
  const open = (await listExceptions(ctx.config.dir)).find(
    (e) => e.status === "open" && e.id.startsWith(LEDGER_TAMPER),
  );
  if (open) throw refusal(open.id, ctx.configRel);
  const bot = ctx.forge.bot;
  if (!bot) return { paths: [] };
  const git = new Git(ctx.repoDir);
  const last = (
    await git.run(["log", "-1", "--format=%H", "--fixed-strings", `--author=<${bot.email}>`, "HEAD"])
  ).stdout.trim();
  if (!last) return { paths: [] };
  const head = await git.revParse("HEAD");
  if (head === last) return { paths: [] };
  const rel = ctx.configRel === "." ? "" : `${ctx.configRel}/`;
  const numstat = await git.out([
    "diff",
    "--numstat",
    "--no-renames",
    last,
    head,
    "--",
    `${rel}ledger/`,
    `${rel}content/`,
  ]);
  const deletedFiles = new Set(
    (
      await git.out([
        "diff",
        "--name-only",
        "--diff-filter=D",
        "--no-renames",
        last,
        head,
        "--",
        `${rel}ledger/`,
        `${rel}content/`,
      ])
    )
      .split("\n")
      .filter(Boolean),
  );
  const ledgerChanged: string[] = [];
  const contentEdited: Array<{ path: string; cycle: string }> = [];
  for (const line of numstat.split("\n").filter(Boolean)) {
    const [, removed, path = ""] = line.split("\t");
    const lost = removed !== "0" || deletedFiles.has(path);
    if (path.startsWith(`${rel}ledger/`)) {
      // Lines set aside by a run live in ledger/quarantine/: what a person does there is theirs.
      if (lost && !path.startsWith(`${rel}ledger/quarantine/`)) ledgerChanged.push(path);
    } else if (path.endsWith(".md")) {
      const cycle = path.slice(path.lastIndexOf("/") + 1, -".md".length);
      if (cycleStatus(ledger.get(cycle) ?? []) === "published") contentEdited.push({ path, cycle });
    }
  }
  const at = ctx.now.toISOString();
  /** The latest commit since `last` that changed the path: its short sha (an exception's id) and its author. */
  const changedIn = async (path: string) => {
    const [sha = "", ...author] = (
      await git.out(["log", "-1", "--format=%h %an <%ae>", "--abbrev=12", `${last}..${head}`, "--", path])
    )
      .trim()
      .split(" ");
    return { sha, by: `${author.join(" ")} in ${sha}` };
  };
  const raised: ExceptionItem[] = [];
  if (ledgerChanged.length) {
    const { sha, by } = await changedIn(ledgerChanged[0] as string);
    raised.push({
      id: exceptionId("tamper", `ledger.${sha}`),
      type: "tamper",
      severity: "error",
      status: "open",
      title: `the ledger was rewritten by hand: ${ledgerChanged.length} file(s) deleted or changed since Loopcast's last commit`,
      detail: `The ledger is append-only: it is the track record the autonomy ladder and the learner stand on. Since ${last.slice(0, 12)}, ${by} deleted or rewrote:\n${ledgerChanged
        .slice(0, 20)
        .map((p) => `- ${p}`)
        .join(
          "\n",
        )}${ledgerChanged.length > 20 ? `\n- … and ${ledgerChanged.length - 20} more` : ""}\nNo run plans or publishes until a person decides. To restore it: \`git checkout ${last.slice(0, 12)} -- ${rel}ledger\` and commit, then resolve this exception. To accept the change as it is: resolve this exception (\`loopcast exceptions resolve ID --note "why"\`).`,
      raisedAt: at,
    });
  }
  for (const { path, cycle } of contentEdited) {
    const { sha, by } = await changedIn(path);
    raised.push({
      id: exceptionId("tamper", `${cycle}.edited-${sha}`),
      type: "tamper",
      severity: "warning",
      status: "open",
      title: `${cycle}: the published item's file was changed after it went out`,
      detail: `${path} no longer holds what was published (changed by ${by}). The channel still shows what went out; the repository's record of it is now different. If a correction must reach readers, publish it as a new item; restore the file with \`git checkout ${last.slice(0, 12)} -- ${path}\`. Resolve this exception once you have looked.`,
      cycle,
      raisedAt: at,
    });
  }
  const paths: string[] = [];
  for (const ex of raised) {
    const written = await raiseException(ctx.config.dir, ex);
    if (written) paths.push(`${ctx.configRel}/${written}`);
  }
  if (ledgerChanged.length) {
    await ctx.forge.commitState("loopcast: the ledger was rewritten by hand (tamper exception)", paths);
    throw refusal(raised[0]?.id as string, ctx.configRel);
  }
  return { paths };
}

function refusal(id: string, configRel: string): StateError {
  return new StateError(
    `the ledger was rewritten by hand since Loopcast's last commit, so no run plans or publishes until a person decides: see ${configRel}/exceptions/${id}.yaml — restore the ledger and resolve the exception, or resolve it to accept the change (loopcast exceptions resolve ${id})`,
  );
}
