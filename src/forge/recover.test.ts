// Sorting and finishing an interrupted run's uncommitted writes, on a real repository: what is committed,
// what is undone, what is cut, and what is a person's and stops everything.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { type TempRepo, tempRepo } from "../../test/helpers/repo.ts";
import { runWrites } from "../state/paths.ts";
import { Git } from "./git.ts";
import { finishUnfinished, scanUnfinished } from "./recover.ts";

const LEDGER = "marketing/ledger/2026/12/weekly-blog@20261201T0800Z.jsonl";
const PROPOSED = `${JSON.stringify({ type: "proposed", cycle: "weekly-blog@20261201T0800Z" })}\n`;
const PUBLISHING = `${JSON.stringify({ type: "publishing", cycle: "weekly-blog@20261201T0800Z" })}\n`;
const WRITES = runWrites("marketing", ["site/blog"]);

/** A repository whose commit holds a voice, a ledger line, a dashboard, a stored metric and an inbox export. */
async function stateRepo(): Promise<TempRepo> {
  const repo = await tempRepo({ config: false });
  put(repo, "marketing/voice.md", "# Voice\n");
  put(repo, LEDGER, PROPOSED);
  put(repo, "marketing/reports/dashboard.md", "# Dashboard\n");
  put(repo, "marketing/metrics/2026/12/weekly-blog@20261201T0800Z.jsonl", "{}\n");
  put(repo, "marketing/metrics/inbox/export.csv", "cycle,clicks\n");
  put(repo, "site/blog/feed.xml", "<rss/>\n");
  await repo.commitAll("state");
  return repo;
}

function put(repo: TempRepo, path: string, content: string): void {
  mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
  writeFileSync(join(repo.dir, path), content);
}

async function head(repo: TempRepo): Promise<string> {
  return (await repo.git.revparse(["HEAD"])).trim();
}

