// Guardrails through the CLI against real repositories: the check command, budget caps, blackouts,
// self-correction, and the second check at publish time with its override.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { loopcast, loopcastJson } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";

async function edit(repo: TempRepo, file: string, change: (t: string) => string) {
  await repo.write(file, change(await repo.read(file)));
  await repo.commitAll(`edit ${file}`);
}

async function ledger(repo: TempRepo, cycle: string): Promise<LedgerEvent[]> {
  const text = await repo.read(`marketing/ledger/2026/12/${cycle}.jsonl`);
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as LedgerEvent);
}

async function branches(repo: TempRepo): Promise<string[]> {
  return (await repo.git.raw(["for-each-ref", "--format=%(refname:short)", "refs/heads"]))
    .split("\n")
    .filter(Boolean)
    .sort();
}

describe("loopcast check", () => {
  it("reports each finding with its rule, severity and exact position, and exits 1 on errors", async () => {
    const repo = await tempRepo();
    const item = [
      "---",
      "cycle: weekly-newsletter@20261203T0700Z",
      "workflow: weekly-newsletter",
      "channel: newsletter",
      "slot: 2026-12-03T07:00:00.000Z",
      "title: Hello",
      "summary: s",
      "arms: {}",
      "generator: template",
      "---",
      "",
      "Hi there,",
      "",
      "Our revolutionary new flow ships on github today.",
    ].join("\n");
    await writeFile(join(repo.dir, "item.md"), item);
    const r = await loopcast(["check", "item.md"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'item.md:14:5  error  Use "new" instead of "revolutionary".  [loopcast.banned-term]',
    );
    expect(r.stdout).toMatch(/item\.md:14:37 {2}warning {2}.*"GitHub".*\[loopcast\.brand-name\]/);
    expect(r.stdout).toMatch(/item\.md:12:1 {2}error {2}.*\[loopcast\.disclosure\]/);
    const json = await loopcastJson<Array<{ errors: number; findings: Array<{ ruleId: string }> }>>(
      ["check", "item.md", "--output", "json"],
      { cwd: repo.dir },
    );
    expect(json[0]?.errors).toBe(2);
  });

  it("checks a plain Markdown file for a channel, with positions in that file, and passes clean text", async () => {
    const repo = await tempRepo();
    await writeFile(join(repo.dir, "post.md"), `Short and calm.\n\n${"word ".repeat(120)}\n`);
    const long = await loopcast(["check", "post.md", "--channel", "mastodon"], { cwd: repo.dir });
    expect(long.code).toBe(1);
    expect(long.stdout).toMatch(/post\.md:3:\d+ {2}error {2}.*\[loopcast\.length\]/);
    await writeFile(join(repo.dir, "ok.md"), "Review your marketing like code. Merge what you like.\n");
    const ok = await loopcast(["check", "ok.md", "--channel", "mastodon"], { cwd: repo.dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("1 file(s): 0 error(s), 0 warning(s)");
    const missing = await loopcast(["check", "post.md"], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--channel");
  });
});

describe("budget caps", () => {
  it("refuses a cycle whose reservation would cross a cap, raises an exception once, and shows the budget", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/daily-social.yaml", (t) =>
      t
        .replace('cadence: "30 12 * * 1-5"', 'cadence: "30 9,12,15 * * 1-5"')
        .replace("costPerItem: 0", "costPerItem: 16"),
    );
    const run = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(run.code).toBe(0);
    // The weekly cap is 40: two items of 16 in ISO week 49 fit, the third does not.
    expect(run.stdout).toContain("proposed   daily-social@20261130T1430Z");
    expect(run.stdout).toContain("proposed   daily-social@20261201T0830Z");
    expect(run.stdout).toContain(
      "refused    daily-social@20261201T1130Z  budget: reserving 16.00 EUR would cross the weekly cap (2026-W49): 32.00 EUR of 40.00 EUR already held",
    );
    const exceptions = await loopcast(["exceptions", "list"], { cwd: repo.dir });
    expect(exceptions.stdout).toContain("budget--daily-social@20261201T1130Z  [warning, budget, open]");

    const budget = await loopcast(["budget", "--at", MONDAY], { cwd: repo.dir });
    expect(budget.stdout).toMatch(/week 2026-W49\s+32\.00 EUR of\s+40\.00 EUR\s+80%/);
    expect(budget.stdout).toMatch(/workflow daily-social\s+16\.00 EUR of\s+30\.00 EUR\s+53%/);

    const again = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(again.stdout.trim()).toBe("nothing to do");

    // Rejecting a proposal releases its reservation.
    await loopcast(["review", "reject", "daily-social@20261201T0830Z"], { cwd: repo.dir });
    await loopcast(["run", "--at", "2026-11-30T13:00:00Z"], { cwd: repo.dir });
    const after = await loopcastJson<{ caps: Array<{ cap: string; key: string; used: number }> }>(
      ["budget", "--at", MONDAY],
      { cwd: repo.dir },
    );
    expect(after.caps.find((c) => c.cap === "weekly")?.used).toBe(16);

    const resolved = await loopcast(
      ["exceptions", "resolve", "budget--daily-social@20261201T1130Z", "--note", "accepted"],
      { cwd: repo.dir },
    );
    expect(resolved.code).toBe(0);
    expect((await loopcast(["exceptions", "list"], { cwd: repo.dir })).stdout.trim()).toBe(
      "no open exceptions",
    );
    expect((await repo.git.status()).isClean()).toBe(true);
  });
});

describe("channel limits in time", () => {
  it("skips a slot in a blackout window and records why", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/daily-social.yaml", (t) =>
      t.replace('cadence: "30 12 * * 1-5"', 'cadence: "30 12 * * *"'),
    );
    const saturday = "2026-12-05T12:00:00Z";
    const run = await loopcast(["run", "--at", saturday], { cwd: repo.dir });
    expect(run.stdout).toContain(
      "refused    daily-social@20261206T1130Z  blackout: blackout on 2026-12-06 (no marketing on Sundays)",
    );
    expect((await ledger(repo, "daily-social@20261206T1130Z"))[0]).toMatchObject({
      type: "skipped",
      guardrail: "blackout",
    });
  });
});

