// The dashboard issue, after Renovate's Dependency Dashboard: one issue, kept up to date, listing what
// waits for a person, with checkboxes to approve, hold, settle an item in doubt or pause. Rendering and
// parsing are pure; the Dashboard class finds and updates the issue, writing only when the text changed.
import type { Octokit } from "octokit";
import { toForgeError } from "./client.ts";
import { pathList } from "./foreign.ts";
import type { RepoRef } from "./pulls.ts";

export const DASHBOARD_LABEL = "loopcast:dashboard";
export const PAUSE_LABEL = "loopcast:pause";
export const HOLD_LABEL = "hold";
const MARKER = "<!-- loopcast:dashboard -->";

export interface DashboardEntry {
  branch: string;
  number: number;
  url: string;
  title: string;
  level?: string;
  held: boolean;
  autoMerge: boolean;
  /** Files beyond the item that commits pushed to it change: listed loudly, with no Approve box. */
  foreignFiles?: string[];
}

/** An item whose publish may or may not have gone out (pipeline/publish-outcome.ts). */
export interface DoubtEntry {
  cycle: string;
  channel: string;
  kind: string;
  why: "started" | "failed";
  at: string;
}

/** An item whose publishing failed until Loopcast gave up: it waits for a retry (pipeline/retry.ts). */
export interface GaveUpEntry {
  cycle: string;
  attempts: number;
  lastError: string;
}

export interface DashboardSection {
  title: string;
  lines: string[];
}

export interface DashboardState {
  pending: DashboardEntry[];
  paused: boolean;
  /** Items in doubt: each gets "it went out" / "it did not go out". */
  inDoubt?: DoubtEntry[];
  /** Items Loopcast gave up publishing: each gets a Retry box. */
  gaveUp?: GaveUpEntry[];
  /** Plain sentences about this repository's setup (e.g. a protected base). */
  notices?: string[];
  /** Further sections (the exception queue, promotions) rendered by their owners. */
  sections?: DashboardSection[];
}

/**
 * The boxes that act on one item: each kind's key in the box's marker (`<!-- KEY=TARGET -->`, TARGET a
 * branch or a cycle id). Another per-item action is one more entry here, a box in the render
 * (`itemBox`) and its applier (action/dashboard.ts); parsing needs nothing else.
 */
export const ITEM_BOXES = {
  approve: "approve-branch",
  hold: "hold-branch",
  sent: "sent-cycle",
  notSent: "not-sent-cycle",
  retry: "retry-cycle",
} as const;
export type ItemBoxKind = keyof typeof ITEM_BOXES;

/** The targets of the ticked boxes, by kind, each once and in the order of the body. */
export type Ticks = Record<ItemBoxKind, string[]> & {
  /** The state of the pause box, or undefined when the body has none. */
  pause: boolean | undefined;
};

/** An unticked box for one item; `label` is Markdown already made safe by the caller. */
export function itemBox(kind: ItemBoxKind, target: string, label: string): string {
  return `- [ ] <!-- ${ITEM_BOXES[kind]}=${target} -->${label}`;
}

function entryLine(e: DashboardEntry): string {
  const title = e.title.replace(/^\[loopcast\]\s*/, "");
  const level = e.level ? ` · ${e.level}` : "";
  const armed = e.autoMerge ? " · auto-merge on" : "";
  return `[#${e.number}](${e.url}) ${title}${level}${armed}`;
}

function doubtLines(d: DoubtEntry): string[] {
  const when = `${d.at.slice(0, 16).replace("T", " ")} UTC`;
  const what =
    d.why === "started"
      ? `its send started ${when} and was never confirmed`
      : `its send failed ${when} after the message may have gone out`;
  return [
    `- \`${d.cycle}\` to ${d.channel} (${d.kind}): ${what}`,
    `  ${itemBox("sent", d.cycle, "It went out: record it as published; it is not sent again")}`,
    `  ${itemBox("notSent", d.cycle, "It did not go out: the next run sends it")}`,
  ];
}