describe("an interrupted run's writes", () => {
  it("are sorted by kind, then finished in one commit that names the run", async () => {
    const repo = await stateRepo();
    // What a run killed at various points leaves: an appended event and half of the next one, a new cycle's
    // ledger, an exception and a decision written, a metric file stored and its temp file, the inbox export
    // consumed, reports half-written.
    put(repo, LEDGER, `${PROPOSED}${PUBLISHING}{"type":"publi`);
    put(repo, "marketing/ledger/2026/12/daily-social@20261201T1130Z.jsonl", PROPOSED);
    put(repo, "marketing/exceptions/budget--weekly.yaml", "id: budget--weekly\n");
    put(repo, "marketing/exceptions/anomaly--x.yaml.tmp", "id: anom");
    put(repo, "marketing/decisions/2026/12/d1.json", "{}\n");
    put(repo, "marketing/metrics/2026/12/weekly-blog@20261201T0800Z.jsonl", "{}\n{}\n");
    put(repo, "marketing/metrics/2026/12/x.jsonl.tmp-123-ab12cd-0", "{");
    rmSync(join(repo.dir, "marketing/metrics/inbox/export.csv"));
    put(repo, "marketing/reports/dashboard.md", "# Dash");
    put(repo, "marketing/reports/weekly/2026-W49.md", "# Week 4");
    // The blog's output, written by the publish whose receipt was not committed yet.
    put(repo, "site/blog/feed.xml", "<rss><item/></rss>\n");
    put(repo, "site/blog/2026-12-01-a-post.md", "# A post\n");
    // Not a run's: a new export waiting in the inbox, a person's notes beside the reports.
    put(repo, "marketing/metrics/inbox/new.csv", "cycle,clicks\n");
    put(repo, "marketing/reports/notes.txt", "mine\n");

    const git = new Git(repo.dir);
    const u = await scanUnfinished(git, WRITES);
    expect({ ...u, commit: [...u.commit].sort(), remove: [...u.remove].sort() }).toEqual({
      commit: [
        "marketing/decisions/2026/12/d1.json",
        "marketing/exceptions/budget--weekly.yaml",
        "marketing/ledger/2026/12/daily-social@20261201T1130Z.jsonl",
        LEDGER,
        "marketing/metrics/2026/12/weekly-blog@20261201T0800Z.jsonl",
        "marketing/metrics/inbox/export.csv",
        "site/blog/2026-12-01-a-post.md",
        "site/blog/feed.xml",
      ],
      restore: ["marketing/reports/dashboard.md"],
      remove: [
        "marketing/exceptions/anomaly--x.yaml.tmp",
        "marketing/metrics/2026/12/x.jsonl.tmp-123-ab12cd-0",
        "marketing/reports/weekly/2026-W49.md",
      ],
      cut: new Map([[LEDGER, `${PROPOSED}${PUBLISHING}`]]),
      foreign: [],
    });

    const sha = await finishUnfinished(git, u, "pid 4194000, killed");
    expect(sha).toBe(await head(repo));
    const message = await repo.git.raw(["log", "-1", "--format=%B"]);
    expect(message).toMatch(/^loopcast: recover 8 state file\(s\) an interrupted run left uncommitted\n/);
    expect(message).toContain("The run (pid 4194000, killed) stopped after writing these files");
    expect(message).toContain(`- ${LEDGER} (a torn last line cut)`);
    expect(message).toContain("Undone (every run writes them again):\n- marketing/reports/dashboard.md\n");
    expect(await repo.git.raw(["show", `HEAD:${LEDGER}`])).toBe(`${PROPOSED}${PUBLISHING}`);
    expect(await repo.read("marketing/reports/dashboard.md")).toBe("# Dashboard\n");
    // Committed or undone, every change; the files that are not a run's are where they were.
    expect(await repo.git.raw(["status", "--porcelain", "--untracked-files=all"])).toBe(
      "?? marketing/metrics/inbox/new.csv\n?? marketing/reports/notes.txt\n",
    );
  });

  it("are not touched when a person's change is there too: the run refuses, naming it", async () => {
    const repo = await stateRepo();
    put(repo, LEDGER, `${PROPOSED}${PUBLISHING}`);
    put(repo, "marketing/reports/dashboard.md", "# Dash");
    put(repo, "marketing/voice.md", "changed by hand\n");
    put(repo, "marketing/metrics/inbox/export.csv", "cycle,clicks\nedited,1\n");
    const before = await head(repo);
    const git = new Git(repo.dir);
    const u = await scanUnfinished(git, WRITES);
    expect(u.foreign).toEqual(["marketing/metrics/inbox/export.csv", "marketing/voice.md"]);
    await expect(finishUnfinished(git, u, "pid 7, killed")).rejects.toThrow(
      "the working tree has uncommitted changes (marketing/metrics/inbox/export.csv, marketing/voice.md) besides what an interrupted run (pid 7, killed) left unfinished",
    );
    expect(await head(repo)).toBe(before);
    expect(readFileSync(join(repo.dir, LEDGER), "utf8")).toBe(`${PROPOSED}${PUBLISHING}`);
    expect(await repo.read("marketing/reports/dashboard.md")).toBe("# Dash");
  });

  it("that took invalid ledger lines out, recorded in the quarantine first, are undone: the next run redoes it", async () => {
    const repo = await stateRepo();
    const bad = '{"type":"spent","amount":null}';
    put(repo, LEDGER, `${PROPOSED}${bad}\n`);
    await repo.commitAll("a bad line");
    // The set-aside of a killed run: the line recorded in the quarantine, then the file rewritten without it.
    const quarantine = "marketing/ledger/quarantine/2026/12/weekly-blog@20261201T0800Z.jsonl";
    put(repo, quarantine, `${JSON.stringify({ file: "ledger/2026/12/x.jsonl", line: 2, text: bad })}\n`);
    put(repo, LEDGER, PROPOSED);
    const git = new Git(repo.dir);
    const u = await scanUnfinished(git, WRITES);
    expect(u).toMatchObject({ commit: [quarantine], restore: [LEDGER], foreign: [] });
    await finishUnfinished(git, u, "pid 7, killed");
    expect(await repo.read(LEDGER)).toBe(`${PROPOSED}${bad}\n`);
    // Taken out without a record in the quarantine: a person's edit.
    put(repo, LEDGER, `${bad}\n`);
    expect((await scanUnfinished(git, WRITES)).foreign).toEqual([LEDGER]);
  });

  it("are looked for where a run writes, never in the whole repository or outside it", () => {
    const dirs = runWrites(".", ["site/blog/", "./out", ".", "", "../elsewhere", "/srv/www"]).map(
      (w) => w.dir,
    );
    expect(dirs).toEqual([
      "ledger/",
      "ledger/quarantine/",
      "autonomy/",
      "exceptions/",
      "decisions/",
      "metrics/",
      "metrics/inbox/",
      "queue/",
      "content/",
      "reports/",
      "site/blog/",
      "out/",
    ]);
  });

  it("in an append-only file are appended whole JSON lines: anything else is a person's edit", async () => {
    const repo = await stateRepo();
    const git = new Git(repo.dir);
    put(repo, LEDGER, `${PROPOSED.replace("proposed", "rejected")}${PUBLISHING}`); // a committed line rewritten
    expect((await scanUnfinished(git, WRITES)).foreign).toEqual([LEDGER]);
    put(repo, LEDGER, `${PROPOSED}a note\n`); // a line that is not an event
    expect((await scanUnfinished(git, WRITES)).foreign).toEqual([LEDGER]);
    put(repo, LEDGER, `${PROPOSED}{"type":"pub`); // only a torn line: nothing to commit, the cut restores it
    const u = await scanUnfinished(git, WRITES);
    expect(u).toMatchObject({ commit: [], restore: [LEDGER], foreign: [] });
    await finishUnfinished(git, u, "pid 7, killed");
    expect(await repo.git.raw(["status", "--porcelain", "--untracked-files=no"])).toBe("");
  });
});