describe("items per channel per day", () => {
  it("refuses items beyond the channel's daily maximum", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/daily-social.yaml", (t) =>
      t.replace('cadence: "30 12 * * 1-5"', 'cadence: "30 9,11,13 * * 1-5"'),
    );
    const run = await loopcast(["run", "--at", "2026-11-30T20:00:00Z"], { cwd: repo.dir });
    expect(run.stdout).toContain("proposed   daily-social@20261201T0830Z");
    expect(run.stdout).toContain("proposed   daily-social@20261201T1030Z");
    expect(run.stdout).toContain(
      'refused    daily-social@20261201T1230Z  channel-limit: channel "mastodon" already has 2 item(s) on 2026-12-01 (maxPerDay)',
    );
  });
});

describe("self-correction", () => {
  it("rewrites a draft that breaks the voice lock, and proposes the corrected one", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/weekly-blog.yaml", (t) =>
      t
        .replace(
          '    - "Most {audience} meet this the hard way."',
          '    - "A revolutionary way to review marketing."',
        )
        .replace(
          '    - "Here is a small change with a large effect on how much you can trust your marketing."',
          '    - "This revolutionary change is small."',
        ),
    );
    const run = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(run.stdout).toContain(`proposed   ${BLOG}`);
    const proposed = (await ledger(repo, BLOG))[0] as Extract<LedgerEvent, { type: "proposed" }>;
    expect(proposed.attempts).toBe(2);
    expect(proposed.checks?.errors).toBe(0);
    const item = await repo.git.show([`loopcast/${BLOG}:marketing/content/weekly-blog/${BLOG}.md`]);
    expect(item).not.toMatch(/revolutionary/i);
  });

  it("turns a cycle that cannot be fixed into an exception instead of a proposal", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/guardrails.yaml", (t) =>
      t.replace("readingGrade: { max: 10, severity: warning }", "readingGrade: { max: 1, severity: error }"),
    );
    const run = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(run.stdout).toMatch(
      new RegExp(`refused {4}${BLOG} {2}voice: \\d+ guardrail error\\(s\\) after 3 draft\\(s\\)`),
    );
    expect(await branches(repo)).not.toContain(`loopcast/${BLOG}`);
    const list = await loopcast(["exceptions", "list", "--json"], { cwd: repo.dir });
    const items = JSON.parse(list.stdout) as Array<{ id: string; type: string; detail: string }>;
    const ex = items.find((e) => e.id === `guardrail--${BLOG}`);
    expect(ex?.type).toBe("guardrail");
    expect(ex?.detail).toContain("[loopcast.reading-grade]");
  });
});

describe("the second check at publish time", () => {
  it("holds a merged item that a person edited into breaking the rules, until it is fixed", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    const path = `marketing/content/weekly-blog/${BLOG}.md`;
    await repo.git.checkout(`loopcast/${BLOG}`);
    await edit(repo, path, (t) => `${t.trimEnd()}\n\nA revolutionary ending.\n`);
    await repo.git.checkout("main");
    await loopcast(["review", "approve", BLOG], { cwd: repo.dir });

    const held = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
    expect(held.stdout).toContain(`held       ${BLOG}  1 guardrail error(s) in the merged item`);
    expect(existsSync(join(repo.dir, "site/blog/feed.xml"))).toBe(false);
    const types = () => ledger(repo, BLOG).then((e) => e.map((x) => x.type));
    expect(await types()).toEqual(["proposed", "merged", "blocked"]);
    const open = JSON.parse(
      (await loopcast(["exceptions", "list", "--json"], { cwd: repo.dir })).stdout,
    ) as Array<{ type: string; cycle: string }>;
    expect(open.filter((e) => e.cycle === BLOG && e.type === "guardrail")).toHaveLength(1);

    // Held again on the next run, without a second exception or ledger entry.
    await loopcast(["run", "--at", "2026-12-01T09:00:00Z"], { cwd: repo.dir });
    expect(await types()).toEqual(["proposed", "merged", "blocked"]);

    // A person fixes the item on the base branch: the next run publishes it.
    await edit(repo, path, (t) => t.replace("A revolutionary ending.", "A quiet ending."));
    const fixed = await loopcast(["run", "--at", "2026-12-01T09:30:00Z"], { cwd: repo.dir });
    expect(fixed.stdout).toContain(`published  ${BLOG}`);
    expect(await readFile(join(repo.dir, "site/blog/feed.xml"), "utf8")).toContain("<item>");
  });

  it("publishes despite guardrail errors when a person approved with the override label", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    await repo.git.checkout(`loopcast/${BLOG}`);
    await edit(
      repo,
      `marketing/content/weekly-blog/${BLOG}.md`,
      (t) => `${t.trimEnd()}\n\nA revolutionary ending, on purpose.\n`,
    );
    await repo.git.checkout("main");
    const approve = await loopcast(["review", "approve", BLOG, "--override"], { cwd: repo.dir });
    expect(approve.code).toBe(0);
    const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
    expect(run.stdout).toContain(`published  ${BLOG}`);
    expect((await ledger(repo, BLOG)).find((e) => e.type === "merged")).toMatchObject({ override: true });
  });
});