/** The issue body: a pure function of the state, so an unchanged state means no update request. */
export function renderDashboard(state: DashboardState): string {
  const byNumber = (a: DashboardEntry, b: DashboardEntry) => a.number - b.number;
  const foreign = state.pending.filter((e) => e.foreignFiles?.length).sort(byNumber);
  const clean = state.pending.filter((e) => !e.foreignFiles?.length);
  const waiting = clean.filter((e) => !e.held).sort(byNumber);
  const held = clean.filter((e) => e.held).sort(byNumber);
  const doubts = [...(state.inDoubt ?? [])].sort((a, b) => a.cycle.localeCompare(b.cycle));
  const lines = [
    MARKER,
    "Loopcast keeps this issue up to date. Tick a box to act: the change is applied at once (or by the next run).",
    "",
  ];
  for (const notice of state.notices ?? []) lines.push(`> [!NOTE]\n> ${notice}`, "");
  if (foreign.length) {
    lines.push(
      `## Changes beyond the item (${foreign.length})`,
      "",
      "> [!CAUTION]",
      "> Someone pushed commits to these pull requests that change files which are not their item. Loopcast",
      "> will not merge them, on its own or from this issue. Review each on GitHub and merge it there only if",
      "> every one of those changes is wanted.",
      "",
    );
    for (const e of foreign) {
      lines.push(`- **${entryLine(e)}** also changes ${pathList(e.foreignFiles ?? [])}`);
    }
    lines.push("");
  }
  if (doubts.length) {
    lines.push(
      `## Did it go out? (${doubts.length})`,
      "",
      "> [!WARNING]",
      "> Loopcast does not know whether these went out, so it holds them and never sends them again on its own.",
      "> Check the channel (the list's archive, the provider's log), then tick one box for each.",
      "",
    );
    for (const d of doubts) lines.push(...doubtLines(d));
    lines.push("");
  }
  const gaveUp = [...(state.gaveUp ?? [])].sort((a, b) => a.cycle.localeCompare(b.cycle));
  if (gaveUp.length) {
    lines.push(
      `## Failed to publish (${gaveUp.length})`,
      "",
      "Loopcast stopped trying these. Fix the cause (a secret, the channel's settings), then tick Retry.",
      "",
    );
    for (const g of gaveUp) {
      // The error is the channel's text: one line, without anything that could read as a box or a marker.
      const error = g.lastError
        .replace(/\s+/g, " ")
        .replace(/<!--|-->|\[[ xX]\]/g, "")
        .slice(0, 200);
      lines.push(
        `- \`${g.cycle}\` failed ${g.attempts} times; last: ${error}`,
        `  ${itemBox("retry", g.cycle, "Retry: the cause is fixed, try again")}`,
      );
    }
    lines.push("");
  }
  lines.push("## Waiting for review", "");
  if (!waiting.length) lines.push("Nothing waits for review.");
  for (const e of waiting) {
    lines.push(itemBox("approve", e.branch, `Approve ${entryLine(e)}`));
    if (e.level === "L4" || e.level === "L5") {
      lines.push(`  ${itemBox("hold", e.branch, "Hold: keep it from merging on its own")}`);
    }
  }
  lines.push("");
  if (held.length) {
    lines.push("## On hold", "", "Remove the `hold` label from a pull request to release it.", "");
    for (const e of held) lines.push(itemBox("approve", e.branch, `Approve ${entryLine(e)}`));
    lines.push("");
  }
  for (const section of state.sections ?? []) lines.push(`## ${section.title}`, "", ...section.lines, "");
  lines.push(
    "## Controls",
    "",
    state.paused
      ? "- [x] <!-- loopcast-pause -->Paused: nothing is generated or published. Untick to resume."
      : "- [ ] <!-- loopcast-pause -->Pause Loopcast: stop generating and publishing (measuring and reporting go on)",
    "",
  );
  return lines.join("\n");
}

const BOX = /^\s*- \[([ xX])\] <!-- ([a-z-]+)=(\S+) -->/;
const PAUSE = /^\s*- \[([ xX])\] <!-- loopcast-pause -->/;
const KIND_OF_KEY = new Map<string, ItemBoxKind>(
  Object.entries(ITEM_BOXES).map(([kind, key]) => [key, kind as ItemBoxKind]),
);

