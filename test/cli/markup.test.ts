// Markup and template tags against the whole loop on a real repository: templates that carry them are
// refused before anything is proposed, and an item a person merged with the override label reaches the
// blog as text (issue 14, item 9).
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";
const ITEM = `marketing/content/weekly-blog/${BLOG}.md`;

async function edit(repo: TempRepo, file: string, change: (t: string) => string) {
  const before = await repo.read(file);
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing; the example changed?`);
  await repo.write(file, after);
  await repo.commitAll(`edit ${file}`);
}

async function ledgerTypes(repo: TempRepo): Promise<string[]> {
  const text = await repo.read(`marketing/ledger/2026/12/${BLOG}.jsonl`);
  return text
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as LedgerEvent).type);
}

/** The week's blog proposal, edited on its branch by a person: markup in the title and the body. */
async function proposeWithMarkup(repo: TempRepo) {
  await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
  await repo.git.checkout(`loopcast/${BLOG}`);
  const markup = [
    "<script>alert(document.cookie)</script>",
    "See <img src=x onerror=alert(1)> here, <iframe src=javascript:alert(1)></iframe>.",
    "Go [click](javascript:alert(1)) now.",
    "Token {{ site.github.token }} and {% include secrets.txt %}.",
  ].join("\n\n");
  await edit(
    repo,
    ITEM,
    (t) =>
      `${t.replace(/^title: .*$/m, 'title: "<script>alert(1)</script> Review is approval"').trimEnd()}\n\n${markup}\n`,
  );
  await repo.git.checkout("main");
}

describe("markup in generated text", () => {
  it("refuses templates that carry markup or template tags before any run drafts from them: nothing is proposed or written", async () => {
    const repo = await tempRepo();
    await edit(repo, "marketing/workflows/weekly-blog.yaml", (t) =>
      t
        .replace(
          '    - "Most {audience} meet this the hard way."',
          '    - "Most {audience} meet this <img src=x onerror=alert(1)> the hard way."',
        )
        .replace(
          '    - "Here is a small change with a large effect on how much you can trust your marketing."',
          '    - "Read {{ site.github.token }} first. {% include secrets.txt %}"',
        ),
    );
    // validate refuses the templates at their lines, so no run drafts from them.
    const run = await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /marketing\/workflows\/weekly-blog\.yaml:\d+:\d+ {2}templates\.hooks\.0 holds raw HTML/,
    );
    expect(run.stderr).toMatch(/templates\.hooks\.1 holds a static-site template tag/);
    const branches = await repo.git.raw(["for-each-ref", "--format=%(refname:short)", "refs/heads"]);
    expect(branches).not.toContain(`loopcast/${BLOG}`);
    expect(existsSync(join(repo.dir, "site/blog"))).toBe(false);
  });

  it("holds a merged item with markup at publish time, and leaves the site untouched", async () => {
    const repo = await tempRepo();
    await proposeWithMarkup(repo);

    await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    const held = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
    expect(held.stdout).toMatch(
      new RegExp(`held {7}${BLOG} {2}\\d+ guardrail error\\(s\\) in the merged item`),
    );
    expect(existsSync(join(repo.dir, "site/blog"))).toBe(false);
    expect(await ledgerTypes(repo)).toEqual(["proposed", "merged", "blocked"]);
  });

  it("writes an overridden item with markup to the blog as text, and its feed title as text", async () => {
    const repo = await tempRepo();
    await proposeWithMarkup(repo);
    expect((await loopcast(["review", "approve", BLOG, "--override"], { cwd: repo.dir })).code).toBe(0);
    const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
    expect(run.stdout).toContain(`published  ${BLOG}`);

    const name = (await readdir(join(repo.dir, "site/blog"))).find((f) => f.endsWith(".md"));
    const post = await repo.read(`site/blog/${name}`);
    for (const raw of ["<script", "<img", "<iframe", "](javascript:", "{{", "{%"])
      expect(post, raw).not.toContain(raw);
    expect(post).toContain("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
    expect(post).toContain("title: alert(1) Review is approval\n");
    const atom = await repo.read("site/blog/atom.xml");
    expect(atom).toContain('<title type="text">alert(1) Review is approval</title>');
    expect(atom).not.toContain("CDATA[<");
    expect(await repo.read("site/blog/feed.xml")).toContain("<title>alert(1) Review is approval</title>");
  });
});
