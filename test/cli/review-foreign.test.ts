// A commit by someone else on a proposal branch that reaches beyond the item — a higher budget cap and a
// new CI workflow — is never merged by batch approval, and `review show` says so loudly. The same commit
// made under Loopcast's own name is caught too: the files decide, not the author.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";

describe("batch approval and changes beyond the item", () => {
  it("refuses a proposal that also changes guardrails and CI, approves the clean ones, and show warns", async () => {
    const repo = await tempRepo();
    // Two daily-social proposals: Tuesday's and Wednesday's (a 48-hour lead time).
    await repo.write(
      "marketing/workflows/daily-social.yaml",
      (await repo.read("marketing/workflows/daily-social.yaml")).replace("leadTime: 24h", "leadTime: 48h"),
    );
    await repo.commitAll("a longer lead time");
    expect((await loopcast(["run", "--at", MONDAY], { cwd: repo.dir })).code).toBe(0);
    const listed = (await loopcast(["review", "list"], { cwd: repo.dir })).stdout;
    const social = [...listed.matchAll(/loopcast\/(daily-social@\S+)/g)].map((m) => m[1] as string).sort();
    expect(social.length).toBeGreaterThanOrEqual(2);
    const [tampered, clean] = social as [string, string];

    // Someone — here under the bot's own name — adds a budget raise and a workflow file to one of them.
    await repo.git.checkout(`loopcast/${tampered}`);
    await repo.write(
      "marketing/guardrails.yaml",
      (await repo.read("marketing/guardrails.yaml")).replace("weekly: 40", "weekly: 4000"),
    );
    await mkdir(join(repo.dir, ".github/workflows"), { recursive: true });
    await writeFile(join(repo.dir, ".github/workflows/evil.yml"), "on: push\njobs: {}\n");
    await repo.git.add(["."]);
    await repo.git.raw([
      "-c",
      "user.name=Loopcast",
      "-c",
      "user.email=loopcast@users.noreply.github.com",
      "commit",
      "-qm",
      "tweak",
    ]);
    await repo.git.checkout("main");

    const shown = await loopcast(["review", "show", tampered], { cwd: repo.dir });
    expect(shown.stdout).toContain(
      "!! WARNING: commits after Loopcast's change files that are not this item's: .github/workflows/evil.yml, marketing/guardrails.yaml",
    );

    const approved = await loopcast(["review", "approve", "--all", "daily-social"], { cwd: repo.dir });
    expect(approved.code).toBe(1);
    expect(approved.stdout).toContain(`approved loopcast/${clean}`);
    expect(approved.stderr).toContain(
      `NOT approved loopcast/${tampered}: it also changes .github/workflows/evil.yml, marketing/guardrails.yaml`,
    );
    expect(await repo.read("marketing/guardrails.yaml")).toContain("weekly: 40\n");
    const still = (await loopcast(["review", "list"], { cwd: repo.dir })).stdout;
    expect(still).toContain(`loopcast/${tampered}`);
  });

  it("does not count the base branch's own changes, brought in by bringing the proposal up to date", async () => {
    const repo = await tempRepo();
    expect((await loopcast(["run", "--at", MONDAY], { cwd: repo.dir })).code).toBe(0);
    const listed = (await loopcast(["review", "list"], { cwd: repo.dir })).stdout;
    const blog = /loopcast\/(weekly-blog@\S+)/.exec(listed)?.[1] as string;
    // The owner changes the guardrails on main, then merges main into the proposal branch.
    await repo.write(
      "marketing/guardrails.yaml",
      (await repo.read("marketing/guardrails.yaml")).replace("weekly: 40", "weekly: 45"),
    );
    await repo.commitAll("a little more budget");
    await repo.git.checkout(`loopcast/${blog}`);
    await repo.git.merge(["--no-ff", "--no-edit", "main"]);
    await repo.git.checkout("main");
    const shown = await loopcast(["review", "show", blog], { cwd: repo.dir });
    expect(shown.stdout).not.toContain("WARNING");
    expect((await loopcast(["review", "approve", "--all", "weekly-blog"], { cwd: repo.dir })).code).toBe(0);
  });
});