export function parseTicks(body: string | null | undefined): Ticks {
  const ticks: Ticks = { approve: [], hold: [], sent: [], notSent: [], retry: [], pause: undefined };
  for (const line of (body ?? "").split(/\r?\n/)) {
    const m = BOX.exec(line);
    const kind = m && m[1] !== " " ? KIND_OF_KEY.get(m[2] as string) : undefined;
    if (kind && !ticks[kind].includes(m?.[3] as string)) ticks[kind].push(m?.[3] as string);
    const p = PAUSE.exec(line);
    if (p) ticks.pause = p[1] !== " ";
  }
  return ticks;
}

export function isDashboardBody(body: string | null | undefined): boolean {
  return (body ?? "").includes(MARKER);
}

export interface DashboardIssue {
  number: number;
  body: string;
  url: string;
  labels: string[];
}

export class Dashboard {
  private readonly octokit: Octokit;
  private readonly repo: RepoRef;
  private found: Promise<DashboardIssue | undefined> | undefined;

  constructor(octokit: Octokit, repo: RepoRef) {
    this.octokit = octokit;
    this.repo = repo;
  }

  /** The open dashboard issue (one request, once per run). */
  find(): Promise<DashboardIssue | undefined> {
    this.found ??= (async () => {
      try {
        const { data } = await this.octokit.rest.issues.listForRepo({
          ...this.repo,
          labels: DASHBOARD_LABEL,
          state: "open",
          per_page: 10,
        });
        const found = data
          .filter((i) => !i.pull_request && isDashboardBody(i.body))
          .sort((a, b) => a.number - b.number);
        // Two runs at once (without the workflow's concurrency group) may both have opened one: keep the first.
        for (const extra of found.slice(1)) {
          await this.octokit.rest.issues.update({
            ...this.repo,
            issue_number: extra.number,
            state: "closed",
            state_reason: "not_planned",
          });
        }
        return found[0] ? toIssue(found[0]) : undefined;
      } catch (err) {
        throw toForgeError(err, "looking for the dashboard issue");
      }
    })();
    return this.found;
  }

  /** Writes the body if it changed (or creates the issue); returns the issue. */
  async update(body: string): Promise<DashboardIssue> {
    const issue = await this.find();
    try {
      if (!issue) {
        const { data } = await this.octokit.rest.issues.create({
          ...this.repo,
          title: "Loopcast dashboard",
          body,
          labels: [DASHBOARD_LABEL],
        });
        const created = toIssue(data);
        this.found = Promise.resolve(created);
        return created;
      }
      if (issue.body === body) return issue;
      const { data } = await this.octokit.rest.issues.update({
        ...this.repo,
        issue_number: issue.number,
        body,
      });
      const updated = toIssue(data);
      this.found = Promise.resolve(updated);
      return updated;
    } catch (err) {
      throw toForgeError(err, "updating the dashboard issue");
    }
  }

  /** Adds or removes the pause label on the dashboard issue (the kill switch people can reach). */
  async setPaused(paused: boolean): Promise<void> {
    const issue = await this.find();
    if (!issue || issue.labels.includes(PAUSE_LABEL) === paused) return;
    try {
      if (paused) {
        await this.octokit.rest.issues.addLabels({
          ...this.repo,
          issue_number: issue.number,
          labels: [PAUSE_LABEL],
        });
        issue.labels.push(PAUSE_LABEL);
      } else {
        await this.octokit.rest.issues.removeLabel({
          ...this.repo,
          issue_number: issue.number,
          name: PAUSE_LABEL,
        });
        issue.labels = issue.labels.filter((l) => l !== PAUSE_LABEL);
      }
    } catch (err) {
      throw toForgeError(err, `${paused ? "adding" : "removing"} the ${PAUSE_LABEL} label`);
    }
  }
}

function toIssue(i: {
  number: number;
  body?: string | null;
  html_url: string;
  labels: Array<string | { name?: string }>;
}): DashboardIssue {
  return {
    number: i.number,
    body: i.body ?? "",
    url: i.html_url,
    labels: i.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
  };
}
