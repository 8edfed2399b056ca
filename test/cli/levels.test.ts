// The lower rungs of the ladder: L0 and L1 generate nothing on a schedule (L1 drafts on request), and
// L2 publishes items people wrote from marketing/queue/<workflow>/ on the fixed cadence.
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";

async function edit(repo: TempRepo, file: string, change: (t: string) => string) {
  await repo.write(file, change(await repo.read(file)));
  await repo.commitAll(`edit ${file}`);
}

describe("L0 and L1", () => {
  it("an L1 workflow is skipped on schedule and drafts its next free slot on request", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/weekly-blog.yaml", (t) => t.replace("level: L3", "level: L1"));
    const run = await loopcast(["plan", "--at", MONDAY], { cwd: repo.dir });
    expect(run.stdout).toContain("skip     weekly-blog  L1: drafts only on request (loopcast draft)");

    const first = await loopcast(["draft", "weekly-blog", "--at", MONDAY], { cwd: repo.dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("proposed   weekly-blog@20261201T0800Z");
    const second = await loopcast(["draft", "weekly-blog", "--at", MONDAY], { cwd: repo.dir });
    expect(second.stdout).toContain("proposed   weekly-blog@20261208T0800Z");
    const list = await loopcast(["review", "list"], { cwd: repo.dir });
    expect(list.stdout.match(/loopcast\/weekly-blog@/g)).toHaveLength(2);
  });

  it("an L0 workflow drafts nothing, even on request", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/weekly-blog.yaml", (t) => t.replace("level: L3", "level: L0"));
    const r = await loopcast(["draft", "weekly-blog", "--at", MONDAY], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("weekly-blog is at L0");
    const unknown = await loopcast(["draft", "no-such-workflow"], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
  });
});

describe("L2: the queue", () => {
  it("publishes one human-written item per slot, in name order, and says when the queue is empty", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/daily-social.yaml", (t) =>
      t
        .replace("level: L4", "level: L2")
        .replace("channel: mastodon", "channel: blog")
        .replace("format: post", "format: article"),
    );
    await mkdir(join(repo.dir, "marketing/queue/daily-social"), { recursive: true });
    await writeFile(
      join(repo.dir, "marketing/queue/daily-social/01-first.md"),
      "# Our first post\n\nWritten by a person, published on the cadence.\n",
    );
    await writeFile(
      join(repo.dir, "marketing/queue/daily-social/02-second.md"),
      "---\ntitle: The second one\n---\n\nAlso by a person.\n",
    );
    await repo.commitAll("queue two posts");

    // Weekdays at 12:30 Berlin (11:30Z): nothing is due before Monday's slot.
    const before = await loopcast(["run", "--at", "2026-11-30T11:00:00Z"], { cwd: repo.dir });
    expect(before.stdout).not.toContain("daily-social@");

    const monday = await loopcast(["run", "--at", "2026-11-30T11:35:00Z"], { cwd: repo.dir });
    expect(monday.code).toBe(0);
    expect(monday.stdout).toContain(
      "recorded   daily-social@20261130T1130Z: taken from queue/daily-social/01-first.md",
    );
    expect(monday.stdout).toMatch(
      /published {2}daily-social@20261130T1130Z {2}https:\/\/loopcast\.dev\/blog\/2026-11-30-our-first-post\//,
    );
    expect(await readdir(join(repo.dir, "marketing/queue/daily-social"))).toEqual(["02-second.md"]);
    expect(existsSync(join(repo.dir, "marketing/content/daily-social/daily-social@20261130T1130Z.md"))).toBe(
      true,
    );
    expect((await repo.git.status()).isClean()).toBe(true);
    // A person's title is recorded as proposed and as merged.
    const ledger = await repo.read("marketing/ledger/2026/11/daily-social@20261130T1130Z.jsonl");
    expect(
      ledger
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
        .filter((e) => e.type === "proposed" || e.type === "merged")
        .map((e) => [e.type, e.title]),
    ).toEqual([
      ["proposed", "Our first post"],
      ["merged", "Our first post"],
    ]);

    const tuesday = await loopcast(["run", "--at", "2026-12-01T11:40:00Z"], { cwd: repo.dir });
    expect(tuesday.stdout).toContain(
      "published  daily-social@20261201T1130Z  https://loopcast.dev/blog/2026-12-01-the-second-one/",
    );

    const wednesday = await loopcast(["plan", "--at", "2026-12-02T11:40:00Z"], { cwd: repo.dir });
    expect(wednesday.stdout).toContain(
      "skip     daily-social  L2: the queue is empty at Wed, 2 Dec 2026, 12:30 (Europe/Berlin, UTC+01:00)",
    );
  });
});
