// An email in doubt, through the CLI on a real repository: a run that died after committing the intent
// leaves it; the next run holds it and raises an exception that says what to do; `publish-outcome`
// settles it either way, resolves the exception, and only --not-sent lets it be sent again.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderItem, sha256 } from "../../src/state/item.ts";
import { appendEvents } from "../../src/state/ledger.ts";
import { contentPath } from "../../src/state/paths.ts";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const CYCLE = "weekly-newsletter@20261203T0700Z";
const AT = "2026-12-03T09:00:00Z";

/** A merged newsletter whose publish started (the intent is on main) and never finished. */
async function emailInDoubt(repo: TempRepo): Promise<void> {
  const text = renderItem({
    meta: {
      cycle: CYCLE,
      workflow: "weekly-newsletter",
      channel: "newsletter",
      slot: "2026-12-03T07:00:00.000Z",
      title: "This week",
      summary: "A note.",
      arms: {},
      generator: "template",
    },
    body: "# This week\n\nOne idea.\n\nYou get this email because you subscribed at loopcast.dev. Unsubscribe with one click at any time.\n",
  });
  const file = join(repo.dir, "marketing", contentPath(CYCLE));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  await appendEvents(join(repo.dir, "marketing"), [
    {
      type: "proposed",
      at: "2026-12-01T08:00:00.000Z",
      cycle: CYCLE,
      workflow: "weekly-newsletter",
      channel: "newsletter",
      slot: "2026-12-03T07:00:00.000Z",
      level: "L3",
      branch: `loopcast/${CYCLE}`,
      proposal: { id: `loopcast/${CYCLE}` },
      contentPath: `marketing/${contentPath(CYCLE)}`,
      contentHash: sha256(text),
      arms: {},
      generator: "template",
    },
    {
      type: "merged",
      at: "2026-12-01T10:00:00.000Z",
      cycle: CYCLE,
      mergedSha: "0",
      editRatio: 0,
      humanCommits: 0,
    },
    {
      type: "publishing",
      at: "2026-12-03T07:05:00.000Z",
      cycle: CYCLE,
      channel: "newsletter",
      idempotencyKey: `${CYCLE}.k`,
    },
  ]);
  await repo.commitAll("a newsletter whose send never confirmed");
}

describe("loopcast publish-outcome", () => {
  it("settles an email in doubt as sent: published, the exception resolved, never sent again", async () => {
    const repo = await tempRepo();
    await emailInDoubt(repo);
    const run = await loopcast(["run", "--at", AT], { cwd: repo.dir });
    expect(run.stdout).toContain(
      `held       ${CYCLE}  an earlier publish to newsletter (email) started but never confirmed`,
    );
    const listed = await loopcast(["exceptions", "list"], { cwd: repo.dir });
    expect(listed.stdout).toContain(`${CYCLE}: it is not known whether it went out`);

    const settled = await loopcast(
      ["publish-outcome", CYCLE, "--sent", "--url", "https://lists.example.com/1", "--at", AT],
      { cwd: repo.dir },
    );
    expect(settled.code).toBe(0);
    expect(settled.stdout).toContain(`recorded: ${CYCLE} went out`);
    const after = await loopcast(["exceptions", "list"], { cwd: repo.dir });
    expect(after.stdout).not.toContain(CYCLE);
    const plan = await loopcast(["plan", "--at", "2026-12-03T10:00:00Z"], { cwd: repo.dir });
    expect(plan.stdout).not.toContain(CYCLE);
    const status = await loopcast(["run", "--at", "2026-12-03T10:00:00Z"], { cwd: repo.dir });
    expect(status.stdout).not.toContain(`published  ${CYCLE}`);
    // Only once: it is no longer in doubt.
    const again = await loopcast(["publish-outcome", CYCLE, "--sent", "--at", AT], { cwd: repo.dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("is not in doubt (published)");
  });

  it("settles it as not sent: the next run sends it (a second attempt)", async () => {
    const repo = await tempRepo();
    await emailInDoubt(repo);
    const settled = await loopcast(
      ["publish-outcome", CYCLE, "--not-sent", "--note", "not in the archive", "--at", AT],
      { cwd: repo.dir },
    );
    expect(settled.stdout).toContain(`recorded: ${CYCLE} did not go out`);
    const plan = await loopcast(["plan", "--at", "2026-12-03T10:00:00Z"], { cwd: repo.dir });
    expect(plan.stdout).toContain(`publish  ${CYCLE}  to newsletter (attempt 2)`);
  });

  it("refuses a call without exactly one of --sent and --not-sent", async () => {
    const repo = await tempRepo();
    expect((await loopcast(["publish-outcome", CYCLE], { cwd: repo.dir })).code).toBe(2);
    expect((await loopcast(["publish-outcome", CYCLE, "--sent", "--not-sent"], { cwd: repo.dir })).code).toBe(
      2,
    );
    expect((await loopcast(["publish-outcome", CYCLE, "--not-sent"], { cwd: repo.dir })).code).toBe(1);
  });
});
